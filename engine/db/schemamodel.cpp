// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/schemamodel.h"

using namespace Qt::StringLiterals;

namespace Mwb::Db {

QString typeFamilyName(TypeFamily family)
{
    switch (family) {
    case TypeFamily::Boolean: return u"boolean"_s;
    case TypeFamily::Integer: return u"integer"_s;
    case TypeFamily::Decimal: return u"decimal"_s;
    case TypeFamily::Float: return u"float"_s;
    case TypeFamily::Text: return u"text"_s;
    case TypeFamily::Binary: return u"binary"_s;
    case TypeFamily::Date: return u"date"_s;
    case TypeFamily::Time: return u"time"_s;
    case TypeFamily::Timestamp: return u"timestamp"_s;
    case TypeFamily::Interval: return u"interval"_s;
    case TypeFamily::Json: return u"json"_s;
    case TypeFamily::Uuid: return u"uuid"_s;
    case TypeFamily::Bit: return u"bit"_s;
    case TypeFamily::Enum: return u"enum"_s;
    case TypeFamily::Other: return u"other"_s;
    }
    return u"other"_s;
}

QString fkActionSql(FkAction action)
{
    switch (action) {
    case FkAction::NoAction: return u"NO ACTION"_s;
    case FkAction::Restrict: return u"RESTRICT"_s;
    case FkAction::Cascade: return u"CASCADE"_s;
    case FkAction::SetNull: return u"SET NULL"_s;
    case FkAction::SetDefault: return u"SET DEFAULT"_s;
    }
    return u"NO ACTION"_s;
}

FkAction fkActionFromSql(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    for (const FkAction action : { FkAction::Restrict, FkAction::Cascade, FkAction::SetNull, FkAction::SetDefault }) {
        if (t == fkActionSql(action)) {
            return action;
        }
    }
    return FkAction::NoAction;
}

const Column *Table::column(const QString &columnName) const
{
    for (const Column &c : columns) {
        if (c.name == columnName) {
            return &c;
        }
    }
    return nullptr;
}

qsizetype Table::columnIndex(const QString &columnName) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == columnName) {
            return i;
        }
    }
    return -1;
}

const Table *Schema::table(const QString &tableName) const
{
    for (const Table &t : tables) {
        if (t.name == tableName) {
            return &t;
        }
    }
    return nullptr;
}

Table *Schema::table(const QString &tableName)
{
    for (Table &t : tables) {
        if (t.name == tableName) {
            return &t;
        }
    }
    return nullptr;
}

bool TableFilter::matches(const QString &table) const
{
    if (exclude.contains(table)) {
        return false;
    }
    return include.isEmpty() || include.contains(table);
}

} // namespace Mwb::Db
