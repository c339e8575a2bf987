// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "rewrite/jobrewriter.h"
#include "run/taskrunner.h"

#include <QString>
#include <QStringList>

namespace Mwb::Core {
class EventStream;
}

namespace Mwb::Run {

struct MigrateOptions
{
    QString manifestPath;
    QString outputBase;
    QString projectDir; // where .mwb/history.sqlite lives (the working directory of mwb)
    QString workspaceDir; // empty: the manifest's
    QStringList jobs;
    QString startTask;    // substring of a task key: run from the first match on (in layer order)
    QStringList onlyTasks;
    bool skipMigrated = true;
    int parallel = 4;
    Rewrite::RewriteOptions rewrite;
    QString optionsFingerprint;
    bool redirect = true;
    Rewrite::SandboxOptions sandbox;
    int maxFixAttempts = 10;
    bool llm = false;
    bool llmRewrite = false; // Pass 1 also sends cells still carrying Databricks markers to the LLM
    Llm::LlmSettings llmSettings;
    Kernel::KernelOptions kernelOptions;
    KernelTarget target;
    QString runId;
    QString commandLine; // for the history row, without secrets
};

struct JobOutcome
{
    QString job;
    QString result; // PASS, PARTIAL, FAIL, INTERRUPTED
    QString reportPath;
};

struct MigrateSummary
{
    QString result;
    QList<JobOutcome> jobs;
};

// `mwb migrate-job` (ARCHITECTURE.md, mission_anchors.md §1.2): per selected job of the manifest,
// Pass 1 for the dependencies and tasks (skipping what the registry says is done), then Pass 2 task
// by task in topological layers, up to `parallel` tasks at once, each on its own kernel session and
// thread. Writes the migrated notebooks, tasks/<NN_task>/{migration_report.md,test_report.md,task.json},
// reports/JOB_REPORT.md, REQUIRED_PACKAGES.txt, migration.log, events and run history. A finished
// task (task.json PASS/PARTIAL with the notebook it wrote) is ALREADY_MIGRATED on the next run.
class JobMigrator
{
public:
    JobMigrator(MigrateOptions options, Core::EventStream *events);
    MigrateSummary run();

private:
    MigrateOptions m_options;
    Core::EventStream *m_events;
};

} // namespace Mwb::Run
