// SPDX-License-Identifier: GPL-3.0-or-later
// RunProcess against real mwb processes (data copies between SQLite files) and, for the line parser,
// a shell script standing in for mwb that writes torn and non-JSON lines.
#include "jobs/mwbexecutable.h"
#include "jobs/runprocess.h"
#include "widgets/jobstestsupport.h"

#include <memory>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;

class TestRunProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_bigSource;
    QString m_smallSource;
    int m_count = 0;

    // A fresh project folder and target path.
    std::pair<QString, QString> project()
    {
        const QString dir = m_tmp.filePath(u"project%1"_s.arg(++m_count));
        QDir().mkpath(dir);
        return { dir, m_tmp.filePath(u"target%1.db"_s.arg(m_count)) };
    }

    QString script(const QString &name, const QByteArray &body)
    {
        const QString path = m_tmp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write("#!/bin/sh\n" + body);
        file.close();
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        qputenv("MWB_EXECUTABLE", MWB_EXECUTABLE);
        qputenv("LC_ALL", "C.UTF-8");
        m_bigSource = m_tmp.filePath(u"big.db"_s);
        m_smallSource = m_tmp.filePath(u"small.db"_s);
        QVERIFY(Mwb::Test::makeSourceDatabase(m_bigSource, 200000));
        QVERIFY(Mwb::Test::makeSourceDatabase(m_smallSource, 500));
    }

    void executableComesFromTheEnvironment()
    {
        QCOMPARE(mwbExecutable(), QStringLiteral(MWB_EXECUTABLE));
        qunsetenv("MWB_EXECUTABLE");
        const QString found = mwbExecutable();
        qputenv("MWB_EXECUTABLE", MWB_EXECUTABLE);
        // The test binary is not next to mwb, so it comes from PATH or is the bare name.
        QVERIFY2(found == u"mwb"_s || found.endsWith(u"/mwb"_s), qPrintable(found));
    }

    void eventsArriveAndTheResultIsRead()
    {
        const auto [dir, target] = project();
        RunProcess run;
        QSignalSpy events(&run, &RunProcess::eventReceived);
        QSignalSpy runId(&run, &RunProcess::runIdKnown);
        QSignalSpy finished(&run, &RunProcess::finished);
        QVERIFY(run.start(Mwb::Test::dataStartArguments(m_smallSource, target), dir));
        QVERIFY(run.isRunning());
        QVERIFY(run.pid() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QCOMPARE(finished.at(0).at(1).toString(), u"PASS"_s);
        QVERIFY(!run.isRunning());
        QCOMPARE(runId.size(), 1);
        const QString jobId = runId.at(0).at(0).toString();
        QVERIFY(jobId.startsWith(u"dj-"_s));
        QStringList names;
        for (const auto &args : std::as_const(events)) {
            names << args.at(0).toJsonObject().value(u"event"_s).toString();
        }
        QCOMPARE(names.first(), u"run_started"_s);
        QCOMPARE(names.last(), u"run_finished"_s);
        QCOMPARE(names.count(u"table_finished"_s), 3);
        QVERIFY(names.contains(u"table_progress"_s));
        QCOMPARE(Mwb::Test::countTable(target, u"orders"_s).rows, 500);
        const auto row = Mwb::Test::historyRow(dir, jobId);
        QCOMPARE(row.status, u"completed"_s);
        QCOMPARE(row.kind, u"data"_s);
    }

    void tornAndForeignLinesAreHandled()
    {
        // Events split across writes, a non-JSON stdout line, stderr lines, a missing final newline and
        // no run_finished: exit 3 means PARTIAL.
        const QString fake = script(u"fake-mwb.sh"_s,
            "printf '{\"ts\":\"t\",\"run_id\":\"r-1\",\"event\":\"lo'\n"
            "sleep 0.3\n"
            "printf 'g\",\"level\":\"warning\",\"message\":\"half\"}\\nnot json at all\\n'\n"
            "echo 'mwb: error: something broke' >&2\n"
            "echo 'plain progress line' >&2\n"
            "printf '{\"ts\":\"t\",\"run_id\":\"r-1\",\"event\":\"task_started\",\"task\":\"x\"}'\n"
            "exit 3\n");
        qputenv("MWB_EXECUTABLE", fake.toLocal8Bit());
        RunProcess run;
        QSignalSpy events(&run, &RunProcess::eventReceived);
        QSignalSpy logs(&run, &RunProcess::logLine);
        QSignalSpy finished(&run, &RunProcess::finished);
        QVERIFY(run.start({ u"--events"_s, u"-"_s }, m_tmp.path()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        qputenv("MWB_EXECUTABLE", MWB_EXECUTABLE);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).at(0).toJsonObject().value(u"message"_s).toString(), u"half"_s);
        QCOMPARE(events.at(1).at(0).toJsonObject().value(u"event"_s).toString(), u"task_started"_s);
        QCOMPARE(run.runId(), u"r-1"_s);
        QStringList lines;
        for (const auto &args : std::as_const(logs)) {
            lines << args.at(0).toString() + u": "_s + args.at(1).toString();
        }
        QVERIFY2(lines.contains(u"info: not json at all"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"error: mwb: error: something broke"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"info: plain progress line"_s), qPrintable(lines.join(u'\n')));
        QCOMPARE(finished.at(0).at(0).toInt(), 3);
        QCOMPARE(finished.at(0).at(1).toString(), u"PARTIAL"_s);
    }

    void aCrashWithoutRunFinishedIsAFailure()
    {
        const QString fake
            = script(u"crashing-mwb.sh"_s, "echo '{\"event\":\"run_started\",\"run_id\":\"r-2\"}'\nkill -9 $$\n");
        qputenv("MWB_EXECUTABLE", fake.toLocal8Bit());
        RunProcess run;
        QSignalSpy finished(&run, &RunProcess::finished);
        QVERIFY(run.start({ u"--events"_s, u"-"_s }, m_tmp.path()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        qputenv("MWB_EXECUTABLE", "/nonexistent/mwb");
        RunProcess missing;
        QSignalSpy missingFinished(&missing, &RunProcess::finished);
        QSignalSpy missingLog(&missing, &RunProcess::logLine);
        QVERIFY(!missing.start({ u"--events"_s, u"-"_s }, m_tmp.path()));
        qputenv("MWB_EXECUTABLE", MWB_EXECUTABLE);
        QCOMPARE(finished.at(0).at(0).toInt(), -1);
        QCOMPARE(finished.at(0).at(1).toString(), u"FAIL"_s);
        QCOMPARE(missingFinished.size(), 1);
        QCOMPARE(missingFinished.at(0).at(1).toString(), u"FAIL"_s);
        QVERIFY(missingLog.at(0).at(1).toString().contains(u"MWB_EXECUTABLE"_s));
    }

    void stopIsGracefulAndInterrupts()
    {
        const auto [dir, target] = project();
        RunProcess run;
        QSignalSpy events(&run, &RunProcess::eventReceived);
        QSignalSpy finished(&run, &RunProcess::finished);
        QVERIFY(run.start(Mwb::Test::dataStartArguments(m_bigSource, target), dir));
        auto ordersProgressed = [&] {
            for (const auto &args : std::as_const(events)) {
                const QJsonObject e = args.at(0).toJsonObject();
                if (e.value(u"event"_s) == u"table_progress"_s && e.value(u"table"_s) == u"orders"_s) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ordersProgressed(), 60000);
        run.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toInt(), 130);
        QCOMPARE(finished.at(0).at(1).toString(), u"INTERRUPTED"_s);
        QCOMPARE(events.last().at(0).toJsonObject().value(u"event"_s).toString(), u"run_finished"_s);
        QCOMPARE(Mwb::Test::historyRow(dir, run.runId()).status, u"interrupted"_s);
        const qint64 copied = Mwb::Test::countTable(target, u"orders"_s).rows;
        QVERIFY2(copied > 0 && copied < 200000, qPrintable(QString::number(copied)));
    }

    void theRunOutlivesItsRunProcess()
    {
        const auto [dir, target] = project();
        auto run = std::make_unique<RunProcess>();
        QSignalSpy events(run.get(), &RunProcess::eventReceived);
        QVERIFY(run->start(Mwb::Test::dataStartArguments(m_bigSource, target), dir));
        const qint64 pid = run->pid();
        // Its own session: a terminal's hang-up or Ctrl+C for the GUI does not reach it.
        QCOMPARE(qint64(::getsid(pid_t(pid))), pid);
        QTRY_VERIFY_WITH_TIMEOUT(!run->runId().isEmpty(), 30000);
        const QString jobId = run->runId();
        run.reset(); // the GUI closes its monitor without stopping the run
        QVERIFY(RunProcess::isRunAlive(pid));
        QTRY_COMPARE_WITH_TIMEOUT(Mwb::Test::historyRow(dir, jobId).status, u"completed"_s, 120000);
        const auto count = Mwb::Test::countTable(target, u"orders"_s);
        QCOMPARE(count.rows, 200000);
        QCOMPARE(count.distinctIds, 200000);
        QTRY_VERIFY_WITH_TIMEOUT(!RunProcess::isRunAlive(pid), 10000);
    }

    void aDetachedRunIsNotBlockedByItsOutput()
    {
        // After detach the orphaned QProcess must keep draining the pipes: a run that writes more than a
        // pipe buffer (64 KiB) of events and log lines must not block while the GUI still lives.
        const QString marker = m_tmp.filePath(u"drained"_s);
        const QString fake = script(u"chatty-mwb.sh"_s,
            "sleep 0.5\n"
            "i=0; while [ $i -lt 4000 ]; do\n"
            "  echo "
            "'{\"event\":\"log\",\"run_id\":\"r-3\",\"message\":"
            "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}'\n"
            "  echo 'a log line on stderr that is long enough to fill a pipe buffer quickly, eventually' >&2\n"
            "  i=$((i+1)); done\n"
            "touch '"
                + marker.toLocal8Bit() + "'\n");
        qputenv("MWB_EXECUTABLE", fake.toLocal8Bit());
        auto run = std::make_unique<RunProcess>();
        QVERIFY(run->start({ u"--events"_s, u"-"_s }, m_tmp.path()));
        qputenv("MWB_EXECUTABLE", MWB_EXECUTABLE);
        run->detach();
        QVERIFY(!run->isRunning()); // no longer watched...
        run.reset();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(marker), 30000); // ...but not stuck either
    }

    void theRunOutlivesAClosedEventPipe()
    {
        // What happens when the GUI process itself goes away: the reading end of the event pipe closes.
        // `head -n 1` plays the GUI; mwb must neither die of SIGPIPE nor stop copying.
        const auto [dir, target] = project();
        const QString rcFile = m_tmp.filePath(u"rc%1"_s.arg(m_count));
        QProcess shell;
        shell.setWorkingDirectory(dir);
        QStringList quoted;
        for (const QString &arg : Mwb::Test::dataStartArguments(m_bigSource, target)) {
            quoted << u"'"_s + arg + u"'"_s;
        }
        shell.start(u"/bin/sh"_s,
            { u"-c"_s,
                u"( '%1' %2 2>/dev/null; echo $? > '%3' ) | head -n 1"_s.arg(
                    QStringLiteral(MWB_EXECUTABLE), quoted.join(u' '), rcFile) });
        QVERIFY(shell.waitForFinished(180000));
        QFile rc(rcFile);
        QTRY_VERIFY_WITH_TIMEOUT(rc.exists() && rc.size() > 0, 120000);
        QVERIFY(rc.open(QIODevice::ReadOnly));
        QCOMPARE(rc.readAll().trimmed(), QByteArray("0"));
        QCOMPARE(Mwb::Test::countTable(target, u"orders"_s).rows, 200000);
    }
};

QTEST_MAIN(TestRunProcess)
#include "tst_runprocess.moc"
