// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/cellverification.h"
#include "kernel/executionresult.h"
#include "kernel/kernelclient.h"
#include "llm/anthropicclient.h"
#include "notebook/notebook.h"
#include "rewrite/sandboxtransform.h"
#include "run/cellplan.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Mwb::Core {
class EventStream;
}
namespace Mwb::Kernel {
class KernelService;
class SparkLogSource;
} // namespace Mwb::Kernel

namespace Mwb::Run {

class MigrationLog;

// How a task's kernels are reached; the factories are called on the task's own thread.
struct KernelTarget
{
    std::function<std::shared_ptr<Kernel::KernelService>()> makeService;
    std::function<std::shared_ptr<Kernel::SparkLogSource>(const std::shared_ptr<Kernel::KernelService> &)> makeLogSource;
    QString kernelName; // empty: the server's default
    bool aidp = false;
    QString description; // for reports, without credentials
    QString volumesRoot; // runtime shim: where /Volumes lives on the kernel's machine
    QMap<QString, QString> mounts; // runtime shim: Databricks mount points -> folders on the kernel's machine
};

struct TaskInput
{
    QString runId;
    QString job;
    QString task;
    QString migratedPath; // Pass-1 output, run and then rewritten with the fixes
    QString sourcePath;   // the Databricks notebook Pass 1 read
    QString jobDir;
    QStringList readableRoots; // what the fixer may read
    QMap<QString, QString> parameters;
    QString taskValuesFile;
    int maxFixAttempts = 10;
    bool redirect = true;
    Rewrite::SandboxOptions sandbox;
    // Tables the job's earlier tasks wrote (redirected): this task's reads of them are redirected too.
    Rewrite::SandboxState sandboxState;
    bool llm = false;
    Llm::LlmSettings llmSettings;
    Kernel::KernelOptions kernelOptions;
    KernelTarget target;
};

// One execution of a cell and its verification.
struct AttemptResult
{
    int attempt = 0; // 0 = the cell as Pass 1 left it, 1.. = fix attempts
    QString code;
    QString status; // OK, FIXED, FAILED
    Kernel::ExecutionResult execution;
    Kernel::CellVerification verification;
    QString fixerNote;
    QString startedAt;
    QString finishedAt;
};

struct ChildCellResult
{
    QString child; // the child notebook, relative to the job folder
    int index = 0;
    int total = 0;
    QString status;
    QString detail;
};

struct CellResult
{
    int index = 0;        // 1-based among the code cells
    int notebookCell = 0; // 0-based in the notebook
    Notebook::Language language = Notebook::Language::Python;
    QString status; // OK, FIXED, FAILED, SKIPPED
    QString detail; // the failure or the skip reason
    QString code;   // final code (saved)
    QString sourceCode;
    QString originalOutput;
    QList<AttemptResult> attempts;
    QList<ChildCellResult> children;
    QStringList notes;
};

struct TaskOutcome
{
    QString status; // PASS, PARTIAL, FAIL, INTERRUPTED
    QString error;  // what ended the task early
    QList<CellResult> cells;
    Notebook::Notebook notebook; // the migrated notebook with the fixes, outputs cleared
    QString exitValue;
    QString startedAt;
    QString finishedAt;
    qint64 durationMs = 0;
    QString kernel;
    QStringList notes;  // task-level notes (fixer make_note, rewinds)
    Rewrite::SandboxState sandboxState; // the job's written tables after this task
    bool noKernel = false; // no kernel could be started: the next tasks would fail the same way
    qint64 inputTokens = 0; // LLM use of this task (fixer and judge)
    qint64 outputTokens = 0;
    int ok() const;
    int failed() const;
    int fixed() const;
    int skipped() const;
};

// Pass 2 of one task (ARCHITECTURE.md): its own kernel session, every code cell run with the write
// redirects of the sandbox, verified four ways, and on failure handed to the fixer and run again, up
// to maxFixAttempts times. %run cells run the migrated child notebook's cells inline (verified, not
// fixed: the child is shared by tasks). Runs on the calling thread (a worker thread of the job).
class TaskRunner
{
public:
    TaskRunner(TaskInput input, MigrationLog *log, Core::EventStream *events);
    TaskOutcome run();

private:
    struct Session;
    bool runCell(Session &s, int n);
    void runChild(Session &s, CellResult &parent, const QString &path, const QList<QPair<QString, QString>> &arguments, int depth);
    // Runs a cell with the sandbox redirects, in the form the kernel understands (plan.code).
    Kernel::ExecutionResult execute(Session &s, const Notebook::Cell &cell, Notebook::Language notebookLanguage);
    void logLine(const QString &text, const QString &child = {});
    void emitCell(const CellResult &cell, int total);

    TaskInput m_in;
    MigrationLog *m_log;
    Core::EventStream *m_events;
};

// The text of a stored nbformat outputs array, as a reader sees it (the original Databricks output).
QString outputsText(const Core::Json &outputs);

} // namespace Mwb::Run
