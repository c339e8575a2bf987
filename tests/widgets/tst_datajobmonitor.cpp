// SPDX-License-Identifier: GPL-3.0-or-later
// The data-job monitor watching real `mwb data start/resume` copies between SQLite files: progress,
// Stop, Resume, isolated rows, re-attach from history and checkpoint, and a validation run.
#include "jobs/datajobmonitor.h"
#include "jobs/failedrowsmodel.h"
#include "jobs/failedrowsview.h"
#include "jobs/runlogmodel.h"
#include "jobs/runprocess.h"
#include "jobs/tableprogressmodel.h"
#include "widgets/jobstestsupport.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;

namespace {

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(QDir(dir).filePath(name));
    }
}

// A target with the source's tables, whose notes table refuses bodies of 7 characters or more:
// "note 10" is isolated, the other nine rows are copied.
bool makeStrictTarget(const QString &path)
{
    const QString connection = u"strict-"_s + path;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s)
            && q.exec(u"CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), "
                      "amount REAL, note TEXT)"_s)
            && q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT CHECK (length(body) < 7))"_s);
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

class TestDataJobMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_bigSource;
    QString m_smallSource;
    int m_count = 0;

    std::pair<QString, QString> project()
    {
        const QString dir = m_tmp.filePath(u"project%1"_s.arg(++m_count));
        QDir().mkpath(dir);
        return { dir, m_tmp.filePath(u"target%1.db"_s.arg(m_count)) };
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

    void stopsAndResumesACopy()
    {
        const auto [dir, target] = project();
        QVERIFY(makeStrictTarget(target));
        DataJobMonitor monitor;
        monitor.resize(1100, 700);
        QAbstractItemModelTester tester(monitor.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester failedTester(
            monitor.failedRows()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *run = new RunProcess(&monitor);
        monitor.attach(run);
        QSignalSpy finished(&monitor, &DataJobMonitor::finished);
        QVERIFY(run->start(Mwb::Test::dataStartArguments(m_bigSource, target), dir));
        TableProgressModel &tables = *monitor.tableModel();

        // Progress events arrive: orders is being copied, with its source count and a speed.
        auto orders = [&tables] { return tables.table(u"orders"_s); };
        QTRY_VERIFY_WITH_TIMEOUT(orders() && orders()->rowsMigrated >= 5000, 60000);
        QCOMPARE(orders()->totalRows, 200000);
        QCOMPARE(orders()->status, u"running"_s);
        QVERIFY(monitor.isRunning());
        QVERIFY(monitor.stopButton()->isEnabled());
        QVERIFY(!monitor.resumeButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(orders()->rowsPerSecond > 0, 10000);
        // The checkpoint lists every table, also those not started yet.
        QTRY_COMPARE_WITH_TIMEOUT(tables.rowCount(), 3, 10000);
        monitor.show();
        saveScreenshot(&monitor, u"data-job-monitor-running.png"_s);

        // Stop: graceful, after a committed batch.
        QTest::mouseClick(monitor.stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(monitor.result(), u"INTERRUPTED"_s);
        QCOMPARE(run->exitCode(), 130);
        const QString jobId = monitor.jobId();
        QVERIFY(jobId.startsWith(u"dj-"_s));
        QCOMPARE(Mwb::Test::historyRow(dir, jobId).status, u"interrupted"_s);
        const qint64 copiedBeforeResume = Mwb::Test::countTable(target, u"orders"_s).rows;
        QVERIFY(copiedBeforeResume < 200000);
        QVERIFY(monitor.resumeButton()->isEnabled());
        QVERIFY(!monitor.stopButton()->isEnabled());

        // Resume: the rest is copied once; no duplicates, no gaps.
        QTest::mouseClick(monitor.resumeButton(), Qt::LeftButton);
        QVERIFY(monitor.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QString log;
        for (int row = 0; row < monitor.logModel()->rowCount(); ++row) {
            log += monitor.logModel()->entry(row).message + u'\n';
        }
        QVERIFY2(monitor.result() == u"PARTIAL"_s, qPrintable(monitor.result() + u": "_s + log)); // one isolated note
        QCOMPARE(monitor.process()->exitCode(), 3);
        const auto count = Mwb::Test::countTable(target, u"orders"_s);
        QCOMPARE(count.rows, 200000);
        QCOMPARE(count.distinctIds, 200000);
        QCOMPARE(count.minId, 1);
        QCOMPARE(count.maxId, 200000);
        QCOMPARE(Mwb::Test::countTable(target, u"customers"_s).rows, 100);
        QCOMPARE(Mwb::Test::countTable(target, u"notes"_s).rows, 9);
        QCOMPARE(orders()->status, u"completed"_s);
        QCOMPARE(tables.table(u"notes"_s)->rowsFailed, 1);
        QCOMPARE(Mwb::Test::historyRow(dir, jobId).status, u"completed_with_errors"_s);
        QVERIFY(!monitor.resumeButton()->isEnabled());

        // The isolated row, in the viewer: its error and its values as columns.
        FailedRowsView &failed = *monitor.failedRows();
        QCOMPARE(failed.files(), QStringList { u"notes_failed.jsonl"_s });
        QTRY_COMPARE_WITH_TIMEOUT(failed.model()->rowCount(), 1, 10000);
        const QStringList columns = failed.model()->rows().columns;
        QCOMPARE(columns.first(), u"error"_s);
        QVERIFY(columns.contains(u"body"_s));
        QCOMPARE(failed.model()->index(0, int(columns.indexOf(u"body"_s))).data().toString(), u"note 10"_s);
        QVERIFY2(failed.model()->index(0, 0).data().toString().contains(u"CHECK"_s, Qt::CaseInsensitive),
            qPrintable(failed.model()->index(0, 0).data().toString()));
        saveScreenshot(&monitor, u"data-job-monitor-done.png"_s);
    }

    void reattachesToARunningCopy()
    {
        const auto [dir, target] = project();
        QString jobId;
        {
            RunProcess run;
            QVERIFY(run.start(Mwb::Test::dataStartArguments(m_bigSource, target), dir));
            QTRY_VERIFY_WITH_TIMEOUT(!run.runId().isEmpty(), 30000);
            jobId = run.runId();
        } // the GUI goes away; the copy goes on
        DataJobMonitor monitor;
        QAbstractItemModelTester tester(monitor.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&monitor, &DataJobMonitor::finished);
        monitor.attachToRun(dir, jobId);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.tableModel()->rowCount(), 3, 10000);
        if (finished.isEmpty()) {
            QVERIFY(monitor.isRunning());
            QVERIFY(monitor.stopButton()->isEnabled());
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(monitor.result(), u"PASS"_s);
        QCOMPARE(monitor.tableModel()->table(u"orders"_s)->rowsMigrated, 200000);
        QCOMPARE(monitor.tableModel()->rowsDone(), 200110);
        QVERIFY(!monitor.resumeButton()->isEnabled());
        QCOMPARE(Mwb::Test::countTable(target, u"orders"_s).rows, 200000);
    }

    void showsAValidationRun()
    {
        const auto [dir, target] = project();
        {
            RunProcess copy;
            QSignalSpy copied(&copy, &RunProcess::finished);
            QVERIFY(copy.start(Mwb::Test::dataStartArguments(m_smallSource, target), dir));
            QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 1, 60000);
        }
        // One order goes missing in the target: the validation must point at that table.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(target);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DELETE FROM orders WHERE id = 250"_s));
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        DataJobMonitor monitor;
        QAbstractItemModelTester tester(monitor.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *run = new RunProcess(&monitor);
        monitor.attach(run);
        QSignalSpy finished(&monitor, &DataJobMonitor::finished);
        QVERIFY(
            run->start({ u"validate"_s, u"--source"_s, u"sqlite://"_s + m_smallSource, u"--target"_s,
                           u"sqlite://"_s + target, u"--tables"_s, u"customers,orders,notes"_s, u"--events"_s, u"-"_s },
                dir));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(monitor.result(), u"FAIL"_s); // mwb validate exits 1 and writes no run_finished
        QCOMPARE(monitor.validationResult(), u"FAIL"_s);
        const TableProgressModel &tables = *monitor.tableModel();
        QCOMPARE(tables.rowCount(), 3);
        QCOMPARE(tables.table(u"customers"_s)->validation, u"passed"_s);
        QCOMPARE(tables.table(u"notes"_s)->validation, u"passed"_s);
        QCOMPARE(tables.table(u"orders"_s)->validation, u"differs"_s);
        QCOMPARE(tables.table(u"orders"_s)->totalRows, 500);
        QCOMPARE(tables.table(u"orders"_s)->rowsMigrated, 499);
        QVERIFY2(tables.table(u"orders"_s)->validationDetail.contains(u"1 missing"_s),
            qPrintable(tables.table(u"orders"_s)->validationDetail));
        QVERIFY(!monitor.canResume()); // a validation is not a data job
    }

    void largeFilesAreCapped()
    {
        const QString jobDir = m_tmp.filePath(u"fakejob"_s);
        QDir().mkpath(jobDir);
        QFile file(jobDir + u"/fk_violations.jsonl"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 1; i <= FailedRowsModel::defaultCap + 5; ++i) {
            file.write(
                QStringLiteral(
                    R"({"table":"orders","key":{"id":%1},"values":{"id":%1,"customer_id":999},"error":"no parent row"})")
                    .arg(i)
                    .toUtf8()
                + '\n');
        }
        file.write("this line is damaged\n");
        file.close();
        FailedRowsView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&view, &FailedRowsView::loaded);
        view.setJobDir(jobDir);
        QCOMPARE(view.files(), QStringList { u"fk_violations.jsonl"_s });
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(view.model()->rowCount(), FailedRowsModel::defaultCap);
        QCOMPARE(view.model()->rows().totalRows, FailedRowsModel::defaultCap + 6);
        QVERIFY2(view.note().contains(u"first"_s), qPrintable(view.note()));
        QCOMPARE(view.model()->rows().columns,
            (QStringList { u"error"_s, u"id"_s, u"customer_id"_s, u"table"_s, u"key"_s }));
        QCOMPARE(view.model()->index(0, 2).data().toString(), u"999"_s);
    }
};

QTEST_MAIN(TestDataJobMonitor)
#include "tst_datajobmonitor.moc"
