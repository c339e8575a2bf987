// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/jobreport.h"

#include "run/tr.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Run {

namespace {

constexpr QStringView titlePrefix = u"# Job Report: ";
constexpr QStringView sectionPrefix = u"## ";
constexpr QStringView none = u"None.";

constexpr QStringView headingTaskResults = u"Task Results";
constexpr QStringView headingErrors = u"Errors & Warnings";
constexpr QStringView headingTriggers = u"Unmapped Databricks Job Triggers";
constexpr QStringView headingBackfill = u"Dependency Backfill";
constexpr QStringView headingPackages = u"Required Packages";
constexpr QStringView headingRuntime = u"Runtime metadata";

constexpr QStringView tableHeader = u"| Task | Status | OK | Failed | Fixed |";
constexpr QStringView tableSeparator = u"|------|--------|----|--------|-------|";

// Every text that comes from a notebook, a job definition or a server lands on one line: line
// breaks (also the ones Python's splitlines() honours), other control characters, backslashes,
// table pipes and raw HTML openers are backslash-escaped, so a hostile note can neither end a table
// row nor start a section, and the report still renders as written (CommonMark escapes; other
// controls as \uXXXX). `extra` escapes more characters where they are delimiters (`*` in a bold
// task name, `:` in a runtime key). unescape() reverses it exactly.
bool needsCodeEscape(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t') || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

QString escapeInline(const QString &text, QStringView extra = {})
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\r') {
            out += u"\\r"_s;
        } else if (needsCodeEscape(c)) {
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        } else if (c == u'\\' || c == u'|' || c == u'<' || extra.contains(c)) {
            out += u'\\';
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

QString unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(i + 1);
        const QStringView hex = next == u'u' ? text.mid(i + 2, 4) : QStringView();
        const bool isCode = hex.size() == 4 && std::all_of(hex.begin(), hex.end(), [](QChar h) {
            return h.isDigit() || (h.toLower() >= u'a' && h.toLower() <= u'f');
        });
        if (next == u'n') {
            out += u'\n';
        } else if (next == u'r') {
            out += u'\r';
        } else if (isCode) {
            out += QChar(hex.toUShort(nullptr, 16));
            i += 4;
        } else if (next.unicode() < 128 && (next.isPunct() || next.isSymbol())) {
            out += next; // CommonMark: any ASCII punctuation may be backslash-escaped
        } else {
            out += c; // not an escape: kept as written (hand-edited reports)
            out += next;
        }
        ++i;
    }
    return out;
}

// Index of the first occurrence of `needle` in `text` at or after `from` that is not part of a
// backslash escape, or -1.
qsizetype findUnescaped(QStringView text, QStringView needle, qsizetype from = 0)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) == u'\\') {
            ++i;
            continue;
        }
        if (text.mid(i).startsWith(needle)) {
            return i;
        }
    }
    return -1;
}

// A fence longer than any backtick run in the snippet, so no line of it can close the fence.
QString fenceFor(const QString &snippet)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : snippet) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(3, longest + 1), u'`');
}

QString oneLine(QString text)
{
    return text.replace(u"\r\n"_s, u" "_s).replace(u'\r', u' ').replace(u'\n', u' ');
}

struct Line
{
    int number = 0; // 1-based
    QString text;
};

struct Section
{
    int headingLine = 0;
    QList<Line> body;
};

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto errorAt(const QString &file, int line, const QString &message)
{
    return Core::Error::at(file, line, 0, message,
        Tr::tr("JOB_REPORT.md is written by \"mwb migrate-job\"; run the job again to rewrite it, "
               "or correct the line by hand."));
}

bool isBlank(const Line &line)
{
    return line.text.trimmed().isEmpty();
}

// The cells of "| a | b |" split at unescaped pipes, trimmed; empty when the line is not a row.
QStringList rowCells(QStringView line)
{
    const QStringView text = line.trimmed();
    if (text.size() < 2 || !text.startsWith(u'|') || !text.endsWith(u'|')) {
        return {};
    }
    QStringList cells;
    qsizetype start = 1;
    for (qsizetype pipe = findUnescaped(text, u"|", start); pipe >= 0; pipe = findUnescaped(text, u"|", start)) {
        cells << text.mid(start, pipe - start).trimmed().toString();
        start = pipe + 1;
    }
    if (start != text.size()) {
        return {}; // the last pipe was escaped: the row is not closed
    }
    return cells;
}

Core::Result<int> count(const QString &file, int line, const QString &text, const QString &what)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0) {
        return errorAt(file, line, Tr::tr("%1 is not a count: \"%2\"").arg(what, text.trimmed()));
    }
    return value;
}

Core::Result<QList<TaskResultRow>> parseTable(const QString &file, const Section &section)
{
    static const QRegularExpression separator(u"^\\|(\\s*:?-{3,}:?\\s*\\|){5}$"_s);
    QList<TaskResultRow> rows;
    int stage = 0; // 0: header expected, 1: separator expected, 2: rows, 3: after the table
    for (const Line &line : section.body) {
        if (isBlank(line)) {
            stage = stage == 2 ? 3 : stage;
            continue;
        }
        if (stage == 0) {
            const QStringList header = rowCells(line.text);
            const QStringList expected { u"task"_s, u"status"_s, u"ok"_s, u"failed"_s, u"fixed"_s };
            QStringList lower;
            for (const QString &cell : header) {
                lower << cell.toLower();
            }
            if (lower != expected) {
                return errorAt(file, line.number,
                    Tr::tr("expected the table header \"%1\" under \"## %2\"").arg(tableHeader, headingTaskResults));
            }
            stage = 1;
        } else if (stage == 1) {
            if (!separator.match(line.text.trimmed()).hasMatch()) {
                return errorAt(file, line.number, Tr::tr("expected the table separator \"%1\"").arg(tableSeparator));
            }
            stage = 2;
        } else if (stage == 2) {
            const QStringList cells = rowCells(line.text);
            if (cells.size() != 5) {
                return errorAt(file, line.number,
                    Tr::tr("a task row needs 5 cells (Task, Status, OK, Failed, Fixed) between pipes, "
                           "found %1")
                        .arg(cells.size()));
            }
            TaskResultRow row;
            row.task = unescape(cells.at(0));
            row.status = unescape(cells.at(1));
            if (row.task.isEmpty() || row.status.isEmpty()) {
                return errorAt(file, line.number, Tr::tr("a task row without a task name or status"));
            }
            const auto ok = count(file, line.number, cells.at(2), Tr::tr("the OK column of task \"%1\"").arg(row.task));
            const auto failed
                = count(file, line.number, cells.at(3), Tr::tr("the Failed column of task \"%1\"").arg(row.task));
            const auto fixed
                = count(file, line.number, cells.at(4), Tr::tr("the Fixed column of task \"%1\"").arg(row.task));
            for (const auto *value : { &ok, &failed, &fixed }) {
                if (!*value) {
                    return value->error();
                }
            }
            row.ok = *ok;
            row.failed = *failed;
            row.fixed = *fixed;
            rows << row;
        } else {
            return errorAt(file, line.number, Tr::tr("unexpected text after the task table"));
        }
    }
    if (stage < 2) {
        return errorAt(file, section.headingLine, Tr::tr("the \"## %1\" section has no table").arg(headingTaskResults));
    }
    return rows;
}

Core::Result<QList<ReportNote>> parseNotes(const QString &file, const Section &section)
{
    static const QRegularExpression cellNote(u"^ cell (-?\\d+): ?"_s);
    QList<ReportNote> notes;
    bool sawNone = false;
    for (const Line &line : section.body) {
        if (isBlank(line)) {
            continue;
        }
        if (line.text.trimmed() == none && notes.isEmpty() && !sawNone) {
            sawNone = true;
            continue;
        }
        const qsizetype end = line.text.startsWith(u"- **"_s) ? findUnescaped(line.text, u"**", 4) : -1;
        if (sawNone || end < 0) {
            return errorAt(file, line.number,
                Tr::tr("expected \"- **<task>** cell <n>: <note>\", \"- **<task>**: <note>\" or \"None.\""));
        }
        ReportNote note;
        note.task = unescape(QStringView(line.text).mid(4, end - 4));
        const QStringView rest = QStringView(line.text).mid(end + 2);
        if (rest.startsWith(u':')) {
            note.note = unescape(rest.mid(rest.startsWith(u": ") ? 2 : 1));
        } else if (const auto match = cellNote.match(rest); match.hasMatch()) {
            note.cell = match.captured(1).toInt();
            note.note = unescape(rest.mid(match.capturedLength()));
        } else {
            return errorAt(
                file, line.number, Tr::tr("expected \": <note>\" or \" cell <n>: <note>\" after the task name"));
        }
        notes << note;
    }
    return notes;
}

Core::Result<QString> parseTriggers(const QString &file, const Section &section)
{
    static const QRegularExpression opening(u"^(`{3,})\\s*(json)?\\s*$"_s);
    QString fence;
    int fenceLine = 0;
    QStringList snippet;
    bool done = false;
    for (const Line &line : section.body) {
        if (!fence.isEmpty()) {
            if (line.text.trimmed() == fence) {
                fence.clear();
                done = true;
            } else {
                snippet << line.text;
            }
            continue;
        }
        if (isBlank(line)) {
            continue;
        }
        if (done) {
            return errorAt(file, line.number, Tr::tr("unexpected text after the trigger snippet"));
        }
        if (line.text.trimmed() == none) {
            done = true;
            continue;
        }
        const auto match = opening.match(line.text);
        if (!match.hasMatch()) {
            return errorAt(file, line.number, Tr::tr("expected a ```json snippet or \"None.\""));
        }
        fence = match.captured(1);
        fenceLine = line.number;
    }
    if (!fence.isEmpty()) {
        return errorAt(file, fenceLine, Tr::tr("the ```json snippet is not closed"));
    }
    return snippet.join(u'\n');
}

Core::Result<BackfillCounts> parseBackfill(const QString &file, const Section &section)
{
    static const QRegularExpression item(u"^- ([^:]+): *(.*)$"_s);
    BackfillCounts counts;
    const QList<QPair<QString, int *>> fields { { u"Scanned"_s, &counts.scanned },
        { u"Unmigrated targets"_s, &counts.unmigrated }, { u"Migrated"_s, &counts.migrated },
        { u"Failed"_s, &counts.failed } };
    QStringList seen;
    for (const Line &line : section.body) {
        if (isBlank(line)) {
            continue;
        }
        const auto match = item.match(line.text.trimmed());
        const auto field = std::find_if(fields.begin(), fields.end(),
            [&](const auto &f) { return match.hasMatch() && f.first == match.captured(1); });
        if (field == fields.end()) {
            return errorAt(file, line.number,
                Tr::tr("expected \"- Scanned: <n>\", \"- Unmigrated targets: <n>\", \"- Migrated: <n>\" or "
                       "\"- Failed: <n>\""));
        }
        if (seen.contains(field->first)) {
            return errorAt(file, line.number, Tr::tr("\"%1\" is listed twice").arg(field->first));
        }
        const auto value = count(file, line.number, match.captured(2), field->first);
        if (!value) {
            return value.error();
        }
        *field->second = *value;
        seen << field->first;
    }
    for (const auto &field : fields) {
        if (!seen.contains(field.first)) {
            return errorAt(file, section.headingLine,
                Tr::tr("the \"## %1\" section misses \"- %2: <n>\"").arg(headingBackfill, field.first));
        }
    }
    return counts;
}

// "- <item>" lines or "None."; the items with their line numbers, "- " removed.
Core::Result<QList<Line>> parseBullets(const QString &file, const Section &section)
{
    QList<Line> items;
    bool sawNone = false;
    for (const Line &line : section.body) {
        if (isBlank(line)) {
            continue;
        }
        if (line.text.trimmed() == none && items.isEmpty() && !sawNone) {
            sawNone = true;
            continue;
        }
        if (sawNone || !(line.text.startsWith(u"- "_s) || line.text == u"-")) {
            return errorAt(file, line.number, Tr::tr("expected \"- <item>\" lines or \"None.\""));
        }
        items << Line { line.number, line.text.mid(2) };
    }
    return items;
}

Core::Result<QList<QPair<QString, QString>>> parseRuntime(const QString &file, const Section &section)
{
    auto bullets = parseBullets(file, section);
    if (!bullets) {
        return bullets.error();
    }
    QList<QPair<QString, QString>> runtime;
    for (const Line &bullet : *bullets) {
        const qsizetype colon = findUnescaped(bullet.text, u":");
        if (colon < 0) {
            return errorAt(file, bullet.number, Tr::tr("expected \"- <key>: <value>\""));
        }
        QStringView value = QStringView(bullet.text).mid(colon + 1);
        if (value.startsWith(u' ')) {
            value = value.mid(1);
        }
        runtime.append({ unescape(QStringView(bullet.text).left(colon)), unescape(value) });
    }
    return runtime;
}

} // namespace

QString JobReport::rollUp() const
{
    if (tasks.isEmpty()) {
        return u"FAIL"_s;
    }
    bool failed = false;
    bool interrupted = false;
    bool allPassed = true;
    for (const TaskResultRow &row : tasks) {
        failed = failed || row.status == u"FAIL";
        interrupted = interrupted || row.status == u"INTERRUPTED";
        allPassed = allPassed && (row.status == u"PASS" || row.status == u"ALREADY_MIGRATED");
    }
    if (failed) {
        return u"FAIL"_s;
    }
    if (interrupted) {
        return u"INTERRUPTED"_s;
    }
    return allPassed ? u"PASS"_s : u"PARTIAL"_s;
}

QString JobReport::toMarkdown() const
{
    QString out;
    out += titlePrefix + escapeInline(job) + u'\n';
    out += u"- Date: "_s + escapeInline(date) + u'\n';
    out += u"- Tasks: "_s + QString::number(tasks.size()) + u'\n';
    // JSON has line breaks only between tokens, so flattening keeps its meaning; compact JSON (the
    // documented form) round-trips exactly. It is not escaped so that it stays JSON to a reader.
    out += u"- Parameters: "_s + (parametersJson.isEmpty() ? u"{}"_s : oneLine(parametersJson)) + u'\n';

    out += u'\n' + sectionPrefix + headingTaskResults + u'\n' + tableHeader + u'\n' + tableSeparator + u'\n';
    for (const TaskResultRow &row : tasks) {
        out += u"| "_s + escapeInline(row.task) + u" | "_s + escapeInline(row.status) + u" | "_s
            + QString::number(row.ok) + u" | "_s + QString::number(row.failed) + u" | "_s + QString::number(row.fixed)
            + u" |\n"_s;
    }

    out += u'\n' + sectionPrefix + headingErrors + u'\n';
    if (notes.isEmpty()) {
        out += none + u'\n';
    }
    for (const ReportNote &note : notes) {
        out += u"- **"_s + escapeInline(note.task, u"*") + u"**"_s;
        if (note.cell != 0) {
            out += u" cell "_s + QString::number(note.cell);
        }
        out += u": "_s + escapeInline(note.note) + u'\n';
    }

    out += u'\n' + sectionPrefix + headingTriggers + u'\n';
    if (unmappedTriggersJson.isEmpty()) {
        out += none + u'\n';
    } else {
        QString snippet = unmappedTriggersJson;
        snippet.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        const QString fence = fenceFor(snippet);
        out += fence + u"json\n"_s + snippet + u'\n' + fence + u'\n';
    }

    out += u'\n' + sectionPrefix + headingBackfill + u'\n';
    out += u"- Scanned: "_s + QString::number(backfill.scanned) + u'\n';
    out += u"- Unmigrated targets: "_s + QString::number(backfill.unmigrated) + u'\n';
    out += u"- Migrated: "_s + QString::number(backfill.migrated) + u'\n';
    out += u"- Failed: "_s + QString::number(backfill.failed) + u'\n';

    out += u'\n' + sectionPrefix + headingPackages + u'\n';
    if (requiredPackages.isEmpty()) {
        out += none + u'\n';
    }
    for (const QString &package : requiredPackages) {
        out += u"- "_s + escapeInline(package) + u'\n';
    }

    out += u'\n' + sectionPrefix + headingRuntime + u'\n';
    if (runtime.isEmpty()) {
        out += none + u'\n';
    }
    for (const auto &[key, value] : runtime) {
        out += u"- "_s + escapeInline(key, u":") + u": "_s + escapeInline(value) + u'\n';
    }
    return out;
}

Core::Result<JobReport> JobReport::parse(const QString &markdown, const QString &file)
{
    QList<Line> lines;
    {
        int number = 0;
        for (QStringView text : QStringView(markdown).split(u'\n')) {
            if (text.endsWith(u'\r')) {
                text.chop(1);
            }
            lines.append(Line { ++number, text.toString() });
        }
    }
    JobReport report;

    // The title and the header bullets, up to the first section.
    qsizetype i = 0;
    while (i < lines.size() && isBlank(lines.at(i))) {
        ++i;
    }
    if (i == lines.size() || !lines.at(i).text.startsWith(titlePrefix)) {
        return errorAt(file, i == lines.size() ? 1 : lines.at(i).number,
            Tr::tr("a job report starts with \"%1<job>\"").arg(titlePrefix));
    }
    const int titleLine = lines.at(i).number;
    report.job = unescape(QStringView(lines.at(i).text).mid(titlePrefix.size()).trimmed());
    ++i;
    int tasksLine = 0;
    int taskCount = -1;
    bool haveDate = false;
    bool haveParameters = false;
    for (; i < lines.size() && !lines.at(i).text.startsWith(sectionPrefix); ++i) {
        const Line &line = lines.at(i);
        if (isBlank(line)) {
            continue;
        }
        if (line.text.startsWith(u"- Date:"_s) && !haveDate) {
            report.date = unescape(QStringView(line.text).mid(7).trimmed());
            haveDate = true;
        } else if (line.text.startsWith(u"- Tasks:"_s) && taskCount < 0) {
            const auto value = count(file, line.number, line.text.mid(8), u"Tasks"_s);
            if (!value) {
                return value.error();
            }
            taskCount = *value;
            tasksLine = line.number;
        } else if (line.text.startsWith(u"- Parameters:"_s) && !haveParameters) {
            report.parametersJson = line.text.mid(13).trimmed();
            haveParameters = true;
        } else {
            return errorAt(file, line.number,
                Tr::tr("unexpected line in the report header (expected \"- Date:\", \"- Tasks:\" and "
                       "\"- Parameters:\" once each)"));
        }
    }
    if (!haveDate || taskCount < 0 || !haveParameters) {
        return errorAt(
            file, titleLine, Tr::tr("the report header needs \"- Date:\", \"- Tasks:\" and \"- Parameters:\" lines"));
    }

    // Sections. Fence-aware, so a trigger snippet can never start one.
    QHash<QString, Section> sections;
    Section *current = nullptr;
    Section ignored;
    QString fence;
    int fenceLine = 0;
    static const QRegularExpression fenceOpening(u"^(`{3,})"_s);
    for (; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (fence.isEmpty() && line.text.startsWith(sectionPrefix)) {
            const QString name = line.text.mid(sectionPrefix.size()).trimmed();
            if (sections.contains(name)) {
                return errorAt(file, line.number, Tr::tr("the section \"## %1\" appears twice").arg(name));
            }
            const bool known = QList<QStringView> { headingTaskResults, headingErrors, headingTriggers, headingBackfill,
                headingPackages, headingRuntime }
                                   .contains(name);
            // Unknown sections (the reference's doc-only "## Acceptance contracts", a user's notes)
            // are skipped, not rejected.
            current = known ? &sections[name] : &ignored;
            current->headingLine = line.number;
            current->body.clear();
            continue;
        }
        if (fence.isEmpty()) {
            if (const auto match = fenceOpening.match(line.text); match.hasMatch()) {
                fence = match.captured(1);
                fenceLine = line.number;
            }
        } else if (line.text.trimmed() == fence) {
            fence.clear();
        }
        current->body << line;
    }
    if (!fence.isEmpty()) {
        return errorAt(file, fenceLine, Tr::tr("the %1 block opened here is not closed").arg(fence));
    }

    const int lastLine = lines.isEmpty() ? 1 : lines.last().number;
    // The sections the reference tool and migrate-job both write (mission anchors §1.7); a missing
    // one means a truncated or foreign file. "## Runtime metadata" is optional (doc-only there).
    for (const QStringView name :
        { headingTaskResults, headingErrors, headingTriggers, headingBackfill, headingPackages }) {
        if (!sections.contains(name.toString())) {
            return errorAt(file, lastLine, Tr::tr("the report has no \"## %1\" section").arg(name));
        }
    }

    auto tasks = parseTable(file, sections.value(headingTaskResults.toString()));
    if (!tasks) {
        return tasks.error();
    }
    report.tasks = *tasks;
    if (report.tasks.size() != taskCount) {
        return errorAt(file, tasksLine,
            Tr::tr("\"- Tasks: %1\" but the task table has %2 row(s)").arg(taskCount).arg(report.tasks.size()));
    }
    auto notes = parseNotes(file, sections.value(headingErrors.toString()));
    if (!notes) {
        return notes.error();
    }
    report.notes = *notes;
    auto triggers = parseTriggers(file, sections.value(headingTriggers.toString()));
    if (!triggers) {
        return triggers.error();
    }
    report.unmappedTriggersJson = *triggers;
    auto backfill = parseBackfill(file, sections.value(headingBackfill.toString()));
    if (!backfill) {
        return backfill.error();
    }
    report.backfill = *backfill;
    auto packages = parseBullets(file, sections.value(headingPackages.toString()));
    if (!packages) {
        return packages.error();
    }
    for (const Line &package : *packages) {
        report.requiredPackages << unescape(package.text);
    }
    if (sections.contains(headingRuntime.toString())) {
        auto runtime = parseRuntime(file, sections.value(headingRuntime.toString()));
        if (!runtime) {
            return runtime.error();
        }
        report.runtime = *runtime;
    }
    return report;
}

} // namespace Mwb::Run
