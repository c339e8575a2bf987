// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/taskprogressmodel.h"

#include "jobs/statuscolor.h"

#include <QBrush>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

TaskProgressModel::TaskProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TaskProgressModel::~TaskProgressModel() = default;

void TaskProgressModel::clear()
{
    beginResetModel();
    m_tasks.clear();
    endResetModel();
}

int TaskProgressModel::rowOf(const QString &job, const QString &task, bool create)
{
    for (int i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).task == task && (job.isEmpty() || m_tasks.at(i).job == job)) {
            return i;
        }
    }
    if (!create) {
        return -1;
    }
    const int row = int(m_tasks.size());
    beginInsertRows({}, row, row);
    TaskProgress t;
    t.job = job;
    t.task = task;
    t.status = u"waiting"_s;
    m_tasks.append(t);
    endInsertRows();
    return row;
}

void TaskProgressModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TaskProgressModel::addPlannedTask(const QString &job, const QString &task, int codeCells)
{
    const int row = rowOf(job, task, true);
    TaskProgress &t = m_tasks[row];
    if (t.total == 0 && codeCells > 0) {
        t.total = codeCells;
        t.cells.resize(codeCells);
    }
    rowChanged(row);
}

void TaskProgressModel::taskStarted(const QString &job, const QString &task)
{
    const int row = rowOf(job, task, true);
    m_tasks[row].status = u"running"_s;
    rowChanged(row);
}

void TaskProgressModel::cellFinished(const QString &job, const QString &task, int index, int total,
    const QString &status, int attempts, const QString &detail)
{
    if (index < 1) {
        return;
    }
    const int row = rowOf(job, task, true);
    TaskProgress &t = m_tasks[row];
    if (t.status == u"waiting") {
        t.status = u"running"_s;
    }
    if (total > 0) {
        t.total = total;
    }
    t.total = qMax(t.total, index);
    t.cells.resize(t.total);
    CellProgress &cell = t.cells[index - 1];
    const QString previous = cell.status;
    cell = { status, attempts, detail };
    auto adjust = [&t](const QString &s, int delta) {
        if (s == u"OK") {
            t.ok += delta;
        } else if (s == u"FIXED") {
            t.fixed += delta;
        } else if (s == u"FAILED") {
            t.failed += delta;
        } else if (s == u"SKIPPED") {
            t.skipped += delta;
        }
    };
    adjust(previous, -1);
    adjust(status, 1);
    rowChanged(row);
}

void TaskProgressModel::taskFinished(
    const QString &job, const QString &task, const QString &result, int ok, int failed, int fixed, int skipped)
{
    const int row = rowOf(job, task, true);
    TaskProgress &t = m_tasks[row];
    t.status = result;
    t.ok = ok;
    t.failed = failed;
    t.fixed = fixed;
    t.skipped = skipped;
    rowChanged(row);
}

void TaskProgressModel::markUnstarted(const QString &status)
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).status == u"waiting" || m_tasks.at(row).status == u"running") {
            m_tasks[row].status = status;
            rowChanged(row);
        }
    }
}

void TaskProgressModel::mergeHistory(
    const QList<History::TaskRecord> &tasks, const QList<History::AttemptRecord> &attempts)
{
    // A cell's state is its highest attempt (taskrecord.h).
    QMap<std::tuple<QString, QString, int>, History::AttemptRecord> last;
    for (const History::AttemptRecord &a : attempts) {
        const auto key = std::make_tuple(a.job, a.task, a.cell);
        auto it = last.find(key);
        if (it == last.end() || it->attempt <= a.attempt) {
            last.insert(key, a);
        }
    }
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        const History::AttemptRecord &a = it.value();
        const int row = rowOf(a.job, a.task, false);
        const int total = row >= 0 ? m_tasks.at(row).total : 0;
        cellFinished(a.job, a.task, a.cell, total, a.status, qMax(1, a.attempt), a.detail);
    }
    for (const History::TaskRecord &t : tasks) {
        taskFinished(t.job, t.task, t.status, t.ok, t.failed, t.fixed, t.skipped);
        TaskProgress &task = m_tasks[rowOf(t.job, t.task, false)];
        const int codeCells = t.ok + t.failed + t.fixed + t.skipped;
        if (codeCells > task.total) {
            task.total = codeCells;
            task.cells.resize(codeCells);
        }
    }
}

int TaskProgressModel::cellsDone() const
{
    int n = 0;
    for (const TaskProgress &t : m_tasks) {
        n += t.done();
    }
    return n;
}

int TaskProgressModel::cellsTotal() const
{
    int n = 0;
    for (const TaskProgress &t : m_tasks) {
        n += t.total;
    }
    return n;
}

int TaskProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskProgressModel::statusText(const QString &status)
{
    static const QMap<QString, const char *> words {
        { u"waiting"_s, QT_TR_NOOP("waiting") },
        { u"running"_s, QT_TR_NOOP("running") },
        { u"not run"_s, QT_TR_NOOP("not run") },
        { u"OK"_s, QT_TR_NOOP("OK") },
        { u"FIXED"_s, QT_TR_NOOP("fixed") },
        { u"FAILED"_s, QT_TR_NOOP("failed") },
        { u"SKIPPED"_s, QT_TR_NOOP("skipped") },
        { u"PASS"_s, QT_TR_NOOP("PASS") },
        { u"PARTIAL"_s, QT_TR_NOOP("PARTIAL") },
        { u"FAIL"_s, QT_TR_NOOP("FAIL") },
        { u"ALREADY_MIGRATED"_s, QT_TR_NOOP("already migrated") },
        { u"INTERRUPTED"_s, QT_TR_NOOP("INTERRUPTED") },
    };
    const auto it = words.constFind(status);
    return it == words.cend() ? status : tr(*it);
}

QVariant TaskProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TaskProgress &t = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TaskColumn:
            return t.task;
        case StatusColumn:
            return statusText(t.status);
        case ProgressColumn:
            return t.total > 0 ? tr("%1 / %2 cells").arg(t.done()).arg(t.total) : QString();
        case OkColumn:
            return t.ok;
        case FixedColumn:
            return t.fixed;
        case FailedColumn:
            return t.failed;
        case SkippedColumn:
            return t.skipped;
        default:
            return {};
        }
    case ProgressRole:
        if (index.column() != ProgressColumn) {
            return {};
        }
        if (t.total > 0) {
            return t.done() * 100 / t.total;
        }
        return t.status == u"running" ? -1 : 0;
    case StatusRole:
        return t.status;
    case JobRole:
        return t.job;
    case Qt::ToolTipRole:
        return index.column() == TaskColumn ? QVariant(QString(t.job + u'/' + t.task)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            const QColor colour = statusColor(t.status);
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        return {};
    default:
        return {};
    }
}

QVariant TaskProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case OkColumn:
        return tr("OK");
    case FixedColumn:
        return tr("Fixed");
    case FailedColumn:
        return tr("Failed");
    case SkippedColumn:
        return tr("Skipped");
    default:
        return {};
    }
}

} // namespace Mwb::Widgets
