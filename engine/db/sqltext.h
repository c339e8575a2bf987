// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"

#include <QString>
#include <QStringList>

// Small lexical helpers for SQL fragments the catalogs hand back (CREATE statements, defaults,
// CHECK expressions, view bodies). They understand quotes and parentheses, nothing more.
namespace Mwb::Db::SqlText {

// Splits at `separator` outside quotes ('..', "..", `..`, [..]) and parentheses; parts trimmed.
QStringList splitTopLevel(const QString &text, QChar separator = u',');
// Index of the parenthesis that closes the one at `open`, or -1.
qsizetype matchingParen(const QString &text, qsizetype open);
// "((a > 0))" -> "a > 0": removes parentheses that wrap the whole expression.
QString stripOuterParens(const QString &text);
// Reads one identifier (bare, "quoted", `quoted` or [quoted]) at pos after skipping spaces;
// returns it unquoted and moves pos past it. Empty when there is none.
QString readIdentifier(const QString &text, qsizetype &pos);
// Skips spaces and reads a bare keyword (letters, digits, _) at pos, upper-cased.
QString readWord(const QString &text, qsizetype &pos);
// Re-quotes every quoted identifier of `sql` from the source dialect's style to the target's;
// string literals and everything else are kept. A MySQL target gets backticks, the others
// double quotes. `dropQualifier` removes "<qualifier>." prefixes (MySQL view bodies name the
// database in every column).
// `bareNames`: object names whose bare (unquoted) mentions must be quoted in the target, e.g.
// a mixed-case column "Qty" that SQLite lets a CHECK call qty, but PostgreSQL would fold; matched
// case-insensitively, skipping SQL keywords and function calls.
QString requoteIdentifiers(const QString &sql, DialectKind from, DialectKind to, const QString &dropQualifier = {},
                           const QStringList &bareNames = {});
// Whether `sql` mentions word (case-insensitive, outside quotes) as a whole word.
bool containsWord(const QString &sql, const QString &word);

} // namespace Mwb::Db::SqlText
