// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/taskrunner.h"

#include "core/eventstream.h"
#include "core/termination.h"
#include "kernel/cellverifier.h"
#include "kernel/kernelservice.h"
#include "kernel/outputnormalizer.h"
#include "kernel/runtimeshim.h"
#include "kernel/sparklogsource.h"
#include "llm/llmjudge.h"
#include "notebook/notebookio.h"
#include "run/cellfixer.h"
#include "run/migrationlog.h"
#include "run/tr.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Run {

namespace {

constexpr int maxRewinds = 3;    // fixup_cell rewinds per task, so two cells cannot ping-pong forever
constexpr int maxChildDepth = 10; // %run nesting, as the manifest's dependency walk
constexpr qsizetype maxToolOutput = 8000;

int countStatus(const QList<CellResult> &cells, const QString &status)
{
    return static_cast<int>(std::count_if(cells.begin(), cells.end(), [&](const CellResult &c) { return c.status == status; }));
}

QString checkLine(const char *label, const Kernel::CheckResult &check)
{
    QString line = QString::fromLatin1(label) + u": "_s + Kernel::checkStateName(check.state);
    if (!check.detail.isEmpty()) {
        line += u" ("_s + check.detail + u')';
    }
    return line;
}

QString verificationText(const Kernel::CellVerification &v)
{
    return checkLine("(a) execution", v.execution) + u'\n' + checkLine("(b) error patterns", v.errorPatterns) + u'\n'
        + checkLine("(c) spark logs", v.sparkLogs) + u'\n' + checkLine("(d) judge", v.judge);
}

QString boundedText(const QString &text)
{
    return text.size() <= maxToolOutput ? text : text.left(maxToolOutput) + Tr::tr("\n[... %1 characters cut]").arg(text.size() - maxToolOutput);
}

} // namespace

int TaskOutcome::ok() const
{
    return countStatus(cells, u"OK"_s);
}
int TaskOutcome::failed() const
{
    return countStatus(cells, u"FAILED"_s);
}
int TaskOutcome::fixed() const
{
    return countStatus(cells, u"FIXED"_s);
}
int TaskOutcome::skipped() const
{
    return countStatus(cells, u"SKIPPED"_s);
}

QString outputsText(const Core::Json &outputs)
{
    if (!outputs.is_array()) {
        return {};
    }
    QStringList parts;
    for (const auto &o : outputs) {
        const QString type = Core::stringValue(o, "output_type");
        if (type == u"stream") {
            parts << Kernel::multilineText(o.value("text", Core::Json()));
        } else if (type == u"execute_result" || type == u"display_data") {
            const auto data = o.find("data");
            if (data != o.end() && data->is_object() && data->contains("text/plain")) {
                parts << Kernel::multilineText(data->at("text/plain"));
            }
        } else if (type == u"error") {
            parts << Core::stringValue(o, "ename") + u": "_s + Core::stringValue(o, "evalue");
        }
    }
    return parts.join(QString());
}

struct TaskRunner::Session
{
    std::shared_ptr<Kernel::KernelService> service;
    std::unique_ptr<Kernel::KernelClient> client;
    Kernel::CellVerifier verifier;
    KernelCapabilities caps;
    Notebook::Notebook migrated;
    Notebook::Notebook source;
    QList<int> codeCells;
    QList<CellResult> results;
    QHash<QString, int> unavailable;
    Rewrite::SandboxState sandbox;
    std::unique_ptr<CellFixer> fixer;
    bool stop = false;
    bool interrupted = false;
    QString error;
    int rewinds = 0;
    int rewindTo = -1;
    bool exited = false;
    int exitedAt = 0;
    QString exitValue;
    QStringList notes;
    QStringList childStack; // %run files being run, outermost first: a cycle is not followed
};

TaskRunner::TaskRunner(TaskInput input, MigrationLog *log, Core::EventStream *events)
    : m_in(std::move(input))
    , m_log(log)
    , m_events(events)
{
}

void TaskRunner::logLine(const QString &text, const QString &child)
{
    if (m_log) {
        m_log->line(m_in.job, m_in.task, child.isEmpty() ? text : u"[child:%1] %2"_s.arg(child, text));
    }
}

void TaskRunner::emitCell(const CellResult &cell, int total)
{
    if (!m_events) {
        return;
    }
    Core::OrderedJson fields = Core::OrderedJson::object();
    fields["job"] = Core::toStd(m_in.job);
    fields["task"] = Core::toStd(m_in.task);
    fields["index"] = cell.index;
    fields["total"] = total;
    fields["status"] = Core::toStd(cell.status);
    fields["attempts"] = cell.attempts.size();
    if (!cell.detail.isEmpty()) {
        fields[cell.status == u"SKIPPED" ? "reason" : "error"] = Core::toStd(cell.detail);
    }
    if (!cell.attempts.isEmpty()) {
        fields["checks"] = cell.attempts.last().verification.toJson();
    }
    m_events->emitEvent(u"cell_finished"_s, fields);
}

Kernel::ExecutionResult TaskRunner::execute(Session &s, const Notebook::Cell &cell, Notebook::Language notebookLanguage)
{
    // The redirects apply to the cell in its own language (a %sql cell's SQL), before a plain Spark
    // kernel gets it wrapped as spark.sql() calls.
    Notebook::Cell run = cell;
    if (m_in.redirect) {
        run.source = Rewrite::redirectWrites(cell.source, cell.language(notebookLanguage), m_in.sandbox, s.sandbox).code;
    }
    const CellPlan plan = planCell(run, notebookLanguage, s.caps, {});
    return s.client->run(plan.action == CellPlan::Action::Execute ? plan.code : run.source);
}

TaskOutcome TaskRunner::run()
{
    TaskOutcome out;
    QElapsedTimer clock;
    clock.start();
    out.startedAt = Core::EventStream::timestampNow();
    out.kernel = m_in.target.description;
    Session s;
    auto finish = [&](const QString &status) {
        out.status = status;
        if (m_in.llmSettings.meter) {
            out.inputTokens = m_in.llmSettings.meter->total().inputTokens;
            out.outputTokens = m_in.llmSettings.meter->total().outputTokens;
        }
        out.finishedAt = Core::EventStream::timestampNow();
        out.durationMs = clock.elapsed();
        return out;
    };

    auto migrated = Notebook::readNotebookFile(m_in.migratedPath);
    if (!migrated) {
        out.error = Tr::tr("the migrated notebook cannot be read: %1").arg(migrated.error().toString());
        return finish(u"FAIL"_s);
    }
    s.migrated = std::move(migrated).value();
    if (auto source = Notebook::readNotebookFile(m_in.sourcePath)) {
        s.source = std::move(source).value();
    }
    for (int i = 0; i < s.migrated.cells.size(); ++i) {
        if (s.migrated.cells.at(i).isCode() && !s.migrated.cells.at(i).source.trimmed().isEmpty()) {
            s.codeCells << i;
        }
    }
    const int total = static_cast<int>(s.codeCells.size());
    for (int n = 0; n < total; ++n) {
        CellResult cell;
        cell.index = n + 1;
        cell.notebookCell = s.codeCells.at(n);
        const Notebook::Cell &c = s.migrated.cells.at(cell.notebookCell);
        cell.language = c.language(s.migrated.language);
        cell.code = c.source;
        // Pass 1 keeps cell count and order, so the source cell has the same index.
        if (cell.notebookCell < s.source.cells.size()) {
            const Notebook::Cell &src = s.source.cells.at(cell.notebookCell);
            cell.sourceCode = src.source;
            cell.originalOutput = outputsText(src.extra.value("outputs", Core::Json::array()));
        }
        s.results << cell;
    }

    s.sandbox = m_in.sandboxState;
    s.service = m_in.target.makeService();
    if (!s.service) {
        out.error = Tr::tr("no kernel service for %1 (the OCI API key could not be loaded)").arg(m_in.target.description);
        out.noKernel = true;
        return finish(u"FAIL"_s);
    }
    s.client = std::make_unique<Kernel::KernelClient>(s.service, m_in.kernelOptions);
    s.client->setStopCheck([] { return Core::TerminationWatcher::isRequested(); });
    if (auto started = s.client->start(QFileInfo(m_in.migratedPath).completeBaseName(), m_in.target.kernelName); !started) {
        out.error = Tr::tr("no kernel on %1: %2").arg(m_in.target.description, started.error().toString());
        out.noKernel = !Core::TerminationWatcher::isRequested();
        return finish(Core::TerminationWatcher::isRequested() ? u"INTERRUPTED"_s : u"FAIL"_s);
    }
    auto shutdown = qScopeGuard([&] {
        [[maybe_unused]] auto closed = s.client->shutdown();
    });

    const Kernel::ExecutionResult probe = s.client->run(kernelProbeCode(), std::chrono::seconds(60));
    s.caps = parseKernelProbe(probe.streamText(u"stdout"_s));
    s.caps.aidp = m_in.target.aidp;

    Kernel::ShimSettings shim;
    shim.parameters = m_in.parameters;
    shim.volumesRoot = m_in.target.volumesRoot;
    shim.mounts = m_in.target.mounts;
    shim.taskValuesFile = m_in.target.aidp ? QString() : m_in.taskValuesFile;
    if (!m_in.target.aidp) {
        shim.notebookDir = QFileInfo(m_in.migratedPath).absolutePath();
    }
    const Kernel::ExecutionResult installed = s.client->run(Kernel::runtimeShimInstallCode(shim), std::chrono::seconds(120), true);
    if (!installed.succeeded()) {
        out.error = Tr::tr("could not install the runtime shim into the kernel: %1").arg(installed.errorSummary());
        return finish(u"FAIL"_s);
    }
    if (m_in.redirect && (s.caps.spark || s.caps.aidp)) {
        // REWRITE_RULES.md: the sandbox schema is created and checked per run; the task fails fast otherwise.
        const QString schema = u"default."_s + m_in.sandbox.schema;
        const Kernel::ExecutionResult created = s.client->run(
            u"spark.sql(\"CREATE SCHEMA IF NOT EXISTS %1\")\nspark.sql(\"DESCRIBE SCHEMA %1\").collect()\n"_s.arg(schema),
            std::chrono::seconds(300));
        if (!created.succeeded()) {
            out.error = Tr::tr("the sandbox schema %1 could not be created or checked: %2 (writes would not be redirected; "
                               "grant CREATE SCHEMA, or run with --no-redirect-schema deliberately)")
                            .arg(schema, created.errorSummary());
            return finish(u"FAIL"_s);
        }
    }

    if (m_in.target.makeLogSource) {
        if (auto logs = m_in.target.makeLogSource(s.service)) {
            s.verifier.setSparkLogSource(std::move(logs));
        }
    }
    if (m_in.llm) {
        s.verifier.setJudge(std::make_shared<Llm::LlmJudge>(m_in.llmSettings));
        s.fixer = std::make_unique<CellFixer>(m_in.llmSettings);
    }

    for (int n = 0; n < total; ++n) {
        if (!s.stop && Core::TerminationWatcher::isRequested()) {
            s.stop = true;
            s.interrupted = true;
        }
        if (s.stop) {
            CellResult &cell = s.results[n];
            cell.status = u"SKIPPED"_s;
            cell.detail = s.interrupted ? Tr::tr("stopped on request") : Tr::tr("not run: %1").arg(s.error);
            continue;
        }
        runCell(s, n);
        if (s.rewindTo >= 0) {
            n = s.rewindTo - 1;
            s.rewindTo = -1;
        }
    }

    out.cells = s.results;
    out.notes = s.notes;
    out.sandboxState = s.sandbox;
    out.exitValue = s.exitValue;
    out.error = s.error;
    // The saved notebook: the fixes in place, no outputs, no execution counts (ARCHITECTURE.md).
    out.notebook = s.migrated;
    for (Notebook::Cell &cell : out.notebook.cells) {
        if (cell.isCode()) {
            cell.extra["outputs"] = Core::Json::array();
            cell.extra["execution_count"] = nullptr;
        }
    }
    for (const CellResult &cell : std::as_const(out.cells)) {
        out.notebook.cells[cell.notebookCell].source = cell.code;
    }
    if (s.interrupted) {
        return finish(u"INTERRUPTED"_s);
    }
    if (!s.error.isEmpty()) {
        return finish(u"FAIL"_s);
    }
    return finish(out.failed() > 0 ? u"PARTIAL"_s : u"PASS"_s);
}

bool TaskRunner::runCell(Session &s, int n)
{
    const int total = static_cast<int>(s.results.size());
    CellResult &cell = s.results[n];
    cell.attempts.clear();
    cell.children.clear();
    cell.detail.clear();
    const QString prefix = u"Cell %1/%2"_s.arg(cell.index).arg(total);
    auto finished = [&] {
        emitCell(cell, total);
        return true;
    };

    if (s.exited) {
        cell.status = u"SKIPPED"_s;
        cell.detail = Tr::tr("the notebook exited in cell %1").arg(s.exitedAt);
        logLine(prefix + u": SKIPPED ("_s + cell.detail + u')');
        return finished();
    }
    Notebook::Cell current = s.migrated.cells.at(cell.notebookCell);
    current.source = cell.code;
    const CellPlan plan = planCell(current, s.migrated.language, s.caps, s.unavailable);
    if (plan.action == CellPlan::Action::Skip) {
        cell.status = u"SKIPPED"_s;
        cell.detail = plan.skipReason;
        for (const QString &name : definedNames(cell.code)) {
            if (!s.unavailable.contains(name)) {
                s.unavailable.insert(name, cell.index);
            }
        }
        logLine(prefix + u": SKIPPED ("_s + cell.detail + u')');
        return finished();
    }
    if (plan.action == CellPlan::Action::RunChild) {
        AttemptResult attempt;
        attempt.code = cell.code;
        attempt.startedAt = Core::EventStream::timestampNow();
        runChild(s, cell, plan.childPath, plan.childArguments, 1);
        attempt.finishedAt = Core::EventStream::timestampNow();
        const bool failed = !cell.detail.isEmpty();
        attempt.verification.execution.state = failed ? Kernel::CheckState::Failed : Kernel::CheckState::Passed;
        attempt.verification.execution.detail = failed ? cell.detail : Tr::tr("%n child cell(s) verified", nullptr,
                                                                               static_cast<int>(cell.children.size()));
        attempt.verification.errorPatterns.detail = Tr::tr("checked per child cell");
        attempt.verification.sparkLogs.detail = Tr::tr("checked per child cell");
        attempt.verification.judge.detail = Tr::tr("checked per child cell");
        attempt.status = failed ? u"FAILED"_s : u"OK"_s;
        cell.attempts << attempt;
        cell.status = attempt.status;
        logLine(prefix + u": "_s + (failed ? u"FAILED: "_s + cell.detail : u"OK"_s));
        return finished();
    }

    int fixAttempt = 0;
    QString code = cell.code;
    const int maxFix = s.fixer ? m_in.maxFixAttempts : 0;
    while (true) {
        AttemptResult attempt;
        attempt.attempt = fixAttempt;
        attempt.code = code;
        attempt.startedAt = Core::EventStream::timestampNow();
        const QDateTime startedAt = QDateTime::currentDateTimeUtc();
        Notebook::Cell now = current;
        now.source = code;
        attempt.execution = execute(s, now, s.migrated.language);
        attempt.verification = s.verifier.verify(code, attempt.execution, startedAt, cell.originalOutput);
        attempt.finishedAt = Core::EventStream::timestampNow();
        if (!attempt.verification.failed()) {
            attempt.status = fixAttempt == 0 ? u"OK"_s : u"FIXED"_s;
            cell.attempts << attempt;
            cell.status = attempt.status;
            cell.code = code;
            for (const QString &name : definedNames(code)) {
                s.unavailable.remove(name);
            }
            if (attempt.execution.status == Kernel::ExecutionStatus::Exited) {
                s.exited = true;
                s.exitedAt = cell.index;
                s.exitValue = attempt.execution.exitValue;
            }
            logLine(prefix + (fixAttempt == 0 ? u": OK"_s : u": OK (fixed attempt %1)"_s.arg(fixAttempt)));
            return finished();
        }
        attempt.status = u"FAILED"_s;
        const QString error = attempt.verification.firstFailure();
        const Kernel::ExecutionStatus status = attempt.execution.status;
        cell.attempts << attempt;
        cell.status = u"FAILED"_s;
        cell.detail = error;
        if (s.fixer) {
            logLine(prefix + u": VERIFY FAIL (attempt %1/%2): %3"_s.arg(fixAttempt).arg(maxFix).arg(error));
        }
        if (status == Kernel::ExecutionStatus::KernelDied || status == Kernel::ExecutionStatus::ConnectionLost) {
            s.error = attempt.execution.errorSummary();
            s.stop = true;
            logLine(prefix + u": FAILED: "_s + error);
            return finished();
        }
        if (Core::TerminationWatcher::isRequested()) {
            s.stop = true;
            s.interrupted = true;
            logLine(prefix + u": FAILED: "_s + error);
            return finished();
        }
        if (!s.fixer || fixAttempt >= maxFix || !attempt.verification.unfixable.isEmpty()) {
            if (!attempt.verification.unfixable.isEmpty()) {
                cell.notes << Tr::tr("not retried: %1").arg(attempt.verification.unfixable);
            }
            logLine(prefix + (s.fixer ? u": FAILED after %1 fix attempt(s): "_s.arg(fixAttempt) : u": FAILED: "_s) + error);
            return finished();
        }
        ++fixAttempt;
        FixRequest request;
        request.job = m_in.job;
        request.task = m_in.task;
        request.notebook = QFileInfo(m_in.migratedPath).fileName();
        request.cell = cell.index;
        request.total = total;
        request.language = cell.language;
        request.code = code;
        request.output = attempt.execution.reportText();
        request.verification = verificationText(attempt.verification);
        request.sourceCell = cell.sourceCode;
        request.originalOutput = cell.originalOutput;
        request.attempt = fixAttempt;
        request.maxAttempts = maxFix;
        FixTools tools;
        tools.spark = s.caps.spark || s.caps.aidp;
        tools.readableRoots = m_in.readableRoots;
        tools.runOnKernel = [this, &s](const QString &scratch) {
            Notebook::Cell probe;
            probe.source = scratch;
            const Kernel::ExecutionResult r = execute(s, probe, Notebook::Language::Python);
            QString text = r.reportText();
            if (!r.succeeded()) {
                text += u'\n' + r.errorSummary();
            }
            return boundedText(text.isEmpty() ? Tr::tr("(no output; status %1)").arg(Kernel::executionStatusName(r.status)) : text);
        };
        tools.sourceNotebook = [&s] {
            QString text;
            for (int i = 0; i < s.source.cells.size(); ++i) {
                text += u"--- cell %1 ---\n%2\n"_s.arg(i + 1).arg(s.source.cells.at(i).source);
            }
            return text;
        };
        tools.cellHistory = [&s](int which) {
            QString text;
            if (which == 0) {
                for (const CellResult &c : std::as_const(s.results)) {
                    if (!c.status.isEmpty()) {
                        text += u"cell %1: %2 %3\n"_s.arg(c.index).arg(c.status, c.detail);
                    }
                }
                return text;
            }
            const CellResult &c = s.results.at(which - 1);
            for (const AttemptResult &a : c.attempts) {
                text += u"--- attempt %1: %2 %3\n%4\n"_s.arg(a.attempt).arg(a.status, a.verification.firstFailure(), a.code);
            }
            return text.isEmpty() ? Tr::tr("cell %1 has not run yet").arg(which) : text;
        };
        const FixProposal proposal = s.fixer->propose(request, tools);
        cell.notes += proposal.notes;
        for (const QString &note : proposal.notes) {
            s.notes << Tr::tr("cell %1: %2").arg(cell.index).arg(note);
        }
        if (proposal.kind == FixProposal::Kind::None) {
            cell.notes << Tr::tr("fixer: %1").arg(proposal.error);
            logLine(prefix + u": FAILED (fixer: %1): "_s.arg(proposal.error) + error);
            return finished();
        }
        cell.attempts.last().fixerNote = proposal.reason;
        if (proposal.kind == FixProposal::Kind::Rewind) {
            if (s.rewinds >= maxRewinds) {
                cell.notes << Tr::tr("fixup_cell refused: already rewound %n time(s) in this task", nullptr, maxRewinds);
                logLine(prefix + u": FAILED: "_s + error);
                return finished();
            }
            ++s.rewinds;
            logLine(u"[fixup_cell] Rewinding to index %1 (reason: %2)"_s.arg(proposal.rewindTo).arg(proposal.reason));
            s.notes << Tr::tr("fixup_cell: cell %1 rewritten and replayed from there (reason: %2)").arg(proposal.rewindTo).arg(proposal.reason);
            s.results[proposal.rewindTo - 1].code = proposal.code;
            s.rewindTo = proposal.rewindTo - 1;
            return finished();
        }
        code = proposal.code;
    }
}

void TaskRunner::runChild(Session &s, CellResult &parent, const QString &path, const QList<QPair<QString, QString>> &arguments,
                          int depth)
{
    if (depth > maxChildDepth) {
        parent.detail = Tr::tr("%run nesting deeper than %1 levels").arg(maxChildDepth);
        return;
    }
    QString file = QFileInfo(path).isAbsolute() ? path : QDir(QFileInfo(m_in.migratedPath).absolutePath()).filePath(path);
    if (!QFileInfo::exists(file) && QFileInfo::exists(file + u".ipynb"_s)) {
        file += u".ipynb"_s;
    }
    if (!QFileInfo(file).isFile()) {
        parent.detail = Tr::tr("the %run target %1 has no migrated copy (see Dependency Backfill)").arg(path);
        return;
    }
    auto child = Notebook::readNotebookFile(file);
    if (!child) {
        parent.detail = Tr::tr("the %run target cannot be read: %1").arg(child.error().toString());
        return;
    }
    const QString name = QDir(m_in.jobDir).relativeFilePath(file);
    const QString canonical = QFileInfo(file).canonicalFilePath();
    if (s.childStack.contains(canonical) || canonical == QFileInfo(m_in.migratedPath).canonicalFilePath()) {
        // The manifest breaks %run cycles with a warning (build-dag); Pass 2 does the same.
        ChildCellResult result;
        result.child = name;
        result.status = u"SKIPPED"_s;
        result.detail = Tr::tr("%run cycle: %1 is already running, not run again").arg(name);
        parent.children << result;
        return;
    }
    s.childStack << canonical;
    auto popStack = qScopeGuard([&] { s.childStack.removeLast(); });
    // Databricks passes %run arguments as the child's widget values, for the child only.
    if (!arguments.isEmpty()) {
        Core::Json args = Core::Json::object();
        for (const auto &[key, value] : arguments) {
            args[Core::toStd(key)] = Core::toStd(value);
        }
        const QString literal = Core::fromStd(Core::Json(args.dump()).dump());
        s.client->run(u"def __mwb_push(a):\n"
                      "    import json, mwb_runtime\n"
                      "    st = mwb_runtime.state()\n"
                      "    if st is not None:\n"
                      "        st.__dict__.setdefault('_mwb_saved', []).append(dict(st.parameters))\n"
                      "        st.parameters.update(json.loads(a))\n"
                      "__mwb_push(%1)\n"
                      "del __mwb_push\n"_s.arg(literal),
                      std::chrono::seconds(60), true);
    }
    auto pop = qScopeGuard([&] {
        if (!arguments.isEmpty()) {
            s.client->run(u"def __mwb_pop():\n"
                          "    import mwb_runtime\n"
                          "    st = mwb_runtime.state()\n"
                          "    if st is not None and getattr(st, '_mwb_saved', None):\n"
                          "        st.parameters = st._mwb_saved.pop()\n"
                          "__mwb_pop()\n"
                          "del __mwb_pop\n"_s,
                          std::chrono::seconds(60), true);
        }
    });

    QList<int> cells;
    for (int i = 0; i < child->cells.size(); ++i) {
        if (child->cells.at(i).isCode() && !child->cells.at(i).source.trimmed().isEmpty()) {
            cells << i;
        }
    }
    const int total = static_cast<int>(cells.size());
    for (int n = 0; n < total; ++n) {
        ChildCellResult result;
        result.child = name;
        result.index = n + 1;
        result.total = total;
        const QString prefix = u"Cell %1/%2"_s.arg(n + 1).arg(total);
        const Notebook::Cell &cell = child->cells.at(cells.at(n));
        const CellPlan plan = planCell(cell, child->language, s.caps, s.unavailable);
        if (Core::TerminationWatcher::isRequested()) {
            parent.detail = Tr::tr("stopped on request");
            return;
        }
        if (plan.action == CellPlan::Action::Skip) {
            result.status = u"SKIPPED"_s;
            result.detail = plan.skipReason;
            for (const QString &n2 : definedNames(cell.source)) {
                if (!s.unavailable.contains(n2)) {
                    s.unavailable.insert(n2, parent.index);
                }
            }
            parent.children << result;
            logLine(prefix + u": SKIPPED ("_s + result.detail + u')', name);
            continue;
        }
        if (plan.action == CellPlan::Action::RunChild) {
            CellResult nested;
            nested.index = parent.index;
            runChild(s, nested, plan.childPath, plan.childArguments, depth + 1);
            parent.children += nested.children;
            result.status = nested.detail.isEmpty() ? u"OK"_s : u"FAILED"_s;
            result.detail = nested.detail;
            parent.children << result;
            logLine(prefix + u": "_s + (nested.detail.isEmpty() ? u"OK"_s : u"FAILED: "_s + nested.detail), name);
            if (!nested.detail.isEmpty()) {
                parent.detail = nested.detail;
                return;
            }
            continue;
        }
        const QDateTime startedAt = QDateTime::currentDateTimeUtc();
        const Kernel::ExecutionResult execution = execute(s, cell, child->language);
        const Kernel::CellVerification verification = s.verifier.verify(cell.source, execution, startedAt);
        if (verification.failed()) {
            result.status = u"FAILED"_s;
            result.detail = verification.firstFailure();
            parent.children << result;
            logLine(prefix + u": FAILED: "_s + result.detail, name);
            parent.detail = Tr::tr("%run %1, cell %2: %3").arg(name).arg(n + 1).arg(result.detail);
            if (execution.status == Kernel::ExecutionStatus::KernelDied || execution.status == Kernel::ExecutionStatus::ConnectionLost) {
                s.error = execution.errorSummary();
                s.stop = true;
            }
            return; // Databricks stops a %run at the child's first error
        }
        for (const QString &n2 : definedNames(cell.source)) {
            s.unavailable.remove(n2);
        }
        result.status = u"OK"_s;
        parent.children << result;
        logLine(prefix + u": OK"_s, name);
    }
}

} // namespace Mwb::Run
