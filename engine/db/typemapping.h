// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/schemamodel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mwb::Db {

// What a value scan of the source found in one column; decides mappings that the declared type
// alone cannot (DATA_MIGRATION.md: tinyint(1) -> boolean only after a scan proves 0/1).
struct ColumnFacts
{
    bool scanned = false;
    bool onlyZeroOrOne = true;       // tinyint(1): every non-NULL value is 0 or 1
    bool hasAboveInt64 = false;      // unsigned bigint values > 2^63-1 (SQLite target: TEXT)
    bool hasNonFinite = false;       // float NaN / Infinity (MySQL target cannot store them)
    bool hasNaN = false;             // float NaN (SQLite stores it as NULL)
    bool hasNegativeZero = false;    // float -0 (SQLite REAL reads it back as 0)
    bool hasZeroDates = false;       // MySQL 0000-00-00 style dates
    QStringList sqliteStorageClasses; // SQLite typeof() values seen: integer, real, text, blob
    qint64 maxTextLength = -1;       // longest text value in characters, -1 = not scanned
};
using TableFacts = QHash<QString, ColumnFacts>; // by column name
using FactsMap = QHash<QString, TableFacts>;    // by table name

// A schema-copy warning: {object, kind, message} in the JSON summary.
struct SchemaWarning
{
    QString object; // "table.column", "table", "index name", "view name"
    QString kind;   // type_changed, precision_lost, default_dropped, check_dropped, identity_changed,
                    // index_changed, trigger_skipped, view_unverified, routine_skipped, ...
    QString message;
};

// Something schema-copy did not translate; its original source goes to skipped/<file>.sql.
struct SkippedItem
{
    QString object;
    QString kind;   // stored_procedure, function, untranslatable_trigger
    QString reason;
    QString sourceSql;
};

struct MappedSchema
{
    Schema schema; // in the target dialect: column types, defaults, checks rewritten
    QList<SchemaWarning> warnings;
    QList<SkippedItem> skipped;
};

// Maps one column's type from its source dialect to `target`. Never narrows: REAL -> double
// precision, NUMERIC(p,s) kept, unsigned BIGINT -> numeric(20,0), text lengths kept, BLOB ->
// bytea / LONGBLOB, timestamp precision and time-zone semantics kept. Warnings are appended
// when the target cannot express something exactly.
ColumnType mapColumnType(const Column &column, const QString &table, DialectKind source, DialectKind target,
                         const ColumnFacts &facts, QList<SchemaWarning> &warnings);

// Maps a whole schema. Fails before anything is written when two names collide in the target
// (case folding, 63-byte truncation) or a name cannot be created there (NUL, too long).
Core::Result<MappedSchema> mapSchema(const Schema &source, DialectKind target, const FactsMap &facts);

} // namespace Mwb::Db
