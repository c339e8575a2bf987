// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mwb::Workflow {

// One task of a Databricks job (Jobs API 2.1 TaskSettings), as far as migration needs it.
struct TaskDefinition
{
    QString taskKey;
    QString taskType;     // "notebook_task", "spark_python_task", "run_job_task", ... (never dropped)
    QString notebookPath; // workspace path of a notebook task ("/Repos/etl/ingest"); empty otherwise
    QStringList dependsOn;
    Core::OrderedJson baseParameters = Core::OrderedJson::object();
    int line = 0; // where the task (its notebook_path, else its task_key) is in the jobs file
    int column = 0;
};

struct JobDefinition
{
    QString name;
    qint64 jobId = 0;
    Core::OrderedJson parameters = Core::OrderedJson::object(); // job parameter name -> default
    QList<TaskDefinition> tasks;
    QString sourceFile;
};

// Reads a Jobs API 2.1 document: one job's settings, a `jobs/get` response ({job_id, settings}) or an
// export {"jobs": [...]}; single-task 2.0 jobs (notebook_task at the top) become one task.
Core::Result<QList<JobDefinition>> readJobs(const QByteArray &bytes, const QString &fileName);
Core::Result<QList<JobDefinition>> readJobsFile(const QString &fileName);

} // namespace Mwb::Workflow
