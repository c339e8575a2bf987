// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/bulkwriter.h"

#include "db/connection.h"
#include "db/dialect.h"
#include "db/pgcopywriter.h"
#include "db/sqlwriter.h"
#include "db/tr.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

Core::Result<std::unique_ptr<BulkWriter>> BulkWriter::create(Connection &target, const Table &table,
                                                             const QStringList &columns)
{
    const Dialect &dialect = target.dialect();
    const QString quotedTable = dialect.quoteIdentifier(table.name);
    const QString columnList = dialect.quotedList(columns);
    if (dialect.kind() == DialectKind::Postgres) {
        auto *conn = static_cast<PGconn *>(target.nativeHandle());
        if (!conn) {
            return Core::Error::inFile(target.spec().describe(), Tr::tr("the PostgreSQL driver gave no native connection handle"),
                                       Tr::tr("Install the Qt PostgreSQL driver built against libpq (libqt6sql6-psql)."));
        }
        return std::unique_ptr<BulkWriter>(std::make_unique<PgCopyWriter>(
            conn, table, columns, u"COPY "_s + quotedTable + u" ("_s + columnList + u") FROM STDIN"_s));
    }
    QList<Column> targetColumns;
    for (const QString &name : columns) {
        const Column *column = table.column(name);
        Column fallback;
        fallback.name = name;
        targetColumns.append(column ? *column : fallback);
    }
    qint64 maxPacket = 16 * 1024 * 1024;
    if (dialect.kind() == DialectKind::Mysql) {
        QSqlQuery query = target.query();
        if (query.exec(u"SELECT @@max_allowed_packet"_s) && query.next()) {
            maxPacket = query.value(0).toLongLong();
        }
    }
    QString placeholders = u"("_s;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        placeholders += i == 0 ? u"?"_s : u", ?"_s;
    }
    placeholders += u')';
    return std::unique_ptr<BulkWriter>(std::make_unique<SqlWriter>(
        dialect, target.database(), u"INSERT INTO "_s + quotedTable + u" ("_s + columnList + u") VALUES "_s,
        placeholders, targetColumns, maxPacket));
}

} // namespace Mwb::Db
