// SPDX-License-Identifier: GPL-3.0-or-later
// The operations desk in the main window, end to end (issue 9 "Done when"): the launch dialogs build a
// real mwb run, the monitor watches its events arrive, Stop interrupts it, Resume finishes it without
// duplicates or gaps, the history view finds it, and a window closed with a run going re-attaches to it.
#include "history/historyview.h"
#include "history/historymodel.h"
#include "jobs/datajobmonitor.h"
#include "jobs/jobmonitor.h"
#include "jobs/runprocess.h"
#include "jobs/tableprogressmodel.h"
#include "jobs/taskprogressmodel.h"
#include "launch/datamigrationdialog.h"
#include "launch/migratejobdialog.h"
#include "launch/validatedialog.h"
#include "mainwindow.h"
#include "operationsdesk.h"
#include "report/reportpreview.h"
#include "widgets/jobstestsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

constexpr int sourceRows = 300000;

// Every order copied once: as many rows as the source, ids 1..n without duplicates or gaps.
bool ordersComplete(const QString &file)
{
    const Mwb::Test::TableCount count = Mwb::Test::countTable(file, u"orders"_s);
    return count.rows == sourceRows && count.distinctIds == sourceRows && count.minId == 1 && count.maxId == sourceRows;
}

} // namespace

class TestOperationsDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_source;

    QString sqliteUrl(const QString &file) const { return u"sqlite://"_s + file; }

    // A fresh window on the project, its desk answering questions without modal dialogs.
    std::unique_ptr<Gui::MainWindow> openWindow()
    {
        auto window = std::make_unique<Gui::MainWindow>();
        window->desk()->setSecretPrompt([](const QString &) { return QString(); });
        window->desk()->setCloseQuestion([](const QString &) { return true; });
        window->openProject(m_project);
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("MWB_EXECUTABLE", MWB_EXECUTABLE);
        qunsetenv("ANTHROPIC_API_KEY");
        // No keychain for these tests: the desk's secrets live in session memory only.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"project"_s);
        QVERIFY(QDir().mkpath(m_project + u"/reports"_s));
        m_source = m_dir.filePath(u"shop.db"_s);
        QVERIFY(Mwb::Test::makeSourceDatabase(m_source, sourceRows));
        // The example job's manifest, as `mwb build-dag` writes it into the project.
        QProcess dag;
        dag.setWorkingDirectory(m_project);
        dag.start(QStringLiteral(MWB_EXECUTABLE),
            { u"build-dag"_s, u"--jobs-json"_s, QStringLiteral(MWB_SOURCE_DIR "/examples/jobs/jobs_export.json"),
              u"--workspace"_s, QStringLiteral(MWB_SOURCE_DIR "/examples/workspace"), u"-o"_s, u"reports"_s });
        QVERIFY(dag.waitForFinished(60000));
        QCOMPARE(dag.exitCode(), 0);
    }

    void actionsNeedAProject()
    {
        Gui::MainWindow window;
        auto *migrate = window.findChild<QAction *>(u"migrateJobAction"_s);
        QVERIFY(migrate != nullptr);
        QVERIFY(!migrate->isEnabled());
        QVERIFY(window.findChild<QAction *>(u"settingsAction"_s)->isEnabled());
        QVERIFY(window.openProject(m_project));
        for (const QString &name : { u"migrateJobAction"_s, u"dataMigrationAction"_s, u"validateAction"_s,
                                     u"schemaCopyAction"_s, u"historyAction"_s, u"stopRunAction"_s }) {
            QVERIFY2(window.findChild<QAction *>(name)->isEnabled(), qPrintable(name));
        }
    }

    // Data dialog -> real `mwb data start` -> progress in the monitor -> Stop -> Resume -> history.
    void dataCopyStopResumeHistory()
    {
        auto window = openWindow();
        const QString target = m_dir.filePath(u"copy.db"_s);
        Widgets::DataMigrationDialog dialog(m_project);
        dialog.setSource(sqliteUrl(m_source));
        dialog.setTarget(sqliteUrl(target));
        dialog.findChild<QSpinBox *>(u"batchSize"_s)->setValue(1000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.problem().isEmpty(), 10000);
        QVERIFY(!dialog.commandLine().isEmpty());

        Widgets::DataJobMonitor *monitor = window->desk()->startDataJob(dialog.arguments());
        QVERIFY(monitor != nullptr);
        QCOMPARE(window->documentTabs()->currentWidget(), monitor);
        // Progress events arrive while the copy runs.
        QTRY_VERIFY_WITH_TIMEOUT(monitor->tableModel()->rowsDone() > 0, 60000);
        QVERIFY(monitor->isRunning());
        const QString jobId = monitor->jobId();
        QVERIFY(!jobId.isEmpty());

        // Stop through the window's action, as a user would.
        window->findChild<QAction *>(u"stopRunAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(monitor->result(), u"INTERRUPTED"_s, 60000);
        const qint64 copiedAtStop = Mwb::Test::countTable(target, u"orders"_s).rows;
        QVERIFY2(copiedAtStop < sourceRows, "the copy finished before Stop reached it; make the source larger");
        QVERIFY(monitor->canResume());

        QVERIFY(monitor->resume());
        QTRY_COMPARE_WITH_TIMEOUT(monitor->result(), u"PASS"_s, 120000);
        QVERIFY(ordersComplete(target));
        QCOMPARE(Mwb::Test::countTable(target, u"customers"_s).rows, qint64(100));

        Widgets::HistoryView *history = window->desk()->openHistory();
        QTRY_VERIFY_WITH_TIMEOUT(history->selectRun(jobId), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(history->detail()->hasReport(), 15000);
        QVERIFY(history->detail()->renderedText().contains(u"orders"_s));
    }

    void validationRun()
    {
        auto window = openWindow();
        const QString target = m_dir.filePath(u"copy.db"_s); // complete after the test above
        Widgets::ValidateDialog dialog(m_project);
        dialog.setSource(sqliteUrl(m_source));
        dialog.setTarget(sqliteUrl(target));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.problem().isEmpty(), 10000);
        Widgets::DataJobMonitor *monitor = window->desk()->startDataJob(dialog.arguments());
        QVERIFY(monitor != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->result().isEmpty(), 120000);
        QCOMPARE(monitor->result(), u"PASS"_s);
    }

    // Closing the window while a run goes on: asked, the run continues, the next window re-attaches and
    // sees it finish.
    void closeLeavesTheRunAndReattaches()
    {
        const QString target = m_dir.filePath(u"copy2.db"_s);
        QString jobId;
        qint64 pid = 0;
        {
            auto window = openWindow();
            int asked = 0;
            window->desk()->setCloseQuestion([&asked](const QString &) {
                ++asked;
                return true;
            });
            Widgets::DataMigrationDialog dialog(m_project);
            dialog.setSource(sqliteUrl(m_source));
            dialog.setTarget(sqliteUrl(target));
            dialog.findChild<QSpinBox *>(u"batchSize"_s)->setValue(500);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.problem().isEmpty(), 10000);
            Widgets::DataJobMonitor *monitor = window->desk()->startDataJob(dialog.arguments());
            QVERIFY(monitor != nullptr);
            QTRY_VERIFY_WITH_TIMEOUT(monitor->tableModel()->rowsDone() > 0, 60000);
            jobId = monitor->jobId();
            pid = monitor->process()->pid();
            QVERIFY(window->close());
            QCOMPARE(asked, 1);
        }
        QVERIFY(Widgets::RunProcess::isRunAlive(pid));

        auto window = openWindow();
        Widgets::DataJobMonitor *monitor = nullptr;
        for (int i = 0; i < window->documentTabs()->count(); ++i) {
            auto *each = qobject_cast<Widgets::DataJobMonitor *>(window->documentTabs()->widget(i));
            if (each != nullptr && each->jobId() == jobId) {
                monitor = each;
            }
        }
        QVERIFY2(monitor != nullptr, "the new window did not re-attach to the running copy");
        QTRY_COMPARE_WITH_TIMEOUT(monitor->result(), u"PASS"_s, 180000);
        QVERIFY(ordersComplete(target));
    }

    // Migrate-job dialog -> real `mwb migrate-job --local` -> task and cell progress -> result -> history.
    void migrateJobOnTheLocalKernel()
    {
        auto window = openWindow();
        Widgets::MigrateJobDialog dialog(m_project);
        // No Anthropic key anywhere (initTestCase removed it, no keychain here): the LLM starts unticked,
        // so the run does not fail its LLM preflight.
        window->desk()->prepare(dialog);
        QVERIFY(!window->desk()->hasLlmKey());
        QVERIFY(!dialog.isLlmEnabled());
        qputenv("ANTHROPIC_API_KEY", "sk-test-not-a-real-key");
        QVERIFY(window->desk()->hasLlmKey());
        window->desk()->prepare(dialog);
        QVERIFY(dialog.isLlmEnabled());
        qunsetenv("ANTHROPIC_API_KEY");
        dialog.setManifestPath(m_project + u"/reports/ml_churn_scoring_manifest.json"_s);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.arguments().contains(u"--local"_s));
        // What the example needs, as the README's demo passes it: the catalog and bucket mappings and the mount.
        dialog.findChild<QLineEdit *>(u"catalogManifest"_s)
            ->setText(QStringLiteral(MWB_SOURCE_DIR "/examples/config/catalog_manifest.json"));
        dialog.findChild<QLineEdit *>(u"bucketMapping"_s)
            ->setText(QStringLiteral(MWB_SOURCE_DIR "/examples/config/bucket_mapping.json"));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"raw"_s)));
        dialog.findChild<QPlainTextEdit *>(u"mounts"_s)->setPlainText(u"/mnt/raw="_s + m_dir.filePath(u"raw"_s));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        // No LLM in tests (no key): the dialog's switch, as a user would turn it off.
        dialog.findChild<QCheckBox *>(u"useLlm"_s)->setChecked(false);
        QVERIFY(dialog.commandLine().contains(u"--llm none"_s));
        Widgets::JobMonitor *monitor = window->desk()->startMigrateJob(dialog.arguments());
        QVERIFY(monitor != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(monitor->taskModel()->cellsDone() > 0 || !monitor->result().isEmpty(), 120000);
        QVERIFY2(monitor->result().isEmpty() || monitor->taskModel()->cellsDone() > 0, qPrintable(monitor->result()));
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->result().isEmpty(), 300000);
        QVERIFY2(monitor->result() == u"PASS"_s || monitor->result() == u"PARTIAL"_s, qPrintable(monitor->result()));
        QVERIFY(monitor->taskModel()->cellsDone() >= 10);

        Widgets::HistoryView *history = window->desk()->openHistory();
        QTRY_VERIFY_WITH_TIMEOUT(history->selectRun(monitor->runId()), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(history->detail()->hasReport(), 15000);
        QVERIFY(history->detail()->renderedText().contains(u"Job Report"_s));
    }
};

QTEST_MAIN(TestOperationsDesk)
#include "tst_operationsdesk.moc"
