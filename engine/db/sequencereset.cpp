// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sequencereset.h"

#include "db/connection.h"
#include "db/dialect.h"
#include "db/tr.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

const Column *identityColumn(const Table &table)
{
    for (const Column &column : table.columns) {
        if (column.identity != IdentityKind::None) {
            return &column;
        }
    }
    return nullptr;
}

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto failure(const QString &table, const QSqlQuery &query)
{
    return Core::Error::inFile(table, Tr::tr("cannot reset the next generated id: %1").arg(query.lastError().text()),
                               Tr::tr("Set it by hand before the application inserts rows."));
}

} // namespace

Core::Result<QStringList> resetIdentities(Connection &target, const QList<Table> &sourceTables,
                                          const QList<Table> &targetTables)
{
    const Dialect &dialect = target.dialect();
    QStringList done;
    for (const Table &table : targetTables) {
        const Column *column = identityColumn(table);
        if (!column || column->type.family != TypeFamily::Integer) {
            continue;
        }
        qint64 highWater = -1;
        for (const Table &source : sourceTables) {
            if (source.name == table.name) {
                highWater = source.identityHighWater;
            }
        }
        const QString quotedTable = dialect.quoteIdentifier(table.name);
        const QString quotedColumn = dialect.quoteIdentifier(column->name);
        QSqlQuery query = target.query();
        if (!query.exec(u"SELECT MAX("_s + quotedColumn + u") FROM "_s + quotedTable) || !query.next()) {
            return failure(table.name, query);
        }
        const bool empty = query.value(0).isNull();
        const qint64 maxValue = empty ? 0 : query.value(0).toLongLong();
        query.finish();
        const qint64 used = qMax(maxValue, highWater);
        if (empty && highWater <= 0) {
            continue; // the start value stands
        }
        switch (dialect.kind()) {
        case DialectKind::Postgres: {
            // pg_get_serial_sequence finds serial and identity sequences alike (PostgreSQL 10+).
            query.prepare(u"SELECT setval(pg_get_serial_sequence(?, ?), ?, true)"_s);
            query.bindValue(0, quotedTable);
            query.bindValue(1, column->name);
            query.bindValue(2, used);
            if (!query.exec()) {
                return failure(table.name, query);
            }
            break;
        }
        case DialectKind::Mysql:
            // AUTO_INCREMENT takes no placeholder; the value is a number we computed.
            if (!query.exec(u"ALTER TABLE "_s + quotedTable + u" AUTO_INCREMENT = "_s + QString::number(used + 1))) {
                return failure(table.name, query);
            }
            break;
        case DialectKind::Sqlite: {
            // Only AUTOINCREMENT tables keep a high-water mark (sqlite_sequence); a plain rowid
            // table hands out max(rowid) + 1 by itself.
            query.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
            query.bindValue(0, table.name);
            if (!query.exec() || !query.next() || !query.value(0).toString().contains(u"AUTOINCREMENT"_s, Qt::CaseInsensitive)) {
                continue;
            }
            query.finish();
            query.prepare(u"UPDATE sqlite_sequence SET seq = ? WHERE name = ?"_s);
            query.bindValue(0, used);
            query.bindValue(1, table.name);
            if (!query.exec()) {
                return failure(table.name, query);
            }
            if (query.numRowsAffected() == 0) {
                query.prepare(u"INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"_s);
                query.bindValue(0, table.name);
                query.bindValue(1, used);
                if (!query.exec()) {
                    return failure(table.name, query);
                }
            }
            break;
        }
        }
        done << u"%1.%2 -> %3"_s.arg(table.name, column->name).arg(used + 1);
    }
    return done;
}

} // namespace Mwb::Db
