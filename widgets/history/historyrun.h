// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"
#include "history/taskrecord.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Mwb::Widgets {

// How a run ended, as the run history shows, colours and filters it. Derived from RunRecord::status
// (ARCHITECTURE.md "State on disk": running | completed | completed_with_errors | failed | interrupted).
enum class RunResult { Running, Passed, Partial, Failed, Interrupted, Unknown };

// One row of the run history: the stored record plus what the table, the chart and the filters
// need, computed once off the GUI thread (HistoryLoader) so that the model only copies values.
struct HistoryRun
{
    History::RunRecord record;
    RunResult result = RunResult::Unknown;
    QDateTime started; // UTC; invalid when the stored text is not ISO-8601
    QDateTime finished; // UTC; invalid while running
    qint64 durationMs = -1; // finished - started; while running, the time so far; -1 unknown
    bool processGone = false; // stored as running, but its process no longer exists on this machine
    QString outcome; // migrate-job: the summary's "result" (PASS, PARTIAL, FAIL, INTERRUPTED)
    QStringList jobs; // migrate-job: the jobs it ran (summary, else its task rows)
    // migrate-job: the sums over its task rows (history "tasks" table). Invariant: hasCells iff kind is
    // migrate-job.
    bool hasCells = false;
    int cellsOk = 0;
    int cellsFailed = 0;
    int cellsFixed = 0;
    // data: rows_migrated / rows_failed of the status document in the summary. Invariant: hasRows only
    // for data runs whose summary holds them.
    bool hasRows = false;
    qint64 rowsCopied = 0;
    qint64 rowsFailed = 0;
};

// The history row with its task rows (migrate-job runs; empty for others). `now` measures the
// duration of runs still going.
HistoryRun historyRunFrom(
    const History::RunRecord &record, const QList<History::TaskRecord> &tasks, const QDateTime &now);
RunResult runResultFromStatus(const QString &status);

// User-visible names. A validation that "completed with errors" found differences, so it reads
// "Differences" rather than "Partial".
QString runResultLabel(RunResult result, const QString &kind = {});
QString runKindLabel(const QString &kind);
// "4.2 s", "42 s", "12 min 05 s", "2 h 03 min".
QString formatDuration(qint64 ms);
// Distinct hues that keep their contrast on light and dark backgrounds (mid lightness, saturated).
QColor runResultColor(RunResult result);

} // namespace Mwb::Widgets

Q_DECLARE_METATYPE(Mwb::Widgets::HistoryRun)
