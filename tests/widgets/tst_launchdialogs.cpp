// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/commandpreview.h"
#include "launch/connectionpicker.h"
#include "launch/datamigrationdialog.h"
#include "launch/migratejobdialog.h"
#include "launch/shellquote.h"
#include "launch/tablechecklist.h"
#include "launch/validatedialog.h"
#include "workflow/manifest.h"

#include <functional>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;

using MigrateSetup = std::function<void(MigrateJobDialog &)>;
using DataSetup = std::function<void(DataMigrationDialog &)>;
using ValidateSetup = std::function<void(ValidateDialog &)>;
Q_DECLARE_METATYPE(MigrateSetup)
Q_DECLARE_METATYPE(DataSetup)
Q_DECLARE_METATYPE(ValidateSetup)

namespace {

template<typename T> T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found) {
        qFatal("no child %s", qPrintable(name));
    }
    return found;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
}

// A shop whose alphabetical order is not its FK order: a_items -> b_orders -> z_customers, a_items -> m_products.
void createShop(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"shop-setup"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        exec(db, u"CREATE TABLE z_customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s);
        exec(db,
            u"CREATE TABLE b_orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES z_customers(id), "
            "total NUMERIC)"_s);
        exec(db, u"CREATE TABLE m_products (id INTEGER PRIMARY KEY, title TEXT)"_s);
        exec(db,
            u"CREATE TABLE a_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES b_orders(id), "
            "product_id INTEGER REFERENCES m_products(id), qty INTEGER)"_s);
        for (int i = 1; i <= 3; ++i) {
            exec(db, u"INSERT INTO z_customers VALUES (%1, 'customer %1')"_s.arg(i));
        }
        for (int i = 1; i <= 4; ++i) {
            exec(db, u"INSERT INTO m_products VALUES (%1, 'product %1')"_s.arg(i));
        }
        for (int i = 1; i <= 5; ++i) {
            exec(db, u"INSERT INTO b_orders VALUES (%1, %2, %3.25)"_s.arg(i).arg(1 + i % 3).arg(i * 10));
        }
        for (int i = 1; i <= 8; ++i) {
            exec(db, u"INSERT INTO a_items VALUES (%1, %2, %3, %4)"_s.arg(i).arg(1 + i % 5).arg(1 + i % 4).arg(i));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"shop-setup"_s);
}

qint64 rowCount(const QString &path, const QString &table)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next()) {
                count = query.value(0).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return count;
}

// The words sh makes of a command line: what mwb would receive when the user pastes it.
QStringList shWords(const QString &commandLine)
{
    QProcess sh;
    sh.start(u"sh"_s, { u"-c"_s, u"printf '%s\\0' "_s + commandLine.mid(QStringLiteral("mwb ").size()) });
    sh.waitForFinished(10000);
    QStringList words = QString::fromUtf8(sh.readAllStandardOutput()).split(QChar(0));
    words.removeLast();
    return words;
}

// mwb parses every option before it looks at --help, so an option it does not know (a misspelt
// flag) fails with a usage error here, while known ones print the help and exit 0.
bool mwbAcceptsOptions(const QStringList &arguments, QString *output)
{
    QProcess mwb;
    mwb.start(QStringLiteral(MWB_EXECUTABLE), arguments + QStringList { u"--help"_s });
    if (!mwb.waitForFinished(30000)) {
        return false;
    }
    *output = QString::fromUtf8(mwb.readAllStandardOutput() + mwb.readAllStandardError());
    return mwb.exitStatus() == QProcess::NormalExit && mwb.exitCode() == 0;
}

const auto RetailManifest = u"reports/retail_daily_etl_manifest.json"_s;
const QStringList RetailTasks { u"ingest_orders"_s, u"ingest_customers"_s, u"clean_orders"_s, u"build_sales_mart"_s,
    u"audit_quality"_s, u"publish_report"_s, u"refresh_bi_extract"_s };

void setTaskChecked(MigrateJobDialog &dialog, const QString &key, bool checked)
{
    const QList<QStandardItem *> items = dialog.taskModel()->findItems(key, Qt::MatchExactly | Qt::MatchRecursive);
    if (items.size() != 1) {
        qFatal("task %s found %d times", qPrintable(key), int(items.size()));
    }
    items.first()->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace

class TestLaunchDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_shop;
    QString m_shopUrl;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"project"_s);
        const QDir fixtures(QStringLiteral(MWB_FIXTURES_DIR "/manifests"));
        QDir().mkpath(m_project + u"/reports"_s);
        for (const QString &name : fixtures.entryList({ u"*_manifest.json"_s }, QDir::Files)) {
            QVERIFY(QFile::copy(fixtures.filePath(name), m_project + u"/reports/"_s + name));
        }
        writeFile(m_project + u"/workbench.json"_s, "{\"output_base\": \"out/migrated\"}");
        writeFile(m_project + u"/catalog manifest.json"_s, "{\"catalogs\": [\"main\"]}");
        writeFile(m_project + u"/connections.json"_s,
            "{\"profiles\": {\"warehouse-pg\": {\"url\": \"postgresql://etl@127.0.0.1:5432/warehouse\"},"
            " \"shop-mysql\": {\"url\": \"mysql://app@127.0.0.1:3306/shop\"}}}");
        // A manifest with two jobs, outside reports/ (picked with Browse).
        auto retail = Mwb::Workflow::readManifestFile(m_project + u"/"_s + RetailManifest);
        auto customer = Mwb::Workflow::readManifestFile(m_project + u"/reports/customer_360_manifest.json"_s);
        QVERIFY(retail && customer);
        Mwb::Workflow::Manifest both;
        both.jobs << customer->jobs << retail->jobs;
        writeFile(m_project + u"/other/two_jobs_manifest.json"_s, Mwb::Workflow::writeManifest(both));
        m_shop = m_dir.filePath(u"shop.db"_s);
        createShop(m_shop);
        m_shopUrl = u"sqlite://"_s + m_shop;
    }

    // ---- migrate-job ----

    void migrateTaskTreeFromManifest()
    {
        MigrateJobDialog dialog(m_project);
        QAbstractItemModelTester tester(dialog.taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *manifests = child<QComboBox>(dialog, u"manifest"_s);
        QCOMPARE(manifests->count(), 3); // reports/*_manifest.json, by name
        QCOMPARE(manifests->currentText(), u"customer_360_manifest.json"_s);
        dialog.setManifestPath(RetailManifest);
        QCOMPARE(dialog.manifestPath(), QDir(m_project).filePath(RetailManifest));
        QStandardItemModel *tree = dialog.taskModel();
        QCOMPARE(tree->rowCount(), 1);
        QStandardItem *job = tree->item(0);
        QCOMPARE(job->text(), u"retail_daily_etl"_s);
        QCOMPARE(tree->item(0, 1)->text(), u"7 task(s), 5 layer(s)"_s);
        QStringList keys;
        for (int i = 0; i < job->rowCount(); ++i) {
            keys << job->child(i)->text();
            QCOMPARE(job->child(i)->checkState(), Qt::Checked);
        }
        QCOMPARE(keys, RetailTasks); // layer order, as the tasks run
        QCOMPARE(job->child(2, 1)->text(), u"layer 2, 13 code cell(s)"_s);
        // Unchecking a task leaves the job partly checked; unchecking the job unchecks its tasks.
        setTaskChecked(dialog, u"audit_quality"_s, false);
        QCOMPARE(job->checkState(), Qt::PartiallyChecked);
        setTaskChecked(dialog, u"audit_quality"_s, true);
        QCOMPARE(job->checkState(), Qt::Checked);
        job->setCheckState(Qt::Unchecked);
        QCOMPARE(job->child(0)->checkState(), Qt::Unchecked);
        QCOMPARE(job->child(6)->checkState(), Qt::Unchecked);
        QVERIFY(!child<QPushButton>(dialog, u"startButton"_s)->isEnabled());
        QCOMPARE(child<QLabel>(dialog, u"problemLabel"_s)->text(), u"Check at least one task to run."_s);
        // The start-task list follows the checked tasks' jobs.
        job->setCheckState(Qt::Checked);
        QCOMPARE(job->child(4)->checkState(), Qt::Checked);
        auto *start = child<QComboBox>(dialog, u"startTask"_s);
        QCOMPARE(start->count(), 1 + RetailTasks.size());
        QCOMPARE(start->itemData(3).toString(), u"clean_orders"_s);
    }

    void migrateArguments_data()
    {
        QTest::addColumn<MigrateSetup>("setup");
        QTest::addColumn<QStringList>("expected");
        const QStringList head { u"migrate-job"_s, u"--manifest"_s, RetailManifest };
        const QStringList tail { u"--events"_s, u"-"_s };
        const QStringList local { u"--local"_s, u"--output-base"_s, u"out/migrated"_s };
        const QStringList llm { u"--llm"_s, u"anthropic"_s };

        QTest::newRow("defaults: local kernel, output base from workbench.json")
            << MigrateSetup([](MigrateJobDialog &) {}) << head + local + llm + tail;
        QTest::newRow("Jupyter server, 8 in parallel, 3 fix attempts") << MigrateSetup([](MigrateJobDialog &d) {
            child<QComboBox>(d, u"kernelKind"_s)->setCurrentIndex(1);
            child<QLineEdit>(d, u"jupyterUrl"_s)->setText(u"http://10.0.0.5:8888/lab"_s);
            child<QSpinBox>(d, u"parallel"_s)->setValue(8);
            child<QSpinBox>(d, u"maxFixAttempts"_s)->setValue(3);
        })
                                                                       << head
                + QStringList { u"--jupyter"_s, u"http://10.0.0.5:8888/lab"_s, u"--output-base"_s, u"out/migrated"_s,
                      u"--parallel"_s, u"8"_s, u"--llm"_s, u"anthropic"_s, u"--max-fix-attempts"_s, u"3"_s }
                + tail;
        QTest::newRow("unchecked tasks become --only-tasks, start task") << MigrateSetup([](MigrateJobDialog &d) {
            setTaskChecked(d, u"audit_quality"_s, false);
            setTaskChecked(d, u"refresh_bi_extract"_s, false);
            auto *start = child<QComboBox>(d, u"startTask"_s);
            start->setCurrentIndex(start->findData(u"clean_orders"_s));
        })
                                                                         << head
                + QStringList { u"--only-tasks"_s,
                      u"ingest_orders,ingest_customers,clean_orders,build_sales_mart,publish_report"_s,
                      u"--start-task"_s, u"clean_orders"_s }
                + local + llm + tail;
        QTest::newRow("an unchecked job becomes --jobs")
            << MigrateSetup([this](MigrateJobDialog &d) {
                   d.setManifestPath(m_project + u"/other/two_jobs_manifest.json"_s);
                   d.taskModel()->item(0)->setCheckState(Qt::Unchecked); // customer_360
                   setTaskChecked(d, u"publish_report"_s, false);
               })
            << QStringList { u"migrate-job"_s, u"--manifest"_s, u"other/two_jobs_manifest.json"_s, u"--jobs"_s,
                   u"retail_daily_etl"_s, u"--only-tasks"_s,
                   u"ingest_orders,ingest_customers,clean_orders,build_sales_mart,audit_quality,refresh_bi_extract"_s }
                + local + llm + tail;
        QTest::newRow("AIDP cluster") << MigrateSetup([](MigrateJobDialog &d) {
            child<QComboBox>(d, u"kernelKind"_s)->setCurrentIndex(2);
            child<QLineEdit>(d, u"aidpProfile"_s)->setText(u"prod"_s);
            child<QLineEdit>(d, u"aidpDatalake"_s)->setText(u"ocid1.aidataplatform.oc1.us-ashburn-1.abc"_s);
            child<QLineEdit>(d, u"aidpWorkspace"_s)->setText(u"ws-42"_s);
            child<QLineEdit>(d, u"aidpCluster"_s)->setText(u"cluster-7"_s);
            child<QLineEdit>(d, u"volumesRoot"_s)->setText(u"/data/volumes"_s); // not for AIDP
        })
                                      << head
                + QStringList { u"--aidp"_s, u"prod"_s, u"--datalake"_s, u"ocid1.aidataplatform.oc1.us-ashburn-1.abc"_s,
                      u"--aidp-workspace"_s, u"ws-42"_s, u"--cluster"_s, u"cluster-7"_s, u"--output-base"_s,
                      u"out/migrated"_s }
                + llm + tail;
        QTest::newRow("LLM off, run everything again, catalog manifest with a space")
            << MigrateSetup([](MigrateJobDialog &d) {
                   child<QCheckBox>(d, u"useLlm"_s)->setChecked(false);
                   child<QSpinBox>(d, u"maxFixAttempts"_s)->setValue(3); // ignored without the LLM
                   child<QCheckBox>(d, u"skipMigrated"_s)->setChecked(false);
                   child<QLineEdit>(d, u"catalogManifest"_s)->setText(u"catalog manifest.json"_s);
                   child<QLineEdit>(d, u"outputBase"_s)->setText(u"/srv/mwb out"_s);
               })
            << head
                + QStringList { u"--local"_s, u"--output-base"_s, u"/srv/mwb out"_s, u"--llm"_s, u"none"_s,
                      u"--no-skip-migrated"_s, u"--catalog-manifest"_s, u"catalog manifest.json"_s }
                + tail;
        QTest::newRow("advanced: volumes, mounts, timeouts, sandbox names") << MigrateSetup([](MigrateJobDialog &d) {
            child<QLineEdit>(d, u"volumesRoot"_s)->setText(u"/data/volumes"_s);
            child<QPlainTextEdit>(d, u"mounts"_s)->setPlainText(u"/mnt/raw=/data/raw\n\n /mnt/cur=/data/cur \n"_s);
            child<QSpinBox>(d, u"cellTimeout"_s)->setValue(600);
            child<QLineEdit>(d, u"sandboxSchema"_s)->setText(u"qa_sandbox"_s);
            child<QLineEdit>(d, u"kernelName"_s)->setText(u"pyspark"_s);
        })
                                                                            << head + local + llm
                + QStringList { u"--sandbox-schema"_s, u"qa_sandbox"_s, u"--volumes-root"_s, u"/data/volumes"_s,
                      u"--mount"_s, u"/mnt/raw=/data/raw"_s, u"--mount"_s, u"/mnt/cur=/data/cur"_s, u"--kernel"_s,
                      u"pyspark"_s, u"--cell-timeout"_s, u"600"_s }
                + tail;
    }
    void migrateArguments()
    {
        QFETCH(MigrateSetup, setup);
        QFETCH(QStringList, expected);
        MigrateJobDialog dialog(m_project);
        dialog.setManifestPath(RetailManifest);
        setup(dialog);
        QCOMPARE(dialog.problem(), QString());
        QCOMPARE(dialog.arguments(), expected);
        QVERIFY(child<QPushButton>(dialog, u"startButton"_s)->isEnabled());
        // The preview shows the same command, and a shell gives mwb exactly these arguments.
        QCOMPARE(child<QPlainTextEdit>(dialog, u"commandLine"_s)->toPlainText(), commandLine(expected));
        QCOMPARE(shWords(dialog.commandLine()), expected);
        QString help;
        QVERIFY2(mwbAcceptsOptions(expected, &help), qPrintable(help));
    }

    void migrateProblems_data()
    {
        QTest::addColumn<MigrateSetup>("setup");
        QTest::addColumn<QString>("problem");
        QTest::newRow("Jupyter URL with a token") << MigrateSetup([](MigrateJobDialog &d) {
            child<QComboBox>(d, u"kernelKind"_s)->setCurrentIndex(1);
            child<QLineEdit>(d, u"jupyterUrl"_s)->setText(u"http://127.0.0.1:8888/?token=abc"_s);
        }) << u"Remove the credentials from the Jupyter URL; the token goes into MWB_JUPYTER_TOKEN (Settings)."_s;
        QTest::newRow("Jupyter URL missing")
            << MigrateSetup([](MigrateJobDialog &d) { child<QComboBox>(d, u"kernelKind"_s)->setCurrentIndex(1); })
            << u"Enter the Jupyter server URL, e.g. http://127.0.0.1:8888/."_s;
        QTest::newRow("AIDP without cluster") << MigrateSetup([](MigrateJobDialog &d) {
            child<QComboBox>(d, u"kernelKind"_s)->setCurrentIndex(2);
            child<QLineEdit>(d, u"aidpDatalake"_s)->setText(u"ocid1.x"_s);
        }) << u"AIDP needs: workspace id, cluster id."_s;
        QTest::newRow("bucket mapping that does not exist") << MigrateSetup([](MigrateJobDialog &d) {
            child<QLineEdit>(d, u"bucketMapping"_s)->setText(u"buckets.json"_s);
        }) << u"The bucket mapping file %1 does not exist."_s;
        QTest::newRow("bad mount") << MigrateSetup([](MigrateJobDialog &d) {
            child<QPlainTextEdit>(d, u"mounts"_s)->setPlainText(u"raw:/data"_s);
        }) << u"The mount \"raw:/data\" is not POINT=DIR (e.g. /mnt/raw=/data/raw)."_s;
    }
    void migrateProblems()
    {
        QFETCH(MigrateSetup, setup);
        QFETCH(QString, problem);
        MigrateJobDialog dialog(m_project);
        dialog.setManifestPath(RetailManifest);
        QVERIFY(child<QPushButton>(dialog, u"startButton"_s)->isEnabled());
        setup(dialog);
        const QString expected
            = problem.contains(u"%1"_s) ? problem.arg(QDir(m_project).filePath(u"buckets.json"_s)) : problem;
        QCOMPARE(dialog.problem(), expected);
        QCOMPARE(child<QLabel>(dialog, u"problemLabel"_s)->text(), expected);
        QVERIFY(!child<QPushButton>(dialog, u"startButton"_s)->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
    }

    void migrateWithoutManifest()
    {
        QTemporaryDir empty;
        MigrateJobDialog dialog(empty.path());
        QVERIFY(!child<QPushButton>(dialog, u"startButton"_s)->isEnabled());
        QCOMPARE(dialog.problem(), u"Choose a job manifest (mwb build-dag writes reports/<job>_manifest.json)."_s);
        QCOMPARE(child<QLineEdit>(dialog, u"outputBase"_s)->text(), u"migrated"_s); // no workbench.json
    }

    void sandboxOffNeedsConfirmation()
    {
        MigrateJobDialog dialog(m_project);
        dialog.setManifestPath(RetailManifest);
        int asked = 0;
        bool answer = false;
        dialog.setSandboxOffConfirmation([&](QWidget *parent) {
            ++asked;
            return parent == &dialog && answer;
        });
        auto *sandbox = child<QCheckBox>(dialog, u"sandbox"_s);
        QVERIFY(sandbox->isChecked());
        sandbox->click(); // "No"
        QCOMPARE(asked, 1);
        QVERIFY(sandbox->isChecked());
        QVERIFY(!dialog.arguments().contains(u"--no-redirect-schema"_s));
        answer = true;
        sandbox->click(); // "Yes"
        QCOMPARE(asked, 2);
        QVERIFY(!sandbox->isChecked());
        QVERIFY(dialog.arguments().contains(u"--no-redirect-schema"_s));
        QVERIFY(child<QPlainTextEdit>(dialog, u"commandLine"_s)->toPlainText().contains(u" --no-redirect-schema"_s));
        sandbox->click(); // turning it back on asks nothing
        QCOMPARE(asked, 2);
        QVERIFY(!dialog.arguments().contains(u"--no-redirect-schema"_s));
    }

    // The default confirmation is a real question box whose default answer is No.
    void sandboxDefaultConfirmationIsAMessageBox()
    {
        MigrateJobDialog dialog(m_project);
        dialog.setManifestPath(RetailManifest);
        dialog.show();
        QString question;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                question = box->text();
                QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
                box->button(QMessageBox::No)->click();
            }
        });
        poll.start(20);
        child<QCheckBox>(dialog, u"sandbox"_s)->click();
        poll.stop();
        QVERIFY2(question.contains(u"real tables"_s), qPrintable(question));
        QVERIFY(child<QCheckBox>(dialog, u"sandbox"_s)->isChecked());
    }

    void copyPutsTheCommandOnTheClipboard()
    {
        MigrateJobDialog dialog(m_project);
        dialog.setManifestPath(RetailManifest);
        child<QLineEdit>(dialog, u"catalogManifest"_s)->setText(u"catalog manifest.json"_s);
        QGuiApplication::clipboard()->clear();
        child<QPushButton>(dialog, u"copyCommand"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.commandLine());
        QVERIFY(
            dialog.commandLine().startsWith(u"mwb migrate-job --manifest reports/retail_daily_etl_manifest.json "_s));
        QVERIFY(dialog.commandLine().contains(u" --catalog-manifest 'catalog manifest.json' "_s));
    }

    // ---- data ----

    void tablesInForeignKeyOrderOffThread()
    {
        DataMigrationDialog dialog(m_project);
        QAbstractItemModelTester tester(
            dialog.tableList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setSource(m_shopUrl);
        child<QPushButton>(dialog, u"reloadTables"_s)->click();
        // The read runs on a worker: the dialog answers at once and shows that it is busy.
        QVERIFY(dialog.tableList()->isLoading());
        QVERIFY(child<QProgressBar>(dialog, u"tableBusy"_s)->isVisibleTo(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.tableList()->isLoading(), 10000);
        QVERIFY(!child<QProgressBar>(dialog, u"tableBusy"_s)->isVisibleTo(&dialog));
        const QStringList tables = dialog.tableList()->tables();
        QCOMPARE(QStringList(tables).size(), 4);
        // Parents before children; alphabetical order would start with a_items.
        QVERIFY(tables.indexOf(u"z_customers"_s) < tables.indexOf(u"b_orders"_s));
        QVERIFY(tables.indexOf(u"b_orders"_s) < tables.indexOf(u"a_items"_s));
        QVERIFY(tables.indexOf(u"m_products"_s) < tables.indexOf(u"a_items"_s));
        QCOMPARE(tables.last(), u"a_items"_s);
        QVERIFY(child<QLabel>(dialog, u"tableStatus"_s)->text().startsWith(u"4 table(s) in copy order"_s));
    }

    void unreadableSourceIsShownInTheDialog()
    {
        DataMigrationDialog dialog(m_project);
        const QString missing = m_dir.filePath(u"nowhere/gone.db"_s);
        dialog.setSource(u"sqlite://"_s + missing);
        dialog.setTarget(u"warehouse-pg"_s);
        child<QComboBox>(dialog, u"mode"_s)->setCurrentIndex(2); // checked tables
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.tableList()->isLoading() && !dialog.tableList()->errorText().isEmpty(), 10000);
        const QString status = child<QLabel>(dialog, u"tableStatus"_s)->text();
        QVERIFY2(
            status.startsWith(u"Cannot read the source tables: "_s) && status.contains(missing), qPrintable(status));
        QVERIFY(dialog.problem().startsWith(u"The tables of the source cannot be read: "_s));
        QVERIFY(!child<QPushButton>(dialog, u"startButton"_s)->isEnabled());
    }

    void invalidUrlDisablesStart_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("problem");
        QTest::newRow("password in the URL")
            << u"postgresql://bob:hunter2@db.example:5432/shop"_s << u"warehouse-pg"_s
            << u"Source: connection URL: the URL contains a password. Passwords never go in URLs"_s;
        QTest::newRow("relative SQLite path") << m_shopUrl << u"sqlite://target.db"_s
                                              << u"Target: connection URL: a SQLite URL needs an absolute file path."_s;
        QTest::newRow("unknown profile") << u"nightly"_s << u"warehouse-pg"_s << u"Source: "_s;
        QTest::newRow("no target") << m_shopUrl << QString()
                                   << u"Choose the target database: a profile of connections.json or a URL."_s;
        QTest::newRow("same database") << u"warehouse-pg"_s << u"postgresql://etl@127.0.0.1:5432/warehouse"_s
                                       << u"Source and target are the same database"_s;
    }
    void invalidUrlDisablesStart()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, problem);
        for (int which = 0; which < 2; ++which) {
            std::unique_ptr<LaunchDialog> dialog;
            if (which == 0) {
                auto *data = new DataMigrationDialog(m_project);
                data->setSource(source);
                data->setTarget(target);
                dialog.reset(data);
            } else {
                auto *validate = new ValidateDialog(m_project);
                validate->setSource(source);
                validate->setTarget(target);
                dialog.reset(validate);
            }
            QVERIFY2(dialog->problem().startsWith(problem), qPrintable(dialog->problem()));
            QCOMPARE(child<QLabel>(*dialog, u"problemLabel"_s)->text(), dialog->problem());
            QVERIFY(!child<QPushButton>(*dialog, u"startButton"_s)->isEnabled());
            QVERIFY(!dialog->problem().contains(u"hunter2"_s)); // the refused password is not echoed
        }
    }

    void dataArguments_data()
    {
        QTest::addColumn<DataSetup>("setup");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("validate");
        const QStringList head { u"data"_s, u"start"_s, u"--source"_s, m_shopUrl, u"--target"_s, u"warehouse-pg"_s };
        const QStringList validateHead { u"validate"_s, u"--source"_s, m_shopUrl, u"--target"_s, u"warehouse-pg"_s };
        const QStringList tail { u"--events"_s, u"-"_s };
        QTest::newRow("all tables, defaults")
            << DataSetup([](DataMigrationDialog &) {}) << head + tail << validateHead + tail;
        QTest::newRow("one table, truncate, stop on error") << DataSetup([](DataMigrationDialog &d) {
            child<QComboBox>(d, u"mode"_s)->setCurrentIndex(1);
            child<QComboBox>(d, u"singleTable"_s)->setCurrentText(u"b_orders"_s);
            child<QCheckBox>(d, u"truncateTarget"_s)->setChecked(true);
            child<QCheckBox>(d, u"stopOnError"_s)->setChecked(true);
        })
                                                            << head
                + QStringList { u"--source-table"_s, u"b_orders"_s, u"--truncate-target"_s, u"--stop-on-error"_s }
                + tail << validateHead + QStringList { u"--tables"_s, u"b_orders"_s } + tail;
        QTest::newRow("checked tables in FK order, batch and memory, fail rows, validate")
            << DataSetup([](DataMigrationDialog &d) {
                   child<QComboBox>(d, u"mode"_s)->setCurrentIndex(2);
                   QStandardItemModel *model = d.tableList()->model();
                   model->findItems(u"m_products"_s).first()->setCheckState(Qt::Unchecked);
                   child<QSpinBox>(d, u"batchSize"_s)->setValue(1000);
                   child<QSpinBox>(d, u"memoryLimitMb"_s)->setValue(256);
                   child<QCheckBox>(d, u"continueOnRowError"_s)->setChecked(false);
                   child<QCheckBox>(d, u"validateAfter"_s)->setChecked(true);
               })
            << head
                + QStringList { u"--include-tables"_s, u"z_customers,b_orders,a_items"_s, u"--batch-size"_s, u"1000"_s,
                      u"--memory-limit-mb"_s, u"256"_s, u"--no-continue-on-row-error"_s, u"--validate"_s }
                + tail
            << validateHead + QStringList { u"--tables"_s, u"z_customers,b_orders,a_items"_s } + tail;
    }
    void dataArguments()
    {
        QFETCH(DataSetup, setup);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, validate);
        DataMigrationDialog dialog(m_project);
        QCOMPARE(child<ConnectionPicker>(dialog, u"target"_s)->profiles(),
            (QStringList { u"shop-mysql"_s, u"warehouse-pg"_s }));
        dialog.setSource(m_shopUrl);
        dialog.setTarget(u"warehouse-pg"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.tableList()->tables().size(), 4, 10000);
        setup(dialog);
        QCOMPARE(dialog.problem(), QString());
        QCOMPARE(dialog.arguments(), expected);
        QCOMPARE(dialog.validateAfter(), expected.contains(u"--validate"_s));
        QCOMPARE(dialog.validateArguments(), validate);
        QCOMPARE(child<QPlainTextEdit>(dialog, u"commandLine"_s)->toPlainText(), commandLine(expected));
        QCOMPARE(shWords(dialog.commandLine()), expected);
        QString help;
        QVERIFY2(mwbAcceptsOptions(expected, &help), qPrintable(help));
    }

    // The arguments are real: mwb copies the checked tables with them, and validates after.
    void dataArgumentsRunRealMwb()
    {
        const QString target = m_dir.filePath(u"copy target #1.db"_s);
        DataMigrationDialog dialog(m_project);
        dialog.setSource(m_shopUrl);
        dialog.setTarget(ConnectionPicker::sqliteUrl(target)); // what "…" (choose a SQLite file) puts in
        child<QComboBox>(dialog, u"mode"_s)->setCurrentIndex(2);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.tableList()->tables().size(), 4, 10000);
        dialog.tableList()->model()->findItems(u"a_items"_s).first()->setCheckState(Qt::Unchecked);
        child<QSpinBox>(dialog, u"batchSize"_s)->setValue(2);
        child<QCheckBox>(dialog, u"validateAfter"_s)->setChecked(true);
        QCOMPARE(dialog.problem(), QString());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        child<QPushButton>(dialog, u"startButton"_s)->click();
        QCOMPARE(accepted.count(), 1);

        QProcess mwb;
        mwb.setWorkingDirectory(m_project);
        mwb.start(QStringLiteral(MWB_EXECUTABLE), dialog.arguments());
        QVERIFY(mwb.waitForFinished(120000));
        const QByteArray events = mwb.readAllStandardOutput();
        QVERIFY2(mwb.exitStatus() == QProcess::NormalExit && mwb.exitCode() == 0,
            qPrintable(QString::fromUtf8(mwb.readAllStandardError())));
        QVERIFY(events.contains("\"table_started\""));
        QCOMPARE(rowCount(target, u"z_customers"_s), 3);
        QCOMPARE(rowCount(target, u"m_products"_s), 4);
        QCOMPARE(rowCount(target, u"b_orders"_s), 5);
        QCOMPARE(rowCount(target, u"a_items"_s), -1); // unchecked: not created
    }

    // ---- validate ----

    void validateArguments_data()
    {
        QTest::addColumn<ValidateSetup>("setup");
        QTest::addColumn<QStringList>("expected");
        const QStringList head { u"validate"_s, u"--source"_s, m_shopUrl, u"--target"_s, u"warehouse-pg"_s };
        const QStringList tail { u"--report-dir"_s, u"reports/validation"_s, u"--events"_s, u"-"_s };
        QTest::newRow("all tables, schema compared") << ValidateSetup([](ValidateDialog &) {}) << head + tail;
        QTest::newRow("two tables, sample with seed, no schema") << ValidateSetup([](ValidateDialog &d) {
            d.tableList()->model()->findItems(u"a_items"_s).first()->setCheckState(Qt::Unchecked);
            d.tableList()->model()->findItems(u"m_products"_s).first()->setCheckState(Qt::Unchecked);
            child<QSpinBox>(d, u"sample"_s)->setValue(500);
            child<QLineEdit>(d, u"seed"_s)->setText(u"7"_s);
            child<QCheckBox>(d, u"compareSchema"_s)->setChecked(false);
        })
                                                                 << head
                + QStringList { u"--tables"_s, u"z_customers,b_orders"_s, u"--sample"_s, u"500"_s, u"--seed"_s, u"7"_s,
                      u"--no-schema"_s }
                + tail;
        QTest::newRow("tolerances") << ValidateSetup([](ValidateDialog &d) {
            child<QPlainTextEdit>(d, u"tolerances"_s)->setPlainText(u"b_orders.total=abs:0.01\n"_s);
            child<QPlainTextEdit>(d, u"allowMismatch"_s)->setPlainText(u"a_items=0.001"_s);
        })
                                    << head
                + QStringList { u"--tolerance"_s, u"b_orders.total=abs:0.01"_s, u"--allow-mismatch"_s,
                      u"a_items=0.001"_s }
                + tail;
    }
    void validateArguments()
    {
        QFETCH(ValidateSetup, setup);
        QFETCH(QStringList, expected);
        ValidateDialog dialog(m_project);
        dialog.setSource(m_shopUrl);
        dialog.setTarget(u"warehouse-pg"_s);
        child<QLineEdit>(dialog, u"reportDir"_s)->setText(u"reports/validation"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.tableList()->tables().size(), 4, 10000);
        setup(dialog);
        QCOMPARE(dialog.problem(), QString());
        QCOMPARE(dialog.arguments(), expected);
        QCOMPARE(dialog.reportDir(), QDir(m_project).filePath(u"reports/validation"_s));
        QCOMPARE(shWords(dialog.commandLine()), expected);
        QString help;
        QVERIFY2(mwbAcceptsOptions(expected, &help), qPrintable(help));
    }

    void validateRefusesABadTolerance()
    {
        ValidateDialog dialog(m_project);
        dialog.setSource(m_shopUrl);
        dialog.setTarget(u"warehouse-pg"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.tableList()->tables().size() == 4 && dialog.problem().isEmpty(), 10000);
        child<QPlainTextEdit>(dialog, u"tolerances"_s)->setPlainText(u"total=abs"_s);
        QVERIFY2(dialog.problem().startsWith(u"Tolerance \"total=abs\": "_s), qPrintable(dialog.problem()));
        QVERIFY(!child<QPushButton>(dialog, u"startButton"_s)->isEnabled());
        dialog.tableList()->findChild<QPushButton *>(u"checkNoTables"_s)->click();
        child<QPlainTextEdit>(dialog, u"tolerances"_s)->clear();
        QCOMPARE(dialog.problem(), u"Check at least one table to compare."_s);
    }

    // ---- screenshots (MWB_SCREENSHOT_DIR=... under xvfb-run) ----

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("set MWB_SCREENSHOT_DIR to write the dialogs' screenshots");
        }
        QDir().mkpath(dir);
        // A project at a readable path, so the pictures show what a user's would.
        const QString project = QDir::temp().filePath(u"acme-retail"_s);
        QDir(project).removeRecursively();
        QVERIFY(QDir().mkpath(project + u"/reports"_s) && QDir().mkpath(project + u"/data"_s));
        for (const QString &name : QDir(m_project + u"/reports"_s).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(m_project + u"/reports/"_s + name, project + u"/reports/"_s + name));
        }
        for (const QString &name : { u"workbench.json"_s, u"catalog manifest.json"_s, u"connections.json"_s }) {
            QVERIFY(QFile::copy(m_project + u'/' + name, project + u'/' + name));
        }
        QVERIFY(QFile::copy(m_shop, project + u"/data/shop.db"_s));
        const QString shopUrl = ConnectionPicker::sqliteUrl(project + u"/data/shop.db"_s);
        const auto cleanup = qScopeGuard([project] { QDir(project).removeRecursively(); });
        {
            MigrateJobDialog dialog(project);
            dialog.setManifestPath(RetailManifest);
            setTaskChecked(dialog, u"refresh_bi_extract"_s, false);
            child<QComboBox>(dialog, u"kernelKind"_s)->setCurrentIndex(1);
            child<QLineEdit>(dialog, u"jupyterUrl"_s)->setText(u"http://127.0.0.1:8888/"_s);
            child<QSpinBox>(dialog, u"parallel"_s)->setValue(2);
            child<QLineEdit>(dialog, u"catalogManifest"_s)->setText(u"catalog manifest.json"_s);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(dir + u"/launch-migrate-job.png"_s));
            child<QToolButton>(dialog, u"advancedToggle"_s)->click();
            child<QPlainTextEdit>(dialog, u"mounts"_s)->setPlainText(u"/mnt/raw=/data/raw"_s);
            QTest::qWait(100);
            QScrollBar *bar = child<QScrollArea>(dialog, u"optionsScroll"_s)->verticalScrollBar();
            bar->setValue(bar->maximum());
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(dir + u"/launch-migrate-job-advanced.png"_s));
        }
        {
            DataMigrationDialog dialog(project);
            dialog.setSource(shopUrl);
            dialog.setTarget(u"warehouse-pg"_s);
            child<QComboBox>(dialog, u"mode"_s)->setCurrentIndex(2);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.tableList()->tables().size(), 4, 10000);
            dialog.tableList()->model()->findItems(u"m_products"_s).first()->setCheckState(Qt::Unchecked);
            child<QCheckBox>(dialog, u"validateAfter"_s)->setChecked(true);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(dir + u"/launch-data-migration.png"_s));
        }
        {
            ValidateDialog dialog(project);
            dialog.setSource(shopUrl);
            dialog.setTarget(u"warehouse-pg"_s);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.tableList()->tables().size(), 4, 10000);
            child<QSpinBox>(dialog, u"sample"_s)->setValue(1000);
            child<QToolButton>(dialog, u"advancedToggle"_s)->click();
            child<QPlainTextEdit>(dialog, u"tolerances"_s)->setPlainText(u"b_orders.total=abs:0.01"_s);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(dir + u"/launch-validate.png"_s));
        }
    }
};

QTEST_MAIN(TestLaunchDialogs)
#include "tst_launchdialogs.moc"
