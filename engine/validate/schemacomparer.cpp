// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacomparer.h"

#include "db/typemapping.h"
#include "tr.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mwb::Validate {

using Db::TypeFamily;

namespace {

template<typename T>
const T *findByName(const QList<T> &items, const QString &name)
{
    for (const T &item : items) {
        if (item.name == name) {
            return &item;
        }
    }
    for (const T &item : items) {
        if (item.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &item;
        }
    }
    return nullptr;
}

int effectiveFraction(const Db::ColumnType &type, Db::DialectKind dialect)
{
    if (type.precision >= 0) {
        return type.precision;
    }
    return dialect == Db::DialectKind::Mysql ? 0 : 6;
}

// The target column's type matches the mapped one in what the values need.
bool sameType(const Db::ColumnType &mapped, const Db::ColumnType &actual, Db::DialectKind dialect)
{
    const auto textual = [](TypeFamily f) { return f == TypeFamily::Text || f == TypeFamily::Uuid || f == TypeFamily::Enum; };
    const auto booleanLike = [](const Db::ColumnType &type) {
        return type.family == TypeFamily::Boolean || (type.family == TypeFamily::Integer && (type.byteSize == 1 || type.displayWidthOne));
    };
    if ((mapped.family == TypeFamily::Boolean || actual.family == TypeFamily::Boolean) && booleanLike(mapped) == booleanLike(actual)) {
        return true; // tinyint(1) and boolean hold the same 0/1 (a value scan decides the mapping; the data check compares them)
    }
    if (mapped.family == TypeFamily::Boolean && actual.family == TypeFamily::Integer) {
        return true; // SQLite INTEGER for a boolean: wider, same values
    }
    if (mapped.family != actual.family && !(textual(mapped.family) && textual(actual.family))) {
        return false;
    }
    switch (mapped.family) {
    case TypeFamily::Integer: return actual.byteSize >= mapped.byteSize || actual.byteSize == 0 || mapped.byteSize == 0;
    case TypeFamily::Float: return actual.byteSize >= mapped.byteSize || actual.byteSize == 0 || mapped.byteSize == 0;
    case TypeFamily::Decimal:
        return mapped.precision < 0 || (actual.precision >= mapped.precision && actual.scale == qMax(mapped.scale, 0))
            || actual.precision < 0;
    case TypeFamily::Text:
    case TypeFamily::Binary: return mapped.length <= 0 || actual.length <= 0 || actual.length >= mapped.length;
    case TypeFamily::Time:
    case TypeFamily::Timestamp:
        return effectiveFraction(actual, dialect) >= effectiveFraction(mapped, dialect) && actual.withTimeZone == mapped.withTimeZone;
    default: return true;
    }
}

QString columnsKey(const QStringList &columns)
{
    QStringList lower;
    for (const QString &column : columns) {
        lower << column.toLower();
    }
    return lower.join(u", "_s);
}

QString indexKey(const Db::Index &index)
{
    QStringList parts;
    for (const Db::IndexColumn &column : index.columns) {
        parts << (column.name.isEmpty() ? column.expression : column.name.toLower());
    }
    return parts.join(u", "_s);
}

QString fkKey(const Db::ForeignKey &fk)
{
    return u"("_s + columnsKey(fk.columns) + u") -> "_s + fk.refTable.toLower() + u'(' + columnsKey(fk.refColumns) + u')';
}

QSet<QString> uniqueKeys(const Db::Table &table)
{
    QSet<QString> keys;
    for (const Db::UniqueConstraint &unique : table.uniques) {
        keys.insert(columnsKey(unique.columns));
    }
    for (const Db::Index &index : table.indexes) {
        if (index.unique) {
            keys.insert(indexKey(index));
        }
    }
    return keys;
}

QSet<QString> plainIndexKeys(const Db::Table &table)
{
    QSet<QString> keys;
    for (const Db::Index &index : table.indexes) {
        if (!index.unique) {
            keys.insert(indexKey(index));
        }
    }
    return keys;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

void compareSets(QList<SchemaDifference> &out, const QString &object, const QString &kind, const QSet<QString> &source,
                 const QSet<QString> &mapped, const QSet<QString> &target)
{
    for (const QString &key : sorted(mapped - target)) {
        out << SchemaDifference { object, kind, key, QString(), key, false, Tr::tr("missing in the target") };
    }
    for (const QString &key : sorted(target - mapped)) {
        out << SchemaDifference { object, kind, QString(), key, QString(), false, Tr::tr("only in the target") };
    }
    for (const QString &key : sorted(source - mapped)) {
        if (!target.contains(key)) {
            out << SchemaDifference { object, kind, key, QString(), QString(), true,
                                      Tr::tr("not carried over by the type mapping") };
        }
    }
}

} // namespace

QList<SchemaDifference> SchemaComparer::compare(const Db::Schema &source, const Db::Schema &target, const QStringList &tables)
{
    QList<SchemaDifference> out;
    Db::MappedSchema mapped;
    if (auto result = Db::mapSchema(source, target.dialect, {}); result) {
        mapped = *result;
    } else {
        mapped.schema = source;
        out << SchemaDifference { u"schema"_s, u"mapping"_s, QString(), QString(), QString(), false,
                                  Tr::tr("the source schema cannot be mapped to %1: %2")
                                      .arg(Db::dialectName(target.dialect), result.error().message) };
    }
    QHash<QString, QStringList> warningsByObject;
    for (const Db::SchemaWarning &warning : mapped.warnings) {
        warningsByObject[warning.object.toLower()] << warning.kind;
    }
    for (const Db::Table &sourceTable : source.tables) {
        if (!tables.isEmpty() && !tables.contains(sourceTable.name)) {
            continue;
        }
        const Db::Table *mappedTable = mapped.schema.table(sourceTable.name);
        const Db::Table *targetTable = findByName(target.tables, sourceTable.name);
        if (!targetTable) {
            out << SchemaDifference { sourceTable.name, u"table_missing"_s, sourceTable.name, QString(), sourceTable.name,
                                      false, Tr::tr("the table is missing in the target") };
            continue;
        }
        if (!mappedTable) {
            mappedTable = &sourceTable;
        }
        for (const Db::Column &sourceColumn : sourceTable.columns) {
            const QString object = sourceTable.name + u'.' + sourceColumn.name;
            const Db::Column *targetColumn = findByName(targetTable->columns, sourceColumn.name);
            if (!targetColumn) {
                out << SchemaDifference { object, u"column_missing"_s, sourceColumn.type.sql, QString(), QString(), false,
                                          Tr::tr("the column is missing in the target") };
                continue;
            }
            const Db::Column *mappedColumn = findByName(mappedTable->columns, sourceColumn.name);
            if (!mappedColumn) {
                mappedColumn = &sourceColumn;
            }
            const QStringList warnings = warningsByObject.value(object.toLower());
            const bool sameSql = sourceColumn.type.sql.compare(targetColumn->type.sql, Qt::CaseInsensitive) == 0;
            if (!sameType(mappedColumn->type, targetColumn->type, target.dialect)) {
                out << SchemaDifference { object, u"type"_s, sourceColumn.type.sql, targetColumn->type.sql,
                                          mappedColumn->type.sql, false,
                                          Tr::tr("the target type does not hold what the mapping needs (%1 expected)")
                                              .arg(mappedColumn->type.sql) };
            } else if (!sameSql || !warnings.isEmpty()) {
                out << SchemaDifference { object, u"type"_s, sourceColumn.type.sql, targetColumn->type.sql,
                                          mappedColumn->type.sql, true,
                                          warnings.isEmpty() ? Tr::tr("dialect spelling of the same values")
                                                             : Tr::tr("mapping: %1").arg(warnings.join(u", "_s)) };
            }
            if (mappedColumn->nullable != targetColumn->nullable) {
                const QString s = sourceColumn.nullable ? u"NULL"_s : u"NOT NULL"_s;
                const QString t = targetColumn->nullable ? u"NULL"_s : u"NOT NULL"_s;
                out << SchemaDifference { object, u"nullable"_s, s, t, mappedColumn->nullable ? u"NULL"_s : u"NOT NULL"_s,
                                          false, Tr::tr("nullability differs") };
            }
            const bool identity = sourceColumn.identity != Db::IdentityKind::None || targetColumn->identity != Db::IdentityKind::None;
            if (!identity && mappedColumn->defaultSql.has_value() != targetColumn->defaultSql.has_value()) {
                const bool dropped = !mappedColumn->defaultSql && sourceColumn.defaultSql;
                out << SchemaDifference { object, u"default"_s, sourceColumn.defaultSql.value_or(QString()),
                                          targetColumn->defaultSql.value_or(QString()),
                                          mappedColumn->defaultSql.value_or(QString()), dropped && !targetColumn->defaultSql,
                                          Tr::tr("the default is present on one side only") };
            }
        }
        for (const Db::Column &targetColumn : targetTable->columns) {
            if (!findByName(sourceTable.columns, targetColumn.name)) {
                out << SchemaDifference { sourceTable.name + u'.' + targetColumn.name, u"column_extra"_s, QString(),
                                          targetColumn.type.sql, QString(), false, Tr::tr("the column is only in the target") };
            }
        }
        const QString pkSource = sourceTable.primaryKey ? columnsKey(sourceTable.primaryKey->columns) : QString();
        const QString pkMapped = mappedTable->primaryKey ? columnsKey(mappedTable->primaryKey->columns) : QString();
        const QString pkTarget = targetTable->primaryKey ? columnsKey(targetTable->primaryKey->columns) : QString();
        if (pkMapped != pkTarget) {
            out << SchemaDifference { sourceTable.name, u"primary_key"_s, pkSource, pkTarget, pkMapped, false,
                                      Tr::tr("the primary key differs") };
        }
        compareSets(out, sourceTable.name, u"unique"_s, uniqueKeys(sourceTable), uniqueKeys(*mappedTable), uniqueKeys(*targetTable));
        compareSets(out, sourceTable.name, u"index"_s, plainIndexKeys(sourceTable), plainIndexKeys(*mappedTable),
                    plainIndexKeys(*targetTable));
        QSet<QString> fkSource, fkMapped, fkTarget;
        for (const Db::ForeignKey &fk : sourceTable.foreignKeys) {
            fkSource.insert(fkKey(fk));
        }
        for (const Db::ForeignKey &fk : mappedTable->foreignKeys) {
            fkMapped.insert(fkKey(fk));
        }
        for (const Db::ForeignKey &fk : targetTable->foreignKeys) {
            fkTarget.insert(fkKey(fk));
        }
        compareSets(out, sourceTable.name, u"foreign_key"_s, fkSource, fkMapped, fkTarget);
        if (mappedTable->checks.size() != targetTable->checks.size()) {
            out << SchemaDifference { sourceTable.name, u"check"_s, QString::number(sourceTable.checks.size()),
                                      QString::number(targetTable->checks.size()), QString::number(mappedTable->checks.size()),
                                      false, Tr::tr("the number of CHECK constraints differs") };
        } else if (sourceTable.checks.size() != targetTable->checks.size()) {
            out << SchemaDifference { sourceTable.name, u"check"_s, QString::number(sourceTable.checks.size()),
                                      QString::number(targetTable->checks.size()), QString::number(mappedTable->checks.size()),
                                      true, Tr::tr("CHECK constraints the mapping does not carry over") };
        }
    }
    for (const Db::Table &targetTable : target.tables) {
        if (!findByName(source.tables, targetTable.name) && (tables.isEmpty() || tables.contains(targetTable.name))) {
            out << SchemaDifference { targetTable.name, u"table_extra"_s, QString(), targetTable.name, QString(), false,
                                      Tr::tr("the table is only in the target") };
        }
    }
    if (tables.isEmpty()) {
        for (const Db::View &view : source.views) {
            if (!findByName(target.views, view.name)) {
                const bool mappedAway = !findByName(mapped.schema.views, view.name);
                out << SchemaDifference { u"view "_s + view.name, u"view"_s, view.name, QString(), QString(), mappedAway,
                                          Tr::tr("the view is missing in the target") };
            }
        }
        for (const Db::Trigger &trigger : source.triggers) {
            if (!findByName(target.triggers, trigger.name)) {
                const bool mappedAway = !findByName(mapped.schema.triggers, trigger.name);
                out << SchemaDifference { u"trigger "_s + trigger.name, u"trigger"_s, trigger.name, QString(), QString(),
                                          mappedAway, Tr::tr("the trigger is missing in the target") };
            }
        }
        for (const Db::View &view : target.views) {
            if (!findByName(source.views, view.name)) {
                out << SchemaDifference { u"view "_s + view.name, u"view"_s, QString(), view.name, QString(), false,
                                          Tr::tr("the view is only in the target") };
            }
        }
        for (const Db::Trigger &trigger : target.triggers) {
            if (!findByName(source.triggers, trigger.name)) {
                out << SchemaDifference { u"trigger "_s + trigger.name, u"trigger"_s, QString(), trigger.name, QString(),
                                          false, Tr::tr("the trigger is only in the target") };
            }
        }
    }
    return out;
}

} // namespace Mwb::Validate
