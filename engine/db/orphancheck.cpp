// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/orphancheck.h"

#include "db/checkpointstore.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "db/failedrowwriter.h"
#include "db/tablecopier.h"
#include "db/tr.h"

#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

// "c.a IS NOT NULL AND ... AND NOT EXISTS (SELECT 1 FROM parent p WHERE p.x = c.a AND ...)"
QString orphanPredicate(const Dialect &dialect, const ForeignKey &fk, const QString &childAlias, bool derivedParent = false)
{
    QStringList notNull;
    QStringList match;
    for (qsizetype i = 0; i < fk.columns.size(); ++i) {
        const QString child = childAlias + dialect.quoteIdentifier(fk.columns.at(i));
        notNull << child + u" IS NOT NULL"_s;
        match << u"p."_s + dialect.quoteIdentifier(fk.refColumns.value(i)) + u" = "_s + child;
    }
    // MySQL refuses a DELETE whose subquery reads the same table (error 1093) unless that read is
    // a derived table, which it materialises first.
    const QString parent = derivedParent ? u"(SELECT "_s + dialect.quotedList(fk.refColumns) + u" FROM "_s
            + dialect.quoteIdentifier(fk.refTable) + u')'
                                         : dialect.quoteIdentifier(fk.refTable);
    return notNull.join(u" AND "_s) + u" AND NOT EXISTS (SELECT 1 FROM "_s + parent + u" p WHERE "_s + match.join(u" AND "_s)
        + u')';
}

QSet<QByteArray> existingLines(const QString &file)
{
    QSet<QByteArray> seen;
    QFile in(file);
    if (in.open(QIODevice::ReadOnly)) {
        while (!in.atEnd()) {
            const QByteArray line = in.readLine().trimmed();
            // Lines differ only in their timestamp when written twice: compare without it.
            const qsizetype ts = line.lastIndexOf(",\"ts\":");
            seen.insert(ts > 0 ? line.left(ts) : line);
        }
    }
    return seen;
}

} // namespace

Core::Result<OrphanResult> moveOrphans(Connection &target, const QList<Table> &tables, const QString &violationsFile,
                                       const QString &jobId)
{
    const Dialect &dialect = target.dialect();
    OrphanResult result;
    QSet<QByteArray> seen = existingLines(violationsFile);
    FailedRowWriter out(violationsFile);
    for (int pass = 0; pass < 16; ++pass) {
        qint64 found = 0;
        for (const Table &table : tables) {
            for (const ForeignKey &fk : table.foreignKeys) {
                if (fk.columns.isEmpty() || fk.columns.size() != fk.refColumns.size()) {
                    continue;
                }
                const QString predicate = orphanPredicate(dialect, fk, u"c."_s);
                QSqlQuery query = target.query();
                if (!query.exec(u"SELECT c.* FROM "_s + dialect.quoteIdentifier(table.name) + u" c WHERE "_s + predicate)) {
                    return Core::Error::inFile(table.name, Tr::tr("cannot check foreign key rows: %1").arg(query.lastError().text()));
                }
                QStringList columns;
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i) {
                    columns << record.fieldName(i);
                }
                const QList<int> key = TableCopier::keyColumns(table, columns);
                qint64 rows = 0;
                while (query.next()) {
                    FailedRow row;
                    row.table = table.name;
                    row.columns = columns;
                    for (int i = 0; i < record.count(); ++i) {
                        row.values.append(query.value(i));
                    }
                    row.keyColumns = key;
                    QStringList parentKey;
                    for (const QString &c : fk.columns) {
                        parentKey << row.values.value(columns.indexOf(c)).toString();
                    }
                    row.error = Tr::tr("no row in %1 with (%2) = (%3)")
                                    .arg(fk.refTable, fk.refColumns.join(u", "_s), parentKey.join(u", "_s));
                    row.code = u"fk_violation"_s;
                    const QByteArray line = FailedRowWriter::toJsonLine(row);
                    const qsizetype ts = line.lastIndexOf(",\"ts\":");
                    if (!seen.contains(ts > 0 ? line.left(ts) : line)) {
                        seen.insert(ts > 0 ? line.left(ts) : line);
                        if (auto written = out.append(row); !written) {
                            return written.error();
                        }
                    }
                    ++rows;
                }
                query.finish();
                if (rows == 0) {
                    continue;
                }
                if (auto synced = out.sync(); !synced) {
                    return synced.error();
                }
                // Delete and move the counters in one transaction.
                const QString deleteSql = u"DELETE FROM "_s + dialect.quoteIdentifier(table.name) + u" WHERE "_s
                    + orphanPredicate(dialect, fk, dialect.quoteIdentifier(table.name) + u'.',
                                      dialect.kind() == DialectKind::Mysql);
                QSqlDatabase db = target.database();
                db.transaction();
                QSqlQuery del(db);
                if (!del.exec(deleteSql)) {
                    db.rollback();
                    return Core::Error::inFile(table.name, Tr::tr("cannot remove rows without parent: %1").arg(del.lastError().text()));
                }
                const qint64 removed = del.numRowsAffected();
                QSqlQuery count(db);
                count.prepare(u"UPDATE "_s + dialect.quoteIdentifier(CheckpointStore::tableName())
                              + u" SET rows_migrated = rows_migrated - ?, rows_failed = rows_failed + ? WHERE job_id = ? AND table_name = ?"_s);
                count.bindValue(0, removed);
                count.bindValue(1, removed);
                count.bindValue(2, jobId);
                count.bindValue(3, table.name);
                count.exec();
                if (!db.commit()) {
                    return Core::Error::inFile(table.name, Tr::tr("cannot remove rows without parent: %1").arg(db.lastError().text()));
                }
                result.removedByTable[table.name] += removed;
                result.total += removed;
                found += removed;
            }
        }
        if (found == 0) {
            break;
        }
    }
    return result;
}

} // namespace Mwb::Db
