// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/jobstate.h"

#include <QString>

namespace Mwb::Core {
class EventStream;
}

namespace Mwb::Db {

// One data job from start to end (ARCHITECTURE.md "Database migration", DATA_MIGRATION.md):
// lock the target, read the source schema, create the target tables when none exist yet, copy the
// tables in FK order inside one source snapshot, move orphans to fk_violations.jsonl, reset
// identities, then create indexes, foreign keys, views and triggers when this job created the
// tables. State lives in <project>/.tmp/migrations/<job_id>/ (job.json, checkpoint.json,
// <table>_failed.jsonl, fk_violations.jsonl); events go to `events` with the job id as run_id.
class DataJob
{
public:
    DataJob(QString projectDir, Core::EventStream &events);

    // A new job id: "dj-<UTC yyyyMMdd-HHmmss>-<4 hex>".
    static QString newJobId();

    // Runs a new job (config.jobId set by the caller). The result holds the final state; an Error
    // means the job could not start (lock held, connection refused, bad table name).
    Core::Result<JobState> start(const JobConfig &config);
    // Resumes the job: tables completed stay, the one in progress continues after its last
    // committed key (or is redone without a key), the rest run as usual.
    Core::Result<JobState> resume(const QString &jobId);

    // PASS / PARTIAL / FAIL / INTERRUPTED for a final status (event stream, exit codes).
    static QString resultName(const QString &status);

private:
    Core::Result<JobState> run(JobState state, bool resumed);

    QString m_projectDir;
    Core::EventStream &m_events;
};

} // namespace Mwb::Db
