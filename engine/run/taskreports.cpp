// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/taskreports.h"

#include "kernel/cellverification.h"
#include "run/tr.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Run {

namespace {

constexpr qsizetype maxOutputInReport = 20000;

QString cut(const QString &text)
{
    if (text.size() <= maxOutputInReport) {
        return text;
    }
    return text.left(maxOutputInReport) + Tr::tr("\n[... %1 characters cut]").arg(text.size() - maxOutputInReport);
}

QString verdictLine(const QString &label, const Kernel::CheckResult &check)
{
    QString line = u"- "_s + label + u": **"_s + Kernel::checkStateName(check.state) + u"**"_s;
    if (!check.detail.isEmpty()) {
        line += u" — "_s + check.detail.simplified();
    }
    return line + u'\n';
}

QString languageFence(Notebook::Language language)
{
    switch (language) {
    case Notebook::Language::Sql:
        return u"sql"_s;
    case Notebook::Language::Scala:
        return u"scala"_s;
    case Notebook::Language::R:
        return u"r"_s;
    default:
        return u"python"_s;
    }
}

} // namespace

QString fenced(const QString &text, const QString &language)
{
    QString fence = u"```"_s;
    static const QRegularExpression ticks(u"`{3,}"_s);
    auto it = ticks.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength() >= fence.size()) {
            fence = QString(m.capturedLength() + 1, u'`');
        }
    }
    QString body = text;
    if (!body.endsWith(u'\n')) {
        body += u'\n';
    }
    return fence + language + u'\n' + body + fence + u'\n';
}

QString testReportMarkdown(const TaskInput &input, const TaskOutcome &outcome)
{
    QString md = u"# Test report: %1\n\n"_s.arg(input.task);
    md += u"- Job: %1\n- Notebook: %2\n- Kernel: %3\n- Result: %4\n- OK: %5, Failed: %6, Fixed: %7, Skipped: %8\n"_s.arg(
              input.job, QFileInfo(input.migratedPath).fileName(), outcome.kernel, outcome.status)
              .arg(outcome.ok())
              .arg(outcome.failed())
              .arg(outcome.fixed())
              .arg(outcome.skipped());
    md += u"- Started: %1\n- Finished: %2\n"_s.arg(outcome.startedAt, outcome.finishedAt);
    if (!outcome.error.isEmpty()) {
        md += u"- Error: %1\n"_s.arg(outcome.error.simplified());
    }
    if (!outcome.exitValue.isNull()) {
        md += u"- notebook.exit: %1\n"_s.arg(outcome.exitValue.simplified());
    }
    const int total = static_cast<int>(outcome.cells.size());
    for (const CellResult &cell : outcome.cells) {
        md += u"\n## Cell %1/%2: %3\n\n"_s.arg(cell.index).arg(total).arg(cell.status.isEmpty() ? u"NOT RUN"_s : cell.status);
        if (!cell.detail.isEmpty()) {
            md += (cell.status == u"SKIPPED" ? Tr::tr("Reason: %1") : Tr::tr("Error: %1")).arg(cell.detail.simplified()) + u"\n\n"_s;
        }
        md += u"**Code**\n\n"_s + fenced(cell.code, languageFence(cell.language)) + u'\n';
        if (!cell.attempts.isEmpty()) {
            const AttemptResult &last = cell.attempts.last();
            md += u"**Output**\n\n"_s + fenced(cut(last.execution.reportText())) + u'\n';
        }
        md += u"**Original output**\n\n"_s
            + (cell.originalOutput.isEmpty() ? QString(Tr::tr("(none in the source notebook)") + u"\n\n"_s)
                                             : QString(fenced(cut(cell.originalOutput)) + u'\n'));
        if (!cell.attempts.isEmpty()) {
            const AttemptResult &last = cell.attempts.last();
            md += u"**Verdicts**\n\n"_s;
            md += verdictLine(u"(a) execution"_s, last.verification.execution);
            md += verdictLine(u"(b) error patterns"_s, last.verification.errorPatterns);
            md += verdictLine(u"(c) Spark logs"_s, last.verification.sparkLogs);
            md += verdictLine(u"(d) LLM judge"_s, last.verification.judge);
        }
        for (const ChildCellResult &child : cell.children) {
            md += u"- child %1 cell %2/%3: %4%5\n"_s.arg(child.child).arg(child.index).arg(child.total).arg(child.status,
                                                                                                        child.detail.isEmpty() ? QString() : u" — "_s + child.detail.simplified());
        }
        if (cell.attempts.size() > 1) {
            md += u"\n**Attempts**\n\n| Attempt | Status | Error | Fixer |\n|---|---|---|---|\n"_s;
            for (const AttemptResult &a : cell.attempts) {
                auto esc = [](QString s) { return s.simplified().replace(u'|', u"\\|"_s); };
                md += u"| %1 | %2 | %3 | %4 |\n"_s.arg(a.attempt).arg(a.status, esc(a.verification.firstFailure()), esc(a.fixerNote));
            }
            for (const AttemptResult &a : cell.attempts) {
                if (a.attempt > 0) {
                    md += u"\nAttempt %1 code:\n\n"_s.arg(a.attempt) + fenced(a.code, languageFence(cell.language));
                }
            }
        }
        for (const QString &note : cell.notes) {
            md += u"- Note: %1\n"_s.arg(note.simplified());
        }
    }
    return md;
}

Core::OrderedJson taskJson(const TaskInput &input, const TaskOutcome &outcome, const QString &notebookSha256)
{
    Core::OrderedJson j = Core::OrderedJson::object();
    j["job"] = Core::toStd(input.job);
    j["task"] = Core::toStd(input.task);
    j["run_id"] = Core::toStd(input.runId);
    j["status"] = Core::toStd(outcome.status);
    j["ok"] = outcome.ok();
    j["failed"] = outcome.failed();
    j["fixed"] = outcome.fixed();
    j["skipped"] = outcome.skipped();
    j["code_cells"] = outcome.cells.size();
    j["notebook"] = Core::toStd(input.migratedPath);
    j["notebook_sha256"] = notebookSha256.isEmpty() ? Core::OrderedJson() : Core::OrderedJson(Core::toStd(notebookSha256));
    j["kernel"] = Core::toStd(outcome.kernel);
    j["started_at"] = Core::toStd(outcome.startedAt);
    j["finished_at"] = Core::toStd(outcome.finishedAt);
    j["duration_ms"] = outcome.durationMs;
    if (!outcome.error.isEmpty()) {
        j["error"] = Core::toStd(outcome.error);
    }
    if (!outcome.exitValue.isNull()) {
        j["exit_value"] = Core::toStd(outcome.exitValue);
    }
    j["cells"] = Core::OrderedJson::array();
    for (const CellResult &cell : outcome.cells) {
        Core::OrderedJson c = Core::OrderedJson::object();
        c["index"] = cell.index;
        c["status"] = Core::toStd(cell.status);
        c["attempts"] = cell.attempts.size();
        if (!cell.detail.isEmpty()) {
            c[cell.status == u"SKIPPED" ? "reason" : "error"] = Core::toStd(cell.detail);
        }
        j["cells"].push_back(c);
    }
    j["notes"] = Core::OrderedJson::array();
    for (const QString &note : outcome.notes) {
        j["notes"].push_back(Core::toStd(note));
    }
    return j;
}

QString withPass2Section(const QString &report, const TaskOutcome &outcome)
{
    QString md = report;
    const qsizetype at = md.indexOf(u"\n## Pass 2\n"_s);
    if (at >= 0) {
        md.truncate(at);
    }
    while (md.endsWith(u'\n')) {
        md.chop(1);
    }
    md += u'\n';
    md += u"\n## Pass 2\n\n"_s;
    md += Tr::tr("Result: %1 (OK %2, fixed %3, failed %4, not run %5)")
              .arg(outcome.status)
              .arg(outcome.ok())
              .arg(outcome.fixed())
              .arg(outcome.failed())
              .arg(outcome.skipped())
        + u"\n\n"_s;
    for (const CellResult &cell : outcome.cells) {
        if (cell.status == u"FIXED") {
            md += Tr::tr("- Cell %1: auto-fixed (attempt %2)").arg(cell.index).arg(cell.attempts.last().attempt);
            const QString reason = cell.attempts.size() > 1 ? cell.attempts.at(cell.attempts.size() - 2).fixerNote : QString();
            md += (reason.isEmpty() ? QString() : u": "_s + reason.simplified()) + u'\n';
        } else if (cell.status == u"FAILED") {
            md += Tr::tr("- Cell %1: failed: %2").arg(cell.index).arg(cell.detail.simplified()) + u'\n';
        } else if (cell.status == u"SKIPPED") {
            md += Tr::tr("- Cell %1: not run: %2").arg(cell.index).arg(cell.detail.simplified()) + u'\n';
        }
    }
    for (const QString &note : outcome.notes) {
        md += u"- "_s + note.simplified() + u'\n';
    }
    return md;
}

} // namespace Mwb::Run
