// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "history/runrecord.h"
#include "history/taskrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace Mwb::History {

// <project>/.mwb/history.sqlite through QtSql, in WAL mode so the GUI can read while `mwb` writes
// (ARCHITECTURE.md "State on disk"). One connection per store object and thread; writes are single
// statements, so a killed process leaves at most a row that still says "running".
class HistoryStore
{
public:
    static Core::Result<HistoryStore> open(const QString &projectDir);
    static QString databasePath(const QString &projectDir);

    HistoryStore(HistoryStore &&other) noexcept;
    HistoryStore &operator=(HistoryStore &&other) noexcept;
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;
    ~HistoryStore();

    // Inserts the run or, for a run id seen before (a resumed job), marks it running again.
    Core::Result<void> recordStarted(const RunRecord &run);
    Core::Result<void> recordFinished(const QString &runId, const QString &status, const QString &summary);
    // Newest first.
    Core::Result<QList<RunRecord>> list(int limit = 100) const;
    Core::Result<std::optional<RunRecord>> find(const QString &runId) const;

    // migrate-job rows (taskrecord.h). INSERT OR REPLACE on the documented keys: a resumed or
    // re-run task or attempt replaces its row.
    Core::Result<void> recordTask(const TaskRecord &task);
    Core::Result<void> recordAttempt(const AttemptRecord &attempt);
    // Ordered by job, then task.
    Core::Result<QList<TaskRecord>> tasks(const QString &runId) const;
    // Ordered by job, task, cell, attempt; an empty job or task matches all.
    Core::Result<QList<AttemptRecord>> attempts(const QString &runId, const QString &job = {},
                                                const QString &task = {}) const;

private:
    HistoryStore() = default;
    QString m_connection;
    QString m_path;
};

} // namespace Mwb::History
