// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommand.h"

#include "cliapp.h"
#include "core/jsonio.h"
#include "history/historystore.h"

#include <algorithm>
#include <limits>

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

namespace {

// Titles, task names and failure details come from job definitions and kernels: one terminal line
// each, whatever they hold (line breaks, escape sequences).
QString shown(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029) {
            c = u' ';
        }
    }
    return text;
}

// -1 while the run has not finished (or a timestamp is unreadable).
qint64 durationMs(const QString &startedAt, const QString &finishedAt)
{
    const QDateTime start = QDateTime::fromString(startedAt, Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(finishedAt, Qt::ISODateWithMs);
    if (!start.isValid() || !end.isValid()) {
        return -1;
    }
    return std::max<qint64>(0, start.msecsTo(end));
}

QString durationText(qint64 ms)
{
    if (ms < 0) {
        return u"-"_s;
    }
    const qint64 seconds = ms / 1000;
    if (seconds < 60) {
        return Tr::tr("%1.%2 s").arg(seconds).arg((ms % 1000) / 100);
    }
    if (seconds < 3600) {
        return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    }
    return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

// The summary column is JSON written by `mwb`; kept as JSON in --json output, null when unreadable.
Core::OrderedJson summaryJson(const QString &summary)
{
    if (summary.isEmpty()) {
        return nullptr;
    }
    auto parsed = Core::parseOrderedJson(summary.toUtf8(), QString());
    return parsed ? std::move(parsed).value() : Core::OrderedJson(nullptr);
}

Core::OrderedJson runJson(const History::RunRecord &run)
{
    Core::OrderedJson json = Core::OrderedJson::object();
    json["run_id"] = Core::toStd(run.runId);
    json["kind"] = Core::toStd(run.kind);
    json["status"] = Core::toStd(run.status);
    json["title"] = Core::toStd(run.title);
    json["started_at"] = Core::toStd(run.startedAt);
    json["finished_at"]
        = run.finishedAt.isEmpty() ? Core::OrderedJson(nullptr) : Core::OrderedJson(Core::toStd(run.finishedAt));
    const qint64 ms = durationMs(run.startedAt, run.finishedAt);
    json["duration_ms"] = ms < 0 ? Core::OrderedJson(nullptr) : Core::OrderedJson(ms);
    json["report_path"] = Core::toStd(run.reportPath);
    json["pid"] = run.pid;
    json["summary"] = summaryJson(run.summary);
    return json;
}

// Columns a terminal gives the text: East Asian wide and fullwidth characters take two (Unicode UAX #11), so
// Japanese and Chinese headers line up with the rows below them.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// Pads every column to its widest cell (in terminal columns); the last column is not padded.
QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &cell : header) {
        widths << displayWidth(cell);
    }
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
            widths[c] = std::max(widths.at(c), displayWidth(row.at(c)));
        }
    }
    QString out;
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString &cell = cells.at(c);
            text += c + 1 == cells.size() ? cell
                                          : cell + QString(std::max<qsizetype>(0, widths.at(c) - displayWidth(cell)), u' ')
                    + u"  "_s;
        }
        out += text.trimmed().isEmpty() ? QString() : text + u'\n';
    };
    line(header);
    for (const QStringList &row : rows) {
        line(row);
    }
    return out;
}

Core::Result<History::HistoryStore> openExisting(const QString &projectDir)
{
    // HistoryStore::open creates the file; reading the history of a project that has none is an error.
    const QString path = History::HistoryStore::databasePath(projectDir);
    if (!QFileInfo(path).isFile()) {
        return Core::Error::inFile(path, Tr::tr("no run history in this project"),
            Tr::tr("Runs of \"mwb migrate-job\", \"mwb data\" and \"mwb validate\" write it; pass "
                   "--project DIR for another project folder."));
    }
    return History::HistoryStore::open(projectDir);
}

int listRuns(const History::HistoryStore &store, const QCommandLineParser &parser, bool json)
{
    bool limitOk = false;
    const int limit = parser.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit < 1) {
        return usageError(
            Tr::tr("--limit wants a positive number, not \"%1\"").arg(parser.value(u"limit"_s)), u"history"_s);
    }
    // Filters apply before the limit, so "--kind data --limit 5" gives the five newest data runs.
    auto runs = store.list(std::numeric_limits<int>::max());
    if (!runs) {
        return fail(runs.error());
    }
    const QString kind = parser.value(u"kind"_s);
    const QString status = parser.value(u"status"_s);
    QList<History::RunRecord> selected;
    for (const History::RunRecord &run : std::as_const(*runs)) {
        if ((kind.isEmpty() || run.kind == kind) && (status.isEmpty() || run.status == status)) {
            selected << run;
        }
        if (selected.size() == limit) {
            break;
        }
    }
    if (json) {
        Core::OrderedJson list = Core::OrderedJson::array();
        for (const History::RunRecord &run : std::as_const(selected)) {
            list.push_back(runJson(run));
        }
        printOut(Core::fromStd(list.dump(2)) + u'\n');
        return Pass;
    }
    if (selected.isEmpty()) {
        printOut(Tr::tr("No runs.") + u'\n');
        return Pass;
    }
    QList<QStringList> rows;
    for (const History::RunRecord &run : std::as_const(selected)) {
        rows << QStringList { shown(run.runId), shown(run.kind), shown(run.status), shown(run.startedAt),
            durationText(durationMs(run.startedAt, run.finishedAt)), shown(run.title) };
    }
    printOut(table(
        { Tr::tr("RUN ID"), Tr::tr("KIND"), Tr::tr("STATUS"), Tr::tr("STARTED"), Tr::tr("DURATION"), Tr::tr("TITLE") },
        rows));
    return Pass;
}

// Per cell, its last attempt (taskrecord.h: the highest attempt is the cell's final state), and how
// many attempts it took; only cells that ended FAILED or FIXED.
struct CellOutcome
{
    History::AttemptRecord last;
    int attempts = 0;
};

QList<CellOutcome> failedOrFixed(const QList<History::AttemptRecord> &attempts)
{
    QList<CellOutcome> cells;
    for (const History::AttemptRecord &attempt : attempts) {
        // attempts() is ordered by job, task, cell, attempt: a cell's rows are adjacent.
        if (!cells.isEmpty() && cells.last().last.job == attempt.job && cells.last().last.task == attempt.task
            && cells.last().last.cell == attempt.cell) {
            cells.last().last = attempt;
            ++cells.last().attempts;
        } else {
            cells << CellOutcome { attempt, 1 };
        }
    }
    cells.removeIf([](const CellOutcome &c) { return c.last.status != u"FAILED" && c.last.status != u"FIXED"; });
    return cells;
}

int showRun(const History::HistoryStore &store, const QString &runId, bool json)
{
    auto found = store.find(runId);
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Core::Error::inFile(QString(), Tr::tr("no run \"%1\" in the run history").arg(shown(runId)),
            Tr::tr("\"mwb history list\" shows the run ids.")));
    }
    const History::RunRecord &run = found->value();
    QList<History::TaskRecord> tasks;
    QList<CellOutcome> cells;
    if (run.kind == u"migrate-job") {
        auto taskRows = store.tasks(run.runId);
        if (!taskRows) {
            return fail(taskRows.error());
        }
        tasks = *taskRows;
        auto attemptRows = store.attempts(run.runId);
        if (!attemptRows) {
            return fail(attemptRows.error());
        }
        cells = failedOrFixed(*attemptRows);
    }

    if (json) {
        Core::OrderedJson root = Core::OrderedJson::object();
        root["run"] = runJson(run);
        Core::OrderedJson taskList = Core::OrderedJson::array();
        for (const History::TaskRecord &t : std::as_const(tasks)) {
            taskList.push_back({ { "job", Core::toStd(t.job) }, { "task", Core::toStd(t.task) },
                { "status", Core::toStd(t.status) }, { "ok", t.ok }, { "failed", t.failed }, { "fixed", t.fixed },
                { "skipped", t.skipped }, { "duration_ms", t.durationMs }, { "input_tokens", t.inputTokens },
                { "output_tokens", t.outputTokens } });
        }
        root["tasks"] = std::move(taskList);
        Core::OrderedJson cellList = Core::OrderedJson::array();
        for (const CellOutcome &c : std::as_const(cells)) {
            cellList.push_back({ { "job", Core::toStd(c.last.job) }, { "task", Core::toStd(c.last.task) },
                { "cell", c.last.cell }, { "status", Core::toStd(c.last.status) }, { "attempts", c.attempts },
                { "detail", Core::toStd(c.last.detail) }, { "fixer_note", Core::toStd(c.last.fixerNote) } });
        }
        root["cells"] = std::move(cellList);
        printOut(Core::fromStd(root.dump(2)) + u'\n');
        return Pass;
    }

    QString out;
    out += Tr::tr("Run:      %1").arg(shown(run.runId)) + u'\n';
    out += Tr::tr("Kind:     %1").arg(shown(run.kind)) + u'\n';
    out += Tr::tr("Status:   %1").arg(shown(run.status)) + u'\n';
    out += Tr::tr("Title:    %1").arg(shown(run.title)) + u'\n';
    out += Tr::tr("Started:  %1").arg(shown(run.startedAt)) + u'\n';
    out += Tr::tr("Finished: %1").arg(run.finishedAt.isEmpty() ? u"-"_s : shown(run.finishedAt)) + u'\n';
    out += Tr::tr("Duration: %1").arg(durationText(durationMs(run.startedAt, run.finishedAt))) + u'\n';
    if (!run.reportPath.isEmpty()) {
        out += Tr::tr("Report:   %1").arg(shown(run.reportPath)) + u'\n';
    }
    const Core::OrderedJson summary = summaryJson(run.summary);
    out += u'\n' + Tr::tr("Summary:") + u'\n';
    out += summary.is_null() ? (run.summary.isEmpty() ? Tr::tr("(none yet)") : shown(run.summary))
                             : Core::fromStd(summary.dump(2));
    out += u'\n';
    if (run.kind == u"migrate-job") {
        out += u'\n' + Tr::tr("Tasks:") + u'\n';
        QList<QStringList> rows;
        for (const History::TaskRecord &t : std::as_const(tasks)) {
            rows << QStringList { shown(t.job), shown(t.task), shown(t.status),
                Tr::tr("%1/%2/%3/%4").arg(t.ok).arg(t.failed).arg(t.fixed).arg(t.skipped), durationText(t.durationMs),
                Tr::tr("%1 in / %2 out").arg(t.inputTokens).arg(t.outputTokens) };
        }
        out += rows.isEmpty() ? Tr::tr("(none recorded)") + u'\n'
                              : table({ Tr::tr("JOB"), Tr::tr("TASK"), Tr::tr("STATUS"),
                                          Tr::tr("OK/FAILED/FIXED/SKIPPED"), Tr::tr("DURATION"), Tr::tr("TOKENS") },
                                  rows);
        out += u'\n' + Tr::tr("Cells that failed or were fixed:") + u'\n';
        QList<QStringList> cellRows;
        for (const CellOutcome &c : std::as_const(cells)) {
            cellRows << QStringList { shown(c.last.job), shown(c.last.task), QString::number(c.last.cell),
                shown(c.last.status), QString::number(c.attempts),
                shown(c.last.detail.isEmpty() ? c.last.fixerNote : c.last.detail).left(160) };
        }
        out += cellRows.isEmpty() ? Tr::tr("(none)") + u'\n'
                                  : table({ Tr::tr("JOB"), Tr::tr("TASK"), Tr::tr("CELL"), Tr::tr("STATUS"),
                                              Tr::tr("ATTEMPTS"), Tr::tr("DETAIL") },
                                      cellRows);
    }
    printOut(out);
    return Pass;
}

} // namespace

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List the runs of this project (migrate-job, data, validate) from .mwb/history.sqlite, newest "
               "first, or show one run: its summary and, for migrate-job runs, its tasks and the cells that failed or "
               "were fixed."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"list|show"_s, Tr::tr("\"list\" (the default) or \"show RUN_ID\"."), u"[list|show RUN_ID]"_s);
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print JSON on stdout, for tools."));
    const QCommandLineOption projectOption(u"project"_s, Tr::tr("Project folder (default: .)."), Tr::tr("DIR"), u"."_s);
    const QCommandLineOption kindOption(
        u"kind"_s, Tr::tr("list: only runs of this kind (migrate-job, data, validate)."), Tr::tr("KIND"));
    const QCommandLineOption statusOption(u"status"_s,
        Tr::tr("list: only runs with this status (running, completed, completed_with_errors, failed, interrupted)."),
        Tr::tr("STATUS"));
    const QCommandLineOption limitOption(
        u"limit"_s, Tr::tr("list: at most N runs (default: 50)."), Tr::tr("N"), u"50"_s);
    parser.addOptions({ jsonOption, projectOption, kindOption, statusOption, limitOption });
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"history"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, u"list"_s);
    if (action == u"list") {
        if (positional.size() > 1) {
            return usageError(Tr::tr("\"list\" takes no arguments"), u"history"_s);
        }
    } else if (action == u"show") {
        if (positional.size() != 2) {
            return usageError(Tr::tr("\"show\" wants one RUN_ID"), u"history"_s);
        }
        if (parser.isSet(kindOption) || parser.isSet(statusOption) || parser.isSet(limitOption)) {
            return usageError(Tr::tr("--kind, --status and --limit filter \"list\""), u"history"_s);
        }
    } else {
        return usageError(
            Tr::tr("unknown action \"%1\"; use \"list\" or \"show RUN_ID\"").arg(shown(action)), u"history"_s);
    }
    auto store = openExisting(QDir(parser.value(projectOption)).absolutePath());
    if (!store) {
        return fail(store.error());
    }
    const bool json = parser.isSet(jsonOption);
    return action == u"list" ? listRuns(*store, parser, json) : showRun(*store, positional.at(1), json);
}

} // namespace Mwb::Cli
