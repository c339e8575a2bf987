// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

// The job manifest, reports/<job>_manifest.json (ARCHITECTURE.md "Manifest").
namespace Mwb::Workflow {

struct RunDependency
{
    QString path;         // absolute workspace path of the target; empty when dynamic
    QString kind;         // "%run" or "notebook.run"
    bool exists = false;
    QString resolvedPath; // relative to the workspace folder when it exists
    int cell = 0;         // 1-based cell of the referencing notebook
    bool dynamic = false; // computed at run time: not resolvable before the run
    QString expression;   // the source text of a dynamic path
    QList<QPair<QString, QString>> arguments;
    bool cycle = false;             // target is already on the %run stack: not followed
    bool depthLimitReached = false; // not followed: nested deeper than the limit
    QString error;                  // the target exists but could not be read
    QList<RunDependency> runDeps;
};

struct ManifestTask
{
    QString taskKey;
    QString taskType = QStringLiteral("notebook_task");
    QString notebookPath;
    QString resolvedPath;
    QStringList dependsOn;
    Core::OrderedJson baseParameters = Core::OrderedJson::object();
    int cells = 0;
    int codeCells = 0;
    QList<RunDependency> runDeps;
};

struct ManifestWarning
{
    QString task;
    QString kind; // "run_cycle", "depth_limit", "missing_dependency", "dynamic_dependency", "unsupported_task", "unreadable_dependency"
    QString message;
};

struct ManifestJob
{
    QString jobName;
    qint64 jobId = 0;
    QString root;      // common workspace folder of the job's task notebooks
    QString workspace; // the exported workspace folder, relative to the manifest's folder when below the same tree
    Core::OrderedJson parameters = Core::OrderedJson::object();
    QList<ManifestTask> tasks;
    QList<QStringList> executionLayers;
    Core::OrderedJson dbToAidpJobMap = Core::OrderedJson::object();
    QList<ManifestWarning> warnings;

    const ManifestTask *task(const QString &key) const;
};

struct Manifest
{
    QList<ManifestJob> jobs;
};

Core::OrderedJson manifestToJson(const Manifest &manifest);
QByteArray writeManifest(const Manifest &manifest);
Core::Result<Manifest> readManifest(const QByteArray &bytes, const QString &fileName);
Core::Result<Manifest> readManifestFile(const QString &fileName);

// "Daily ETL/v2" -> "Daily_ETL_v2": the job part of reports/<job>_manifest.json.
QString manifestFileStem(const QString &jobName);

} // namespace Mwb::Workflow
