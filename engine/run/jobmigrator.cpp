// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/jobmigrator.h"

#include "core/atomicfile.h"
#include "core/eventstream.h"
#include "core/termination.h"
#include "history/historystore.h"
#include "history/taskrecord.h"
#include "kernel/cellverification.h"
#include "llm/anthropicclient.h"
#include "notebook/notebookio.h"
#include "rewrite/migrationregistry.h"
#include "rewrite/pass1summary.h"
#include "run/jobreport.h"
#include "run/llmcellrewriter.h"
#include "run/migrationlog.h"
#include "run/taskreports.h"
#include "run/tr.h"
#include "workflow/dependencyscanner.h"
#include "workflow/manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QThread>

#include <functional>
#include <set>

using namespace Qt::StringLiterals;

namespace Mwb::Run {

namespace {

QString jsonText(const Core::OrderedJson &value)
{
    if (value.is_string()) {
        return Core::fromStd(value.get<std::string>());
    }
    return Core::fromStd(value.dump());
}

QString worst(const QString &a, const QString &b)
{
    static const QStringList order {u"PASS"_s, u"PARTIAL"_s, u"INTERRUPTED"_s, u"FAIL"_s};
    return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

Core::Result<Core::OrderedJson> readJson(const QString &path)
{
    auto bytes = Core::readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    return Core::parseOrderedJson(*bytes, path);
}

struct PlannedTask
{
    const Workflow::ManifestTask *task = nullptr;
    int index = 0; // 1-based position in the manifest (tasks/<NN>_<key>)
    QString dir;
    const Rewrite::MigratedNotebook *notebook = nullptr;
    enum class Mode { Run, AlreadyMigrated, NotSelected } mode = Mode::Run;
    TaskResultRow previous; // AlreadyMigrated: the counts of the run that migrated it
};

struct Finished
{
    PlannedTask plan;
    TaskInput input;
    TaskOutcome outcome;
};

} // namespace

JobMigrator::JobMigrator(MigrateOptions options, Core::EventStream *events)
    : m_options(std::move(options))
    , m_events(events)
{
}

MigrateSummary JobMigrator::run()
{
    MigrateSummary summary;
    QElapsedTimer wall;
    wall.start();
    const QString startedAt = Core::EventStream::timestampNow();
    const QString base = QDir(m_options.outputBase).absolutePath();
    // migration.log has a fixed, documented line format that tools and the GUI parse: its structure
    // ("Cell 5/27: OK", "RESULT: PASS") is never translated; only free text inside it may be.
    MigrationLog log;
    if (auto opened = log.open(QDir(base).filePath(u"migration.log"_s)); !opened && m_events) {
        m_events->log(u"warning"_s, opened.error().toString());
    }
    if (!m_options.llmSettings.apiKey.isEmpty()) {
        log.addSecret(m_options.llmSettings.apiKey);
    }

    std::optional<History::HistoryStore> history;
    if (auto store = History::HistoryStore::open(m_options.projectDir)) {
        history.emplace(std::move(store).value());
        History::RunRecord record;
        record.runId = m_options.runId;
        record.kind = u"migrate-job"_s;
        record.title = Tr::tr("migrate-job %1").arg(QFileInfo(m_options.manifestPath).fileName());
        record.status = u"running"_s;
        record.startedAt = startedAt;
        record.reportPath = base;
        record.pid = QCoreApplication::applicationPid();
        // The manifest lets a monitor that re-attaches later plan the run's tasks (widgets/jobs/jobmonitor.cpp).
        record.summary = Core::fromStd(Core::OrderedJson { { "command", Core::toStd(m_options.commandLine) },
                                                           { "manifest", Core::toStd(m_options.manifestPath) } }
                                           .dump());
        if (auto r = history->recordStarted(record); !r && m_events) {
            m_events->log(u"warning"_s, r.error().toString());
        }
    } else if (m_events) {
        m_events->log(u"warning"_s, store.error().toString());
    }
    if (m_events) {
        Core::OrderedJson fields = Core::OrderedJson::object();
        fields["command"] = "migrate-job";
        fields["manifest"] = Core::toStd(m_options.manifestPath);
        fields["output_base"] = Core::toStd(base);
        fields["kernel"] = Core::toStd(m_options.target.description);
        fields["llm"] = m_options.llm ? Core::toStd(m_options.llmSettings.model) : "none";
        m_events->emitEvent(u"run_started"_s, fields);
    }

    auto meter = m_options.llmSettings.meter;
    QString fatal;
    auto manifest = Workflow::readManifestFile(m_options.manifestPath);
    QList<const Workflow::ManifestJob *> jobs;
    if (!manifest) {
        fatal = manifest.error().toString();
    } else {
        for (const auto &job : std::as_const(manifest->jobs)) {
            if (m_options.jobs.isEmpty() || m_options.jobs.contains(job.jobName)) {
                jobs << &job;
            }
        }
        for (const QString &name : std::as_const(m_options.jobs)) {
            if (std::none_of(jobs.cbegin(), jobs.cend(), [&](const auto *j) { return j->jobName == name; })) {
                fatal = Tr::tr("%1: the manifest has no job \"%2\"").arg(m_options.manifestPath, name);
            }
        }
    }
    if (fatal.isEmpty() && m_options.llm) {
        // An invalid key must stop the run before anything is migrated, not after the first failing cell.
        Llm::AnthropicClient client(m_options.llmSettings);
        Llm::MessagesRequest ping;
        ping.maxTokens = 1;
        ping.messages << Llm::Message {u"user"_s, {Llm::ContentBlock::textBlock(u"ping"_s)}};
        if (auto answer = client.send(ping); !answer) {
            fatal = Tr::tr("the LLM is not usable: %1").arg(answer.error().toString());
        }
    }

    auto writeReport = [&](const QString &jobDir, JobReport &report) -> QString {
        const QString path = QDir(jobDir).filePath(u"reports/JOB_REPORT.md"_s);
        if (auto r = Core::writeFileAtomically(path, report.toMarkdown().toUtf8()); !r) {
            log.line(report.job, {}, r.error().toString());
        }
        QString packages;
        for (const QString &p : std::as_const(report.requiredPackages)) {
            packages += p + u'\n';
        }
        [[maybe_unused]] auto ignored = Core::writeFileAtomically(QDir(jobDir).filePath(u"reports/REQUIRED_PACKAGES.txt"_s), packages.toUtf8());
        return path;
    };
    auto runtimeMetadata = [&](JobReport &report) {
        report.runtime = {
            {u"Run id"_s, m_options.runId},
            {u"Kernel"_s, m_options.target.description},
            {u"Output base"_s, base},
            {u"Sandbox"_s, m_options.redirect ? u"default."_s + m_options.sandbox.schema : u"off (--no-redirect-schema)"_s},
            {u"Started"_s, startedAt},
            {u"Finished"_s, Core::EventStream::timestampNow()},
            {u"Wall clock"_s, u"%1 s"_s.arg(double(wall.elapsed()) / 1000.0, 0, 'f', 1)},
            {u"LLM"_s, m_options.llm ? m_options.llmSettings.model : u"none"_s},
        };
        if (meter) {
            report.runtime.append({u"LLM requests"_s, QString::number(meter->requests())});
            report.runtime.append({u"Tokens in"_s, QString::number(meter->total().inputTokens)});
            report.runtime.append({u"Tokens out"_s, QString::number(meter->total().outputTokens)});
            report.runtime.append({u"Cost (USD)"_s, QString::number(meter->costUsd(), 'f', 4)});
        }
    };

    if (!fatal.isEmpty()) {
        // Nothing runs; every selected job (or the manifest itself) gets a FAIL report saying what to fix.
        QStringList names;
        for (const auto *job : std::as_const(jobs)) {
            names << job->jobName;
        }
        if (names.isEmpty()) {
            names << QFileInfo(m_options.manifestPath).completeBaseName().remove(u"_manifest"_s);
        }
        for (const QString &name : std::as_const(names)) {
            JobReport report;
            report.job = name;
            report.date = startedAt;
            report.parametersJson = u"{}"_s;
            report.notes << ReportNote {name, 0, fatal};
            runtimeMetadata(report);
            const QString jobDir = QDir(base).filePath(Workflow::manifestFileStem(name));
            log.line(name, {}, u"RESULT: FAIL (%1)"_s.arg(fatal));
            summary.jobs << JobOutcome {name, u"FAIL"_s, writeReport(jobDir, report)};
        }
        summary.result = u"FAIL"_s;
    }

    for (const auto *jobPtr : std::as_const(jobs)) {
        if (!fatal.isEmpty()) {
            break;
        }
        const Workflow::ManifestJob &job = *jobPtr;
        const QString jobDir = QDir(base).filePath(Workflow::manifestFileStem(job.jobName));
        JobReport report;
        report.job = job.jobName;
        report.date = Core::EventStream::timestampNow();
        report.parametersJson = Core::fromStd(job.parameters.dump());
        auto failJob = [&](const QString &why) {
            report.notes << ReportNote {job.jobName, 0, why};
            runtimeMetadata(report);
            log.line(job.jobName, {}, u"RESULT: FAIL (%1)"_s.arg(why));
            summary.jobs << JobOutcome {job.jobName, u"FAIL"_s, writeReport(jobDir, report)};
        };

        // ---- Pass 1 ----
        log.line(job.jobName, {}, u"Pass 1: rewriting the task notebooks and their dependencies"_s);
        Rewrite::JobRewriteOptions rewrite;
        rewrite.manifestPath = m_options.manifestPath;
        rewrite.outputBase = base;
        rewrite.workspaceDir = m_options.workspaceDir;
        rewrite.jobs = {job.jobName};
        rewrite.skipMigrated = m_options.skipMigrated;
        rewrite.rewrite = m_options.rewrite;
        rewrite.optionsFingerprint = m_options.optionsFingerprint;
        std::unique_ptr<LlmCellRewriter> hook;
        if (m_options.llm && m_options.llmRewrite) {
            hook = std::make_unique<LlmCellRewriter>(m_options.llmSettings);
            rewrite.rewrite.llmHook = hook.get();
        }
        auto pass1 = Rewrite::rewriteJobs(rewrite, m_events);
        if (!pass1 || pass1->isEmpty()) {
            failJob(pass1 ? Tr::tr("Pass 1 produced nothing") : pass1.error().toString());
            continue;
        }
        const Rewrite::JobRewriteSummary &rewritten = pass1->first();
        auto pass1Json = Rewrite::writePass1Summary(rewritten);
        if (!pass1Json) {
            failJob(pass1Json.error().toString());
            continue;
        }
        log.line(job.jobName, {}, u"Pass 1: %1 notebook(s) written, %2 already migrated"_s.arg(rewritten.written).arg(rewritten.skipped));
        for (const QString &w : rewritten.warnings) {
            report.notes << ReportNote {job.jobName, 0, w};
        }
        // Required Packages and Unmapped Job Triggers of every notebook, also those skipped this time.
        Core::OrderedJson triggers = Core::OrderedJson::object();
        for (const auto &nb : (*pass1Json)["notebooks"]) {
            const auto rj = nb.find("report_json");
            if (rj == nb.end()) {
                continue;
            }
            for (const auto &p : rj->value("required_packages", Core::OrderedJson::array())) {
                const QString pkg = jsonText(p);
                if (!report.requiredPackages.contains(pkg)) {
                    report.requiredPackages << pkg;
                }
            }
            for (const auto &t : rj->value("job_triggers", Core::OrderedJson::array())) {
                if (t.value("aidp_job_id", Core::OrderedJson()).is_null()) {
                    triggers[t.value("databricks_job_id", std::string())] = "<AIDP job id>";
                }
            }
        }
        if (!triggers.empty()) {
            report.unmappedTriggersJson = Core::fromStd(triggers.dump(2));
        }
        if (rewritten.interrupted) {
            report.notes << ReportNote {job.jobName, 0, Tr::tr("stopped on request during Pass 1")};
            runtimeMetadata(report);
            summary.jobs << JobOutcome {job.jobName, u"INTERRUPTED"_s, writeReport(jobDir, report)};
            break;
        }

        // ---- plan Pass 2 ----
        QHash<QString, const Rewrite::MigratedNotebook *> byTask;
        for (const auto &nb : rewritten.notebooks) {
            if (nb.kind == u"task") {
                byTask.insert(nb.taskKey, &nb);
            }
        }
        QList<PlannedTask> plan;
        QHash<QString, int> planIndex;
        for (const QStringList &layer : job.executionLayers) {
            for (const QString &key : layer) {
                const Workflow::ManifestTask *task = job.task(key);
                if (!task) {
                    continue;
                }
                PlannedTask p;
                p.task = task;
                p.index = 1 + static_cast<int>(std::find_if(job.tasks.cbegin(), job.tasks.cend(),
                                                            [&](const auto &t) { return t.taskKey == key; })
                                               - job.tasks.cbegin());
                p.dir = QDir(jobDir).filePath(u"tasks/%1_%2"_s.arg(p.index, 2, 10, QChar(u'0')).arg(key));
                p.notebook = byTask.value(key);
                planIndex.insert(key, static_cast<int>(plan.size()));
                plan << p;
            }
        }
        QString planError;
        for (const QString &only : std::as_const(m_options.onlyTasks)) {
            if (!job.task(only)) {
                planError = Tr::tr("--only-tasks names \"%1\", which is not a task of job \"%2\"").arg(only, job.jobName);
            }
        }
        int startAt = 0;
        if (!m_options.startTask.isEmpty()) {
            startAt = -1;
            for (int i = 0; i < plan.size(); ++i) {
                if (plan.at(i).task->taskKey.contains(m_options.startTask)) {
                    startAt = i;
                    break;
                }
            }
            if (startAt < 0) {
                planError = Tr::tr("--start-task \"%1\" matches no task of job \"%2\"").arg(m_options.startTask, job.jobName);
            }
        }
        if (!planError.isEmpty()) {
            failJob(planError);
            continue;
        }
        for (int i = 0; i < plan.size(); ++i) {
            PlannedTask &p = plan[i];
            if (p.task->taskType != u"notebook_task" || !p.notebook) {
                p.mode = PlannedTask::Mode::NotSelected; // Pass 1 already warned about it
                continue;
            }
            const bool explicitlyChosen = m_options.onlyTasks.contains(p.task->taskKey) || (!m_options.startTask.isEmpty() && i >= startAt);
            const bool selected = (m_options.onlyTasks.isEmpty() || m_options.onlyTasks.contains(p.task->taskKey)) && i >= startAt;
            bool done = false;
            const QString taskJsonPath = QDir(p.dir).filePath(u"task.json"_s);
            if (auto previous = readJson(taskJsonPath)) {
                auto count = [&](const char *key) -> std::optional<int> {
                    const auto it = previous->find(key);
                    return it != previous->end() && it->is_number_integer() ? std::optional<int>(it->get<int>()) : std::nullopt;
                };
                const QString status = Core::stringValue(*previous, "status");
                const QString sha = Core::stringValue(*previous, "notebook_sha256");
                const auto ok = count("ok");
                const auto failed = count("failed");
                const auto fixed = count("fixed");
                auto bytes = Core::readFile(p.notebook->outputPath);
                done = (status == u"PASS" || status == u"PARTIAL") && !sha.isEmpty() && ok && failed && fixed && bytes
                    && Rewrite::MigrationRegistry::hashOf(*bytes) == sha && p.notebook->skipped;
                if (done) {
                    p.previous = TaskResultRow {p.task->taskKey, u"ALREADY_MIGRATED"_s, *ok, *failed, *fixed};
                }
            } else if (QFileInfo::exists(taskJsonPath)) {
                // A task.json that does not parse is not trusted: moved aside, the task runs again.
                const QString moved = Core::quarantineCorruptFile(taskJsonPath);
                report.notes << ReportNote {p.task->taskKey, 0, Tr::tr("task.json of an earlier run was unreadable (%1); moved to %2, "
                                                                       "the task runs again")
                                                                    .arg(previous.error().message, moved)};
            }
            if (selected && (explicitlyChosen || !m_options.skipMigrated || !done)) {
                p.mode = PlannedTask::Mode::Run;
            } else if (done) {
                p.mode = PlannedTask::Mode::AlreadyMigrated;
                log.line(job.jobName, p.task->taskKey, u"RESULT: ALREADY_MIGRATED"_s);
            } else {
                p.mode = PlannedTask::Mode::NotSelected;
                report.notes << ReportNote {p.task->taskKey, 0, Tr::tr("not selected in this run and not migrated before")};
            }
        }

        // ---- Pass 2: layer by layer, up to `parallel` tasks at once, one thread and kernel each ----
        QHash<QString, Finished> finished;
        Rewrite::SandboxState jobSandbox;
        QString kernelUnavailable; // set when a task could not get a kernel: the run stops there
        auto taskValues = [&](const PlannedTask &p) {
            QMap<QString, QString> params;
            for (auto it = job.parameters.begin(); it != job.parameters.end(); ++it) {
                params.insert(Core::fromStd(it.key()), jsonText(it.value()));
            }
            for (auto it = p.task->baseParameters.begin(); it != p.task->baseParameters.end(); ++it) {
                params.insert(Core::fromStd(it.key()), jsonText(it.value()));
            }
            // Task values of the tasks it depends on (transitively) arrive as parameters (Pass 1 turns
            // taskValues.get into getParameter), as the reference tool's task_values.json bridge does.
            QStringList pending = p.task->dependsOn;
            QSet<QString> seen;
            while (!pending.isEmpty()) {
                const QString up = pending.takeFirst();
                if (seen.contains(up)) {
                    continue;
                }
                seen.insert(up);
                if (const auto *t = job.task(up)) {
                    pending += t->dependsOn;
                }
                if (auto values = readJson(QDir(jobDir).filePath(u"task_values/%1.json"_s.arg(up)))) {
                    for (auto it = values->begin(); it != values->end(); ++it) {
                        if (!params.contains(Core::fromStd(it.key()))) {
                            params.insert(Core::fromStd(it.key()), jsonText(it.value()));
                        }
                    }
                }
            }
            return params;
        };
        auto persist = [&](Finished &f) {
            const TaskOutcome &o = f.outcome;
            if (meter && f.input.llmSettings.meter) {
                meter->merge(*f.input.llmSettings.meter);
            }
            QString sha;
            if (o.status == u"PASS" || o.status == u"PARTIAL") {
                auto bytes = Notebook::serializeNotebook(o.notebook, f.input.migratedPath);
                if (bytes && Core::writeFileAtomically(f.input.migratedPath, *bytes)) {
                    sha = Rewrite::MigrationRegistry::hashOf(*bytes);
                    // Pass 1 of the next run must see the notebook with the fixes as its own output.
                    const QString registryPath = QDir(jobDir).filePath(u"migration_registry.json"_s);
                    Rewrite::MigrationRegistry registry = Rewrite::MigrationRegistry::load(registryPath, nullptr);
                    const QString key = Rewrite::MigrationRegistry::keyFor(f.plan.notebook->workspacePath);
                    if (registry.entries().contains(key)) {
                        auto entry = registry.entries().value(key);
                        entry.outputHash = sha;
                        registry.record(key, entry);
                        [[maybe_unused]] auto saved = registry.save(registryPath);
                    }
                } else {
                    f.outcome.notes << Tr::tr("the migrated notebook could not be written: %1")
                                           .arg(bytes ? Tr::tr("write failed") : bytes.error().toString());
                }
            }
            [[maybe_unused]] auto a = Core::writeFileAtomically(QDir(f.plan.dir).filePath(u"test_report.md"_s),
                                                                testReportMarkdown(f.input, o).toUtf8());
            [[maybe_unused]] auto b = Core::writeFileAtomically(QDir(f.plan.dir).filePath(u"task.json"_s),
                                                                QByteArray::fromStdString(taskJson(f.input, o, sha).dump(2)) + '\n');
            const QString reportPath = QDir(f.plan.dir).filePath(u"migration_report.md"_s);
            if (auto previous = Core::readFile(reportPath)) {
                [[maybe_unused]] auto c = Core::writeFileAtomically(reportPath,
                                                                    withPass2Section(QString::fromUtf8(*previous), o).toUtf8());
            }
            if (history) {
                History::TaskRecord t;
                t.runId = m_options.runId;
                t.job = job.jobName;
                t.task = f.input.task;
                t.status = o.status;
                t.ok = o.ok();
                t.failed = o.failed();
                t.fixed = o.fixed();
                t.skipped = o.skipped();
                t.startedAt = o.startedAt;
                t.finishedAt = o.finishedAt;
                t.durationMs = o.durationMs;
                t.inputTokens = o.inputTokens;
                t.outputTokens = o.outputTokens;
                [[maybe_unused]] auto r1 = history->recordTask(t);
                for (const CellResult &cell : o.cells) {
                    for (const AttemptResult &a2 : cell.attempts) {
                        History::AttemptRecord r;
                        r.runId = m_options.runId;
                        r.job = job.jobName;
                        r.task = f.input.task;
                        r.cell = cell.index;
                        r.attempt = a2.attempt;
                        r.status = a2.status;
                        r.execution = Kernel::checkStateName(a2.verification.execution.state);
                        r.errorPatterns = Kernel::checkStateName(a2.verification.errorPatterns.state);
                        r.sparkLogs = Kernel::checkStateName(a2.verification.sparkLogs.state);
                        r.judge = Kernel::checkStateName(a2.verification.judge.state);
                        r.detail = a2.verification.firstFailure();
                        r.code = a2.code;
                        r.fixerNote = a2.fixerNote;
                        r.durationMs = a2.execution.elapsedMs;
                        r.finishedAt = a2.finishedAt;
                        [[maybe_unused]] auto r2 = history->recordAttempt(r);
                    }
                    if (cell.attempts.isEmpty() && cell.status == u"SKIPPED") {
                        History::AttemptRecord r;
                        r.runId = m_options.runId;
                        r.job = job.jobName;
                        r.task = f.input.task;
                        r.cell = cell.index;
                        r.status = cell.status;
                        r.detail = cell.detail;
                        r.code = cell.code;
                        [[maybe_unused]] auto r3 = history->recordAttempt(r);
                    }
                }
            }
            if (m_events) {
                Core::OrderedJson fields = Core::OrderedJson::object();
                fields["job"] = Core::toStd(job.jobName);
                fields["task"] = Core::toStd(f.input.task);
                fields["result"] = Core::toStd(o.status);
                fields["ok"] = o.ok();
                fields["failed"] = o.failed();
                fields["fixed"] = o.fixed();
                fields["skipped"] = o.skipped();
                fields["report"] = Core::toStd(QDir(f.plan.dir).filePath(u"test_report.md"_s));
                if (!o.error.isEmpty()) {
                    fields["error"] = Core::toStd(o.error);
                }
                m_events->emitEvent(u"task_finished"_s, fields);
            }
            log.line(job.jobName, f.input.task,
                     o.error.isEmpty() ? u"RESULT: %1"_s.arg(o.status) : u"RESULT: %1 (%2)"_s.arg(o.status, o.error));
            if (o.noKernel && kernelUnavailable.isEmpty()) {
                kernelUnavailable = o.error;
            }
            // Later layers read what this task wrote from the sandbox too (REWRITE_RULES.md).
            for (auto it = o.sandboxState.writtenTables.cbegin(); it != o.sandboxState.writtenTables.cend(); ++it) {
                jobSandbox.writtenTables.insert(it.key(), it.value());
            }
        };

        const QString workspaceRoot = QFileInfo(rewritten.notebooks.isEmpty() ? QString() : rewritten.notebooks.first().sourceFile).absolutePath();
        for (const QStringList &layer : job.executionLayers) {
            QList<int> queue;
            for (const QString &key : layer) {
                const int i = planIndex.value(key, -1);
                if (i >= 0 && plan.at(i).mode == PlannedTask::Mode::Run) {
                    queue << i;
                }
            }
            QList<QThread *> running;
            QHash<QThread *, std::shared_ptr<Finished>> results;
            QEventLoop loop;
            std::function<void()> startNext;
            startNext = [&]() {
                while (!queue.isEmpty() && running.size() < std::max(1, m_options.parallel)
                       && !Core::TerminationWatcher::isRequested() && kernelUnavailable.isEmpty()) {
                    const PlannedTask &p = plan.at(queue.takeFirst());
                    auto f = std::make_shared<Finished>();
                    f->plan = p;
                    TaskInput &in = f->input;
                    in.runId = m_options.runId;
                    in.job = job.jobName;
                    in.task = p.task->taskKey;
                    in.migratedPath = p.notebook->outputPath;
                    in.sourcePath = p.notebook->sourceFile;
                    in.jobDir = jobDir;
                    in.readableRoots = {jobDir, m_options.workspaceDir.isEmpty() ? workspaceRoot : m_options.workspaceDir};
                    in.parameters = taskValues(p);
                    in.taskValuesFile = QDir(jobDir).filePath(u"task_values/%1.json"_s.arg(p.task->taskKey));
                    QDir().mkpath(QFileInfo(in.taskValuesFile).absolutePath());
                    QFile::remove(in.taskValuesFile); // values of an earlier run of this task are not this run's
                    in.maxFixAttempts = m_options.maxFixAttempts;
                    in.redirect = m_options.redirect;
                    in.sandbox = m_options.sandbox;
                    in.sandboxState = jobSandbox;
                    in.llm = m_options.llm;
                    in.llmSettings = m_options.llmSettings;
                    if (meter) {
                        // Per task, so history rows carry each task's token use; added to the run's below.
                        in.llmSettings.meter = std::make_shared<Llm::UsageMeter>();
                    }
                    in.kernelOptions = m_options.kernelOptions;
                    in.target = m_options.target;
                    if (m_events) {
                        m_events->emitEvent(u"task_started"_s, {{"job", Core::toStd(job.jobName)},
                                                                {"task", Core::toStd(in.task)},
                                                                {"notebook", Core::toStd(in.migratedPath)}});
                    }
                    log.line(job.jobName, in.task, u"Pass 2: running %1"_s.arg(QFileInfo(in.migratedPath).fileName()));
                    QThread *thread = QThread::create([f, &log, this] {
                        TaskRunner runner(f->input, &log, m_events);
                        f->outcome = runner.run();
                    });
                    results.insert(thread, f);
                    running << thread;
                    QObject::connect(thread, &QThread::finished, &loop, [&, thread] {
                        running.removeOne(thread);
                        auto done = results.take(thread);
                        thread->wait();
                        thread->deleteLater();
                        persist(*done);
                        finished.insert(done->input.task, *done);
                        startNext(); // a finished task makes room for the next of its layer
                        if (running.isEmpty()) {
                            loop.quit();
                        }
                    });
                    thread->start();
                }
            };
            startNext();
            if (!running.isEmpty()) {
                loop.exec();
            }
            if (Core::TerminationWatcher::isRequested() || !kernelUnavailable.isEmpty()) {
                break;
            }
        }

        // ---- JOB_REPORT ----
        QString result;
        for (const PlannedTask &p : std::as_const(plan)) {
            const QString key = p.task->taskKey;
            if (p.mode == PlannedTask::Mode::AlreadyMigrated) {
                report.tasks << p.previous;
                continue;
            }
            if (p.mode != PlannedTask::Mode::Run) {
                continue;
            }
            if (!finished.contains(key)) {
                if (!kernelUnavailable.isEmpty()) {
                    report.tasks << TaskResultRow {key, u"FAIL"_s, 0, 0, 0};
                    report.notes << ReportNote {key, 0, Tr::tr("not run: the run stopped because no kernel could be started")};
                } else if (Core::TerminationWatcher::isRequested()) {
                    report.tasks << TaskResultRow {key, u"INTERRUPTED"_s, 0, 0, 0};
                    report.notes << ReportNote {key, 0, Tr::tr("not run: stopped on request")};
                }
                continue;
            }
            const Finished &f = finished.value(key);
            const TaskOutcome &o = f.outcome;
            report.tasks << TaskResultRow {key, o.status, o.ok(), o.failed(), o.fixed()};
            if (!o.error.isEmpty()) {
                report.notes << ReportNote {key, 0, o.error};
            }
            // Cells that cannot run on this kernel, one line per reason: "cell 1 (also cells 2, 5): ...".
            QList<QPair<QString, QList<int>>> skippedByReason;
            for (const CellResult &cell : o.cells) {
                if (cell.status == u"FAILED") {
                    report.notes << ReportNote {key, cell.index, cell.detail};
                } else if (cell.status == u"SKIPPED") {
                    auto it = std::find_if(skippedByReason.begin(), skippedByReason.end(), [&](const auto &r) { return r.first == cell.detail; });
                    if (it == skippedByReason.end()) {
                        skippedByReason.append({cell.detail, {cell.index}});
                    } else {
                        it->second << cell.index;
                    }
                }
                for (const QString &note : cell.notes) {
                    report.notes << ReportNote {key, cell.index, note};
                }
            }
            if (o.skipped() > 0 && o.skipped() == o.cells.size()) {
                report.notes << ReportNote {key, 0, Tr::tr("none of its %n code cell(s) could run on this kernel, so nothing was verified; "
                                                           "run the job on AIDP (or a Jupyter server with Spark) to verify them",
                                                           nullptr, static_cast<int>(o.cells.size()))};
            }
            for (const auto &[reason, cells] : std::as_const(skippedByReason)) {
                QStringList also;
                for (qsizetype i = 1; i < cells.size(); ++i) {
                    also << QString::number(cells.at(i));
                }
                report.notes << ReportNote {key, cells.first(),
                                            also.isEmpty() ? Tr::tr("not run: %1").arg(reason)
                                                           : Tr::tr("not run (also cells %1): %2").arg(also.join(u", "_s), reason)};
            }
        }

        // Dependency Backfill: the %run / notebook.run targets of the migrated notebooks.
        std::set<QString> scanned;
        std::set<QString> missing;
        for (const auto &nb : rewritten.notebooks) {
            auto migrated = Notebook::readNotebookFile(nb.outputPath);
            if (!migrated) {
                continue;
            }
            for (const auto &ref : Workflow::scanDependencies(*migrated)) {
                if (ref.dynamic || ref.target.isEmpty()) {
                    continue;
                }
                QString target = QFileInfo(ref.target).isAbsolute() ? ref.target : QDir(QFileInfo(nb.outputPath).absolutePath()).filePath(ref.target);
                scanned.insert(target);
                if (!QFileInfo(target).isFile() && !QFileInfo(target + u".ipynb"_s).isFile()) {
                    missing.insert(target);
                }
            }
        }
        report.backfill.scanned = static_cast<int>(scanned.size());
        report.backfill.unmigrated = static_cast<int>(missing.size());
        report.backfill.failed = static_cast<int>(missing.size());
        for (const QString &m : missing) {
            report.notes << ReportNote {job.jobName, 0, Tr::tr("%run target without a migrated copy (not in the exported workspace): %1").arg(m)};
        }
        runtimeMetadata(report);
        result = report.rollUp();
        log.line(job.jobName, {}, u"RESULT: %1"_s.arg(result));
        summary.jobs << JobOutcome {job.jobName, result, writeReport(jobDir, report)};
        if (Core::TerminationWatcher::isRequested() || !kernelUnavailable.isEmpty()) {
            break;
        }
    }

    for (const JobOutcome &j : std::as_const(summary.jobs)) {
        summary.result = summary.result.isEmpty() ? j.result : worst(summary.result, j.result);
    }
    if (summary.result.isEmpty()) {
        summary.result = Core::TerminationWatcher::isRequested() ? u"INTERRUPTED"_s : u"FAIL"_s;
    }
    if (Core::TerminationWatcher::isRequested() && summary.result != u"FAIL") {
        summary.result = u"INTERRUPTED"_s;
    }
    if (history) {
        Core::OrderedJson s = Core::OrderedJson::object();
        s["result"] = Core::toStd(summary.result);
        s["jobs"] = Core::OrderedJson::array();
        for (const JobOutcome &j : std::as_const(summary.jobs)) {
            s["jobs"].push_back({{"job", Core::toStd(j.job)}, {"result", Core::toStd(j.result)}, {"report", Core::toStd(j.reportPath)}});
        }
        if (meter) {
            s["llm_requests"] = meter->requests();
            s["input_tokens"] = meter->total().inputTokens;
            s["output_tokens"] = meter->total().outputTokens;
            s["cost_usd"] = meter->costUsd();
        }
        static const QHash<QString, QString> historyStatus {{u"PASS"_s, u"completed"_s},
                                                            {u"PARTIAL"_s, u"completed_with_errors"_s},
                                                            {u"FAIL"_s, u"failed"_s},
                                                            {u"INTERRUPTED"_s, u"interrupted"_s}};
        [[maybe_unused]] auto r = history->recordFinished(m_options.runId, historyStatus.value(summary.result, u"failed"_s),
                                                          Core::fromStd(s.dump()));
    }
    return summary;
}

} // namespace Mwb::Run
