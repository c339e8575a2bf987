// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/connectionspec.h"
#include "db/schemamodel.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

namespace Mwb::Db {

// What an identifier names, for the collision rules of a target dialect.
enum class IdentifierKind { Table, Column, Index, Constraint, View, Trigger };

// Per-dialect behaviour: identifier quoting, catalog reading, DDL, and how the copy engine reads
// and binds values without losing them. Stateless singletons: Dialect::forKind(kind).
class Dialect
{
public:
    virtual ~Dialect() = default;
    static const Dialect &forKind(DialectKind kind);

    virtual DialectKind kind() const = 0;
    virtual QString qtDriverName() const = 0; // QSQLITE, QPSQL, QMYSQL

    // ---- identifiers (reliability.md §7.2; never Qt's escapeIdentifier) ----
    // Always quotes and doubles the quote character inside: "a""b" / `x``y`. Dots stay inside
    // the name. Callers check names with checkIdentifier first (NUL, length).
    virtual QString quoteIdentifier(const QString &name) const = 0;
    // schema.table with each part quoted on its own; an empty schema gives just the table.
    QString qualifiedName(const QString &schema, const QString &name) const;
    // "a", "b", "c" quoted and joined with ", ".
    QString quotedList(const QStringList &names) const;
    // A string literal with the quote doubled (MySQL also doubles backslashes).
    virtual QString quoteLiteral(const QString &text) const;
    // Longest name the dialect keeps: PostgreSQL 63 bytes of UTF-8 (longer names are silently
    // truncated by the server), MySQL 64 characters (64 for tables/columns/indexes), SQLite none (0).
    virtual int maxIdentifierLength() const = 0;
    virtual bool identifierLengthInBytes() const { return false; }
    // Error when the name has a NUL, is empty, or is longer than the dialect keeps (never truncate).
    Core::Result<void> checkIdentifier(const QString &name, const QString &what) const;
    // Two names with the same key name the same object in this dialect: SQLite folds ASCII case
    // everywhere; MySQL folds case for columns, indexes, triggers and (portably) tables; PostgreSQL
    // keeps quoted names apart. Used for the pre-flight collision check before any DDL.
    virtual QString collisionKey(const QString &name, IdentifierKind kind) const = 0;

    // ---- catalog ----
    // Reads tables (filtered), their columns, keys, FKs, indexes, and all views, triggers and
    // routines of the connection's default schema (PG: current_schema(); MySQL: DATABASE();
    // SQLite: main). Catalog queries bind names as parameters, never concatenate them.
    virtual Core::Result<Schema> readSchema(const QSqlDatabase &db, const TableFilter &filter) const = 0;

    // ---- DDL (the schema passed in must already be mapped to this dialect: typemapping.h) ----
    // CREATE TABLE with columns, PK, UNIQUE and CHECK constraints; no FKs (those come later).
    virtual QString createTableSql(const Table &table) const = 0;
    virtual QString createIndexSql(const Table &table, const Index &index) const = 0;
    // ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY. SQLite cannot add a FK to an existing table,
    // so its createTableSql() already holds the FKs and this returns an empty string (load with
    // PRAGMA foreign_keys=OFF, then PRAGMA foreign_key_check).
    virtual QString addForeignKeySql(const Table &table, const ForeignKey &fk) const = 0;
    virtual QString createViewSql(const View &view) const;
    virtual QString dropTableSql(const QString &table) const;
    // Whether DDL can run inside a transaction and roll back (PG, SQLite yes; MySQL commits
    // implicitly on every DDL statement).
    virtual bool transactionalDdl() const = 0;
    // The column type as written in DDL: column.type.sql, plus dialect specifics.
    virtual QString columnDefinitionSql(const Column &column, const Table &table) const = 0;

    // ---- reading values exactly (DATA_MIGRATION.md "Copy engine") ----
    // The select-list expression for a column, quoted, with a cast where the driver would lose
    // information: PG temporal/interval/json/uuid/bit/enum/other -> ::text, numeric -> ::text;
    // MySQL DATE/TIME/DATETIME/TIMESTAMP -> CAST(.. AS CHAR), BIT -> LPAD(BIN(..), n, '0'),
    // JSON -> CAST(.. AS CHAR); SQLite: the column itself (values as stored: qlonglong, double,
    // QString, QByteArray, null). What comes back per family:
    //   Integer: qlonglong (MySQL unsigned bigint: qulonglong); Decimal: QString (exact digits;
    //   PG also 'NaN'); Float: double (parse-exact); Boolean: bool (PG) / qlonglong 0|1 (MySQL
    //   tinyint(1)); Text/Json/Enum/Uuid/Date/Time/Timestamp/Interval: QString in ISO form
    //   ("2022-04-01 15:10:02.020409"; timestamptz / MySQL TIMESTAMP as naive UTC text);
    //   Binary: QByteArray; Bit: QString of 0/1 digits, one per bit (all dialects).
    virtual QString selectExpression(const Column &column) const = 0;
    // selectExpression for every column that is not generated, joined with ", ".
    QString selectList(const Table &table) const;
    // Forward-only and QSql::HighPrecision: call on every query that reads row data.
    static void prepareReadQuery(QSqlQuery &query);

    // ---- binding (writers) ----
    // Positional placeholders ("?") work for all three drivers. Bind rules that keep values
    // exact: decimals as QString, temporal values as QString (ISO text, never QDateTime: it
    // drops microseconds), unsigned 64-bit as qulonglong, bytes as QByteArray, NULL as
    // QVariant(QMetaType(<type>)) of the column's type. PG booleans as bool.
    QString placeholders(int count) const;

    // "reading <what> failed: <server error>" in the named catalog, with what to do.
    static Core::Error catalogError(const QString &catalog, const QSqlQuery &query, const QString &what, const QString &hint);
    // Prepares `sql` forward-only, binds `values` in order and runs it; or catalogError.
    static Core::Result<QSqlQuery> catalogQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                                const QString &catalog, const QString &what, const QString &hint);

    // A value as read from any source (see above), converted for binding into `target` (a column
    // of the mapped schema in this dialect): decimals and text-like families as QString, Boolean
    // as bool (SQLite/MySQL: 0/1), Bit as qulonglong for MySQL and 0/1 text elsewhere, Binary as
    // QByteArray, integers stay qlonglong/qulonglong unless the target column is text (SQLite
    // TEXT for unsigned 64-bit). NULL becomes a typed null. Never goes through QDateTime or float.
    QVariant bindValue(const QVariant &value, const Column &target) const;

protected:
    // DDL fragments shared by the dialects.
    QString constraintPrefix(const QString &name) const; // "CONSTRAINT "n" " or ""
    // [CONSTRAINT n ]FOREIGN KEY (..) REFERENCES t (..)[ ON DELETE ..][ ON UPDATE ..][ DEFERRABLE ..]
    QString foreignKeyClause(const ForeignKey &fk, bool withDeferrable) const;
    // CHECK lines, "    [CONSTRAINT n ]CHECK (..)".
    QStringList checkLines(const Table &table) const;
    // Index parts: quoted columns or expressions, with prefix lengths and DESC.
    QStringList indexParts(const Index &index, bool parenthesiseExpressions) const;
};

} // namespace Mwb::Db
