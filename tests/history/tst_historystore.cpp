// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historystore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::History;

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsStartFinishAndResume()
    {
        QTemporaryDir project;
        {
            auto store = HistoryStore::open(project.path());
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
            RunRecord run {u"dj-1"_s, u"data"_s, u"a -> b"_s, {}, u"2026-11-22T01:00:00.000Z"_s, {}, u"x/checkpoint.json"_s, {}, 42};
            QVERIFY(store->recordStarted(run).ok());
            RunRecord other {u"dj-2"_s, u"data"_s, u"c -> d"_s, {}, u"2026-11-22T02:00:00.000Z"_s, {}, {}, {}, 43};
            QVERIFY(store->recordStarted(other).ok());
            QVERIFY(store->recordFinished(u"dj-1"_s, u"interrupted"_s, u"{\"rows\": 5}"_s).ok());
            auto found = store->find(u"dj-1"_s);
            QVERIFY(found.ok() && found->has_value());
            QCOMPARE((*found)->status, u"interrupted"_s);
            QVERIFY(!(*found)->finishedAt.isEmpty());
            QCOMPARE((*found)->summary, u"{\"rows\": 5}"_s);
            // Resumed: the same run id is running again, started_at stays.
            run.pid = 44;
            QVERIFY(store->recordStarted(run).ok());
            found = store->find(u"dj-1"_s);
            QCOMPARE((*found)->status, u"running"_s);
            QVERIFY((*found)->finishedAt.isEmpty());
            QCOMPARE((*found)->pid, 44);
            QCOMPARE((*found)->startedAt, u"2026-11-22T01:00:00.000Z"_s);
            auto all = store->list();
            QVERIFY(all.ok());
            QCOMPARE(all->size(), 2);
            QCOMPARE(all->first().runId, u"dj-2"_s); // newest first
            QVERIFY(!store->find(u"nope"_s)->has_value());
        }
        // WAL mode, so the GUI reads while mwb writes.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(HistoryStore::databasePath(project.path()));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
    }

    // migrate-job rows: one per (run, job, task); a resumed or re-run task replaces its row.
    void recordsTasksAndReplacesReruns()
    {
        QTemporaryDir project;
        auto store = HistoryStore::open(project.path());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        TaskRecord transform {u"run-1"_s, u"DailyETL"_s, u"transform"_s, u"INTERRUPTED"_s, 3, 1, 0, 0,
                              u"2026-11-22T10:00:00.000Z"_s, u"2026-11-22T10:05:00.000Z"_s, 300000, 1200, 340};
        TaskRecord ingest {u"run-1"_s, u"DailyETL"_s, u"ingest"_s, u"PASS"_s, 10, 0, 2, 1,
                           u"2026-11-22T09:50:00.000Z"_s, u"2026-11-22T09:59:00.000Z"_s, 540000,
                           5'000'000'000LL, 4'000'000'000LL}; // token counts beyond 32 bits
        TaskRecord other {u"run-2"_s, u"Weekly"_s, u"load"_s, u"PASS"_s, 1, 0, 0, 0, {}, {}, 0, 0, 0};
        QVERIFY(store->recordTask(transform).ok());
        QVERIFY(store->recordTask(ingest).ok());
        QVERIFY(store->recordTask(other).ok());
        TaskRecord otherJob = transform;
        otherJob.job = u"AnotherJob"_s; // same task key in another job: its own row
        QVERIFY(store->recordTask(otherJob).ok());

        auto tasks = store->tasks(u"run-1"_s);
        QVERIFY(tasks.ok());
        QCOMPARE(tasks->size(), 3);
        QCOMPARE(tasks->at(0).job, u"AnotherJob"_s); // ordered by job, then task
        QCOMPARE(tasks->at(1).task, u"ingest"_s);
        QCOMPARE(tasks->at(2).task, u"transform"_s);
        const TaskRecord &read = tasks->at(1);
        QCOMPARE(read.runId, u"run-1"_s);
        QCOMPARE(read.status, u"PASS"_s);
        QCOMPARE(read.ok, 10);
        QCOMPARE(read.failed, 0);
        QCOMPARE(read.fixed, 2);
        QCOMPARE(read.skipped, 1);
        QCOMPARE(read.startedAt, u"2026-11-22T09:50:00.000Z"_s);
        QCOMPARE(read.finishedAt, u"2026-11-22T09:59:00.000Z"_s);
        QCOMPARE(read.durationMs, 540000);
        QCOMPARE(read.inputTokens, 5'000'000'000LL);
        QCOMPARE(read.outputTokens, 4'000'000'000LL);

        // The resumed task finishes: its row is replaced, not duplicated.
        transform.status = u"PARTIAL"_s;
        transform.ok = 8;
        transform.failed = 2;
        transform.fixed = 3;
        transform.finishedAt = u"2026-11-22T11:00:00.000Z"_s;
        QVERIFY(store->recordTask(transform).ok());
        tasks = store->tasks(u"run-1"_s);
        QCOMPARE(tasks->size(), 3);
        QCOMPARE(tasks->at(2).status, u"PARTIAL"_s);
        QCOMPARE(tasks->at(2).ok, 8);
        QCOMPARE(tasks->at(2).fixed, 3);
        QCOMPARE(tasks->at(2).finishedAt, u"2026-11-22T11:00:00.000Z"_s);
        QCOMPARE(store->tasks(u"run-2"_s)->size(), 1);
        QVERIFY(store->tasks(u"nope"_s)->isEmpty());

        // A record with unset (null) strings is stored, and re-recording it still replaces it.
        TaskRecord bare;
        bare.runId = u"run-3"_s;
        QVERIFY(store->recordTask(bare).ok());
        QVERIFY(store->recordTask(bare).ok());
        QCOMPARE(store->tasks(u"run-3"_s)->size(), 1);
    }

    // One row per (run, job, task, cell, attempt), read back in cell and attempt order.
    void recordsAttemptsInOrder()
    {
        QTemporaryDir project;
        auto store = HistoryStore::open(project.path());
        QVERIFY(store.ok());
        auto attempt = [](const QString &job, const QString &task, int cell, int number, const QString &status) {
            AttemptRecord record;
            record.runId = u"run-1"_s;
            record.job = job;
            record.task = task;
            record.cell = cell;
            record.attempt = number;
            record.status = status;
            return record;
        };
        // Recorded out of order, as parallel tasks finish.
        QVERIFY(store->recordAttempt(attempt(u"J"_s, u"transform"_s, 2, 1, u"FAILED"_s)).ok());
        QVERIFY(store->recordAttempt(attempt(u"J"_s, u"ingest"_s, 10, 1, u"OK"_s)).ok());
        QVERIFY(store->recordAttempt(attempt(u"J"_s, u"ingest"_s, 2, 2, u"FIXED"_s)).ok());
        QVERIFY(store->recordAttempt(attempt(u"J"_s, u"ingest"_s, 2, 1, u"FAILED"_s)).ok());
        QVERIFY(store->recordAttempt(attempt(u"A"_s, u"ingest"_s, 1, 1, u"OK"_s)).ok());
        AttemptRecord full = attempt(u"J"_s, u"transform"_s, 2, 2, u"FIXED"_s);
        full.execution = u"passed"_s;
        full.errorPatterns = u"passed"_s;
        full.sparkLogs = u"not_available"_s;
        full.judge = u"failed: ISSUE: row count differs | FIX: filter nulls"_s;
        full.detail = u"Traceback (most recent call last):\n  ..."_s;
        full.code = u"df = spark.table('a.b')\nprint(df.count())"_s;
        full.fixerNote = u"added a null filter"_s;
        full.durationMs = 12345;
        full.finishedAt = u"2026-11-22T10:00:00.000Z"_s;
        QVERIFY(store->recordAttempt(full).ok());
        AttemptRecord elsewhere = attempt(u"J"_s, u"ingest"_s, 1, 1, u"OK"_s);
        elsewhere.runId = u"run-2"_s;
        QVERIFY(store->recordAttempt(elsewhere).ok());

        auto all = store->attempts(u"run-1"_s);
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
        QStringList order;
        for (const AttemptRecord &record : *all) {
            order << u"%1/%2/%3/%4"_s.arg(record.job, record.task).arg(record.cell).arg(record.attempt);
        }
        QCOMPARE(order, (QStringList {u"A/ingest/1/1"_s, u"J/ingest/2/1"_s, u"J/ingest/2/2"_s, u"J/ingest/10/1"_s,
                                      u"J/transform/2/1"_s, u"J/transform/2/2"_s}));

        auto ofJob = store->attempts(u"run-1"_s, u"J"_s);
        QCOMPARE(ofJob->size(), 5);
        auto ofTask = store->attempts(u"run-1"_s, u"J"_s, u"transform"_s);
        QCOMPARE(ofTask->size(), 2);
        const AttemptRecord &read = ofTask->at(1);
        QCOMPARE(read.status, u"FIXED"_s);
        QCOMPARE(read.execution, full.execution);
        QCOMPARE(read.errorPatterns, full.errorPatterns);
        QCOMPARE(read.sparkLogs, full.sparkLogs);
        QCOMPARE(read.judge, full.judge);
        QCOMPARE(read.detail, full.detail);
        QCOMPARE(read.code, full.code);
        QCOMPARE(read.fixerNote, full.fixerNote);
        QCOMPARE(read.durationMs, 12345);
        QCOMPARE(read.finishedAt, full.finishedAt);
        // A task name alone filters across jobs.
        QCOMPARE(store->attempts(u"run-1"_s, {}, u"ingest"_s)->size(), 4);

        // A re-run of the same attempt replaces it.
        full.status = u"FAILED"_s;
        full.judge = u"failed: still wrong"_s;
        QVERIFY(store->recordAttempt(full).ok());
        ofTask = store->attempts(u"run-1"_s, u"J"_s, u"transform"_s);
        QCOMPARE(ofTask->size(), 2);
        QCOMPARE(ofTask->at(1).status, u"FAILED"_s);
        QCOMPARE(ofTask->at(1).judge, u"failed: still wrong"_s);
        QCOMPARE(store->attempts(u"run-2"_s)->size(), 1);
    }

    // A history written before the tasks/attempts tables existed gains them on open.
    void addsTablesToAnOlderHistory()
    {
        QTemporaryDir project;
        {
            auto store = HistoryStore::open(project.path());
            QVERIFY(store.ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(HistoryStore::databasePath(project.path()));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DROP TABLE tasks"_s));
            QVERIFY(query.exec(u"DROP TABLE attempts"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        auto store = HistoryStore::open(project.path());
        QVERIFY(store.ok());
        TaskRecord task;
        task.runId = u"r"_s;
        task.job = u"j"_s;
        task.task = u"t"_s;
        task.status = u"PASS"_s;
        QVERIFY(store->recordTask(task).ok());
        QCOMPARE(store->tasks(u"r"_s)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
