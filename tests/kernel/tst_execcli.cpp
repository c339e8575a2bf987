// SPDX-License-Identifier: GPL-3.0-or-later
// `mwb exec` as users run it: the local kernel, the event stream, exit codes, stopping.
#include "common/testservices.h"
#include "core/jsonio.h"
#include "processes.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString fixtures = QStringLiteral(MWB_FIXTURES_DIR "/kernel/");

QList<Mwb::Core::Json> eventLines(const QByteArray &stdoutBytes)
{
    QList<Mwb::Core::Json> events;
    for (const QByteArray &line : stdoutBytes.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            events << Mwb::Core::Json::parse(line.toStdString(), nullptr, false);
        }
    }
    return events;
}

QString field(const Mwb::Core::Json &event, const char *key)
{
    return Mwb::Core::stringValue(event, key);
}

} // namespace

class TestExecCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp; // TMPDIR of the mwb processes: the local server's folders land here

    void prepare(QProcess &mwb, const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TMPDIR"_s, m_tmp.path());
        for (const QString &key : extra.keys()) {
            environment.insert(key, extra.value(key));
        }
        mwb.setProcessEnvironment(environment);
        mwb.setProgram(QStringLiteral(MWB_EXECUTABLE));
    }

    // slow.py on a local kernel, returned once its first cell finished and the 60 s sleep runs.
    void startSlowRun(QProcess &mwb, QByteArray &out)
    {
        prepare(mwb);
        mwb.setArguments({u"exec"_s, fixtures + u"slow.py"_s, u"--local"_s, u"--events"_s, u"-"_s});
        mwb.start();
        QTRY_VERIFY_WITH_TIMEOUT((out += mwb.readAllStandardOutput()).contains("\"cell_finished\""), 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (!QFile::exists(u"/usr/bin/jupyter-server"_s)) {
            QSKIP("jupyter-server is not installed");
        }
    }

    void localRunWithEvents()
    {
        QProcess mwb;
        prepare(mwb);
        mwb.setArguments({u"exec"_s, fixtures + u"small.py"_s, u"--local"_s, u"--params"_s, u"env=prod"_s, u"--events"_s, u"-"_s});
        mwb.start();
        QVERIFY(mwb.waitForFinished(90000));
        const QString stderrText = QString::fromUtf8(mwb.readAllStandardError());
        QCOMPARE(mwb.exitCode(), 3); // PARTIAL
        const auto events = eventLines(mwb.readAllStandardOutput());
        QVERIFY(events.size() >= 8);
        for (const auto &event : events) {
            QVERIFY(event.is_object());
            QVERIFY(!field(event, "ts").isEmpty());
            QCOMPARE(field(event, "run_id"), field(events.first(), "run_id"));
        }
        QCOMPARE(field(events.first(), "event"), u"run_started"_s);
        QCOMPARE(events.first()["cells"].get<int>(), 6);
        QCOMPARE(field(events.last(), "event"), u"run_finished"_s);
        QCOMPARE(field(events.last(), "result"), u"PARTIAL"_s);
        QCOMPARE(field(events.last(), "exit_value"), u"finished prod"_s);
        QStringList statuses;
        for (const auto &event : events) {
            if (field(event, "event") == u"cell_finished") {
                statuses << field(event, "status");
                QCOMPARE(event["total"].get<int>(), 6);
                QCOMPARE(field(event, "task"), u"small"_s);
            }
        }
        QCOMPARE(statuses, (QStringList {u"OK"_s, u"OK"_s, u"FAILED"_s, u"FAILED"_s, u"OK"_s, u"SKIPPED"_s}));
        // Checks are recorded one by one; Spark logs are "not available" here, never "passed".
        const auto &third = *std::find_if(events.begin(), events.end(), [](const auto &e) {
            return field(e, "event") == u"cell_finished" && e["index"].template get<int>() == 3;
        });
        QCOMPARE(third["checks"]["execution"]["state"].get<std::string>(), std::string("failed"));
        QCOMPARE(third["checks"]["spark_logs"]["state"].get<std::string>(), std::string("not_available"));
        const auto &fourth = *std::find_if(events.begin(), events.end(), [](const auto &e) {
            return field(e, "event") == u"cell_finished" && e["index"].template get<int>() == 4;
        });
        QCOMPARE(fourth["checks"]["execution"]["state"].get<std::string>(), std::string("passed"));
        QCOMPARE(fourth["checks"]["error_patterns"]["state"].get<std::string>(), std::string("failed"));
        // Human lines go to stderr when stdout carries events.
        QVERIFY2(stderrText.contains(u"[small] Cell 3/6: FAILED"_s), qPrintable(stderrText));
        QVERIFY(stderrText.contains(u"ZeroDivisionError: division by zero"_s));
        QTRY_VERIFY_WITH_TIMEOUT(Mwb::Test::processesUnder(m_tmp.path()).isEmpty(), 10000);
    }

    void passingNotebookExitsZero()
    {
        QProcess mwb;
        prepare(mwb);
        mwb.setArguments({u"exec"_s, fixtures + u"passing.ipynb"_s, u"--local"_s});
        mwb.start();
        QVERIFY(mwb.waitForFinished(90000));
        const QString out = QString::fromUtf8(mwb.readAllStandardOutput());
        QVERIFY2(mwb.exitCode() == 0, qPrintable(out + QString::fromUtf8(mwb.readAllStandardError())));
        QVERIFY(out.contains(u"Cell 1/2: OK"_s));
        QVERIFY(out.contains(u"Cell 2/2: OK"_s)); // a warning that names an error is not an error
        QVERIFY(out.contains(u"RESULT: PASS"_s));
    }

    void sigtermEndsWithInterrupted()
    {
        QProcess mwb;
        QByteArray out;
        startSlowRun(mwb, out);
        QVERIFY(out.contains("\"cell_finished\""));
        QTest::qWait(300); // cell 2 (sleep 60) is running now
        QElapsedTimer clock;
        clock.start();
        ::kill(static_cast<pid_t>(mwb.processId()), SIGTERM);
        QVERIFY(mwb.waitForFinished(30000));
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(mwb.exitStatus(), QProcess::NormalExit);
        QCOMPARE(mwb.exitCode(), 130);
        out += mwb.readAllStandardOutput();
        const auto events = eventLines(out);
        QCOMPARE(field(events.last(), "event"), u"run_finished"_s);
        QCOMPARE(field(events.last(), "result"), u"INTERRUPTED"_s);
        QTRY_VERIFY_WITH_TIMEOUT(Mwb::Test::processesUnder(m_tmp.path()).isEmpty(), 10000);
    }

    void crashOfMwbTakesTheServerAlong()
    {
        QProcess mwb;
        QByteArray out;
        startSlowRun(mwb, out);
        QVERIFY(out.contains("\"cell_finished\""));
        QVERIFY(Mwb::Test::processesUnder(m_tmp.path()).size() >= 2); // jupyter-server and its kernel
        ::kill(static_cast<pid_t>(mwb.processId()), SIGKILL);
        QVERIFY(mwb.waitForFinished(10000));
        // PR_SET_PDEATHSIG stops the server, which shuts its kernel down.
        QTRY_VERIFY_WITH_TIMEOUT(Mwb::Test::processesUnder(m_tmp.path()).isEmpty(), 15000);
    }

    void jupyterTokenFromTheEnvironment()
    {
        MWB_REQUIRE_JUPYTER(svc);
        QProcessEnvironment good;
        good.insert(u"MWB_JUPYTER_TOKEN"_s, svc.password);
        QProcess mwb;
        prepare(mwb, good);
        mwb.setArguments({u"exec"_s, fixtures + u"passing.ipynb"_s, u"--jupyter"_s, svc.url, u"--protocol"_s, u"legacy"_s});
        mwb.start();
        QVERIFY(mwb.waitForFinished(60000));
        QVERIFY2(mwb.exitCode() == 0, qPrintable(QString::fromUtf8(mwb.readAllStandardError())));

        QProcessEnvironment bad;
        bad.insert(u"MWB_JUPYTER_TOKEN"_s, u"wrong-token-value"_s);
        bad.insert(u"JUPYTER_TOKEN"_s, QString());
        QProcess denied;
        prepare(denied, bad);
        denied.setArguments({u"exec"_s, fixtures + u"passing.ipynb"_s, u"--jupyter"_s, svc.url, u"--events"_s, u"-"_s});
        denied.start();
        QVERIFY(denied.waitForFinished(60000));
        QCOMPARE(denied.exitCode(), 1);
        const QString errors = QString::fromUtf8(denied.readAllStandardError());
        const QByteArray out = denied.readAllStandardOutput();
        QVERIFY2(errors.contains(u"403"_s), qPrintable(errors));
        QVERIFY(!errors.contains(u"wrong-token-value"_s));
        QVERIFY(!out.contains("wrong-token-value"));
        QCOMPARE(field(eventLines(out).last(), "result"), u"FAIL"_s);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no target") << QStringList {u"exec"_s, fixtures + u"passing.ipynb"_s};
        QTest::newRow("two targets") << QStringList {u"exec"_s, fixtures + u"passing.ipynb"_s, u"--local"_s, u"--jupyter"_s,
                                                     u"http://127.0.0.1:1"_s};
        QTest::newRow("no notebook") << QStringList {u"exec"_s, u"--local"_s};
        QTest::newRow("bad params") << QStringList {u"exec"_s, fixtures + u"passing.ipynb"_s, u"--local"_s, u"--params"_s, u"novalue"_s};
        QTest::newRow("token in URL") << QStringList {u"exec"_s, fixtures + u"passing.ipynb"_s, u"--jupyter"_s,
                                                      u"http://127.0.0.1:1/?token=abc"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QProcess mwb;
        prepare(mwb);
        mwb.setArguments(arguments);
        mwb.start();
        QVERIFY(mwb.waitForFinished(30000));
        QVERIFY2(mwb.exitCode() == 2 || mwb.exitCode() == 1, qPrintable(QString::number(mwb.exitCode())));
        if (qstrcmp(QTest::currentDataTag(), "token in URL") != 0) {
            QCOMPARE(mwb.exitCode(), 2);
        }
        QVERIFY(!mwb.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExecCli)
#include "tst_execcli.moc"
