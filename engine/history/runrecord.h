// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::History {

// One row of run history: any `mwb` run the GUI lists and re-attaches to (a data job, a migrate-job
// run, a validation). `kind` says which; `summary` is that kind's own JSON document.
struct RunRecord
{
    QString runId;      // the run_id of its event stream (data jobs: the job id)
    QString kind;       // "data", "migrate-job", "validate", ...
    QString title;      // one line for lists: "sqlite:///shop.db -> postgresql://...", no secrets
    QString status;     // running | completed | completed_with_errors | failed | interrupted
    QString startedAt;  // ISO-8601 UTC
    QString finishedAt; // empty while running
    QString reportPath; // the run's report or status file, relative to the project when inside it
    QString summary;    // JSON text
    qint64 pid = 0;     // the process that ran it last
};

} // namespace Mwb::History
