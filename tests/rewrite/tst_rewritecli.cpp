// SPDX-License-Identifier: GPL-3.0-or-later
// `mwb rewrite` as users run it: outputs, reports, --json, exit codes, and bad option files.
#include "core/jsonio.h"
#include "rewrite/pass1summary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run mwb(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MWB_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString example(const QString &relative)
{
    return QStringLiteral(MWB_SOURCE_DIR) + u"/examples/"_s + relative;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRewriteCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleNotebookWithJson()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"clean_orders.ipynb"_s);
        const Run run = mwb({ u"rewrite"_s, example(u"workspace/retail/etl/clean_orders.py"_s), u"-o"_s, out,
                              u"--catalog-manifest"_s, example(u"config/catalog_manifest.json"_s), u"--bucket-mapping"_s,
                              example(u"config/bucket_mapping.json"_s), u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        auto json = Mwb::Core::parseJson(run.out.toUtf8(), u"stdout"_s);
        QVERIFY2(json.ok(), qPrintable(run.out.left(300)));
        QCOMPARE((*json)["cells"].get<int>(), 14);
        QVERIFY((*json)["changes"].size() > 10);
        const auto &first = (*json)["changes"][0];
        for (const char *key : { "cell", "line", "rule_id", "before", "after", "reason" }) {
            QVERIFY2(first.contains(key), key);
        }
        QVERIFY(!(*json)["lint"].empty());
        QVERIFY((*json)["lint"][0].contains("severity"));
        QVERIFY(QFileInfo::exists(out));
        const QString report = QString::fromUtf8(readAll(dir.filePath(u"clean_orders.migration_report.md"_s)));
        QVERIFY(report.contains(u"## Changes"));
        QVERIFY(report.contains(u"widgets.get"));
        QVERIFY(report.contains(u"## Lint"));
        QVERIFY(QFileInfo::exists(dir.filePath(u"clean_orders.migration_report.json"_s)));
    }

    void requiredPackagesAndTriggersInReport()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"publish_report.ipynb"_s);
        const Run run = mwb({ u"rewrite"_s, example(u"workspace/retail/etl/publish_report.py"_s), u"-o"_s, out,
                              u"--bucket-mapping"_s, example(u"config/bucket_mapping.json"_s) });
        QCOMPARE(run.exitCode, 0);
        const QString report = QString::fromUtf8(readAll(dir.filePath(u"publish_report.migration_report.md"_s)));
        QVERIFY(report.contains(u"- `jinja2==3.1.4`"));
        QVERIFY(report.contains(u"- `tabulate==0.9.0`"));
        QVERIFY(report.contains(u"cell 13, line 2: job 1234567890123456"));
        QVERIFY(!report.contains(u"dapi0123456789abcdef"));
        QVERIFY(!readAll(out).contains("dapi0123456789abcdef"));
    }

    void unmappedBucketStopsBeforeWriting()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"ingest_orders.ipynb"_s);
        const Run run = mwb({ u"rewrite"_s, example(u"workspace/retail/etl/ingest_orders.py"_s), u"-o"_s, out });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"acme-retail-raw") && run.err.contains(u"cell 9"), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void malformedOptionFilesStillWriteTheNotebook_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::newRow("catalog manifest syntax") << u"--catalog-manifest"_s << QByteArray("{\"catalogs\": [\"main\",,]}")
                                                << u"bad.json:1:"_s;
        QTest::newRow("catalog manifest shape") << u"--catalog-manifest"_s << QByteArray("{\"catalog\": \"main\"}")
                                               << u"bad.json:1:1"_s;
        QTest::newRow("bucket mapping syntax") << u"--bucket-mapping"_s << QByteArray("{\"a\": {\"bucket\": \"x\"\n")
                                              << u"bad.json:2:"_s;
        QTest::newRow("bucket mapping without namespace") << u"--bucket-mapping"_s
                                                         << QByteArray("{\"a\": {\"bucket\": \"x\"}}") << u"bad.json:1:1"_s;
    }

    void malformedOptionFilesStillWriteTheNotebook()
    {
        QFETCH(QString, option);
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QTemporaryDir dir;
        writeFile(dir.filePath(u"bad.json"_s), content);
        const QString out = dir.filePath(u"o.ipynb"_s);
        QStringList args { u"rewrite"_s, example(u"workspace/retail/etl/ingest_orders.py"_s), u"-o"_s, out, option,
                           dir.filePath(u"bad.json"_s) };
        if (option == u"--catalog-manifest") {
            args << u"--bucket-mapping"_s << example(u"config/bucket_mapping.json"_s);
        }
        const Run run = mwb(args);
        QCOMPARE(run.exitCode, 3); // partial: written, with the problem reported
        QVERIFY2(run.err.contains(where), qPrintable(run.err));
        QVERIFY(QFileInfo::exists(out));
    }

    void badCellsReportCellAndLine()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"bad.py"_s);
        writeFile(in, "# Databricks notebook source\nx = dbutils.widgets.get(\"a\")\n\n# COMMAND ----------\n\n"
                      "y = 1\ns = \"never closed\n\n# COMMAND ----------\n\n%frob\nz = 2\n");
        const Run run = mwb({ u"rewrite"_s, in, u"-o"_s, dir.filePath(u"bad.ipynb"_s) });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(u"input.unbalanced_quote cell 2 line 2"), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"input.unknown_magic cell 3 line 1"), qPrintable(run.out));
        QVERIFY(QFileInfo::exists(dir.filePath(u"bad.ipynb"_s)));
    }

    void manifestMode()
    {
        QTemporaryDir dir;
        const QString manifest = QStringLiteral(MWB_FIXTURES_DIR) + u"/manifests/ml_churn_scoring_manifest.json"_s;
        const QStringList args { u"rewrite"_s, u"--manifest"_s, manifest, u"--output-base"_s, dir.filePath(u"out"_s),
                                 u"--workspace"_s, example(u"workspace"_s), u"--bucket-mapping"_s, example(u"config/bucket_mapping.json"_s), u"--json"_s };
        const Run first = mwb(args);
        QCOMPARE(first.exitCode, 0);
        auto json = Mwb::Core::parseJson(first.out.toUtf8(), u"stdout"_s);
        QVERIFY2(json.ok(), qPrintable(first.out.left(200)));
        QCOMPARE((*json)[0]["written"].get<int>(), 5);
        QVERIFY(QFileInfo::exists(dir.filePath(u"out/ml_churn_scoring/migration_registry.json"_s)));
        const QString summaryPath = dir.filePath(u"out/ml_churn_scoring/reports/pass1_summary.json"_s);
        auto firstSummary = Mwb::Rewrite::readPass1Summary(summaryPath);
        QVERIFY2(firstSummary.ok(), qPrintable(firstSummary.ok() ? QString() : firstSummary.error().toString()));
        QCOMPARE(firstSummary->notebooks.size(), 5);
        qsizetype changes = 0;
        for (const auto &nb : std::as_const(firstSummary->notebooks)) {
            QVERIFY(nb.hasReport);
            QCOMPARE(nb.status, u"MIGRATED"_s);
            QVERIFY(QFileInfo::exists(nb.output));
            changes += nb.changes.size();
        }
        QVERIFY(changes > 0);
        const Run second = mwb(args);
        QCOMPARE(second.exitCode, 0);
        auto again = Mwb::Core::parseJson(second.out.toUtf8(), u"stdout"_s);
        QCOMPARE((*again)[0]["written"].get<int>(), 0);
        QCOMPARE((*again)[0]["skipped"].get<int>(), 5);
        // The summary of a run that skipped everything still describes the migrated files.
        auto secondSummary = Mwb::Rewrite::readPass1Summary(summaryPath);
        QVERIFY(secondSummary.ok());
        qsizetype carried = 0;
        for (const auto &nb : std::as_const(secondSummary->notebooks)) {
            QCOMPARE(nb.status, u"ALREADY_MIGRATED"_s);
            QVERIFY(nb.hasReport);
            carried += nb.changes.size();
        }
        QCOMPARE(carried, changes);
        const Run forced = mwb(QStringList(args) << u"--no-skip-migrated"_s);
        auto third = Mwb::Core::parseJson(forced.out.toUtf8(), u"stdout"_s);
        QCOMPARE((*third)[0]["written"].get<int>(), 5);

        // --events -: stdout is the event stream only, ending with run_finished.
        QStringList events = args;
        events.removeAll(u"--json"_s);
        events << u"--no-skip-migrated"_s << u"--events"_s << u"-"_s;
        const Run streamed = mwb(events);
        QCOMPARE(streamed.exitCode, 0);
        const QStringList lines = streamed.out.trimmed().split(u'\n');
        QVERIFY(lines.size() >= 3);
        for (const QString &line : lines) {
            QVERIFY2(Mwb::Core::parseJson(line.toUtf8(), u"event"_s).ok(), qPrintable(line));
        }
        QVERIFY(lines.first().contains(u"\"event\":\"run_started\""));
        QVERIFY(lines.last().contains(u"\"event\":\"run_finished\""));
        QVERIFY(lines.last().contains(u"\"result\":\"PASS\""));
        QVERIFY(streamed.err.contains(u"ml_churn_scoring: 5 notebook(s) written"));
    }

    void usageErrors()
    {
        QCOMPARE(mwb({ u"rewrite"_s }).exitCode, 2);
        QCOMPARE(mwb({ u"rewrite"_s, u"--manifest"_s, u"m.json"_s }).exitCode, 2);
        QCOMPARE(mwb({ u"rewrite"_s, u"a.py"_s, u"--output-base"_s, u"x"_s }).exitCode, 2);
        const Run help = mwb({ u"rewrite"_s, u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--catalog-manifest"));
        const Run missing = mwb({ u"rewrite"_s, u"/nonexistent/x.py"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"/nonexistent/x.py"));
    }
};

QTEST_GUILESS_MAIN(TestRewriteCli)
#include "tst_rewritecli.moc"
