// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/taskrecord.h"
#include "jobs/taskprogress.h"

#include <QAbstractTableModel>
#include <QList>

namespace Mwb::Widgets {

// The tasks of a migrate-job run, one per row, fed from the event stream (task_started,
// cell_finished, task_finished) or from history rows (tasks and attempts tables).
class TaskProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgressModel)

public:
    enum Column {
        TaskColumn,
        StatusColumn,
        ProgressColumn,
        OkColumn,
        FixedColumn,
        FailedColumn,
        SkippedColumn,
        ColumnCount
    };
    enum Role { ProgressRole = Qt::UserRole + 1, StatusRole, JobRole };

    explicit TaskProgressModel(QObject *parent = nullptr);
    ~TaskProgressModel() override;

    void clear();
    // A task the manifest lists, before it starts (gives the ETA its denominator).
    void addPlannedTask(const QString &job, const QString &task, int codeCells);
    void taskStarted(const QString &job, const QString &task);
    // index is 1-based among the task's code cells.
    void cellFinished(const QString &job, const QString &task, int index, int total, const QString &status,
        int attempts, const QString &detail);
    void taskFinished(
        const QString &job, const QString &task, const QString &result, int ok, int failed, int fixed, int skipped);
    // Tasks that never started once the run is over.
    void markUnstarted(const QString &status);
    // Replaces what history knows: finished tasks and their cells' last attempts.
    void mergeHistory(const QList<History::TaskRecord> &tasks, const QList<History::AttemptRecord> &attempts);

    const QList<TaskProgress> &tasks() const { return m_tasks; }
    int cellsDone() const;
    // Known cells: started tasks' totals plus planned tasks' code cells.
    int cellsTotal() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A translated word for a status ("OK", "PASS", "waiting", ...), for tooltips and labels.
    static QString statusText(const QString &status);

private:
    int rowOf(const QString &job, const QString &task, bool create);
    void rowChanged(int row);

    QList<TaskProgress> m_tasks;
};

} // namespace Mwb::Widgets
