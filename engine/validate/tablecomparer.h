// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "rownormaliser.h"
#include "siderunner.h"
#include "validateoptions.h"
#include "validationreport.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Mwb::Db {
class Connection;
}

namespace Mwb::Validate {

// Compares one table's rows between two open connections (each already inside its read-only
// snapshot transaction): counts, then (count, sum of row hashes) over the whole table, then, if
// those differ, over key ranges split until each differing range is small enough to read row by
// row (bisection as in data-diff, reliability.md §2). Hashes are computed by the server where the
// dialect can produce the normalised text exactly (PostgreSQL, MySQL), else by the client.
class TableComparer
{
public:
    // Each side's queries run on that side's runner thread; the two sides run at the same time.
    TableComparer(SideRunner &source, SideRunner &target, const ValidationOptions &options);

    // The compared shape: columns present on both sides (generated columns skipped), key, rules.
    static TablePlan plan(const Db::Table &source, Db::DialectKind sourceDialect, const Db::Table &target,
                          Db::DialectKind targetDialect);

    TableResult compare(const TablePlan &plan);

    struct Aggregate
    {
        qint64 count = 0;
        quint64 hash = 0;
        bool operator==(const Aggregate &other) const { return count == other.count && hash == other.hash; }
    };

private:
    struct Range
    {
        qint64 lo = 0;
        qint64 hi = 0;
    };
    const Db::Connection &side(int index) const { return m_runners[index]->connection(); }
    SideRunner &runner(int index) const { return *m_runners[index]; }
    // f(0) on the source's thread while f(1) runs on the target's; both results.
    template<typename F>
    auto onBothSides(F f) -> std::pair<decltype(f(0)), decltype(f(1))>
    {
        auto first = runner(0).async([&f] { return f(0); });
        auto second = f(1);
        return { first.get(), std::move(second) };
    }
    QString tableName(int index) const;
    QString keyPredicate(int index, const Range &range) const;

    Core::Result<qint64> count(int index);
    Core::Result<Aggregate> wholeTable(int index);
    Core::Result<std::optional<Range>> keyBounds(int index);
    Core::Result<QHash<qint64, Aggregate>> buckets(int index, const Range &range, quint64 width);
    // Streams the side's rows (optionally in a key range), normalised, into `consume`.
    Core::Result<void> forEachRow(int index, const std::optional<Range> &range, const QString &extraWhere,
                                  const std::function<void(NormRow &&)> &consume);
    // The same rows collected in a list.
    Core::Result<QList<NormRow>> fetchRows(int index, const std::optional<Range> &range, const QString &extraWhere = {});
    // Compares `range` split into `splitInto` sub-ranges (topLevel: always split, even when small).
    Core::Result<void> bisect(const Range &range, qint64 rowsHint, int splitInto, bool topLevel);
    void compareKeyed(const QList<NormRow> &sourceRows, const QList<NormRow> &targetRows);
    void compareMultiset(const QList<NormRow> &sourceRows, const QList<NormRow> &targetRows);
    RowDifference changedRow(const QString &key, const NormRow &a, const NormRow &b) const;
    void addDifference(RowDifference difference);
    Core::Result<void> sample();

    SideRunner *m_runners[2];
    qint64 m_aggregates[2] = {0, 0}; // per side: each counter is touched by its side's thread only
    const ValidationOptions &m_options;
    const TablePlan *m_plan = nullptr;
    TableResult m_result;
    bool m_topLevelDiffers = false;
};

// Whether two normalised values of `column` lie within its tolerance.
bool withinTolerance(const ColumnPlan &column, const NormValue &a, const NormValue &b, const ColumnTolerance &tolerance);

} // namespace Mwb::Validate
