// SPDX-License-Identifier: GPL-3.0-or-later
// JOB_REPORT.md (ARCHITECTURE.md "JOB_REPORT.md"): the exact written format, a lossless round trip,
// notes from notebooks that cannot break the table or add a section, the job roll-up, and parse
// errors that name the file and line.
#include "run/jobreport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Run;

Q_DECLARE_METATYPE(Mwb::Run::JobReport)

namespace {

// One line per field, so QCOMPARE shows which one differs.
QString describe(const JobReport &report)
{
    QString out = u"job=%1\ndate=%2\nparameters=%3\n"_s.arg(report.job, report.date, report.parametersJson);
    for (const TaskResultRow &row : report.tasks) {
        out += u"task=[%1] [%2] %3/%4/%5\n"_s.arg(row.task, row.status).arg(row.ok).arg(row.failed).arg(row.fixed);
    }
    for (const ReportNote &note : report.notes) {
        out += u"note=[%1] %2 [%3]\n"_s.arg(note.task).arg(note.cell).arg(note.note);
    }
    out += u"triggers=[%1]\n"_s.arg(report.unmappedTriggersJson);
    out += u"backfill=%1/%2/%3/%4\n"_s.arg(report.backfill.scanned)
               .arg(report.backfill.unmigrated)
               .arg(report.backfill.migrated)
               .arg(report.backfill.failed);
    for (const QString &package : report.requiredPackages) {
        out += u"package=[%1]\n"_s.arg(package);
    }
    for (const auto &[key, value] : report.runtime) {
        out += u"runtime=[%1]=[%2]\n"_s.arg(key, value);
    }
    return out;
}

JobReport sampleReport()
{
    JobReport report;
    report.job = u"DailyETL"_s;
    report.date = u"2026-11-22T10:15:00Z"_s;
    report.parametersJson = uR"({"env":"prod","run_date":"2026-11-21"})"_s;
    report.tasks = { { u"ingest"_s, u"PASS"_s, 10, 0, 2 }, { u"transform"_s, u"PARTIAL"_s, 5, 3, 1 },
        { u"report"_s, u"ALREADY_MIGRATED"_s, 0, 0, 0 } };
    report.notes = { { u"transform"_s, 7, u"TABLE_OR_VIEW_NOT_FOUND: sales.daily (attempt 10/10)"_s },
        { u"transform"_s, 0, u"Spark cells skipped: the kernel has no Spark"_s } };
    report.unmappedTriggersJson = uR"({"DailyETL": {"schedule": "0 0 5 * * ?"}})"_s;
    report.backfill = { 4, 2, 1, 1 };
    report.requiredPackages = { u"pandas>=2.0"_s, u"pyarrow"_s };
    report.runtime
        = { { u"target"_s, u"local"_s }, { u"output base"_s, u"/tmp/out"_s }, { u"wall clock"_s, u"00:12:31"_s } };
    return report;
}

// Notes and names as a notebook or a job definition could make them.
JobReport hostileReport()
{
    JobReport report;
    report.job = u"Job | with\n## Newline"_s;
    report.date = u"2026-11-22T10:15:00Z"_s;
    report.parametersJson = u"{\n  \"query\": \"a|b\\\\n## x\"\n}"_s;
    report.tasks = { { u"t|1"_s, u"PASS"_s, 1, 0, 0 }, { u"**bold**"_s, u"PARTIAL"_s, 0, 1, 0 } };
    report.notes = {
        { u"t|1"_s, 3, u"boom\n## Injected Section\n| evil | PASS | 9 | 9 | 9 |"_s },
        { u"**bold**"_s, 1, u"a | b \\| c \\\\ d \\n e"_s },
        { u"**bold**"_s, 0, u"line\r\nbreak\rand\u2028separator\u0085nel\x1b[31mred<script>x</script>"_s },
        { u"t|1"_s, 2, u"- **fake** cell 9: nested bullet"_s },
        { u"t|1"_s, 4, u"trailing backslash \\"_s },
        { u"t|1"_s, 5, QString() },
    };
    report.unmappedTriggersJson = u"{\n  \"x\": \"```\\n## not a section\"\n}\n```\n## Injected"_s;
    report.requiredPackages = { u"evil\n## Injected"_s, u"None."_s };
    report.runtime = { { u"key: with colon"_s, u"value: with colon\nand newline"_s } };
    return report;
}

QStringList linesOf(const QString &markdown)
{
    QStringList lines = markdown.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast(); // the final newline
    }
    return lines;
}

int lineOf(const QString &markdown, const QString &prefix)
{
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(prefix)) {
            return int(i + 1);
        }
    }
    return -1;
}

const QStringList documentedSections { u"## Task Results"_s, u"## Errors & Warnings"_s,
    u"## Unmapped Databricks Job Triggers"_s, u"## Dependency Backfill"_s, u"## Required Packages"_s,
    u"## Runtime metadata"_s };

} // namespace

class TestJobReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheDocumentedFormat()
    {
        const QString expected = uR"(# Job Report: DailyETL
- Date: 2026-11-22T10:15:00Z
- Tasks: 3
- Parameters: {"env":"prod","run_date":"2026-11-21"}

## Task Results
| Task | Status | OK | Failed | Fixed |
|------|--------|----|--------|-------|
| ingest | PASS | 10 | 0 | 2 |
| transform | PARTIAL | 5 | 3 | 1 |
| report | ALREADY_MIGRATED | 0 | 0 | 0 |

## Errors & Warnings
- **transform** cell 7: TABLE_OR_VIEW_NOT_FOUND: sales.daily (attempt 10/10)
- **transform**: Spark cells skipped: the kernel has no Spark

## Unmapped Databricks Job Triggers
```json
{"DailyETL": {"schedule": "0 0 5 * * ?"}}
```

## Dependency Backfill
- Scanned: 4
- Unmigrated targets: 2
- Migrated: 1
- Failed: 1

## Required Packages
- pandas>=2.0
- pyarrow

## Runtime metadata
- target: local
- output base: /tmp/out
- wall clock: 00:12:31
)"_s;
        QCOMPARE(sampleReport().toMarkdown(), expected);
    }

    void writesNoneForEmptySections()
    {
        JobReport report;
        report.job = u"Empty"_s;
        report.date = u"2026-11-22T10:15:00Z"_s;
        report.parametersJson = u"{}"_s;
        const QString markdown = report.toMarkdown();
        QVERIFY(markdown.contains(u"## Errors & Warnings\nNone.\n"_s));
        QVERIFY(markdown.contains(u"## Unmapped Databricks Job Triggers\nNone.\n"_s));
        QVERIFY(markdown.contains(u"## Required Packages\nNone.\n"_s));
        QVERIFY(markdown.contains(u"## Runtime metadata\nNone.\n"_s));
        QVERIFY(markdown.contains(u"- Tasks: 0\n"_s));
    }

    void roundTrip_data()
    {
        QTest::addColumn<JobReport>("report");
        QTest::newRow("full report") << sampleReport();
        JobReport empty;
        empty.job = u"Empty"_s;
        empty.date = u"2026-11-22T10:15:00Z"_s;
        empty.parametersJson = u"{}"_s;
        QTest::newRow("no tasks, every list empty") << empty;
        QTest::newRow("hostile names and notes") << hostileReport();
        JobReport pretty = sampleReport();
        pretty.unmappedTriggersJson = u"{\n  \"DailyETL\": {\n    \"schedule\": \"0 0 5 * * ?\"\n  }\n}\n"_s;
        QTest::newRow("pretty-printed trigger snippet with a final newline") << pretty;
        JobReport unicode = sampleReport();
        unicode.job = u"Tägliche Läufe ✓"_s;
        unicode.notes = { { u"ingest"_s, 2, u"Ünïcödé note, emoji 🚀, tab\there"_s } };
        QTest::newRow("unicode") << unicode;
    }

    void roundTrip()
    {
        QFETCH(JobReport, report);
        const QString markdown = report.toMarkdown();
        auto parsed = JobReport::parse(markdown, u"JOB_REPORT.md"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        JobReport expected = report;
        // Parameters are flattened to one line (JSON line breaks are whitespace between tokens).
        expected.parametersJson.replace(u'\n', u' ');
        QCOMPARE(describe(*parsed), describe(expected));
        QCOMPARE(parsed->toMarkdown(), markdown);
        QCOMPARE(parsed->rollUp(), report.rollUp());
    }

    // Every line toMarkdown() writes has one of the documented shapes, in the documented order,
    // whatever the notes hold: a note can never end a row, open a section or add a table row.
    void everyLineMatchesTheFormat_data() { roundTrip_data(); }

    void everyLineMatchesTheFormat()
    {
        QFETCH(JobReport, report);
        const QStringList lines = linesOf(report.toMarkdown());
        static const QRegularExpression escapedText(
            uR"(^(?:[^\\\x00-\x08\x0a-\x1f\x7f-\x9f\x{2028}\x{2029}|<]|\\.)*$)"_s);
        const QList<QPair<QString, QRegularExpression>> header {
            { u"title"_s, QRegularExpression(u"^# Job Report: .+$"_s) },
            { u"date"_s, QRegularExpression(u"^- Date: \\S+$"_s) },
            { u"tasks"_s, QRegularExpression(u"^- Tasks: \\d+$"_s) },
            { u"parameters"_s, QRegularExpression(u"^- Parameters: \\{.*\\}$"_s) },
        };
        for (qsizetype i = 0; i < header.size(); ++i) {
            QVERIFY2(header.at(i).second.match(lines.at(i)).hasMatch(),
                qPrintable(header.at(i).first + u": "_s + lines.at(i)));
        }
        QVERIFY(escapedText.match(lines.at(0).mid(14)).hasMatch());

        static const QRegularExpression row(uR"(^\| ((?:[^|\\]|\\.)+) \| ([A-Z_]+) \| \d+ \| \d+ \| \d+ \|$)"_s);
        static const QRegularExpression note(uR"(^- \*\*((?:[^*\\]|\\.)+)\*\*(?: cell \d+)?: (.*)$)"_s);
        static const QRegularExpression bullet(uR"(^- (.+)$)"_s);
        static const QRegularExpression keyValue(uR"(^- ((?:[^:\\]|\\.)+): (.*)$)"_s);
        static const QRegularExpression backfill(uR"(^- (Scanned|Unmigrated targets|Migrated|Failed): \d+$)"_s);

        QStringList headings;
        QString section;
        int rows = 0;
        bool inFence = false;
        QString fence;
        for (qsizetype i = 4; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const QString where = u"line %1: %2"_s.arg(i + 1).arg(line);
            if (inFence) {
                if (line == fence) {
                    inFence = false;
                }
                continue;
            }
            if (line.startsWith(u"## "_s)) {
                QVERIFY2(lines.at(i - 1).isEmpty(), qPrintable(where)); // a blank line before each section
                headings << line;
                section = line;
                continue;
            }
            if (line.isEmpty()) {
                QVERIFY2(i + 1 < lines.size() && lines.at(i + 1).startsWith(u"## "_s), qPrintable(where));
                continue;
            }
            if (line == u"None.") {
                QVERIFY2(section != u"## Task Results" && section != u"## Dependency Backfill", qPrintable(where));
                QVERIFY2(lines.at(i - 1) == section, qPrintable(where)); // alone in its section
                continue;
            }
            if (section == u"## Task Results") {
                if (line == u"| Task | Status | OK | Failed | Fixed |"
                    || line == u"|------|--------|----|--------|-------|") {
                    continue;
                }
                const auto match = row.match(line);
                QVERIFY2(match.hasMatch(), qPrintable(where));
                QVERIFY2(escapedText.match(match.captured(1)).hasMatch(), qPrintable(where));
                ++rows;
            } else if (section == u"## Errors & Warnings") {
                const auto match = note.match(line);
                QVERIFY2(match.hasMatch(), qPrintable(where));
                QVERIFY2(escapedText.match(match.captured(2)).hasMatch(), qPrintable(where));
            } else if (section == u"## Unmapped Databricks Job Triggers") {
                QVERIFY2(QRegularExpression(u"^`{3,}json$"_s).match(line).hasMatch(), qPrintable(where));
                fence = line.left(line.size() - 4);
                inFence = true;
            } else if (section == u"## Dependency Backfill") {
                QVERIFY2(backfill.match(line).hasMatch(), qPrintable(where));
            } else if (section == u"## Required Packages") {
                const auto match = bullet.match(line);
                QVERIFY2(match.hasMatch() && escapedText.match(match.captured(1)).hasMatch(), qPrintable(where));
            } else if (section == u"## Runtime metadata") {
                const auto match = keyValue.match(line);
                QVERIFY2(match.hasMatch() && escapedText.match(match.captured(2)).hasMatch(), qPrintable(where));
            } else {
                QFAIL(qPrintable(u"text outside a section: "_s + where));
            }
        }
        QVERIFY(!inFence);
        QCOMPARE(headings, documentedSections);
        QCOMPARE(rows, report.tasks.size());
    }

    void hostileNotesStayInTheirBullet()
    {
        const QString markdown = hostileReport().toMarkdown();
        QVERIFY(!markdown.contains(u"\n## Injected Section"_s));
        QVERIFY(!markdown.contains(u"\n| evil"_s));
        QVERIFY(markdown.contains(u"\\<script>"_s));
        QVERIFY(!QRegularExpression(uR"((?<!\\)<)"_s).match(markdown).hasMatch()); // every < escaped
        QVERIFY(!markdown.contains(QChar(0x2028)));
        QVERIFY(!markdown.contains(QChar(0x1b)));
        QVERIFY(
            markdown.contains(uR"(- **t\|1** cell 3: boom\n## Injected Section\n\| evil \| PASS \| 9 \| 9 \| 9 \|)"_s));
        // `*` is escaped only where it delimits: the bold task name of a note.
        QVERIFY(markdown.contains(uR"(| **bold** | PARTIAL | 0 | 1 | 0 |)"_s));
        QVERIFY(markdown.contains(uR"(- **\*\*bold\*\*** cell 1: a \| b \\\| c \\\\ d \\n e)"_s));
        // The snippet's own fence lines cannot close the outer, longer fence.
        QVERIFY(markdown.contains(u"\n````json\n"_s));
    }

    void rollUp_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all PASS") << QStringList { u"PASS"_s, u"PASS"_s } << u"PASS"_s;
        QTest::newRow("PASS and ALREADY_MIGRATED") << QStringList { u"PASS"_s, u"ALREADY_MIGRATED"_s } << u"PASS"_s;
        QTest::newRow("only ALREADY_MIGRATED") << QStringList { u"ALREADY_MIGRATED"_s } << u"PASS"_s;
        QTest::newRow("one PARTIAL") << QStringList { u"PASS"_s, u"PARTIAL"_s } << u"PARTIAL"_s;
        QTest::newRow("FAIL beats PARTIAL") << QStringList { u"PARTIAL"_s, u"FAIL"_s, u"PASS"_s } << u"FAIL"_s;
        QTest::newRow("FAIL beats INTERRUPTED") << QStringList { u"INTERRUPTED"_s, u"FAIL"_s } << u"FAIL"_s;
        QTest::newRow("INTERRUPTED beats PARTIAL")
            << QStringList { u"PARTIAL"_s, u"INTERRUPTED"_s } << u"INTERRUPTED"_s;
        QTest::newRow("INTERRUPTED after passes") << QStringList { u"PASS"_s, u"INTERRUPTED"_s } << u"INTERRUPTED"_s;
        QTest::newRow("unknown status is not a pass") << QStringList { u"PASS"_s, u"UNKNOWN"_s } << u"PARTIAL"_s;
        QTest::newRow("no tasks") << QStringList {} << u"FAIL"_s;
    }

    void rollUp()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QString, expected);
        JobReport report;
        for (const QString &status : statuses) {
            report.tasks.append({ u"t%1"_s.arg(report.tasks.size()), status, 1, 0, 0 });
        }
        QCOMPARE(report.rollUp(), expected);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QString good = sampleReport().toMarkdown();
        auto replaced = [&](const QString &from, const QString &to) {
            QString text = good;
            text.replace(from, to);
            return text;
        };
        QTest::newRow("empty file") << QString() << 1 << u"starts with"_s;
        QTest::newRow("not a job report") << u"\n\n# Something else\n"_s << 3 << u"starts with"_s;
        {
            const QString text = replaced(u"- Date: 2026-11-22T10:15:00Z\n"_s, QString());
            QTest::newRow("header without date") << text << 1 << u"- Date:"_s;
        }
        {
            const QString text = replaced(u"- Tasks: 3"_s, u"- Tasks: three"_s);
            QTest::newRow("task count not a number") << text << 3 << u"not a count"_s;
        }
        {
            const QString text = replaced(u"- Tasks: 3"_s, u"- Tasks: 4"_s);
            QTest::newRow("task count differs from the table") << text << 3 << u"3 row"_s;
        }
        {
            const QString text = replaced(
                u"| Task | Status | OK | Failed | Fixed |\n|------|--------|----|--------|-------|\n"_s, QString());
            QTest::newRow("table header missing") << text << lineOf(text, u"| ingest"_s) << u"table header"_s;
        }
        {
            QString text = good;
            const qsizetype from = text.indexOf(u"| Task |"_s);
            text.remove(from, text.indexOf(u"\n\n## Errors"_s) - from + 1);
            QTest::newRow("section without a table") << text << lineOf(text, u"## Task Results"_s) << u"no table"_s;
        }
        {
            const QString text = replaced(u"|------|--------|----|--------|-------|"_s, u"|---|---|"_s);
            QTest::newRow("bad separator") << text << lineOf(text, u"|---|"_s) << u"separator"_s;
        }
        {
            const QString text
                = replaced(u"| transform | PARTIAL | 5 | 3 | 1 |"_s, u"| transform | PARTIAL | 5 | 3 |"_s);
            QTest::newRow("row with four cells") << text << lineOf(text, u"| transform"_s) << u"5 cells"_s;
        }
        {
            const QString text
                = replaced(u"| transform | PARTIAL | 5 | 3 | 1 |"_s, u"| transform | PARTIAL | 5 | x | 1 |"_s);
            QTest::newRow("count not a number") << text << lineOf(text, u"| transform"_s) << u"Failed column"_s;
        }
        {
            const QString text
                = replaced(u"| transform | PARTIAL | 5 | 3 | 1 |"_s, u"| transform | PARTIAL | 5 | 3 | 1 \\|"_s);
            QTest::newRow("row closed by an escaped pipe") << text << lineOf(text, u"| transform"_s) << u"5 cells"_s;
        }
        {
            const QString text = replaced(u"- **transform**: Spark"_s, u"* transform: Spark"_s);
            QTest::newRow("malformed note") << text << lineOf(text, u"* transform"_s) << u"cell <n>"_s;
        }
        {
            const QString text = replaced(u"\n```\n"_s, u"\n"_s);
            QTest::newRow("unclosed trigger snippet") << text << lineOf(text, u"```json"_s) << u"not closed"_s;
        }
        {
            const QString text = replaced(u"- Migrated: 1"_s, u"- Migrated: one"_s);
            QTest::newRow("backfill count not a number") << text << lineOf(text, u"- Migrated"_s) << u"not a count"_s;
        }
        {
            const QString text = replaced(u"- Migrated: 1\n"_s, QString());
            QTest::newRow("backfill line missing")
                << text << lineOf(text, u"## Dependency Backfill"_s) << u"Migrated"_s;
        }
        {
            const QString text = good.left(good.indexOf(u"\n## Required Packages"_s) + 1);
            QTest::newRow("truncated before Required Packages")
                << text << int(text.count(u'\n')) + 1 << u"## Required Packages"_s;
        }
        {
            const QString text = replaced(u"## Runtime metadata"_s, u"## Task Results"_s);
            QTest::newRow("section twice") << text << lineOf(text, u"- target"_s) - 1 << u"twice"_s;
        }
        {
            const QString text = replaced(u"- target: local"_s, u"- target local"_s);
            QTest::newRow("runtime line without a key") << text << lineOf(text, u"- target"_s) << u"<key>"_s;
        }
    }

    void parseErrors()
    {
        QFETCH(QString, markdown);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString file = u"/out/DailyETL/reports/JOB_REPORT.md"_s;
        auto parsed = JobReport::parse(markdown, file);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().file, file);
        QCOMPARE(parsed.error().line, line);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().toString()));
        QVERIFY(parsed.error().toString().startsWith(file + u':' + QString::number(line) + u": "_s));
        QVERIFY(!parsed.error().hint.isEmpty());
    }

    // The reference tool's reports (mission anchors §1.7): a wider separator, no runtime metadata,
    // a doc-only section, Windows line breaks.
    void readsReferenceToolReports()
    {
        const QString markdown = u"# Job Report: legacy_job\r\n"
                                 "- Date: 2025-06-01T08:00:00\r\n"
                                 "- Tasks: 1\r\n"
                                 "- Parameters: {}\r\n"
                                 "## Task Results\r\n"
                                 "| Task | Status | OK | Failed | Fixed |\r\n"
                                 "|------|--------|-----|--------|-------|\r\n"
                                 "| extract | PASS | 27 | 0 | 2 |\r\n"
                                 "## Errors & Warnings\r\n"
                                 "## Unmapped Databricks Job Triggers\r\n"
                                 "None.\r\n"
                                 "## Dependency Backfill\r\n"
                                 "- Scanned: 0\r\n- Unmigrated targets: 0\r\n- Migrated: 0\r\n- Failed: 0\r\n"
                                 "## Required Packages\r\n"
                                 "## Acceptance contracts\r\n"
                                 "| task_key | status |\r\n"_s;
        auto parsed = JobReport::parse(markdown, u"JOB_REPORT.md"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->job, u"legacy_job"_s);
        QCOMPARE(parsed->tasks.size(), 1);
        QCOMPARE(parsed->tasks.first().task, u"extract"_s);
        QCOMPARE(parsed->tasks.first().ok, 27);
        QCOMPARE(parsed->tasks.first().fixed, 2);
        QVERIFY(parsed->notes.isEmpty());
        QVERIFY(parsed->runtime.isEmpty());
        QCOMPARE(parsed->rollUp(), u"PASS"_s);
    }
};

QTEST_GUILESS_MAIN(TestJobReport)
#include "tst_jobreport.moc"
