// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "core/result.h"
#include "validateoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mwb::Validate {

enum class DifferenceKind { MissingInTarget, ExtraInTarget, Changed };
QString differenceKindName(DifferenceKind kind); // missing_in_target, extra_in_target, changed

// One differing row, located to its key (keyless tables: the row itself).
struct RowDifference
{
    DifferenceKind kind = DifferenceKind::Changed;
    QString key;             // key values joined with ", "; keyless: the row's values
    QStringList columns;     // Changed: the differing columns
    QStringList sourceValues; // per differing column (Changed) or the whole row (missing), for display
    QStringList targetValues;
    bool withinTolerance = false; // every differing column lies within its tolerance
    int count = 1;           // keyless tables: how many more copies one side has
};

struct TableResult
{
    QString table;
    QString method;          // "bisection", "full", "multiset"
    QStringList keyColumns;
    qint64 sourceRows = -1;
    qint64 targetRows = -1;
    bool checksumsEqual = false;
    qint64 missing = 0;      // rows (keyless: copies) missing in the target
    qint64 extra = 0;
    qint64 changed = 0;
    qint64 withinTolerance = 0; // changed rows explained by tolerances
    QList<RowDifference> differences; // up to ValidationOptions::maxReportedKeys
    qint64 unlistedDifferences = 0;   // beyond the limit
    // What moved: rows read to the client per side, and aggregate (count, hash) result rows.
    qint64 rowsFetchedSource = 0;
    qint64 rowsFetchedTarget = 0;
    qint64 aggregateRows = 0;
    qint64 rangesCompared = 0;
    bool serverHashSource = false;
    bool serverHashTarget = false;
    // Sampled rows compared value by value.
    int sampled = 0;
    int sampleMismatches = 0;
    QStringList sampleKeys; // the keys (keyless: rows) the seed picked, in order
    QList<RowDifference> sampleDifferences;
    QList<ColumnTolerance> tolerances;
    double allowedMismatchShare = 0;
    QStringList normalisation; // "column: kind[(precision)]"
    QString error;             // the table could not be compared (then it fails)
    double seconds = 0;
    bool passed = false;

    qint64 unexplained() const { return missing + extra + (changed - withinTolerance); }
};

// A schema difference after type mapping (issue 7 "Schema comparison").
struct SchemaDifference
{
    QString object;  // "orders", "orders.total", "index idx_x", "view v", "trigger t"
    QString kind;    // table_missing, table_extra, column_missing, column_extra, type, nullable, default,
                     // primary_key, unique, check, foreign_key, index, view, trigger
    QString source;  // what the source has (or empty)
    QString target;  // what the target has (or empty)
    QString expected; // what the mapping predicts for the target
    bool expectedByMapping = false;
    QString note;
};

struct ValidationReport
{
    QString runId;
    QString startedAt;
    QString finishedAt;
    QString source; // display URLs, no secrets
    QString target;
    int sampleSize = 0;
    quint64 sampleSeed = 0;
    QList<TableResult> tables;
    QList<SchemaDifference> schema;
    QStringList errors;
    bool interrupted = false;

    qint64 unexplainedDataDifferences() const;
    int realSchemaDifferences() const;
    bool passed() const;

    Core::OrderedJson toJson() const;
    QString toMarkdown() const;
    QString toHtml() const;
    // report.json, report.md and report.html in `directory` (written atomically).
    Core::Result<void> writeTo(const QString &directory) const;
};

} // namespace Mwb::Validate
