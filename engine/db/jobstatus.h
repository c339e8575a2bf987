// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "db/jobstate.h"

namespace Mwb::Db {

// `mwb data status <job_id> --json`: the shape of ARCHITECTURE.md "Data job status" (job_id,
// status, mode, progress_percent, current_table, rows_migrated, rows_failed, total_rows,
// error_file, tables_completed, tables_total, tables_status[], failed_tables[], started_at,
// completed_at, error_message), plus snapshot_consistent. A job whose checkpoint says "running"
// but whose process is gone (same host) reports "interrupted": kill -9 leaves no other trace.
Core::OrderedJson dataJobStatus(const JobState &state, const QString &jobDir);

// "<table>_failed.jsonl" in the job folder; table names are kept, only '/' and NUL are replaced.
QString failedRowsFileName(const QString &table);

// True when pid runs on this host (kill(pid, 0)); false for another host's pid.
bool jobProcessAlive(qint64 pid, const QString &host);

} // namespace Mwb::Db
