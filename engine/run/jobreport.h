// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Mwb::Run {

// One row of "## Task Results". Invariant: ok + failed + fixed = the task's code cells that ran
// (cells that cannot run on the kernel, e.g. Spark cells on a kernel without Spark, are listed
// under Errors & Warnings instead).
struct TaskResultRow
{
    QString task;
    QString status; // PASS, PARTIAL, FAIL, ALREADY_MIGRATED, INTERRUPTED
    int ok = 0;
    int failed = 0;
    int fixed = 0;
};

// One bullet of "## Errors & Warnings": "- **<task>** cell <i>: <note>", or "- **<task>**: <note>"
// when the note is about the whole task (cell = 0).
struct ReportNote
{
    QString task;
    int cell = 0;
    QString note;
};

struct BackfillCounts
{
    int scanned = 0;    // %run / notebook.run targets found in the migrated notebooks
    int unmigrated = 0; // of those, without a migrated copy after Pass 1
    int migrated = 0;   // migrated by the backfill
    int failed = 0;     // could not be migrated
};

// JOB_REPORT.md (ARCHITECTURE.md "JOB_REPORT.md"): written by migrate-job, read back by
// `mwb migration-status` and the GUI. toMarkdown() writes exactly the documented sections in the
// documented order; parse() reads what toMarkdown() wrote (and tolerates extra blank lines).
struct JobReport
{
    QString job;
    QString date;           // ISO-8601
    QString parametersJson; // compact JSON object of the job parameters
    QList<TaskResultRow> tasks;
    QList<ReportNote> notes;
    QString unmappedTriggersJson; // a JSON object snippet for db_to_aidp_job_map; empty: none
    BackfillCounts backfill;
    QStringList requiredPackages;
    QList<QPair<QString, QString>> runtime; // "- <key>: <value>" lines of "## Runtime metadata"

    // PASS if every task is PASS or ALREADY_MIGRATED, FAIL if any is FAIL, INTERRUPTED if any was
    // interrupted (and none failed), else PARTIAL. A report without tasks is FAIL.
    QString rollUp() const;
    QString toMarkdown() const;
    static Core::Result<JobReport> parse(const QString &markdown, const QString &file);
};

} // namespace Mwb::Run
