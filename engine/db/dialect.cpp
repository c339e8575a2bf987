// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/dialect.h"

#include "db/mysqldialect.h"
#include "db/postgresdialect.h"
#include "db/sqlitedialect.h"
#include "db/tr.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

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

Core::Error Dialect::catalogError(const QString &catalog, const QSqlQuery &query, const QString &what, const QString &hint)
{
    Core::Error error;
    error.file = catalog;
    error.message = Tr::tr("reading %1 failed: %2").arg(what, query.lastError().text());
    error.hint = hint;
    return error;
}

Core::Result<QSqlQuery> Dialect::catalogQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                              const QString &catalog, const QString &what, const QString &hint)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return catalogError(catalog, query, what, hint);
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return catalogError(catalog, query, what, hint);
    }
    return query;
}

QString Dialect::constraintPrefix(const QString &name) const
{
    return name.isEmpty() ? QString() : u"CONSTRAINT "_s + quoteIdentifier(name) + u' ';
}

QString Dialect::foreignKeyClause(const ForeignKey &fk, bool withDeferrable) const
{
    QString sql = constraintPrefix(fk.name) + u"FOREIGN KEY ("_s + quotedList(fk.columns) + u") REFERENCES "_s
        + quoteIdentifier(fk.refTable) + u" ("_s + quotedList(fk.refColumns) + u')';
    if (fk.onDelete != FkAction::NoAction) {
        sql += u" ON DELETE "_s + fkActionSql(fk.onDelete);
    }
    if (fk.onUpdate != FkAction::NoAction) {
        sql += u" ON UPDATE "_s + fkActionSql(fk.onUpdate);
    }
    if (withDeferrable && fk.deferrable) {
        sql += fk.initiallyDeferred ? u" DEFERRABLE INITIALLY DEFERRED"_s : u" DEFERRABLE INITIALLY IMMEDIATE"_s;
    }
    return sql;
}

QStringList Dialect::checkLines(const Table &table) const
{
    QStringList lines;
    for (const CheckConstraint &check : table.checks) {
        lines << u"    "_s + constraintPrefix(check.name) + u"CHECK ("_s + check.expression + u')';
    }
    return lines;
}

QStringList Dialect::indexParts(const Index &index, bool parenthesiseExpressions) const
{
    QStringList parts;
    for (const IndexColumn &column : index.columns) {
        QString part = column.expression.isEmpty() ? quoteIdentifier(column.name)
            : parenthesiseExpressions              ? u'(' + column.expression + u')'
                                                   : column.expression;
        if (column.prefixLength > 0) {
            part += u'(' + QString::number(column.prefixLength) + u')';
        }
        if (column.descending) {
            part += u" DESC"_s;
        }
        parts << part;
    }
    return parts;
}

QVariant Dialect::bindValue(const QVariant &value, const Column &target) const
{
    const TypeFamily family = target.type.family;
    if (value.isNull()) {
        switch (family) {
        case TypeFamily::Boolean: return kind() == DialectKind::Postgres ? QVariant(QMetaType(QMetaType::Bool)) : QVariant(QMetaType(QMetaType::LongLong));
        case TypeFamily::Integer: return QVariant(QMetaType(QMetaType::LongLong));
        case TypeFamily::Float: return QVariant(QMetaType(QMetaType::Double));
        case TypeFamily::Binary: return QVariant(QMetaType(QMetaType::QByteArray));
        default: return QVariant(QMetaType(QMetaType::QString));
        }
    }
    const int type = value.metaType().id();
    switch (family) {
    case TypeFamily::Boolean: {
        bool flag = false;
        if (type == QMetaType::Bool) {
            flag = value.toBool();
        } else if (type == QMetaType::QString) {
            const QString text = value.toString().trimmed().toLower();
            flag = text == u"1" || text == u"t" || text == u"true" || text == u"y" || text == u"yes" || text == u"on";
        } else {
            flag = value.toLongLong() != 0;
        }
        return kind() == DialectKind::Postgres ? QVariant(flag) : QVariant(qlonglong(flag ? 1 : 0));
    }
    case TypeFamily::Integer:
        if (type == QMetaType::Bool) {
            return qlonglong(value.toBool() ? 1 : 0);
        }
        if (type == QMetaType::LongLong || type == QMetaType::ULongLong) {
            return value;
        }
        if (type == QMetaType::Int || type == QMetaType::UInt || type == QMetaType::Long || type == QMetaType::ULong
            || type == QMetaType::Short || type == QMetaType::UShort) {
            return value.toLongLong();
        }
        return value.toString(); // exact text; the server converts or rejects the row
    case TypeFamily::Float:
        if (type == QMetaType::Double || type == QMetaType::Float) {
            const double d = value.toDouble();
            // QPSQL formats -0.0 as "0": pass the sign as text (PostgreSQL keeps -0).
            if (d == 0 && std::signbit(d) && kind() == DialectKind::Postgres) {
                return u"-0"_s;
            }
            // A 4-byte float printed shortest ("3.4028235e38") parses to a double just outside
            // FLT_MAX / FLT_MIN, which MySQL rejects as out of range: bind the float it denotes.
            if (target.type.byteSize == 4 && kind() == DialectKind::Mysql && std::isfinite(d)) {
                return double(float(d));
            }
            return d;
        }
        return value.toString();
    case TypeFamily::Binary:
        return type == QMetaType::QByteArray ? value : QVariant(value.toString().toUtf8());
    case TypeFamily::Bit:
        if (kind() == DialectKind::Mysql) {
            bool ok = false;
            const qulonglong bits = value.toString().toULongLong(&ok, 2);
            return ok ? QVariant(bits) : value;
        }
        return value.toString();
    case TypeFamily::Decimal:
        if (type == QMetaType::Double) {
            // A SQLite REAL in a NUMERIC column: the shortest text that reads back as the same double.
            return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        }
        return value.toString();
    case TypeFamily::Text:
        if (type == QMetaType::QByteArray) {
            return value; // raw bytes: the writer decides (invalid UTF-8 is a row error, §10 case 2)
        }
        if (type == QMetaType::Double) {
            return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        }
        if (type == QMetaType::Bool) {
            return value.toBool() ? u"1"_s : u"0"_s;
        }
        return value.toString();
    default:
        if (type == QMetaType::Bool) {
            return value.toBool() ? u"1"_s : u"0"_s;
        }
        return value.toString();
    }
}

} // namespace Mwb::Db
