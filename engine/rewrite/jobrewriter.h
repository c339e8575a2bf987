// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "rewrite/rewriteoptions.h"
#include "rewrite/rewriteresult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mwb::Core {
class EventStream;
}

namespace Mwb::Rewrite {

// Pass 1 over a job manifest (`mwb rewrite --manifest`): every transitive %run / notebook.run
// dependency is migrated code-only to <output-base>/<job>/deps/dep_<name>/<name>.ipynb, the task
// notebooks to <output-base>/<job>/notebooks/<workspace path>.ipynb, with %run and notebook.run
// paths pointing at the migrated copies; migration_registry.json lets a second run skip what is
// already done. Each notebook gets a migration_report.md (tasks: tasks/<NN_task_key>/, deps: next
// to the notebook); the JSON of all reports goes into one file written by the caller.
struct JobRewriteOptions
{
    QString manifestPath;
    QString outputBase;
    QString workspaceDir; // empty: the manifest's "workspace", relative to the manifest's folder
    QStringList jobs;     // empty: every job of the manifest
    bool skipMigrated = true;
    RewriteOptions rewrite; // catalogs, buckets (resolveTarget/outputBase/jobMap are set per job)
    QString optionsFingerprint; // part of the registry fingerprint: a change of options redoes the job
};

struct MigratedNotebook
{
    QString kind; // "task" or "dependency"
    QString taskKey;
    QString workspacePath;
    QString sourceFile;
    QString outputPath;
    QString reportPath;
    bool skipped = false; // already migrated (registry)
    RewriteResult result;
};

struct JobRewriteSummary
{
    QString jobName;
    QString jobDir;
    QList<MigratedNotebook> notebooks;
    QStringList requiredPackages;
    QStringList warnings;
    int written = 0;
    int skipped = 0;
    int blockers = 0;
    bool interrupted = false;
};

// Fails (writing nothing for that job) when the manifest cannot be read, a notebook cannot be
// found or read, or an s3 bucket has no mapping (the error names bucket, notebook, cell and line).
Core::Result<QList<JobRewriteSummary>> rewriteJobs(const JobRewriteOptions &options, Core::EventStream *events);

// Where a workspace notebook's migrated copy goes, relative to <output-base>/<job>/.
QString taskOutputRelative(const QString &workspacePath);
QString dependencyOutputRelative(const QString &workspacePath);

} // namespace Mwb::Rewrite
