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
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
