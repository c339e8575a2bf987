// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/columnscan.h"

#include "db/dialect.h"
#include "db/tr.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

enum class Probe { StorageClasses, NotZeroOne, AboveInt64, NonFinite, NaN, NegativeZero, MaxLength };

struct ProbeColumn
{
    QString column;
    Probe probe;
};

QSet<QString> keyColumnsOf(const Schema &schema, const Table &table)
{
    QSet<QString> keys;
    if (table.primaryKey) {
        for (const QString &c : table.primaryKey->columns) {
            keys.insert(c);
        }
    }
    for (const UniqueConstraint &u : table.uniques) {
        for (const QString &c : u.columns) {
            keys.insert(c);
        }
    }
    for (const ForeignKey &fk : table.foreignKeys) {
        for (const QString &c : fk.columns) {
            keys.insert(c);
        }
    }
    for (const Table &other : schema.tables) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (fk.refTable == table.name) {
                for (const QString &c : fk.refColumns) {
                    keys.insert(c);
                }
            }
        }
    }
    return keys;
}

QString probeSql(const Dialect &dialect, const ProbeColumn &probe)
{
    const QString c = dialect.quoteIdentifier(probe.column);
    switch (probe.probe) {
    case Probe::StorageClasses: return u"group_concat(DISTINCT typeof("_s + c + u"))"_s;
    case Probe::NotZeroOne: return u"SUM(CASE WHEN "_s + c + u" IS NOT NULL AND "_s + c + u" NOT IN (0, 1) THEN 1 ELSE 0 END)"_s;
    case Probe::AboveInt64: return u"SUM(CASE WHEN "_s + c + u" > 9223372036854775807 THEN 1 ELSE 0 END)"_s;
    case Probe::NonFinite:
        if (dialect.kind() == DialectKind::Postgres) {
            return u"SUM(CASE WHEN "_s + c + u" IN ('NaN', 'Infinity', '-Infinity') THEN 1 ELSE 0 END)"_s;
        }
        return u"SUM(CASE WHEN "_s + c + u" > 1.7976931348623157e308 OR "_s + c + u" < -1.7976931348623157e308 THEN 1 ELSE 0 END)"_s;
    case Probe::NaN: return u"SUM(CASE WHEN "_s + c + u" = 'NaN' THEN 1 ELSE 0 END)"_s;
    case Probe::NegativeZero: return u"SUM(CASE WHEN "_s + c + u"::text = '-0' THEN 1 ELSE 0 END)"_s;
    case Probe::MaxLength:
        if (dialect.kind() == DialectKind::Sqlite) {
            return u"MAX(CASE WHEN typeof("_s + c + u") = 'text' THEN length("_s + c + u") END)"_s;
        }
        return u"MAX(char_length("_s + c + u"))"_s;
    }
    return {};
}

} // namespace

Core::Result<FactsMap> scanColumnFacts(const QSqlDatabase &db, const Schema &schema, DialectKind target)
{
    const Dialect &dialect = Dialect::forKind(schema.dialect);
    FactsMap facts;
    for (const Table &table : schema.tables) {
        const QSet<QString> keys = keyColumnsOf(schema, table);
        QList<ProbeColumn> probes;
        for (const Column &column : table.columns) {
            if (column.isGenerated()) {
                continue;
            }
            const ColumnType &t = column.type;
            if (schema.dialect == DialectKind::Sqlite) {
                probes.append({ column.name, Probe::StorageClasses });
                if (t.family == TypeFamily::Text || t.family == TypeFamily::Other || keys.contains(column.name)) {
                    probes.append({ column.name, Probe::MaxLength });
                }
            }
            if (t.displayWidthOne || (schema.dialect == DialectKind::Sqlite && t.family == TypeFamily::Boolean)) {
                probes.append({ column.name, Probe::NotZeroOne });
            }
            if (schema.dialect == DialectKind::Mysql && t.family == TypeFamily::Integer && t.isUnsigned && t.byteSize == 8) {
                probes.append({ column.name, Probe::AboveInt64 });
            }
            if (schema.dialect == DialectKind::Sqlite && t.family == TypeFamily::Integer && t.isUnsigned) {
                probes.append({ column.name, Probe::AboveInt64 });
            }
            if (target == DialectKind::Mysql && t.family == TypeFamily::Float && schema.dialect != DialectKind::Mysql) {
                probes.append({ column.name, Probe::NonFinite });
            }
            if (target == DialectKind::Sqlite && schema.dialect == DialectKind::Postgres && t.family == TypeFamily::Float) {
                probes.append({ column.name, Probe::NaN });
                probes.append({ column.name, Probe::NegativeZero });
            }
            if (target == DialectKind::Mysql && schema.dialect != DialectKind::Sqlite && t.family == TypeFamily::Text
                && keys.contains(column.name) && (t.length < 0 || t.length > 768)) {
                probes.append({ column.name, Probe::MaxLength });
            }
        }
        if (probes.isEmpty()) {
            continue;
        }
        QStringList selects;
        for (const ProbeColumn &probe : std::as_const(probes)) {
            selects << probeSql(dialect, probe);
        }
        QSqlQuery q(db);
        Dialect::prepareReadQuery(q);
        const QString sql = u"SELECT "_s + selects.join(u", "_s) + u" FROM "_s + dialect.quoteIdentifier(table.name);
        if (!q.exec(sql) || !q.next()) {
            Core::Error error;
            error.file = Tr::tr("table \"%1\"").arg(table.name);
            error.message = Tr::tr("scanning column values failed: %1").arg(q.lastError().text());
            error.hint = Tr::tr("The scan decides exact type mappings (tinyint(1), unsigned bigint, SQLite storage "
                                "classes); the user needs SELECT on the table.");
            return error;
        }
        TableFacts &tableFacts = facts[table.name];
        for (qsizetype i = 0; i < probes.size(); ++i) {
            ColumnFacts &f = tableFacts[probes.at(i).column];
            f.scanned = true;
            const QVariant value = q.value(int(i));
            switch (probes.at(i).probe) {
            case Probe::StorageClasses: {
                QStringList classes = value.toString().split(u',', Qt::SkipEmptyParts);
                classes.removeAll(u"null"_s);
                classes.sort();
                f.sqliteStorageClasses = classes;
                break;
            }
            case Probe::NotZeroOne: f.onlyZeroOrOne = value.toString().toLongLong() == 0; break;
            case Probe::AboveInt64: f.hasAboveInt64 = value.toString().toLongLong() > 0; break;
            case Probe::NonFinite: f.hasNonFinite = value.toString().toLongLong() > 0; break;
            case Probe::NaN: f.hasNaN = value.toString().toLongLong() > 0; break;
            case Probe::NegativeZero: f.hasNegativeZero = value.toString().toLongLong() > 0; break;
            case Probe::MaxLength: f.maxTextLength = value.isNull() ? 0 : value.toString().toLongLong(); break;
            }
        }
    }
    return facts;
}

} // namespace Mwb::Db
