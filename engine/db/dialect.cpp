// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/dialect.h"

#include "db/mysqldialect.h"
#include "db/postgresdialect.h"
#include "db/sqlitedialect.h"
#include "db/tr.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

const Dialect &Dialect::forKind(DialectKind kind)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    static const MysqlDialect mysql;
    switch (kind) {
    case DialectKind::Sqlite: return sqlite;
    case DialectKind::Postgres: return postgres;
    case DialectKind::Mysql: return mysql;
    }
    return sqlite;
}

QString Dialect::qualifiedName(const QString &schema, const QString &name) const
{
    return schema.isEmpty() ? quoteIdentifier(name) : quoteIdentifier(schema) + u'.' + quoteIdentifier(name);
}

QString Dialect::quotedList(const QStringList &names) const
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &name : names) {
        quoted << quoteIdentifier(name);
    }
    return quoted.join(u", "_s);
}

QString Dialect::quoteLiteral(const QString &text) const
{
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

Core::Result<void> Dialect::checkIdentifier(const QString &name, const QString &what) const
{
    Core::Error error;
    error.file = what;
    if (name.isEmpty()) {
        error.message = Tr::tr("empty name");
        error.hint = Tr::tr("Give the object a name in the source.");
        return error;
    }
    if (name.contains(QChar(0))) {
        error.message = Tr::tr("the name contains a NUL character");
        error.hint = Tr::tr("No database can create it; rename the object in the source.");
        return error;
    }
    const int limit = maxIdentifierLength();
    if (limit > 0) {
        const qsizetype length = identifierLengthInBytes() ? name.toUtf8().size() : name.size();
        if (length > limit) {
            error.message = identifierLengthInBytes()
                ? Tr::tr("the name is %1 bytes long; %2 keeps only %3 bytes and would silently cut it")
                      .arg(length)
                      .arg(dialectName(kind()))
                      .arg(limit)
                : Tr::tr("the name is %1 characters long; %2 allows at most %3").arg(length).arg(dialectName(kind())).arg(limit);
            error.hint = Tr::tr("Rename the object in the source, or exclude its table with --exclude-tables.");
            return error;
        }
    }
    return {};
}

QString Dialect::createViewSql(const View &view) const
{
    return u"CREATE VIEW "_s + quoteIdentifier(view.name) + u" AS\n"_s + view.definition.trimmed();
}

QString Dialect::dropTableSql(const QString &table) const
{
    return u"DROP TABLE IF EXISTS "_s + quoteIdentifier(table);
}

QString Dialect::selectList(const Table &table) const
{
    QStringList parts;
    for (const Column &column : table.columns) {
        if (!column.isGenerated()) {
            parts << selectExpression(column);
        }
    }
    return parts.join(u", "_s);
}

void Dialect::prepareReadQuery(QSqlQuery &query)
{
    query.setForwardOnly(true);
    // qsql.html: LowPrecisionDouble is the default and rounds DECIMAL(65,30) (reliability.md §8 row 10).
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
}

QString Dialect::placeholders(int count) const
{
    QString out;
    out.reserve(count * 3);
    for (int i = 0; i < count; ++i) {
        out += i == 0 ? u"?"_s : u", ?"_s;
    }
    return out;
}

} // namespace Mwb::Db
