// SPDX-License-Identifier: GPL-3.0-or-later
// `mwb migration-status` as users run it: a report, a job folder or an output base; the text and
// --json summaries; exit codes from the roll-up; unreadable reports named with file and line.
#include "core/jsonio.h"
#include "run/jobreport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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

Outcome runMwb(const QStringList &arguments)
{
    QProcess mwb;
    mwb.setProgram(QStringLiteral(MWB_EXECUTABLE));
    mwb.setArguments(QStringList { u"migration-status"_s } + arguments);
    mwb.start();
    Outcome outcome;
    if (!mwb.waitForFinished(30000) || mwb.exitStatus() != QProcess::NormalExit) {
        return outcome;
    }
    outcome.exitCode = mwb.exitCode();
    outcome.out = QString::fromUtf8(mwb.readAllStandardOutput());
    outcome.err = QString::fromUtf8(mwb.readAllStandardError());
    return outcome;
}

Run::JobReport report(const QString &job, const QList<Run::TaskResultRow> &tasks)
{
    Run::JobReport report;
    report.job = job;
    report.date = u"2026-11-22T10:15:00Z"_s;
    report.parametersJson = u"{}"_s;
    report.tasks = tasks;
    return report;
}

bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

// <base>/<folder>/reports/JOB_REPORT.md
QString writeJob(const QString &base, const QString &folder, const Run::JobReport &job)
{
    const QString path = QDir(base).filePath(folder + u"/reports/JOB_REPORT.md"_s);
    return writeText(path, job.toMarkdown()) ? path : QString();
}

QString field(const Core::Json &object, const char *key)
{
    return Core::stringValue(object, key);
}

} // namespace

class TestMigrationStatusCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputBaseListsEveryJob()
    {
        QTemporaryDir base;
        QVERIFY(!writeJob(base.path(), u"DailyETL"_s,
            report(u"DailyETL"_s,
                { { u"ingest"_s, u"PASS"_s, 10, 0, 2 }, { u"report"_s, u"ALREADY_MIGRATED"_s, 0, 0, 0 } }))
                     .isEmpty());
        QVERIFY(!writeJob(base.path(), u"Weekly"_s,
            report(u"Weekly"_s, { { u"load"_s, u"PASS"_s, 4, 0, 0 }, { u"score"_s, u"PARTIAL"_s, 5, 3, 1 } }))
                     .isEmpty());
        QVERIFY(QDir(base.path()).mkpath(u"not-a-job/notebooks"_s)); // no reports folder: skipped
        QVERIFY(writeText(base.filePath(u"migration.log"_s), u"[12:00:00] [DailyETL] RESULT: PASS\n"_s));

        const Outcome text = runMwb({ base.path() });
        QCOMPARE(text.exitCode, 3); // PARTIAL
        QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
        const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 9, qPrintable(text.out));
        QVERIFY(lines.at(0).startsWith(u"DailyETL: PASS"_s));
        QVERIFY(lines.at(0).contains(QDir(base.path()).filePath(u"DailyETL/reports/JOB_REPORT.md"_s)));
        QCOMPARE(lines.at(1), u"  ingest PASS 10/0/2"_s);
        QCOMPARE(lines.at(2), u"  report ALREADY_MIGRATED 0/0/0"_s);
        QVERIFY(lines.at(3).contains(u"2 task(s), 10/0/2"_s));
        QVERIFY(lines.at(4).startsWith(u"Weekly: PARTIAL"_s));
        QCOMPARE(lines.at(6), u"  score PARTIAL 5/3/1"_s);
        QVERIFY(lines.at(7).contains(u"2 task(s), 9/3/1"_s));
        QVERIFY(lines.at(8).startsWith(u"Result: PARTIAL"_s));

        const Outcome json = runMwb({ base.path(), u"--json"_s });
        QCOMPARE(json.exitCode, 3);
        const auto parsed = Core::parseJson(json.out.toUtf8(), u"stdout"_s);
        QVERIFY2(parsed.ok(), qPrintable(json.out));
        const Core::Json &root = *parsed;
        QCOMPARE(field(root, "result"), u"PARTIAL"_s);
        QCOMPARE(root["jobs"].size(), size_t(2));
        const Core::Json &first = root["jobs"][0];
        QCOMPARE(field(first, "job"), u"DailyETL"_s);
        QCOMPARE(field(first, "result"), u"PASS"_s);
        QCOMPARE(field(first, "report"), QDir(base.path()).filePath(u"DailyETL/reports/JOB_REPORT.md"_s));
        QCOMPARE(first["tasks"].size(), size_t(2));
        QCOMPARE(field(first["tasks"][0], "task"), u"ingest"_s);
        QCOMPARE(field(first["tasks"][0], "status"), u"PASS"_s);
        QCOMPARE(first["tasks"][0]["ok"].get<int>(), 10);
        QCOMPARE(first["tasks"][0]["failed"].get<int>(), 0);
        QCOMPARE(first["tasks"][0]["fixed"].get<int>(), 2);
        const Core::Json &second = root["jobs"][1];
        QCOMPARE(field(second, "result"), u"PARTIAL"_s);
        QCOMPARE(second["totals"]["tasks"].get<int>(), 2);
        QCOMPARE(second["totals"]["ok"].get<int>(), 9);
        QCOMPARE(second["totals"]["failed"].get<int>(), 3);
        QCOMPARE(second["totals"]["fixed"].get<int>(), 1);
        QVERIFY(!second.contains("error"));
    }

    void exitCodeFollowsTheRollUp_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("target"); // which path is passed: report, reports folder, job folder
        QTest::addColumn<int>("exitCode");
        QTest::newRow("PASS, the report file") << u"PASS"_s << u"report"_s << 0;
        QTest::newRow("ALREADY_MIGRATED, the job folder") << u"ALREADY_MIGRATED"_s << u"job"_s << 0;
        QTest::newRow("PARTIAL, the reports folder") << u"PARTIAL"_s << u"reports"_s << 3;
        QTest::newRow("FAIL, the job folder") << u"FAIL"_s << u"job"_s << 1;
        QTest::newRow("INTERRUPTED, the report file") << u"INTERRUPTED"_s << u"report"_s << 130;
        QTest::newRow("unknown status, the job folder") << u"UNKNOWN"_s << u"job"_s << 3;
    }

    void exitCodeFollowsTheRollUp()
    {
        QFETCH(QString, status);
        QFETCH(QString, target);
        QFETCH(int, exitCode);
        QTemporaryDir base;
        const QString path = writeJob(base.path(), u"job"_s, report(u"job"_s, { { u"only"_s, status, 1, 0, 0 } }));
        QVERIFY(!path.isEmpty());
        const QString argument = target == u"report" ? path
            : target == u"reports"                   ? QFileInfo(path).absolutePath()
                                                     : base.filePath(u"job"_s);
        const Outcome outcome = runMwb({ argument, u"--json"_s });
        QCOMPARE(outcome.exitCode, exitCode);
        const auto parsed = Core::parseJson(outcome.out.toUtf8(), u"stdout"_s);
        QVERIFY2(parsed.ok(), qPrintable(outcome.out));
        QCOMPARE((*parsed)["jobs"].size(), size_t(1));
        QCOMPARE(field((*parsed)["jobs"][0], "report"), path);
        QCOMPARE(field((*parsed)["jobs"][0]["tasks"][0], "status"), status);
    }

    void unreadableReportNamesFileAndLine()
    {
        QTemporaryDir base;
        QVERIFY(!writeJob(base.path(), u"good"_s, report(u"good"_s, { { u"t"_s, u"PASS"_s, 1, 0, 0 } })).isEmpty());
        QString broken = report(u"broken"_s, { { u"t"_s, u"PASS"_s, 1, 0, 0 } }).toMarkdown();
        broken.replace(u"| t | PASS | 1 | 0 | 0 |"_s, u"| t | PASS | one | 0 | 0 |"_s);
        const QString brokenPath = base.filePath(u"broken/reports/JOB_REPORT.md"_s);
        QVERIFY(writeText(brokenPath, broken));

        const Outcome text = runMwb({ base.path() });
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.err.contains(brokenPath + u":9: "_s), qPrintable(text.err));
        QVERIFY2(text.err.contains(u"not a count"_s), qPrintable(text.err));
        QVERIFY(text.out.contains(u"good: PASS"_s)); // the readable job is still listed
        QVERIFY(text.out.contains(u"broken: FAIL"_s));

        const Outcome json = runMwb({ base.path(), u"--json"_s });
        QCOMPARE(json.exitCode, 1);
        const auto parsed = Core::parseJson(json.out.toUtf8(), u"stdout"_s);
        QVERIFY2(parsed.ok(), qPrintable(json.out));
        QCOMPARE(field(*parsed, "result"), u"FAIL"_s);
        const Core::Json &entry = (*parsed)["jobs"][0];
        QCOMPARE(field(entry, "job"), u"broken"_s);
        QCOMPARE(field(entry, "result"), u"FAIL"_s);
        QVERIFY(field(entry, "error").contains(u":9: "_s));
    }

    void missingReportIsAnError()
    {
        QTemporaryDir base;
        QVERIFY(!writeJob(base.path(), u"done"_s, report(u"done"_s, { { u"t"_s, u"PASS"_s, 1, 0, 0 } })).isEmpty());
        QVERIFY(QDir(base.path()).mkpath(u"running/reports"_s)); // a job that has not written its report
        const Outcome outcome = runMwb({ base.path() });
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(base.filePath(u"running/reports/JOB_REPORT.md"_s)), qPrintable(outcome.err));

        const Outcome nothing = runMwb({ base.filePath(u"nope"_s) });
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(nothing.err.contains(base.filePath(u"nope"_s)));

        QTemporaryDir empty;
        const Outcome none = runMwb({ empty.path() });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"JOB_REPORT.md"_s), qPrintable(none.err));

        const QString notMarkdown = empty.filePath(u"JOB_REPORT.md"_s);
        QVERIFY(writeText(notMarkdown, u"hello\n"_s));
        const Outcome garbage = runMwb({ notMarkdown });
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY2(garbage.err.contains(notMarkdown + u":1: "_s), qPrintable(garbage.err));
    }

    // Notes from notebooks are untrusted: they must not add tasks or change the result.
    void hostileNotesDoNotChangeTheStatus()
    {
        QTemporaryDir base;
        Run::JobReport job = report(u"evil\njob\x1b[2J"_s, { { u"t"_s, u"PARTIAL"_s, 1, 1, 0 } });
        job.notes = { { u"t"_s, 2, u"x |\n| fake | PASS | 9 | 0 | 0 |\n## Task Results"_s } };
        QVERIFY(!writeJob(base.path(), u"job"_s, job).isEmpty());
        const Outcome outcome = runMwb({ base.filePath(u"job"_s), u"--json"_s });
        QCOMPARE(outcome.exitCode, 3);
        const auto parsed = Core::parseJson(outcome.out.toUtf8(), u"stdout"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(field((*parsed)["jobs"][0], "job"), job.job); // JSON keeps the name as it is
        QCOMPARE((*parsed)["jobs"][0]["tasks"].size(), size_t(1));
        // The text summary keeps one line per job and task, without terminal escapes.
        const Outcome text = runMwb({ base.filePath(u"job"_s) });
        QCOMPARE(text.exitCode, 3);
        const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(u"evil job [2J: PARTIAL"_s), qPrintable(lines.at(0)));
        QVERIFY(!text.out.contains(QChar(0x1b)));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no argument") << QStringList {};
        QTest::newRow("two arguments") << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("unknown option") << QStringList { u"."_s, u"--bogus"_s };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Outcome outcome = runMwb(arguments);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains(u"migration-status --help"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrationStatusCli)
#include "tst_migrationstatuscli.moc"
