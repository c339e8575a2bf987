// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/connectionspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mwb::Validate {

// A per-column tolerance (issue 7 "Tolerances"): numbers may differ by `absolute` or by
// `relative` (share of the larger magnitude); times by `timeGranularitySeconds`. A row whose
// differing columns all lie within their tolerance is reported as "within tolerance", not as an
// unexplained difference. Every tolerance in force is written to the report.
struct ColumnTolerance
{
    QString table;
    QString column;
    double absolute = 0;
    double relative = 0;
    double timeGranularitySeconds = 0;
};

// A per-table allowance: the table passes while unexplained differing rows / max(row counts)
// stays at or below `allowedMismatchShare`.
struct TableTolerance
{
    QString table;
    double allowedMismatchShare = 0;
};

struct ValidationOptions
{
    Db::ConnectionSpec source;
    Db::ConnectionSpec target;
    QStringList tables;            // empty = every table of the source
    int sampleSize = 0;            // rows per table compared value by value (0 = none)
    quint64 sampleSeed = 20260101; // the same seed picks the same rows
    QList<ColumnTolerance> columnTolerances;
    QList<TableTolerance> tableTolerances;
    bool compareSchema = true;
    int initialBuckets = 32;  // key ranges of the first checksum pass
    int splitFactor = 16;     // sub-ranges a differing range is split into
    int leafRows = 256;       // a differing range with at most this many rows is read row by row
    int maxReportedKeys = 100; // differing keys listed per table; the rest are counted

    const ColumnTolerance *columnTolerance(const QString &table, const QString &column) const;
    double allowedMismatchShare(const QString &table) const;
};

// "orders.total=abs:0.01", "orders.total=rel:1e-9", "events.at=time:1" (seconds), several specs
// joined with ',' after the '=' ("t.c=abs:0.01,rel:1e-6").
Core::Result<ColumnTolerance> parseColumnTolerance(const QString &spec);
// "orders=0.001" (a share of the rows, 0..1).
Core::Result<TableTolerance> parseTableTolerance(const QString &spec);

} // namespace Mwb::Validate
