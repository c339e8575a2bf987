// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/runlogmodel.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

int severity(const QString &level)
{
    if (level == u"error") {
        return 2;
    }
    return level == u"warning" ? 1 : 0;
}

} // namespace

RunLogModel::RunLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunLogModel::~RunLogModel() = default;

QString RunLogModel::taskOfLine(const QString &line)
{
    // ARCHITECTURE.md "Log line format": "[12:34:56] [<job>/<task>] ..."; log events drop the time.
    static const QRegularExpression pattern(u"^(?:\\[\\d\\d:\\d\\d:\\d\\d\\] )?\\[[^/\\]]+/([^\\]]+)\\]"_s);
    const auto match = pattern.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

void RunLogModel::append(const RunLogEntry &entry)
{
    if (m_entries.size() >= maxEntries) {
        // Drop the oldest tenth at once, so trimming stays rare.
        beginResetModel();
        m_entries.remove(0, maxEntries / 10);
        m_entries.append(entry);
        rebuild();
        endResetModel();
    } else {
        m_entries.append(entry);
        if (accepts(entry)) {
            const int row = int(m_visible.size());
            beginInsertRows({}, row, row);
            m_visible.append(int(m_entries.size()) - 1);
            endInsertRows();
        }
    }
    if (!entry.task.isEmpty() && !m_tasks.contains(entry.task)) {
        m_tasks.append(entry.task);
        Q_EMIT tasksChanged(m_tasks);
    }
}

void RunLogModel::appendLine(const QString &level, const QString &line, const QDateTime &time)
{
    append({ time, level, taskOfLine(line), line });
}

void RunLogModel::setTaskHeader(const QString &header)
{
    m_taskHeader = header;
    Q_EMIT headerDataChanged(Qt::Horizontal, TaskColumn, TaskColumn);
}

void RunLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_visible.clear();
    endResetModel();
    if (!m_tasks.isEmpty()) {
        m_tasks.clear();
        Q_EMIT tasksChanged(m_tasks);
    }
}

void RunLogModel::setFilter(const QString &task, MinimumLevel level)
{
    if (task == m_task && level == m_level) {
        return;
    }
    beginResetModel();
    m_task = task;
    m_level = level;
    rebuild();
    endResetModel();
}

bool RunLogModel::accepts(const RunLogEntry &entry) const
{
    return (m_task.isEmpty() || entry.task == m_task) && severity(entry.level) >= int(m_level);
}

void RunLogModel::rebuild()
{
    m_visible.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (accepts(m_entries.at(i))) {
            m_visible.append(i);
        }
    }
}

int RunLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RunLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RunLogEntry &e = entry(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return e.time.toString(u"HH:mm:ss"_s);
        case LevelColumn:
            return e.level == u"error" ? tr("error") : e.level == u"warning" ? tr("warning") : tr("info");
        case TaskColumn:
            return e.task;
        case MessageColumn:
            return e.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn) {
        return e.message;
    }
    if (role == Qt::ForegroundRole && index.column() == LevelColumn && severity(e.level) > 0) {
        // Mid-tone colours that read on light and dark palettes alike.
        return QBrush(severity(e.level) == 2 ? QColor(0xd6, 0x45, 0x45) : QColor(0xc8, 0x8a, 0x10));
    }
    return {};
}

QVariant RunLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case TaskColumn:
        return m_taskHeader.isEmpty() ? tr("Task") : m_taskHeader;
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Mwb::Widgets
