// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "core/result.h"
#include "rewrite/changerecord.h"
#include "rewrite/lintfinding.h"

#include <QList>
#include <QString>

namespace Mwb::Rewrite {

// One notebook of <output-base>/<job>/reports/pass1_summary.json, the record `mwb rewrite
// --manifest` leaves of a job: where each task and dependency notebook went and what changed.
struct Pass1Notebook
{
    QString kind;          // "task" or "dependency"
    QString taskKey;       // tasks only
    QString workspacePath; // Databricks path, as the manifest names it ("/Repos/retail/etl/clean_orders")
    QString source;        // the source notebook file Pass 1 read (from the report; may be empty)
    QString output;        // migrated .ipynb
    QString report;        // migration_report.md
    QString status;        // "MIGRATED" or "ALREADY_MIGRATED"
    bool hasReport = false; // change records and lint below are known
    QList<ChangeRecord> changes;
    QList<LintFinding> lint;
    Core::OrderedJson reportJson; // the whole per-notebook report, kept for carrying over
};

struct Pass1Summary
{
    QString jobName;
    QList<Pass1Notebook> notebooks;
};

Core::Result<Pass1Summary> readPass1Summary(const QString &path);

struct JobRewriteSummary;

// Writes <job dir>/reports/pass1_summary.json for one job of rewriteJobs (atomically) and returns it.
// Notebooks skipped as already migrated keep the report of the run that migrated them, so the file
// always describes every notebook (Required Packages and Unmapped Job Triggers are read from it).
Core::Result<Core::OrderedJson> writePass1Summary(const JobRewriteSummary &summary);

// Severity by its report name; Nit for unknown names.
Severity severityFromName(const QString &name);

} // namespace Mwb::Rewrite
