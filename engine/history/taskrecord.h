// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::History {

// Per-task rows of a migrate-job run (table "tasks"); (run_id, job, task) is the key, so a resumed
// or re-run task replaces its row instead of adding one.
struct TaskRecord
{
    QString runId;
    QString job;
    QString task;
    QString status; // PASS, PARTIAL, FAIL, ALREADY_MIGRATED, INTERRUPTED
    int ok = 0;
    int failed = 0;
    int fixed = 0;
    int skipped = 0;
    QString startedAt;
    QString finishedAt;
    qint64 durationMs = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
};

// One attempt at one code cell (table "attempts"); key (run_id, job, task, cell, attempt).
// The cell's final state is its highest attempt. Verdicts are the four checks' states
// ("passed", "failed", "not_available") with their details.
struct AttemptRecord
{
    QString runId;
    QString job;
    QString task;
    int cell = 0;    // 1-based among the task's code cells
    int attempt = 0; // 1 = the migrated cell as Pass 1 left it; 2.. = after a fix
    QString status;  // OK, FIXED, FAILED, SKIPPED (the cell's status after this attempt)
    QString execution;
    QString errorPatterns;
    QString sparkLogs;
    QString judge;
    QString detail; // the first failure's text, or the skip reason
    QString code;   // the code that ran (the saved form, without the sandbox redirects)
    QString fixerNote;
    qint64 durationMs = 0;
    QString finishedAt;
};

} // namespace Mwb::History
