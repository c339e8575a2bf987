// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historymodel.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

// Sorting by result groups like with like, worst first when descending.
int resultRank(RunResult result)
{
    switch (result) {
    case RunResult::Passed:
        return 0;
    case RunResult::Running:
        return 1;
    case RunResult::Partial:
        return 2;
    case RunResult::Interrupted:
        return 3;
    case RunResult::Failed:
        return 4;
    case RunResult::Unknown:
        break;
    }
    return 5;
}

QIcon resultIcon(RunResult result)
{
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(result));
    if (it == icons.end()) {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(runResultColor(result));
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        painter.end();
        it = icons.insert(int(result), QIcon(pixmap));
    }
    return *it;
}

QString titleText(const HistoryRun &run)
{
    return run.jobs.isEmpty() ? run.record.title : run.jobs.join(u", "_s);
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setRuns(const QList<HistoryRun> &newRuns)
{
    const QList<HistoryRun> runs = newRuns; // a copy: the pointers below must survive changes to m_runs
    QHash<QString, const HistoryRun *> incoming;
    for (const HistoryRun &run : runs) {
        incoming.insert(run.record.runId, &run);
    }
    // Remove the rows of runs that are gone, bottom up, in contiguous blocks.
    for (int row = int(m_runs.size()) - 1; row >= 0;) {
        if (incoming.contains(m_runs.at(row).record.runId)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_runs.at(first - 1).record.runId)) {
            --first;
        }
        beginRemoveRows({}, first, row);
        m_runs.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Update the rows that stay.
    QSet<QString> known;
    for (int row = 0; row < m_runs.size(); ++row) {
        HistoryRun &run = m_runs[row];
        known.insert(run.record.runId);
        run = *incoming.value(run.record.runId);
    }
    if (!m_runs.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
    }
    // New runs (newest first, as the store lists them) go on top.
    QList<HistoryRun> added;
    for (const HistoryRun &run : runs) {
        if (!known.contains(run.record.runId)) {
            added.append(run);
            known.insert(run.record.runId);
        }
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, 0, int(added.size()) - 1);
        m_runs = added + m_runs;
        endInsertRows();
    }
    reindex();
}

void HistoryModel::reindex()
{
    m_rows.clear();
    for (int row = 0; row < m_runs.size(); ++row) {
        m_rows.insert(m_runs.at(row).record.runId, row);
    }
}

const HistoryRun *HistoryModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HistoryRun &run = m_runs.at(index.row());
    const int column = index.column();
    switch (role) {
    case RunIdRole:
        return run.record.runId;
    case KindRole:
        return run.record.kind;
    case ResultRole:
        return int(run.result);
    case StartedRole:
        return run.started;
    case DurationRole:
        return run.durationMs;
    case FilterTextRole:
        return QStringList { run.record.title, run.jobs.join(u' '), run.record.runId, runKindLabel(run.record.kind),
            run.record.kind }
            .join(u'\n');
    case Qt::DisplayRole:
        switch (Column(column)) {
        case KindColumn:
            return runKindLabel(run.record.kind);
        case TitleColumn:
            return titleText(run);
        case StartedColumn:
            return localTime(run.started);
        case DurationColumn:
            return run.result == RunResult::Running && run.durationMs >= 0
                ? tr("%1 so far").arg(formatDuration(run.durationMs))
                : formatDuration(run.durationMs);
        case ResultColumn:
            return runResultLabel(run.result, run.record.kind);
        case CellsOkColumn:
            return run.hasCells ? QVariant(run.cellsOk) : QVariant();
        case CellsFailedColumn:
            return run.hasCells ? QVariant(run.cellsFailed) : QVariant();
        case CellsFixedColumn:
            return run.hasCells ? QVariant(run.cellsFixed) : QVariant();
        case RowsCopiedColumn:
            return run.hasRows ? QVariant(QLocale().toString(run.rowsCopied)) : QVariant();
        case RowsFailedColumn:
            return run.hasRows ? QVariant(QLocale().toString(run.rowsFailed)) : QVariant();
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(column)) {
        case KindColumn:
            return runKindLabel(run.record.kind);
        case TitleColumn:
            return titleText(run);
        case StartedColumn:
            return run.started;
        case DurationColumn:
            return run.durationMs >= 0 ? QVariant(run.durationMs) : QVariant();
        case ResultColumn:
            return resultRank(run.result);
        case CellsOkColumn:
            return run.hasCells ? QVariant(run.cellsOk) : QVariant();
        case CellsFailedColumn:
            return run.hasCells ? QVariant(run.cellsFailed) : QVariant();
        case CellsFixedColumn:
            return run.hasCells ? QVariant(run.cellsFixed) : QVariant();
        case RowsCopiedColumn:
            return run.hasRows ? QVariant(run.rowsCopied) : QVariant();
        case RowsFailedColumn:
            return run.hasRows ? QVariant(run.rowsFailed) : QVariant();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        return column == ResultColumn ? QVariant(resultIcon(run.result)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column >= DurationColumn && column != ResultColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn) {
            QString tip = run.record.title + u'\n' + tr("Run id: %1").arg(run.record.runId);
            if (!run.record.reportPath.isEmpty()) {
                tip += u'\n' + tr("Report: %1").arg(run.record.reportPath);
            }
            return tip;
        }
        if (column == ResultColumn) {
            QString tip = tr("Status: %1").arg(run.record.status);
            if (!run.outcome.isEmpty()) {
                tip += u'\n' + tr("Result: %1").arg(run.outcome);
            }
            if (run.processGone) {
                tip += u'\n'
                    + tr("The run still says \"running\", but its process %1 is gone: it was killed before it "
                         "could finish.")
                          .arg(run.record.pid);
            }
            return tip;
        }
        if (column == StartedColumn && run.finished.isValid()) {
            return tr("Finished %1").arg(localTime(run.finished));
        }
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case CellsOkColumn:
        case CellsFailedColumn:
        case CellsFixedColumn:
            return tr("Code cells of a migrate-job run, summed over its tasks");
        case RowsCopiedColumn:
        case RowsFailedColumn:
            return tr("Rows of a data copy; failed rows are isolated in *_failed.jsonl");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Job / title");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    case CellsOkColumn:
        return tr("Cells OK");
    case CellsFailedColumn:
        return tr("Cells failed");
    case CellsFixedColumn:
        return tr("Cells fixed");
    case RowsCopiedColumn:
        return tr("Rows copied");
    case RowsFailedColumn:
        return tr("Rows failed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Mwb::Widgets
