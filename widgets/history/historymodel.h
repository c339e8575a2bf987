// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historyrun.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Mwb::Widgets {

// The runs of a project's history, one per row (WORKBENCH_UI.md "Run history"). Fed with values by
// the view (HistoryLoader reads them); setRuns() merges by run id, so rows of runs that are still
// there keep their persistent indexes and a reload does not lose the selection.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        KindColumn,
        TitleColumn, // the jobs of a migrate-job run, else the run's title
        StartedColumn,
        DurationColumn,
        ResultColumn,
        CellsOkColumn,
        CellsFailedColumn,
        CellsFixedColumn,
        RowsCopiedColumn,
        RowsFailedColumn,
        ColumnCount
    };
    enum Role {
        // Raw values for sorting: QDateTime, qint64 milliseconds and counts, the result's rank;
        // invalid where a column does not apply (those rows sort last).
        SortRole = Qt::UserRole + 1,
        RunIdRole,
        KindRole, // the stored kind ("migrate-job", "data", "validate")
        ResultRole, // int(RunResult)
        StartedRole, // QDateTime (UTC)
        DurationRole, // qint64 ms, -1 unknown
        FilterTextRole, // what the text filter searches: title, jobs, run id, kind
    };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    void setRuns(const QList<HistoryRun> &runs);
    const QList<HistoryRun> &runs() const { return m_runs; }
    const HistoryRun *run(int row) const;
    int rowOf(const QString &runId) const { return m_rows.value(runId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reindex();

    QList<HistoryRun> m_runs;
    QHash<QString, int> m_rows; // run id -> row
};

} // namespace Mwb::Widgets
