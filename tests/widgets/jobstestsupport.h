// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the run and monitor tests (tst_runprocess, tst_jobmonitor, tst_datajobmonitor): real
// SQLite files for `mwb data start`, a project folder, and a look into .mwb/history.sqlite.

#include "history/historystore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Mwb::Test {

// A source database: customers (100 rows), orders (orderRows rows, FK to customers), notes (10 rows).
// At --batch-size 1000 the 200k-row orders table takes a few seconds to copy.
inline bool makeSourceDatabase(const QString &path, int orderRows)
{
    const QString connection = QStringLiteral("jobs-fixture-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
        ok = ok
            && q.exec(QStringLiteral(
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), "
                "amount REAL, note TEXT)"));
        ok = ok && q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
        ok = ok && db.transaction();
        // One statement per table: recursive CTEs fill them without a round trip per row.
        ok = ok
            && q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
                                     "INSERT INTO customers SELECT i, 'customer ' || i FROM n"));
        ok = ok
            && q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                     "INSERT INTO orders SELECT i, i %% 100 + 1, i * 0.5, 'order note ' || i FROM n")
                          .arg(orderRows)
                          .replace(QStringLiteral("%%"), QStringLiteral("%")));
        ok = ok
            && q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) "
                                     "INSERT INTO notes SELECT i, 'note ' || i FROM n"));
        ok = ok && db.commit();
        if (!ok) {
            qWarning() << "fixture database:" << q.lastError().text() << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// SELECT COUNT(*), COUNT(DISTINCT id), MIN(id), MAX(id) of a table: equal counts and a 1..n range mean
// no duplicates and no gaps.
struct TableCount
{
    qint64 rows = -1;
    qint64 distinctIds = -1;
    qint64 minId = -1;
    qint64 maxId = -1;
};

inline TableCount countTable(const QString &path, const QString &table)
{
    const QString connection = QStringLiteral("jobs-count-") + path;
    TableCount count;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT id), MIN(id), MAX(id) FROM ") + table)
                && q.next()) {
                count = { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong() };
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

// The history row of a run, read the way the GUI reads it (a separate connection, WAL).
inline History::RunRecord historyRow(const QString &projectDir, const QString &runId)
{
    auto store = History::HistoryStore::open(projectDir);
    if (!store) {
        return {};
    }
    auto found = store->find(runId);
    return found && *found ? **found : History::RunRecord {};
}

inline QStringList dataStartArguments(const QString &source, const QString &target, int batchSize = 1000)
{
    return { QStringLiteral("data"), QStringLiteral("start"), QStringLiteral("--source"),
        QStringLiteral("sqlite://") + source, QStringLiteral("--target"), QStringLiteral("sqlite://") + target,
        QStringLiteral("--batch-size"), QString::number(batchSize), QStringLiteral("--events"), QStringLiteral("-") };
}

} // namespace Mwb::Test
