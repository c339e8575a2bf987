// SPDX-License-Identifier: GPL-3.0-or-later
// The job monitor watching real `mwb migrate-job --local --llm none` runs of the fixture jobs
// (tests/fixtures/migrate) on the local Jupyter kernel, live and re-attached from history.
#include "jobs/cellgridview.h"
#include "jobs/jobmonitor.h"
#include "jobs/migrationlogtail.h"
#include "jobs/runlogmodel.h"
#include "jobs/runlogview.h"
#include "jobs/runprocess.h"
#include "jobs/taskprogressmodel.h"
#include "widgets/jobstestsupport.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;

namespace {

const QString fixtures = QStringLiteral(MWB_FIXTURES_DIR "/migrate/");

int rowOf(const TaskProgressModel &model, const QString &task)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.tasks().at(row).task == task) {
            return row;
        }
    }
    return -1;
}

QStringList cellStatuses(const TaskProgressModel &model, const QString &task)
{
    QStringList statuses;
    const int row = rowOf(model, task);
    if (row >= 0) {
        for (const CellProgress &cell : model.tasks().at(row).cells) {
            statuses << cell.status;
        }
    }
    return statuses;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(QDir(dir).filePath(name));
    }
}

} // namespace

class TestJobMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_projects = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(u"TMPDIR"_s, m_tmp.path());
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"disabled:"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"ANTHROPIC_API_KEY"_s, QString()); // --llm none anyway
        return env;
    }

    // A project folder with the manifest of one fixture job (mwb build-dag).
    QString project(const QString &jobsFile)
    {
        const QString dir = m_tmp.filePath(u"p%1"_s.arg(++m_projects));
        QDir().mkpath(dir);
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral(MWB_EXECUTABLE),
            { u"build-dag"_s, u"--jobs-json"_s, fixtures + u"jobs/"_s + jobsFile, u"--workspace"_s,
                fixtures + u"workspace"_s, u"-o"_s, dir + u"/reports"_s });
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << p.readAllStandardError();
        }
        return dir;
    }

    static QStringList migrateArguments(const QString &job)
    {
        return { u"migrate-job"_s, u"--manifest"_s, u"reports/%1_manifest.json"_s.arg(job), u"--local"_s,
            u"--output-base"_s, u"out"_s, u"--llm"_s, u"none"_s, u"--events"_s, u"-"_s };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        qputenv("MWB_EXECUTABLE", MWB_EXECUTABLE);
    }

    void followsARunToItsResult()
    {
        const QString dir = project(u"broken_job.json"_s);
        JobMonitor monitor;
        monitor.resize(1100, 800);
        QAbstractItemModelTester taskTester(
            monitor.taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester logTester(monitor.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *run = new RunProcess(&monitor);
        monitor.attach(run);
        // The manifest plans both tasks before any runs: they are listed, waiting, with their cells.
        int plannedRows = -1;
        QStringList plannedStatuses;
        connect(run, &RunProcess::eventReceived, this, [&](const QJsonObject &event) {
            if (event.value(u"event"_s) == u"run_started"_s) {
                plannedRows = monitor.taskModel()->rowCount();
                for (const TaskProgress &t : monitor.taskModel()->tasks()) {
                    plannedStatuses << t.status;
                }
            }
        });
        QSignalSpy finished(&monitor, &JobMonitor::finished);
        QVERIFY(run->start(migrateArguments(u"broken_job"_s), dir, environment()));
        QVERIFY(monitor.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 180000);
        QCOMPARE(plannedRows, 2);
        QCOMPARE(plannedStatuses, (QStringList { u"waiting"_s, u"waiting"_s }));

        QCOMPARE(monitor.result(), u"PARTIAL"_s);
        QVERIFY(!monitor.isRunning());
        QVERIFY(!monitor.stopButton()->isEnabled());
        QVERIFY(QFileInfo::exists(monitor.reportPath()));
        TaskProgressModel &model = *monitor.taskModel();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cellStatuses(model, u"prepare"_s), (QStringList { u"OK"_s, u"OK"_s, u"OK"_s, u"OK"_s }));
        QCOMPARE(cellStatuses(model, u"compute"_s), (QStringList { u"OK"_s, u"FAILED"_s, u"FAILED"_s }));
        const int compute = rowOf(model, u"compute"_s);
        QCOMPARE(model.index(compute, TaskProgressModel::StatusColumn).data(TaskProgressModel::StatusRole).toString(),
            u"PARTIAL"_s);
        QCOMPARE(
            model.index(compute, TaskProgressModel::ProgressColumn).data(TaskProgressModel::ProgressRole).toInt(), 100);
        QCOMPARE(model.index(compute, TaskProgressModel::FailedColumn).data().toInt(), 2);
        QCOMPARE(model.cellsDone(), 7);
        QCOMPARE(model.cellsTotal(), 7);
        QCOMPARE(monitor.etaSeconds(), -1);
        QVERIFY(monitor.elapsedSeconds() >= 1);

        // The grid: one square per cell; the failed one says why.
        monitor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&monitor));
        const QRect square = monitor.cellGrid()->cellRect(compute, 1);
        QVERIFY(square.isValid());
        const QString tip = monitor.cellGrid()->toolTipAt(square.center());
        QVERIFY2(tip.contains(u"failed"_s) && tip.contains(u"NameError"_s), qPrintable(tip));
        QVERIFY(monitor.cellGrid()->toolTipAt(QPoint(-5, -5)).isEmpty());

        // The log: stderr lines carry their task, and the filters narrow them.
        RunLogModel &log = *monitor.logModel();
        QVERIFY(log.tasks().contains(u"compute"_s));
        const int all = log.rowCount();
        auto *view = monitor.findChild<RunLogView *>();
        QVERIFY(view);
        view->taskFilter()->setCurrentIndex(view->taskFilter()->findData(u"compute"_s));
        QVERIFY(log.rowCount() > 0 && log.rowCount() < all);
        for (int row = 0; row < log.rowCount(); ++row) {
            QCOMPARE(log.entry(row).task, u"compute"_s);
        }
        view->levelFilter()->setCurrentIndex(2); // errors only
        QVERIFY(log.rowCount() >= 2); // the two failed cells
        for (int row = 0; row < log.rowCount(); ++row) {
            QCOMPARE(log.entry(row).level, u"error"_s);
        }
        view->taskFilter()->setCurrentIndex(0);
        view->levelFilter()->setCurrentIndex(0);
        QCOMPARE(log.rowCount(), all);
        saveScreenshot(&monitor, u"job-monitor.png"_s);
        if (!qEnvironmentVariableIsEmpty("MWB_SCREENSHOT_DIR")) { // the colours on a dark palette, to look at
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
            dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
            monitor.setPalette(dark);
            saveScreenshot(&monitor, u"job-monitor-dark.png"_s);
        }
    }

    void reattachesToARunningJobAndSeesItFinish()
    {
        const QString dir = project(u"slow_job.json"_s);
        QString runId;
        qint64 pid = 0;
        {
            auto monitor = std::make_unique<JobMonitor>();
            auto *run = new RunProcess(monitor.get());
            monitor->attach(run);
            QVERIFY(run->start(migrateArguments(u"slow_job"_s), dir, environment()));
            pid = run->pid();
            // Once the first task is in history, the GUI goes away (monitor and process object).
            QTRY_COMPARE_WITH_TIMEOUT(monitor->taskModel()->tasks().value(0).status, u"PASS"_s, 120000);
            runId = monitor->runId();
        }
        QVERIFY(!runId.isEmpty());
        QVERIFY(RunProcess::isRunAlive(pid));

        JobMonitor monitor;
        QAbstractItemModelTester tester(monitor.taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&monitor, &JobMonitor::finished);
        monitor.attachToRun(dir, runId);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*monitor.taskModel(), u"first"_s) >= 0, 10000);
        if (finished.isEmpty()) { // still going: a live pid, so Stop is offered
            QVERIFY(monitor.isRunning());
            QVERIFY(monitor.stopButton()->isEnabled());
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(monitor.result(), u"PASS"_s);
        QCOMPARE(monitor.taskModel()->rowCount(), 3);
        for (const QString &task : { u"first"_s, u"second"_s, u"third"_s }) {
            QCOMPARE(cellStatuses(*monitor.taskModel(), task), (QStringList { u"OK"_s, u"OK"_s, u"OK"_s }));
        }
        QVERIFY(QFileInfo::exists(monitor.reportPath()));
        QVERIFY(!monitor.stopButton()->isEnabled());
        // While it ran, the monitor followed migration.log: the last task's cells are in its live log.
        bool sawThirdTaskCell = false;
        for (int row = 0; row < monitor.logModel()->rowCount(); ++row) {
            const RunLogEntry &entry = monitor.logModel()->entry(row);
            sawThirdTaskCell
                = sawThirdTaskCell || (entry.task == u"third"_s && entry.message.endsWith(u"Cell 3/3: OK"_s));
        }
        QVERIFY(sawThirdTaskCell);
    }

    void readsCellLinesOfTheMigrationLog_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isCell");
        QTest::addColumn<QString>("task");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("detail");
        QTest::newRow("ok") << u"[12:34:56] [etl/ingest] Cell 5/27: OK"_s << true << u"ingest"_s << 5 << 27 << u"OK"_s
                            << 1 << QString();
        QTest::newRow("fixed") << u"[12:35:42] [etl/ingest] Cell 12/27: OK (fixed attempt 2)"_s << true << u"ingest"_s
                               << 12 << 27 << u"FIXED"_s << 2 << QString();
        QTest::newRow("failed") << u"[12:35:42] [etl/load] Cell 2/3: FAILED: error: NameError: x"_s << true << u"load"_s
                                << 2 << 3 << u"FAILED"_s << 1 << u"error: NameError: x"_s;
        QTest::newRow("skipped") << u"[12:35:42] [etl/load] Cell 3/3: SKIPPED (the notebook exited in cell 2)"_s << true
                                 << u"load"_s << 3 << 3 << u"SKIPPED"_s << 1 << u"the notebook exited in cell 2"_s;
        QTest::newRow("an attempt is not final")
            << u"[12:36:18] [etl/ingest] Cell 14/27: VERIFY FAIL (attempt 3/10): TABLE_OR_VIEW_NOT_FOUND"_s << false
            << QString() << 0 << 0 << QString() << 0 << QString();
        QTest::newRow("a child notebook's cell")
            << u"[12:39:01] [etl/ingest] [child:helpers/io_utils.ipynb] Cell 3/8: OK"_s << false << QString() << 0 << 0
            << QString() << 0 << QString();
        QTest::newRow("a result") << u"[12:48:30] [etl/ingest] RESULT: PASS"_s << false << QString() << 0 << 0
                                  << QString() << 0 << QString();
    }

    void readsCellLinesOfTheMigrationLog()
    {
        QFETCH(QString, line);
        QFETCH(bool, isCell);
        CellLogLine cell;
        QCOMPARE(MigrationLogTail::parseCellLine(line, &cell), isCell);
        if (isCell) {
            QCOMPARE(cell.job, u"etl"_s);
            QTEST(cell.task, "task");
            QTEST(cell.index, "index");
            QTEST(cell.total, "total");
            QTEST(cell.status, "status");
            QTEST(cell.attempts, "attempts");
            QTEST(cell.detail, "detail");
        }
    }

    void stopsAReattachedRun()
    {
        const QString dir = project(u"slow_job.json"_s);
        QString runId;
        {
            RunProcess run;
            QVERIFY(run.start(migrateArguments(u"slow_job"_s), dir, environment()));
            QTRY_VERIFY_WITH_TIMEOUT(!run.runId().isEmpty(), 60000);
            runId = run.runId();
        }
        JobMonitor monitor;
        QSignalSpy finished(&monitor, &JobMonitor::finished);
        monitor.attachToRun(dir, runId);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.stopButton()->isEnabled(), 20000);
        QTest::mouseClick(monitor.stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(monitor.result(), u"INTERRUPTED"_s);
        QCOMPARE(Mwb::Test::historyRow(dir, runId).status, u"interrupted"_s);
    }

    void anUnknownRunSaysSo()
    {
        const QString dir = m_tmp.filePath(u"empty"_s);
        QDir().mkpath(dir);
        JobMonitor monitor;
        monitor.attachToRun(dir, u"migrate-nothing"_s);
        auto *state = monitor.findChild<QLabel *>(u"state"_s);
        QVERIFY(state);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"history"_s), 5000);
        QVERIFY(!monitor.isRunning());
        QVERIFY(!monitor.stopButton()->isEnabled());
    }
};

QTEST_MAIN(TestJobMonitor)
#include "tst_jobmonitor.moc"
