// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfixture.h"

#include "core/jsonio.h"
#include "history/historystore.h"
#include "run/jobreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace HistoryFixture {

namespace {

bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

History::TaskRecord task(
    const QString &runId, const QString &job, const QString &name, const QString &status, int ok, int failed, int fixed)
{
    History::TaskRecord t;
    t.runId = runId;
    t.job = job;
    t.task = name;
    t.status = status;
    t.ok = ok;
    t.failed = failed;
    t.fixed = fixed;
    t.durationMs = 60000;
    return t;
}

// A pid that existed and is gone: a finished child, already reaped.
qint64 deadPid()
{
    QProcess process;
    process.start(u"true"_s, QStringList());
    process.waitForStarted();
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

QString runMwb(const QString &mwb, const QString &projectDir, const QStringList &arguments, int expectedExit)
{
    QProcess process;
    process.setProgram(mwb);
    process.setArguments(arguments);
    process.setWorkingDirectory(projectDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        return u"mwb %1 did not finish"_s.arg(arguments.join(u' '));
    }
    if (process.exitCode() != expectedExit) {
        return u"mwb %1 exited with %2, expected %3: %4"_s.arg(arguments.join(u' '))
            .arg(process.exitCode())
            .arg(expectedExit)
            .arg(QString::fromUtf8(process.readAllStandardError()));
    }
    return {};
}

QString sqlite(const QString &path, const QStringList &statements)
{
    const QString connection = u"fixture-"_s + QFileInfo(path).fileName();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        }
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (error.isEmpty() && !query.exec(sql)) {
                error = sql + u": "_s + query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace

QString dailyReportPath(const QString &projectDir)
{
    return QDir(projectDir).filePath(u"migrated/DailyETL/reports/JOB_REPORT.md"_s);
}

QString setTimes(const QString &projectDir, const QString &runId, const QDateTime &started, const QDateTime &finished)
{
    const QString path = History::HistoryStore::databasePath(projectDir);
    const QString connection = u"fixture-times"_s;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.prepare(u"UPDATE runs SET started_at = ?, finished_at = ? WHERE run_id = ?"_s);
            query.addBindValue(started.toUTC().toString(Qt::ISODateWithMs));
            query.addBindValue(finished.isValid() ? QVariant(finished.toUTC().toString(Qt::ISODateWithMs))
                                                  : QVariant(QMetaType(QMetaType::QString)));
            query.addBindValue(runId);
            if (!query.exec() || query.numRowsAffected() != 1) {
                error = u"cannot set the times of %1: %2"_s.arg(runId, query.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QString writeStoreRuns(const QString &projectDir)
{
    const QDir project(projectDir);
    // The JOB_REPORT.md files migrate-job writes under its output base (ARCHITECTURE.md "JOB_REPORT.md").
    Run::JobReport daily;
    daily.job = u"DailyETL"_s;
    daily.date = u"2026-11-21T11:05:00Z"_s;
    daily.parametersJson = u"{\"env\":\"prod\",\"run_date\":\"2026-11-21\"}"_s;
    daily.tasks = { { u"ingest"_s, u"PARTIAL"_s, 3, 1, 1 }, { u"report"_s, u"PASS"_s, 2, 0, 0 } };
    daily.notes
        = { { u"ingest"_s, 4, u"AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] raw.events_2019 cannot be found"_s },
              { u"ingest"_s, 2, u"fixed on attempt 2: dbutils.fs.ls replaced by oci_fs.ls"_s } };
    daily.backfill = { 3, 1, 1, 0 };
    daily.requiredPackages = { u"pandas"_s, u"pyarrow"_s };
    daily.runtime = { { u"Run id"_s, PartialRun }, { u"Kernel"_s, u"local python3"_s }, { u"LLM"_s, u"none"_s } };
    Run::JobReport audit;
    audit.job = u"Audit"_s;
    audit.date = u"2026-11-21T11:05:00Z"_s;
    audit.parametersJson = u"{}"_s;
    audit.tasks = { { u"check"_s, u"PASS"_s, 5, 0, 0 } };
    Run::JobReport nightly;
    nightly.job = u"NightlyLoad"_s;
    nightly.date = u"2026-11-20T09:42:30Z"_s;
    nightly.parametersJson = u"{\"env\":\"prod\"}"_s;
    nightly.tasks = { { u"extract"_s, u"PASS"_s, 10, 0, 2 }, { u"load"_s, u"PASS"_s, 7, 0, 1 } };
    const QString dailyPath = dailyReportPath(projectDir);
    const QString auditPath = project.filePath(u"migrated/Audit/reports/JOB_REPORT.md"_s);
    const QString nightlyPath = project.filePath(u"migrated-nightly/NightlyLoad/reports/JOB_REPORT.md"_s);
    if (!writeText(dailyPath, daily.toMarkdown()) || !writeText(auditPath, audit.toMarkdown())
        || !writeText(nightlyPath, nightly.toMarkdown())) {
        return u"cannot write the job reports"_s;
    }

    auto store = History::HistoryStore::open(projectDir);
    if (!store) {
        return store.error().toString();
    }
    QStringList errors;
    const auto check = [&errors](const Core::Result<void> &result) {
        if (!result) {
            errors << result.error().toString();
        }
    };
    const auto start
        = [&](const QString &id, const QString &kind, const QString &title, const QString &reportPath, qint64 pid = 0) {
              History::RunRecord run;
              run.runId = id;
              run.kind = kind;
              run.title = title;
              run.reportPath = reportPath;
              run.pid = pid;
              check(store->recordStarted(run));
          };
    const auto jobsSummary = [](const QString &result, const QList<QPair<QString, QString>> &jobs) {
        Core::OrderedJson s = { { "result", Core::toStd(result) }, { "jobs", Core::OrderedJson::array() } };
        for (const auto &[job, report] : jobs) {
            s["jobs"].push_back(
                { { "job", Core::toStd(job) }, { "result", Core::toStd(result) }, { "report", Core::toStd(report) } });
        }
        return Core::fromStd(s.dump());
    };

    start(PassRun, u"migrate-job"_s, u"migrate-job NightlyLoad_manifest.json"_s, u"migrated-nightly"_s);
    check(store->recordFinished(PassRun, u"completed"_s,
        jobsSummary(u"PASS"_s, { { u"NightlyLoad"_s, project.relativeFilePath(nightlyPath) } })));
    check(store->recordTask(task(PassRun, u"NightlyLoad"_s, u"extract"_s, u"PASS"_s, 10, 0, 2)));
    check(store->recordTask(task(PassRun, u"NightlyLoad"_s, u"load"_s, u"PASS"_s, 7, 0, 1)));

    start(PartialRun, u"migrate-job"_s, u"migrate-job DailyETL_manifest.json"_s, u"migrated"_s);
    check(store->recordFinished(PartialRun, u"completed_with_errors"_s,
        jobsSummary(u"PARTIAL"_s, { { u"DailyETL"_s, dailyPath }, { u"Audit"_s, auditPath } })));
    check(store->recordTask(task(PartialRun, u"DailyETL"_s, u"ingest"_s, u"PARTIAL"_s, 3, 1, 1)));
    check(store->recordTask(task(PartialRun, u"DailyETL"_s, u"report"_s, u"PASS"_s, 2, 0, 0)));
    check(store->recordTask(task(PartialRun, u"Audit"_s, u"check"_s, u"PASS"_s, 5, 0, 0)));

    start(FailRun, u"migrate-job"_s, u"migrate-job Broken_manifest.json"_s, u"migrated-broken"_s);
    check(store->recordFinished(FailRun, u"failed"_s, jobsSummary(u"FAIL"_s, {})));

    start(RunningRun, u"migrate-job"_s, u"migrate-job DailyETL_manifest.json"_s, u"migrated"_s,
        QCoreApplication::applicationPid());
    check(store->recordTask(task(RunningRun, u"DailyETL"_s, u"ingest"_s, u"PASS"_s, 4, 0, 0)));

    start(KilledRun, u"migrate-job"_s, u"migrate-job Weekly_manifest.json"_s, u"migrated-weekly"_s, deadPid());

    start(DataRun, u"data"_s, u"sqlite:///srv/shop.db -> postgresql://app@db:5432/shop"_s,
        u".tmp/migrations/data-store/checkpoint.json"_s);
    const Core::OrderedJson status = { { "job_id", "data-store" }, { "status", "completed" }, { "rows_migrated", 1200 },
        { "rows_failed", 0 }, { "total_rows", 1200 },
        { "tables_status",
            { { { "table", "customers" }, { "status", "completed" }, { "rows_migrated", 200 } },
                { { "table", "orders" }, { "status", "completed" }, { "rows_migrated", 1000 } } } } };
    check(store->recordFinished(DataRun, u"completed"_s, Core::fromStd(status.dump())));

    start(ValidateRun, u"validate"_s, u"sqlite:///srv/shop.db <-> postgresql://app@db:5432/shop"_s, QString(),
        QCoreApplication::applicationPid());
    if (!errors.isEmpty()) {
        return errors.join(u'\n');
    }

    // Realistic times: the store stamps "now" as the end.
    const struct
    {
        const QString &id;
        const char *started;
        const char *finished;
    } times[] = {
        { PassRun, "2026-11-20T09:00:00Z", "2026-11-20T09:42:30Z" },
        { PartialRun, "2026-11-21T10:00:00Z", "2026-11-21T11:05:00Z" },
        { FailRun, "2026-11-21T15:00:00Z", "2026-11-21T15:00:40Z" },
        { KilledRun, "2026-11-21T18:00:00Z", nullptr },
        { DataRun, "2026-11-22T07:00:00Z", "2026-11-22T07:00:05Z" },
    };
    for (const auto &t : times) {
        const QString error = setTimes(projectDir, t.id, at(t.started), t.finished ? at(t.finished) : QDateTime());
        if (!error.isEmpty()) {
            return error;
        }
    }
    // The runs still going started a little while ago.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error = setTimes(projectDir, RunningRun, now.addSecs(-25 * 60), QDateTime());
    if (error.isEmpty()) {
        error = setTimes(projectDir, ValidateRun, now.addSecs(-3 * 60), QDateTime());
    }
    return error;
}

QString runMwbRuns(const QString &projectDir, const QString &mwb)
{
    const QDir project(projectDir);
    const QString source = project.filePath(u"shop.db"_s);
    const QString target = project.filePath(u"shop_copy.db"_s);
    const QString customers = project.filePath(u"customers_copy.db"_s);
    const QString schema = u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s;
    const QString orders
        = u"CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), amount REAL)"_s;
    QString error = sqlite(source,
        { schema, orders, u"INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Alan')"_s,
            // order 4 points at a customer that does not exist: the copy isolates it
            u"INSERT INTO orders VALUES (1, 1, 12.5), (2, 2, 30.0), (3, 3, 7.25), (4, 99, 1.0)"_s });
    if (error.isEmpty()) {
        error = sqlite(target, { schema, orders });
    }
    if (error.isEmpty()) {
        error = sqlite(customers, { schema });
    }
    if (!error.isEmpty()) {
        return error;
    }
    const QString sourceUrl = u"sqlite://"_s + source;
    const QString targetUrl = u"sqlite://"_s + target;
    const QString customersUrl = u"sqlite://"_s + customers;
    // Exit codes (ARCHITECTURE.md "Command line"): 0 pass, 1 failed, 3 partial.
    const struct
    {
        QStringList arguments;
        int exit;
    } runs[] = {
        { { u"data"_s, u"start"_s, u"--source"_s, sourceUrl, u"--target"_s, targetUrl, u"--job-id"_s, CopyWithErrors },
            3 },
        { { u"validate"_s, u"--source"_s, sourceUrl, u"--target"_s, targetUrl, u"--report-dir"_s,
              project.filePath(u"reports/validate-orders"_s), u"--no-schema"_s },
            1 },
        { { u"data"_s, u"start"_s, u"--source"_s, sourceUrl, u"--target"_s,
              u"sqlite://"_s + project.filePath(u"missing/folder/none.db"_s), u"--job-id"_s, CopyFailed },
            1 },
        { { u"data"_s, u"start"_s, u"--source"_s, sourceUrl, u"--target"_s, customersUrl, u"--source-table"_s,
              u"customers"_s, u"--job-id"_s, CopyClean },
            0 },
        { { u"validate"_s, u"--source"_s, sourceUrl, u"--target"_s, customersUrl, u"--tables"_s, u"customers"_s,
              u"--report-dir"_s, project.filePath(u"reports/validate-customers"_s), u"--no-schema"_s },
            0 },
    };
    for (const auto &run : runs) {
        error = runMwb(mwb, projectDir, run.arguments, run.exit);
        if (!error.isEmpty()) {
            return error;
        }
    }
    return {};
}

} // namespace HistoryFixture
