// SPDX-License-Identifier: GPL-3.0-or-later
// `mwb history` and `mwb report export` as users run them, on a project whose history holds a
// migrate-job run (two jobs, their JOB_REPORT.md files, task and attempt rows), a data run and a
// validation run without a report: listing and filters, one run in detail, the report as Markdown,
// HTML and PDF (its first page rendered by pdftoppm and looked at), and the errors and exit codes.
#include "core/jsonio.h"
#include "history/historystore.h"
#include "run/jobreport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runMwb(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess mwb;
    mwb.setProgram(QStringLiteral(MWB_EXECUTABLE));
    mwb.setArguments(arguments);
    // The PDF export must work without a display, whatever the environment holds.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(extra);
    mwb.setProcessEnvironment(env);
    mwb.start();
    Outcome outcome;
    if (!mwb.waitForFinished(60000) || mwb.exitStatus() != QProcess::NormalExit) {
        return outcome;
    }
    outcome.exitCode = mwb.exitCode();
    outcome.out = QString::fromUtf8(mwb.readAllStandardOutput());
    outcome.err = QString::fromUtf8(mwb.readAllStandardError());
    return outcome;
}

bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Run::JobReport jobReport(const QString &job, const QList<Run::TaskResultRow> &tasks)
{
    Run::JobReport report;
    report.job = job;
    report.date = u"2026-11-22T10:15:00Z"_s;
    report.parametersJson = u"{\"env\":\"prod\"}"_s;
    report.tasks = tasks;
    return report;
}

History::AttemptRecord attempt(
    const QString &task, int cell, int number, const QString &status, const QString &detail = {})
{
    History::AttemptRecord a;
    a.runId = u"run-mj"_s;
    a.job = u"DailyETL"_s;
    a.task = task;
    a.cell = cell;
    a.attempt = number;
    a.status = status;
    a.detail = detail;
    a.durationMs = 1200;
    return a;
}

} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_project;
    QString m_reportDaily;
    QString m_reportAudit;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_project.isValid());
        const QDir project(m_project.path());
        // The JOB_REPORT.md files migrate-job writes under its output base.
        Run::JobReport daily = jobReport(
            u"DailyETL"_s, { { u"ingest"_s, u"PARTIAL"_s, 3, 1, 1 }, { u"report|pipe"_s, u"PASS"_s, 2, 0, 0 } });
        daily.notes = { { u"ingest"_s, 3, u"AnalysisException: <script>alert(1)</script> table not found"_s } };
        daily.requiredPackages = { u"pandas"_s };
        daily.runtime = { { u"Run id"_s, u"run-mj"_s }, { u"Kernel"_s, u"local python3"_s } };
        m_reportDaily = project.filePath(u"out/DailyETL/reports/JOB_REPORT.md"_s);
        QVERIFY(writeText(m_reportDaily, daily.toMarkdown()));
        m_reportAudit = project.filePath(u"out/Audit/reports/JOB_REPORT.md"_s);
        QVERIFY(writeText(m_reportAudit, jobReport(u"Audit"_s, { { u"check"_s, u"PASS"_s, 5, 0, 0 } }).toMarkdown()));

        auto store = History::HistoryStore::open(m_project.path());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));

        History::RunRecord migrate;
        migrate.runId = u"run-mj"_s;
        migrate.kind = u"migrate-job"_s;
        migrate.title = u"migrate-job DailyETL_manifest.json"_s;
        migrate.startedAt = u"2026-11-22T10:00:00.000Z"_s;
        migrate.reportPath = project.filePath(u"out"_s);
        QVERIFY(store->recordStarted(migrate).ok());
        Core::OrderedJson summary = { { "result", "PARTIAL" },
            { "jobs",
                { { { "job", "DailyETL" }, { "result", "PARTIAL" }, { "report", Core::toStd(m_reportDaily) } },
                    { { "job", "Audit" }, { "result", "PASS" }, { "report", Core::toStd(m_reportAudit) } } } },
            { "input_tokens", 1500 }, { "output_tokens", 300 } };
        QVERIFY(store->recordFinished(u"run-mj"_s, u"completed_with_errors"_s, Core::fromStd(summary.dump())).ok());

        History::TaskRecord ingest;
        ingest.runId = u"run-mj"_s;
        ingest.job = u"DailyETL"_s;
        ingest.task = u"ingest"_s;
        ingest.status = u"PARTIAL"_s;
        ingest.ok = 3;
        ingest.failed = 1;
        ingest.fixed = 1;
        ingest.durationMs = 65000;
        ingest.inputTokens = 1500;
        ingest.outputTokens = 300;
        QVERIFY(store->recordTask(ingest).ok());
        History::TaskRecord report = ingest;
        report.task = u"report|pipe"_s;
        report.status = u"PASS"_s;
        report.ok = 2;
        report.failed = 0;
        report.fixed = 0;
        report.skipped = 1;
        report.durationMs = 4000;
        report.inputTokens = 0;
        report.outputTokens = 0;
        QVERIFY(store->recordTask(report).ok());
        // ingest: cell 1 ok; cell 2 failed, then fixed; cell 3 failed twice. report: cell 1 skipped.
        for (const History::AttemptRecord &a :
            { attempt(u"ingest"_s, 1, 1, u"OK"_s), attempt(u"ingest"_s, 2, 1, u"FAILED"_s, u"NameError: dbutils"_s),
                attempt(u"ingest"_s, 2, 2, u"FIXED"_s), attempt(u"ingest"_s, 3, 1, u"FAILED"_s, u"first try"_s),
                attempt(u"ingest"_s, 3, 2, u"FAILED"_s, u"AnalysisException: table not found"_s),
                attempt(u"report|pipe"_s, 1, 1, u"SKIPPED"_s, u"display() only"_s) }) {
            QVERIFY(store->recordAttempt(a).ok());
        }

        History::RunRecord data;
        data.runId = u"job-data"_s;
        data.kind = u"data"_s;
        data.title = u"sqlite:///shop.db -> postgresql://app@localhost:5432/shop"_s;
        data.startedAt = u"2026-11-22T11:00:00.000Z"_s;
        data.reportPath = u".tmp/migrations/job-data/checkpoint.json"_s;
        QVERIFY(store->recordStarted(data).ok());
        Core::OrderedJson status = { { "job_id", "job-data" }, { "status", "completed" }, { "rows_migrated", 1200 },
            { "tables_status",
                { { { "table", "customers" }, { "status", "completed" }, { "rows_migrated", 200 } },
                    { { "table", "orders|x" }, { "status", "completed" }, { "rows_migrated", 1000 } } } } };
        QVERIFY(store->recordFinished(u"job-data"_s, u"completed"_s, Core::fromStd(status.dump())).ok());

        History::RunRecord validate;
        validate.runId = u"run-val"_s;
        validate.kind = u"validate"_s;
        validate.title = u"sqlite:///shop.db <-> postgresql://app@localhost:5432/shop"_s;
        validate.startedAt = u"2026-11-22T12:00:00.000Z"_s;
        QVERIFY(store->recordStarted(validate).ok()); // still running, and without --report-dir
    }

    void listIsNewestFirst()
    {
        const Outcome result = runMwb({ u"history"_s, u"list"_s, u"--json"_s, u"--project"_s, m_project.path() });
        QCOMPARE(result.exitCode, 0);
        auto json = Core::parseJson(result.out.toUtf8(), u"stdout"_s);
        QVERIFY2(json.ok() && json->is_array(), qPrintable(result.out));
        QCOMPARE(json->size(), size_t(3));
        QCOMPARE(Core::stringValue((*json)[0], "run_id"), u"run-val"_s);
        QCOMPARE(Core::stringValue((*json)[1], "run_id"), u"job-data"_s);
        QCOMPARE(Core::stringValue((*json)[2], "run_id"), u"run-mj"_s);
        QVERIFY((*json)[0]["finished_at"].is_null());
        QVERIFY((*json)[0]["duration_ms"].is_null());
        QCOMPARE(Core::stringValue((*json)[2]["summary"], "result"), u"PARTIAL"_s);
    }

    void listFilters_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("runIds");
        QTest::newRow("kind") << QStringList { u"--kind"_s, u"migrate-job"_s } << QStringList { u"run-mj"_s };
        QTest::newRow("status") << QStringList { u"--status"_s, u"running"_s } << QStringList { u"run-val"_s };
        QTest::newRow("limit keeps the newest")
            << QStringList { u"--limit"_s, u"2"_s } << QStringList { u"run-val"_s, u"job-data"_s };
        QTest::newRow("filter before limit")
            << QStringList { u"--kind"_s, u"data"_s, u"--limit"_s, u"1"_s } << QStringList { u"job-data"_s };
        QTest::newRow("no match") << QStringList { u"--kind"_s, u"schema-copy"_s } << QStringList {};
    }

    void listFilters()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, runIds);
        const Outcome result
            = runMwb(QStringList { u"history"_s, u"--json"_s, u"--project"_s, m_project.path() } + options);
        QCOMPARE(result.exitCode, 0);
        auto json = Core::parseJson(result.out.toUtf8(), u"stdout"_s);
        QVERIFY2(json.ok() && json->is_array(), qPrintable(result.out));
        QStringList ids;
        for (const auto &run : *json) {
            ids << Core::stringValue(run, "run_id");
        }
        QCOMPARE(ids, runIds);
    }

    void listTable()
    {
        const Outcome result = runMwb({ u"history"_s, u"--project"_s, m_project.path() });
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(u"RUN ID"_s) && lines.at(0).contains(u"DURATION"_s), qPrintable(result.out));
        QVERIFY(lines.at(1).startsWith(u"run-val "_s) && lines.at(1).contains(u"running"_s));
        QVERIFY(lines.at(3).startsWith(u"run-mj "_s));
        QVERIFY(lines.at(3).contains(u"completed_with_errors"_s));
        QVERIFY(lines.at(3).contains(u"migrate-job DailyETL_manifest.json"_s));
    }

    // The table pads by terminal columns: CJK headers take two columns per character, so in Japanese the
    // columns of the rows start where their headers start.
    void listTableAlignsInJapanese()
    {
        QProcessEnvironment japanese;
        japanese.insert(u"LC_ALL"_s, u"ja_JP.UTF-8"_s);
        japanese.insert(u"LANG"_s, u"ja_JP.UTF-8"_s);
        japanese.insert(u"LANGUAGE"_s, u"ja"_s);
        const Outcome result = runMwb({ u"history"_s, u"--project"_s, m_project.path() }, japanese);
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).toUcs4().size() < lines.at(0).toUtf8().size(), "the header is not translated");
        // Display columns where a field starts: after two or more spaces.
        auto fieldStarts = [](const QString &line) {
            QList<int> starts { 0 };
            int column = 0;
            int spaces = 0;
            for (const char32_t c : line.toUcs4()) {
                if (c != U' ' && spaces >= 2) {
                    starts << column;
                }
                spaces = c == U' ' ? spaces + 1 : 0;
                const bool wide = (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xFF00 && c <= 0xFF60);
                column += wide ? 2 : 1;
            }
            return starts.mid(0, 3);
        };
        const QList<int> header = fieldStarts(lines.at(0));
        QCOMPARE(header.size(), 3);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QCOMPARE(fieldStarts(lines.at(i)), header);
        }
    }

    void showMigrateJobJson()
    {
        const Outcome result
            = runMwb({ u"history"_s, u"show"_s, u"run-mj"_s, u"--json"_s, u"--project"_s, m_project.path() });
        QCOMPARE(result.exitCode, 0);
        auto json = Core::parseJson(result.out.toUtf8(), u"stdout"_s);
        QVERIFY2(json.ok(), qPrintable(result.out));
        QCOMPARE(Core::stringValue((*json)["run"], "kind"), u"migrate-job"_s);
        QCOMPARE((*json)["run"]["summary"]["jobs"].size(), size_t(2));
        const auto &tasks = (*json)["tasks"];
        QCOMPARE(tasks.size(), size_t(2));
        QCOMPARE(Core::stringValue(tasks[0], "task"), u"ingest"_s);
        QCOMPARE(tasks[0]["failed"].get<int>(), 1);
        QCOMPARE(tasks[0]["fixed"].get<int>(), 1);
        QCOMPARE(tasks[0]["duration_ms"].get<qint64>(), 65000);
        QCOMPARE(tasks[0]["input_tokens"].get<qint64>(), 1500);
        QCOMPARE(tasks[1]["skipped"].get<int>(), 1);
        // Only cells whose last attempt failed or fixed them; the skipped and ok cells are not listed.
        const auto &cells = (*json)["cells"];
        QCOMPARE(cells.size(), size_t(2));
        QCOMPARE(cells[0]["cell"].get<int>(), 2);
        QCOMPARE(Core::stringValue(cells[0], "status"), u"FIXED"_s);
        QCOMPARE(cells[0]["attempts"].get<int>(), 2);
        QCOMPARE(cells[1]["cell"].get<int>(), 3);
        QCOMPARE(Core::stringValue(cells[1], "status"), u"FAILED"_s);
        QCOMPARE(Core::stringValue(cells[1], "detail"), u"AnalysisException: table not found"_s);
    }

    void showMigrateJobText()
    {
        const Outcome result = runMwb({ u"history"_s, u"show"_s, u"run-mj"_s, u"--project"_s, m_project.path() });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"Status:   completed_with_errors"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"\"result\": \"PARTIAL\""_s)); // the summary, pretty-printed
        QVERIFY(result.out.contains(u"Tasks:"_s));
        QVERIFY(result.out.contains(u"3/1/1/0"_s));
        QVERIFY(result.out.contains(u"1 min 05 s"_s));
        QVERIFY(result.out.contains(u"1500 in / 300 out"_s));
        QVERIFY(result.out.contains(u"Cells that failed or were fixed:"_s));
        QVERIFY(result.out.contains(u"AnalysisException: table not found"_s));
        QVERIFY(!result.out.contains(u"display() only"_s));
    }

    void exportMarkdownConcatenatesJobs()
    {
        const Outcome result = runMwb(
            { u"report"_s, u"export"_s, u"run-mj"_s, u"--format"_s, u"md"_s, u"--project"_s, m_project.path() });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, readText(m_reportDaily) + u'\n' + readText(m_reportAudit));
    }

    void exportHtml()
    {
        const QString out = QDir(m_project.path()).filePath(u"exports/run-mj.html"_s);
        QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
        const Outcome result = runMwb({ u"report"_s, u"export"_s, u"run-mj"_s, u"--format"_s, u"html"_s, u"-o"_s, out,
            u"--project"_s, m_project.path() });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.isEmpty());
        const QString html = readText(out);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QCOMPARE(html.count(u"<h1>"_s), 2); // both jobs
        QVERIFY(html.contains(u"<h1>Job Report: DailyETL</h1>"_s));
        QVERIFY(html.contains(u"<tr><td>report|pipe</td><td>PASS</td><td>2</td><td>0</td><td>0</td></tr>"_s));
        QVERIFY(html.contains(u"AnalysisException: &lt;script&gt;alert(1)&lt;/script&gt; table not found"_s));
        QVERIFY(!html.contains(u"<script"_s));
    }

    void exportPdfRendersAPage()
    {
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        if (pdftoppm.isEmpty()) {
            QFAIL("pdftoppm is not installed (package poppler-utils; scripts/setup.sh installs it)");
        }
        const QDir project(m_project.path());
        const QString out = project.filePath(u"run-mj.pdf"_s);
        const Outcome result = runMwb({ u"report"_s, u"export"_s, u"run-mj"_s, u"--format"_s, u"pdf"_s, u"-o"_s, out,
            u"--project"_s, m_project.path() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        QProcess render;
        render.start(pdftoppm,
            { u"-png"_s, u"-r"_s, u"50"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, out, project.filePath(u"page"_s) });
        QVERIFY(render.waitForFinished(60000));
        QVERIFY2(render.exitCode() == 0, render.readAllStandardError().constData());
        // pdftoppm numbers the file by page, zero-padded to the page count's width: page-1.png, page-01.png.
        const QStringList pngs = project.entryList({ u"page-*.png"_s }, QDir::Files);
        QCOMPARE(pngs.size(), 1);
        const QImage page(project.filePath(pngs.constFirst()));
        QVERIFY(!page.isNull());
        // A4 at 50 dpi is 413 x 585 pixels.
        QVERIFY2(
            page.width() > 400 && page.height() > 550, qPrintable(u"%1x%2"_s.arg(page.width()).arg(page.height())));
        qsizetype dark = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
            }
        }
        const qsizetype total = qsizetype(page.width()) * page.height();
        // Text on white: some dark pixels (headings, the table), most of the page light.
        QVERIFY2(dark > 500 && dark < total / 4, qPrintable(u"%1 dark of %2"_s.arg(dark).arg(total)));
        // Keep the rendering for a look by eye when MWB_KEEP_PDF_PAGE names a file.
        if (const QString keep = qEnvironmentVariable("MWB_KEEP_PDF_PAGE"); !keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(project.filePath(pngs.constFirst()), keep);
        }
    }

    void exportDataRunAsMarkdown()
    {
        const Outcome result = runMwb(
            { u"report"_s, u"export"_s, u"job-data"_s, u"--format"_s, u"md"_s, u"--project"_s, m_project.path() });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"# Data job job-data\n"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"- rows\\_migrated: 1200\n"_s));
        QVERIFY(result.out.contains(u"| customers | completed | 200 |"_s));
        QVERIFY(result.out.contains(u"| orders\\|x | completed | 1000 |"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown run") << QStringList { u"history"_s, u"show"_s, u"nope"_s } << 1
                                     << u"no run \"nope\" in the run history"_s;
        QTest::newRow("report of an unknown run") << QStringList { u"report"_s, u"export"_s, u"nope"_s, u"--format"_s,
            u"md"_s } << 1 << u"no run \"nope\" in the run history"_s;
        QTest::newRow("validation without --report-dir") << QStringList { u"report"_s, u"export"_s, u"run-val"_s,
            u"--format"_s, u"html"_s } << 1 << u"--report-dir"_s;
        QTest::newRow("unknown action") << QStringList { u"history"_s, u"remove"_s } << 2 << u"unknown action"_s;
        QTest::newRow("show without a run id") << QStringList { u"history"_s, u"show"_s } << 2 << u"RUN_ID"_s;
        QTest::newRow("zero limit") << QStringList { u"history"_s, u"--limit"_s, u"0"_s } << 2 << u"--limit"_s;
        QTest::newRow("export without a format")
            << QStringList { u"report"_s, u"export"_s, u"run-mj"_s } << 2 << u"--format"_s;
        QTest::newRow("unknown format") << QStringList { u"report"_s, u"export"_s, u"run-mj"_s, u"--format"_s,
            u"docx"_s } << 2 << u"--format"_s;
        QTest::newRow("pdf to stdout") << QStringList { u"report"_s, u"export"_s, u"run-mj"_s, u"--format"_s, u"pdf"_s }
                                       << 2 << u"-o FILE"_s;
        QTest::newRow("report without export") << QStringList { u"report"_s, u"run-mj"_s } << 2 << u"export RUN_ID"_s;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Outcome result = runMwb(arguments + QStringList { u"--project"_s, m_project.path() });
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    // A project without history: an error naming the file, and no history created by looking.
    void missingHistory()
    {
        QTemporaryDir empty;
        for (const QStringList &arguments : { QStringList { u"history"_s, u"list"_s },
                 QStringList { u"report"_s, u"export"_s, u"x"_s, u"--format"_s, u"md"_s } }) {
            const Outcome result = runMwb(arguments + QStringList { u"--project"_s, empty.path() });
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(u"no run history in this project"_s), qPrintable(result.err));
            QVERIFY(result.err.contains(u".mwb/history.sqlite"_s));
        }
        QVERIFY(!QFileInfo::exists(QDir(empty.path()).filePath(u".mwb"_s)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
