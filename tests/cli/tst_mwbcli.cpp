// SPDX-License-Identifier: GPL-3.0-or-later
// mwb as users run it: exit codes, messages, and the golden manifests of the example workspace.
#include <QDir>
#include <QFile>
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
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString source(const QString &relative)
{
    return QStringLiteral(MWB_SOURCE_DIR) + u'/' + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class TestMwbCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = mwb({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"build-dag"_s));
        QVERIFY(help.out.contains(u"convert"_s));
        const Run version = mwb({ u"--version"_s });
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(u"mwb 0."_s), qPrintable(version.out));
        const Run subHelp = mwb({ u"build-dag"_s, u"--help"_s });
        QCOMPARE(subHelp.exitCode, 0);
        QVERIFY(subHelp.out.contains(u"--jobs-json"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
        QTest::newRow("build-dag without options") << QStringList { u"build-dag"_s };
        QTest::newRow("build-dag unknown option") << QStringList { u"build-dag"_s, u"--nope"_s };
        QTest::newRow("convert one argument") << QStringList { u"convert"_s, u"a.ipynb"_s };
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(mwb(arguments).exitCode, 2);
    }

    // The example workspace gives the manifests checked in under tests/fixtures/manifests.
    void buildDagGolden_data()
    {
        QTest::addColumn<QString>("jobsJson");
        QTest::addColumn<QStringList>("manifests");
        QTest::newRow("single job (jobs/get shape)")
            << u"examples/jobs/retail_daily_etl.json"_s << QStringList { u"retail_daily_etl_manifest.json"_s };
        QTest::newRow("jobs export with two jobs")
            << u"examples/jobs/jobs_export.json"_s
            << QStringList { u"customer_360_manifest.json"_s, u"ml_churn_scoring_manifest.json"_s };
    }
    void buildDagGolden()
    {
        QFETCH(QString, jobsJson);
        QFETCH(QStringList, manifests);
        // Made at <repo>/<folder>/reports so that the relative "workspace" path matches the fixtures.
        QTemporaryDir project(source(u"build-test-XXXXXX"_s));
        QVERIFY(project.isValid());
        const Run run = mwb({ u"build-dag"_s, u"--jobs-json"_s, source(jobsJson), u"--workspace"_s,
                              source(u"examples/workspace"_s), u"-o"_s, project.filePath(u"reports"_s) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &name : manifests) {
            const QByteArray actual = readAll(project.filePath(u"reports/"_s + name));
            QVERIFY2(!actual.isEmpty(), qPrintable(name));
            const QByteArray expected = readAll(QStringLiteral(MWB_FIXTURES_DIR) + u"/manifests/"_s + name);
            QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
        }
        QVERIFY(run.out.contains(u"layer 1:"_s));
    }

    void buildDagErrorsWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("jobsJson");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("truncated JSON") << QByteArray("{\"name\": \"j\", \"tasks\": [\n  {\"task_key\": \"a\"")
                                        << u"jobs.json:2:"_s;
        QTest::newRow("cycle in depends_on")
            << QByteArray("{\"name\": \"j\", \"tasks\": [\n"
                          " {\"task_key\": \"a\", \"depends_on\": [{\"task_key\": \"b\"}], \"notebook_task\": "
                          "{\"notebook_path\": \"/Repos/retail/etl/ingest_orders\"}},\n"
                          " {\"task_key\": \"b\", \"depends_on\": [{\"task_key\": \"a\"}], \"notebook_task\": "
                          "{\"notebook_path\": \"/Repos/retail/etl/ingest_orders\"}}]}")
            << u"task dependency cycle: "_s;
        QTest::newRow("missing notebook")
            << QByteArray("{\"name\": \"j\", \"tasks\": [\n"
                          " {\"task_key\": \"a\", \"notebook_task\": {\"notebook_path\": \"/Repos/retail/etl/ingest_orders\"}},\n"
                          " {\"task_key\": \"b\", \"notebook_task\": {\"notebook_path\": \"/Repos/retail/etl/does_not_exist\"}}]}")
            << u"jobs.json:3:"_s;
    }
    void buildDagErrorsWriteNothing()
    {
        QFETCH(QByteArray, jobsJson);
        QFETCH(QString, expectedInError);
        QTemporaryDir dir;
        writeFile(dir.filePath(u"jobs.json"_s), jobsJson);
        const Run run = mwb({ u"build-dag"_s, u"--jobs-json"_s, dir.filePath(u"jobs.json"_s), u"--workspace"_s,
                              source(u"examples/workspace"_s), u"-o"_s, dir.filePath(u"reports"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expectedInError), qPrintable(run.err));
        QVERIFY(!QDir(dir.filePath(u"reports"_s)).exists());
    }

    void convertRoundTrip()
    {
        QTemporaryDir dir;
        const QString py = source(u"examples/workspace/retail/etl/ingest_orders.py"_s);
        const QString ipynb = dir.filePath(u"ingest_orders.ipynb"_s);
        const QString back = dir.filePath(u"ingest_orders.py"_s);
        QCOMPARE(mwb({ u"convert"_s, py, ipynb }).exitCode, 0);
        QCOMPARE(mwb({ u"convert"_s, ipynb, back }).exitCode, 0);
        QCOMPARE(QString::fromUtf8(readAll(back)), QString::fromUtf8(readAll(py)));
    }

    void convertExpandsArchive()
    {
        QTemporaryDir dir;
        const Run run = mwb({ u"convert"_s, source(u"examples/workspace/retail/shared.dbc"_s), dir.filePath(u"out"_s) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(dir.filePath(u"out/shared/common_config.ipynb"_s)));
    }

    void convertBadInput()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"broken.ipynb"_s), "{\"nbformat\": 4, \"cells\": [");
        const Run run = mwb({ u"convert"_s, dir.filePath(u"broken.ipynb"_s), dir.filePath(u"out.py"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"broken.ipynb:1:"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir.filePath(u"out.py"_s)));
    }
};

QTEST_GUILESS_MAIN(TestMwbCli)
#include "tst_mwbcli.moc"
