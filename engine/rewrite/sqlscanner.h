// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Mwb::Rewrite {

// A table reference found in SQL text: after FROM, JOIN, INTO, UPDATE, MERGE INTO ... USING,
// [CREATE|DROP|ALTER|TRUNCATE|REFRESH|CACHE|UNCACHE|ANALYZE|MSCK REPAIR] TABLE, DESCRIBE, OPTIMIZE,
// VACUUM (REWRITE_RULES.md "Table rules apply to"). CTE names, VALUES, LATERAL, subqueries,
// table-valued functions, file queries (delta.`/path`) and names touching a {placeholder} or
// $variable are not references.
struct SqlTableRef
{
    qsizetype start = 0;
    qsizetype end = 0;
    QStringList parts; // as written, backticks kept
    bool write = false; // target of INSERT/UPDATE/DELETE/MERGE/CREATE/DROP/TRUNCATE/ALTER
};

struct SqlStatementRange
{
    qsizetype start = 0;
    qsizetype end = 0;
};

struct SqlScan
{
    QList<SqlTableRef> tables;
    QList<qsizetype> describeDetail;       // offsets of the DETAIL keyword of DESCRIBE DETAIL
    QList<SqlStatementRange> databricksSets; // SET spark.databricks.* statements
    QList<SqlStatementRange> strings;        // contents of string literals
    QStringList ctes;
    QStringList tempViews; // CREATE TEMP VIEW names
};

// One pass over the SQL text (a %sql cell or the literal body of spark.sql(...)).
SqlScan scanSql(QStringView sql);

// The unquoted value of a name part: `a``b` -> a`b.
QString unquotedPart(QStringView part);

} // namespace Mwb::Rewrite
