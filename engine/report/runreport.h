// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "history/runrecord.h"

#include <QString>
#include <QStringList>

namespace Mwb::Report {

// A run's report as Markdown, whatever kind of run it was (RunRecord::kind):
// - migrate-job: every job's <base>/<job>/reports/JOB_REPORT.md, from the "jobs"[].report entries of
//   the run's summary (or, for a run that never finished, every <job>/reports/JOB_REPORT.md under the
//   output base in RunRecord::reportPath), concatenated in that order;
// - validate: validation.md next to the validation.json that RunRecord::reportPath names;
// - data: the run's status document (the summary JSON) written out as Markdown.
struct RunReport
{
    QString title; // one line, for the HTML <title> and the PDF's metadata
    QString markdown;
    QStringList sources; // the files the Markdown came from (none for data runs)
};

// projectDir resolves relative report paths (RunRecord::reportPath is relative to the project when
// the report is inside it). Errors name the missing file or say why the run has no report.
Core::Result<RunReport> loadRunReport(const History::RunRecord &run, const QString &projectDir);

// The data-job status document (db/jobstatus.h) as Markdown: its scalar fields as a list, its tables
// as pipe tables.
QString dataStatusMarkdown(const History::RunRecord &run);

} // namespace Mwb::Report
