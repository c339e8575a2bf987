// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"
#include "db/schemamodel.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Mwb::Db {
class Dialect;
}

namespace Mwb::Validate {

// How a column pair is normalised before hashing (DATA_MIGRATION.md "Validation"): the same text
// on both sides whatever the dialect, so equal values hash equally and different values differ.
enum class NormKind {
    Text,      // the text itself (CHAR padding as the server returns it)
    Number,    // exact decimal text: integers as digits, decimals without trailing zeros
    Boolean,   // "1" / "0"
    Float,     // shortest round-trip text at the narrower side's width (float or double)
    Json,      // parsed and re-serialised with sorted keys
    Binary,    // lowercase hex
    Date,      // YYYY-MM-DD
    Time,      // HH:MM:SS[.f] at `precision` digits (truncated)
    Timestamp, // YYYY-MM-DD HH:MM:SS[.f] at `precision` digits (truncated), UTC sessions
    Bit,       // 0/1 digits
};

QString normKindName(NormKind kind);

using NormValue = std::optional<QString>; // nullopt = SQL NULL (distinct from "" and from "NULL")
using NormRow = QList<NormValue>;

// One compared column: its definition on each side and the rule both sides are normalised with.
struct ColumnPlan
{
    QString name;
    Db::Column source;
    Db::Column target;
    NormKind kind = NormKind::Text;
    int precision = 6;  // Time/Timestamp: fraction digits both sides keep; Float: 4 or 8 bytes
};

// The compared shape of one table: the columns both sides have, in source order, and the key.
struct TablePlan
{
    QString table;        // source name
    QString targetTable;  // target name (same, or a case variant)
    Db::Table source;
    Db::Table target;
    QList<ColumnPlan> columns;
    QList<int> keyColumns; // indexes into columns; empty = no key (multiset comparison)
    bool integerKey = false; // first key column is an integer on both sides: key-range bisection
    bool serverHash[2] = {false, false}; // per side (0 source, 1 target): hashes computed by the server

    int keyColumn() const { return keyColumns.isEmpty() ? -1 : keyColumns.first(); }
};

// Normalisation, row encoding and hashing, in C++ and as SQL per dialect. The SQL and the C++
// paths produce byte-identical row texts; tests check that on every dialect pair.
class RowNormaliser
{
public:
    // The rule for a column pair from both sides' types.
    static ColumnPlan planColumn(const Db::Column &source, Db::DialectKind sourceDialect, const Db::Column &target,
                                 Db::DialectKind targetDialect);

    // A value as read with Dialect::selectExpression from `side` (0 source, 1 target), normalised
    // by `plan`.
    static NormValue normalise(const QVariant &value, const ColumnPlan &plan, int side);

    // "N;" for NULL, else "V<utf-8 byte length>:<text>;" for free text (text, JSON) and "V<text>;"
    // for kinds whose normalised text never holds ';' (numbers, times, hex, ...), per column,
    // concatenated: a value can neither vanish into nor borrow characters from its neighbour.
    static QByteArray encodeRow(const NormRow &row, const QList<ColumnPlan> &columns);
    static bool needsLengthPrefix(NormKind kind) { return kind == NormKind::Text || kind == NormKind::Json; }
    // First 60 bits of md5(encoded row) as an unsigned integer; ranges sum these (mod 2^64).
    static quint64 rowHash(const QByteArray &encodedRow);

    // The SQL expression giving the normalised text of `column` (the side's own definition) on
    // `dialect`, or nullopt when the server cannot produce exactly the C++ text (then that side
    // is hashed by the client).
    static std::optional<QString> sqlValue(const ColumnPlan &plan, const Db::Column &column, Db::DialectKind dialect);
    // The SQL expression of the whole encoded row's 60-bit hash (nullopt as above).
    static std::optional<QString> sqlRowHash(const TablePlan &plan, int side, Db::DialectKind dialect);
    // SUM(rowhash) mod 2^64 as an aggregate expression.
    static QString sqlHashSum(const QString &rowHashExpr, Db::DialectKind dialect);

    // The key of a row as printable text: key column values joined with ", " (NULL as "NULL").
    static QString keyText(const NormRow &row, const QList<int> &keyColumns);
    // A value for reports: NULL, or the text quoted ('a ' keeps its space visible).
    static QString display(const NormValue &value);
};

} // namespace Mwb::Validate
