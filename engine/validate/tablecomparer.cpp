// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecomparer.h"

#include "core/termination.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "tr.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator64>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Mwb::Validate {

using Db::DialectKind;
using Db::TypeFamily;

namespace {

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto queryError(const Db::Connection &connection, const QSqlQuery &query, const QString &what)
{
    return Core::Error::inFile(connection.spec().describe(),
                               Tr::tr("%1 failed: %2").arg(what, query.lastError().text()),
                               Tr::tr("Check that the table exists on both sides and that the user may read it."));
}

const Db::Column *findColumn(const Db::Table &table, const QString &name)
{
    if (const Db::Column *exact = table.column(name)) {
        return exact;
    }
    for (const Db::Column &column : table.columns) {
        if (column.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &column;
        }
    }
    return nullptr;
}

// Microseconds since the epoch of "YYYY-MM-DD HH:MM:SS[.ffffff]" or "HH:MM:SS[.ffffff]".
std::optional<double> timeSeconds(const QString &text)
{
    const bool hasDate = text.size() >= 19 && text.at(4) == u'-';
    QString whole = text;
    double fraction = 0;
    const qsizetype dot = text.indexOf(u'.', hasDate ? 19 : 8);
    if (dot > 0) {
        whole = text.left(dot);
        fraction = QString(u"0."_s + text.mid(dot + 1)).toDouble();
    }
    if (hasDate) {
        const QDateTime local = QDateTime::fromString(whole, u"yyyy-MM-dd HH:mm:ss"_s);
        if (!local.isValid()) {
            return std::nullopt;
        }
        const QDateTime utc(local.date(), local.time(), Qt::UTC);
        return double(utc.toSecsSinceEpoch()) + fraction;
    }
    const QStringList parts = whole.split(u':');
    if (parts.size() != 3) {
        return std::nullopt;
    }
    return parts.at(0).toDouble() * 3600 + parts.at(1).toDouble() * 60 + parts.at(2).toDouble() + fraction;
}

} // namespace

bool withinTolerance(const ColumnPlan &column, const NormValue &a, const NormValue &b, const ColumnTolerance &tolerance)
{
    if (!a || !b) {
        return false; // NULL against a value is never a rounding matter
    }
    if (column.kind == NormKind::Number || column.kind == NormKind::Float) {
        bool okA = false;
        bool okB = false;
        const double x = a->toDouble(&okA);
        const double y = b->toDouble(&okB);
        if (!okA || !okB) {
            return false;
        }
        const double diff = std::fabs(x - y);
        if (tolerance.absolute > 0 && diff <= tolerance.absolute) {
            return true;
        }
        return tolerance.relative > 0 && diff <= tolerance.relative * std::max(std::fabs(x), std::fabs(y));
    }
    if ((column.kind == NormKind::Time || column.kind == NormKind::Timestamp) && tolerance.timeGranularitySeconds > 0) {
        const auto x = timeSeconds(*a);
        const auto y = timeSeconds(*b);
        return x && y && std::fabs(*x - *y) <= tolerance.timeGranularitySeconds + 1e-7;
    }
    return false;
}

TableComparer::TableComparer(SideRunner &source, SideRunner &target, const ValidationOptions &options)
    : m_runners { &source, &target }, m_options(options)
{
}

TablePlan TableComparer::plan(const Db::Table &source, DialectKind sourceDialect, const Db::Table &target,
                              DialectKind targetDialect)
{
    TablePlan plan;
    plan.table = source.name;
    plan.targetTable = target.name;
    plan.source = source;
    plan.target = target;
    for (const Db::Column &column : source.columns) {
        const Db::Column *other = findColumn(target, column.name);
        if (column.isGenerated() || !other || other->isGenerated()) {
            continue; // generated columns are not copied; missing columns are schema differences
        }
        plan.columns << RowNormaliser::planColumn(column, sourceDialect, *other, targetDialect);
    }
    if (source.primaryKey) {
        for (const QString &name : source.primaryKey->columns) {
            qsizetype index = -1;
            for (qsizetype i = 0; i < plan.columns.size(); ++i) {
                if (plan.columns.at(i).name == name) {
                    index = i;
                }
            }
            if (index < 0) {
                plan.keyColumns.clear(); // a key column missing on the target: compare as a multiset
                break;
            }
            plan.keyColumns << int(index);
        }
    }
    if (!plan.keyColumns.isEmpty()) {
        const ColumnPlan &first = plan.columns.at(plan.keyColumns.first());
        plan.integerKey = first.source.type.family == TypeFamily::Integer && first.target.type.family == TypeFamily::Integer
            && !(first.source.type.isUnsigned && first.source.type.byteSize == 8)
            && !(first.target.type.isUnsigned && first.target.type.byteSize == 8);
    }
    plan.serverHash[0] = RowNormaliser::sqlRowHash(plan, 0, sourceDialect).has_value();
    plan.serverHash[1] = RowNormaliser::sqlRowHash(plan, 1, targetDialect).has_value();
    return plan;
}

QString TableComparer::tableName(int index) const
{
    return side(index).dialect().quoteIdentifier(index == 0 ? m_plan->table : m_plan->targetTable);
}

QString TableComparer::keyPredicate(int index, const Range &range) const
{
    const ColumnPlan &key = m_plan->columns.at(m_plan->keyColumn());
    const QString q = side(index).dialect().quoteIdentifier(index == 0 ? key.source.name : key.target.name);
    return q + u" >= ("_s + QString::number(range.lo) + u") AND "_s + q + u" <= ("_s + QString::number(range.hi) + u')';
}

Core::Result<qint64> TableComparer::count(int index)
{
    if (!runner(index).isCurrentThread()) {
        return runner(index).run([&] { return count(index); });
    }
    QSqlQuery query = side(index).query();
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + tableName(index)) || !query.next()) {
        return queryError(side(index), query, Tr::tr("Counting the rows of %1").arg(m_plan->table));
    }
    ++m_aggregates[index];
    return query.value(0).toLongLong();
}

Core::Result<TableComparer::Aggregate> TableComparer::wholeTable(int index)
{
    if (!runner(index).isCurrentThread()) {
        return runner(index).run([&] { return wholeTable(index); });
    }
    if (m_plan->serverHash[index]) {
        const DialectKind dialect = side(index).spec().dialect;
        const QString hash = RowNormaliser::sqlHashSum(*RowNormaliser::sqlRowHash(*m_plan, index, dialect), dialect);
        QSqlQuery query = side(index).query();
        if (!query.exec(u"SELECT COUNT(*), "_s + hash + u" FROM "_s + tableName(index)) || !query.next()) {
            return queryError(side(index), query, Tr::tr("Checksumming %1").arg(m_plan->table));
        }
        ++m_aggregates[index];
        return Aggregate { query.value(0).toLongLong(), query.value(1).toString().toULongLong() };
    }
    Aggregate aggregate;
    auto done = forEachRow(index, std::nullopt, {}, [&](NormRow &&row) {
        ++aggregate.count;
        aggregate.hash += RowNormaliser::rowHash(RowNormaliser::encodeRow(row, m_plan->columns));
    });
    if (!done) {
        return done.error();
    }
    return aggregate;
}

Core::Result<std::optional<TableComparer::Range>> TableComparer::keyBounds(int index)
{
    if (!runner(index).isCurrentThread()) {
        return runner(index).run([&] { return keyBounds(index); });
    }
    const ColumnPlan &key = m_plan->columns.at(m_plan->keyColumn());
    const QString q = side(index).dialect().quoteIdentifier(index == 0 ? key.source.name : key.target.name);
    QSqlQuery query = side(index).query();
    if (!query.exec(u"SELECT MIN("_s + q + u"), MAX("_s + q + u") FROM "_s + tableName(index)) || !query.next()) {
        return queryError(side(index), query, Tr::tr("Reading the key range of %1").arg(m_plan->table));
    }
    ++m_aggregates[index];
    if (query.value(0).isNull()) {
        return std::optional<Range> {};
    }
    return std::optional<Range> { Range { query.value(0).toLongLong(), query.value(1).toLongLong() } };
}

Core::Result<QHash<qint64, TableComparer::Aggregate>> TableComparer::buckets(int index, const Range &range, quint64 width)
{
    if (!runner(index).isCurrentThread()) {
        return runner(index).run([&] { return buckets(index, range, width); });
    }
    QHash<qint64, Aggregate> result;
    const quint64 lo = quint64(range.lo);
    if (m_plan->serverHash[index]) {
        const DialectKind dialect = side(index).spec().dialect;
        const ColumnPlan &key = m_plan->columns.at(m_plan->keyColumn());
        const QString q = side(index).dialect().quoteIdentifier(index == 0 ? key.source.name : key.target.name);
        // Integer arithmetic when the key range cannot overflow a bigint, exact decimals otherwise.
        constexpr qint64 safe = qint64(1) << 62;
        const bool small = range.lo > -safe && range.hi < safe;
        const QString lo = QString::number(range.lo);
        const QString w = QString::number(width);
        QString bucket;
        if (dialect == DialectKind::Postgres) {
            bucket = small ? QString(u"("_s + q + u" - ("_s + lo + u")) / "_s + w)
                           : QString(u"div("_s + q + u"::numeric - ("_s + lo + u"), "_s + w + u')');
        } else {
            bucket = small ? QString(u"("_s + q + u" - ("_s + lo + u")) DIV "_s + w)
                           : QString(u"(CAST("_s + q + u" AS DECIMAL(65,0)) - ("_s + lo + u")) DIV "_s + w);
        }
        const QString hash = RowNormaliser::sqlHashSum(*RowNormaliser::sqlRowHash(*m_plan, index, dialect), dialect);
        QSqlQuery query = side(index).query();
        const QString sql = u"SELECT "_s + bucket + u", COUNT(*), "_s + hash + u" FROM "_s + tableName(index) + u" WHERE "_s
            + keyPredicate(index, range) + u" GROUP BY 1"_s;
        if (!query.exec(sql)) {
            return queryError(side(index), query, Tr::tr("Checksumming key ranges of %1").arg(m_plan->table));
        }
        while (query.next()) {
            ++m_aggregates[index];
            result.insert(query.value(0).toString().toLongLong(),
                          Aggregate { query.value(1).toLongLong(), query.value(2).toString().toULongLong() });
        }
        return result;
    }
    const int keyColumn = m_plan->keyColumn();
    auto done = forEachRow(index, range, {}, [&](NormRow &&row) {
        const quint64 key = quint64(row.at(keyColumn)->toLongLong());
        Aggregate &aggregate = result[qint64((key - lo) / width)];
        ++aggregate.count;
        aggregate.hash += RowNormaliser::rowHash(RowNormaliser::encodeRow(row, m_plan->columns));
    });
    if (!done) {
        return done.error();
    }
    return result;
}

Core::Result<void> TableComparer::forEachRow(int index, const std::optional<Range> &range, const QString &extraWhere,
                                             const std::function<void(NormRow &&)> &consume)
{
    if (!runner(index).isCurrentThread()) {
        return runner(index).run([&] { return forEachRow(index, range, extraWhere, consume); });
    }
    const Db::Dialect &dialect = side(index).dialect();
    QStringList select;
    for (const ColumnPlan &column : m_plan->columns) {
        select << dialect.selectExpression(index == 0 ? column.source : column.target);
    }
    QString sql = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + tableName(index);
    QStringList where;
    if (range) {
        where << keyPredicate(index, *range);
    }
    if (!extraWhere.isEmpty()) {
        where << extraWhere;
    }
    if (!where.isEmpty()) {
        sql += u" WHERE "_s + where.join(u" AND "_s);
    }
    QSqlQuery query = side(index).query();
    if (!query.exec(sql)) {
        return queryError(side(index), query, Tr::tr("Reading rows of %1").arg(m_plan->table));
    }
    const qsizetype columns = m_plan->columns.size();
    qint64 &fetched = index == 0 ? m_result.rowsFetchedSource : m_result.rowsFetchedTarget;
    while (query.next()) {
        NormRow row;
        row.reserve(columns);
        for (qsizetype i = 0; i < columns; ++i) {
            row << RowNormaliser::normalise(query.value(int(i)), m_plan->columns.at(i), index);
        }
        ++fetched;
        consume(std::move(row));
    }
    if (query.lastError().isValid()) {
        return queryError(side(index), query, Tr::tr("Reading rows of %1").arg(m_plan->table));
    }
    return {};
}

Core::Result<QList<NormRow>> TableComparer::fetchRows(int index, const std::optional<Range> &range, const QString &extraWhere)
{
    QList<NormRow> rows;
    if (auto done = forEachRow(index, range, extraWhere, [&rows](NormRow &&row) { rows << std::move(row); }); !done) {
        return done.error();
    }
    return rows;
}

Core::Result<void> TableComparer::bisect(const Range &range, qint64 rowsHint, int splitInto, bool topLevel)
{
    if (Core::TerminationWatcher::isRequested()) {
        return {};
    }
    ++m_result.rangesCompared;
    if (!topLevel && (rowsHint <= m_options.leafRows || range.lo == range.hi)) {
        auto [a, b] = onBothSides([&](int index) { return fetchRows(index, range); });
        if (!a) {
            return a.error();
        }
        if (!b) {
            return b.error();
        }
        compareKeyed(*a, *b);
        return {};
    }
    const quint64 span = quint64(range.hi) - quint64(range.lo);
    const quint64 width = span / quint64(splitInto) + 1;
    auto [a, b] = onBothSides([&](int index) { return buckets(index, range, width); });
    if (!a) {
        return a.error();
    }
    if (!b) {
        return b.error();
    }
    QSet<qint64> indexes;
    for (auto it = a->cbegin(); it != a->cend(); ++it) {
        indexes.insert(it.key());
    }
    for (auto it = b->cbegin(); it != b->cend(); ++it) {
        indexes.insert(it.key());
    }
    QList<qint64> ordered(indexes.cbegin(), indexes.cend());
    std::sort(ordered.begin(), ordered.end());
    for (qint64 bucket : ordered) {
        const Aggregate x = a->value(bucket);
        const Aggregate y = b->value(bucket);
        if (x == y) {
            continue;
        }
        if (topLevel) {
            m_topLevelDiffers = true;
        }
        const quint64 fromOffset = quint64(bucket) * width;
        quint64 toOffset = fromOffset + width - 1;
        if (toOffset < fromOffset || toOffset > span) {
            toOffset = span;
        }
        const quint64 from = quint64(range.lo) + fromOffset;
        const quint64 to = quint64(range.lo) + toOffset;
        if (auto done = bisect(Range { qint64(from), qint64(to) }, std::max(x.count, y.count), m_options.splitFactor, false); !done) {
            return done;
        }
    }
    return {};
}

RowDifference TableComparer::changedRow(const QString &key, const NormRow &a, const NormRow &b) const
{
    RowDifference difference;
    difference.kind = DifferenceKind::Changed;
    difference.key = key;
    bool allTolerated = true;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) == b.at(i)) {
            continue;
        }
        const ColumnPlan &column = m_plan->columns.at(i);
        difference.columns << column.name;
        difference.sourceValues << RowNormaliser::display(a.at(i));
        difference.targetValues << RowNormaliser::display(b.at(i));
        const ColumnTolerance *tolerance = m_options.columnTolerance(m_plan->table, column.name);
        if (!tolerance || !withinTolerance(column, a.at(i), b.at(i), *tolerance)) {
            allTolerated = false;
        }
    }
    difference.withinTolerance = allTolerated && !difference.columns.isEmpty();
    return difference;
}

void TableComparer::addDifference(RowDifference difference)
{
    switch (difference.kind) {
    case DifferenceKind::MissingInTarget: m_result.missing += difference.count; break;
    case DifferenceKind::ExtraInTarget: m_result.extra += difference.count; break;
    case DifferenceKind::Changed:
        ++m_result.changed;
        if (difference.withinTolerance) {
            ++m_result.withinTolerance;
        }
        break;
    }
    if (m_result.differences.size() < m_options.maxReportedKeys) {
        m_result.differences << std::move(difference);
    } else {
        ++m_result.unlistedDifferences;
    }
}

void TableComparer::compareKeyed(const QList<NormRow> &sourceRows, const QList<NormRow> &targetRows)
{
    QHash<QString, QList<const NormRow *>> bySource;
    QHash<QString, QList<const NormRow *>> byTarget;
    QStringList order;
    for (const NormRow &row : sourceRows) {
        const QString key = RowNormaliser::keyText(row, m_plan->keyColumns);
        if (!bySource.contains(key)) {
            order << key;
        }
        bySource[key] << &row;
    }
    for (const NormRow &row : targetRows) {
        const QString key = RowNormaliser::keyText(row, m_plan->keyColumns);
        if (!bySource.contains(key) && !byTarget.contains(key)) {
            order << key;
        }
        byTarget[key] << &row;
    }
    const auto wholeRow = [](const NormRow &row) {
        QStringList values;
        for (const NormValue &value : row) {
            values << RowNormaliser::display(value);
        }
        return values;
    };
    for (const QString &key : std::as_const(order)) {
        const QList<const NormRow *> a = bySource.value(key);
        const QList<const NormRow *> b = byTarget.value(key);
        const qsizetype paired = std::min(a.size(), b.size());
        for (qsizetype i = 0; i < paired; ++i) {
            if (*a.at(i) != *b.at(i)) {
                addDifference(changedRow(key, *a.at(i), *b.at(i)));
            }
        }
        for (qsizetype i = paired; i < a.size(); ++i) {
            addDifference(RowDifference { DifferenceKind::MissingInTarget, key, {}, wholeRow(*a.at(i)), {}, false, 1 });
        }
        for (qsizetype i = paired; i < b.size(); ++i) {
            addDifference(RowDifference { DifferenceKind::ExtraInTarget, key, {}, {}, wholeRow(*b.at(i)), false, 1 });
        }
    }
}

void TableComparer::compareMultiset(const QList<NormRow> &sourceRows, const QList<NormRow> &targetRows)
{
    QHash<QByteArray, qint64> balance; // source copies minus target copies
    QHash<QByteArray, const NormRow *> example;
    QList<QByteArray> order;
    for (const NormRow &row : sourceRows) {
        const QByteArray encoded = RowNormaliser::encodeRow(row, m_plan->columns);
        if (!example.contains(encoded)) {
            example.insert(encoded, &row);
            order << encoded;
        }
        ++balance[encoded];
    }
    for (const NormRow &row : targetRows) {
        const QByteArray encoded = RowNormaliser::encodeRow(row, m_plan->columns);
        if (!example.contains(encoded)) {
            example.insert(encoded, &row);
            order << encoded;
        }
        --balance[encoded];
    }
    for (const QByteArray &encoded : std::as_const(order)) {
        const qint64 surplus = balance.value(encoded);
        if (surplus == 0) {
            continue;
        }
        QStringList values;
        for (const NormValue &value : *example.value(encoded)) {
            values << RowNormaliser::display(value);
        }
        RowDifference difference;
        difference.kind = surplus > 0 ? DifferenceKind::MissingInTarget : DifferenceKind::ExtraInTarget;
        difference.key = values.join(u", "_s);
        difference.count = int(std::min<qint64>(std::llabs(surplus), std::numeric_limits<int>::max()));
        (surplus > 0 ? difference.sourceValues : difference.targetValues) = values;
        addDifference(std::move(difference));
    }
}

Core::Result<void> TableComparer::sample()
{
    const int wanted = m_options.sampleSize;
    if (wanted <= 0) {
        return {};
    }
    QRandomGenerator64 random(m_options.sampleSeed ^ qHash(m_plan->table));
    QList<NormRow> sourceRows;
    if (m_plan->integerKey && m_plan->keyColumns.size() == 1) {
        // Probe random key values in [min, max] of the source; sparse keys need a few rounds.
        auto bounds = keyBounds(0);
        if (!bounds) {
            return bounds.error();
        }
        if (!*bounds) {
            return {};
        }
        const Range range = **bounds;
        const quint64 span = quint64(range.hi) - quint64(range.lo) + 1;
        QSet<qint64> seen;
        for (int round = 0; round < 6 && sourceRows.size() < wanted; ++round) {
            QStringList probe;
            for (int i = 0; i < (wanted - int(sourceRows.size())) * (round + 2); ++i) {
                const qint64 key = qint64(quint64(range.lo) + (span == 0 ? random.generate() : random.bounded(span)));
                if (!seen.contains(key)) {
                    seen.insert(key);
                    probe << QString::number(key);
                }
            }
            if (probe.isEmpty()) {
                continue;
            }
            const ColumnPlan &key = m_plan->columns.at(m_plan->keyColumn());
            auto rows = fetchRows(0, std::nullopt, Db::Dialect::forKind(side(0).spec().dialect).quoteIdentifier(key.source.name) + u" IN ("_s
                                      + probe.join(u", "_s) + u')');
            if (!rows) {
                return rows.error();
            }
            std::sort(rows->begin(), rows->end(), [&](const NormRow &x, const NormRow &y) {
                return x.at(m_plan->keyColumn())->toLongLong() < y.at(m_plan->keyColumn())->toLongLong();
            });
            for (const NormRow &row : *rows) {
                if (sourceRows.size() < wanted) {
                    sourceRows << row;
                }
            }
        }
    } else {
        auto rows = fetchRows(0, std::nullopt);
        if (!rows) {
            return rows.error();
        }
        const QList<ColumnPlan> &columns = m_plan->columns;
        std::sort(rows->begin(), rows->end(), [&columns](const NormRow &x, const NormRow &y) {
            return RowNormaliser::encodeRow(x, columns) < RowNormaliser::encodeRow(y, columns);
        });
        for (qsizetype i = 0; i < wanted && !rows->isEmpty(); ++i) {
            sourceRows << rows->takeAt(qsizetype(random.bounded(quint64(rows->size()))));
        }
    }
    m_result.sampled = int(sourceRows.size());
    for (const NormRow &row : std::as_const(sourceRows)) {
        m_result.sampleKeys << (m_plan->keyColumns.isEmpty() ? QString::fromUtf8(RowNormaliser::encodeRow(row, m_plan->columns))
                                                             : RowNormaliser::keyText(row, m_plan->keyColumns));
    }
    if (sourceRows.isEmpty()) {
        return {};
    }
    QList<NormRow> targetRows;
    if (m_plan->keyColumns.isEmpty()) {
        auto rows = fetchRows(1, std::nullopt);
        if (!rows) {
            return rows.error();
        }
        targetRows = *rows;
    } else if (m_plan->integerKey) {
        QStringList keys;
        for (const NormRow &row : std::as_const(sourceRows)) {
            keys << *row.at(m_plan->keyColumn());
        }
        const ColumnPlan &key = m_plan->columns.at(m_plan->keyColumn());
        auto rows = fetchRows(1, std::nullopt, Db::Dialect::forKind(side(1).spec().dialect).quoteIdentifier(key.target.name) + u" IN ("_s
                                  + keys.join(u", "_s) + u')');
        if (!rows) {
            return rows.error();
        }
        targetRows = *rows;
    } else {
        auto rows = fetchRows(1, std::nullopt);
        if (!rows) {
            return rows.error();
        }
        targetRows = *rows;
    }
    // Value by value, by key (keyless: by identical row).
    QHash<QString, const NormRow *> byKey;
    for (const NormRow &row : std::as_const(targetRows)) {
        byKey.insert(m_plan->keyColumns.isEmpty() ? QString::fromUtf8(RowNormaliser::encodeRow(row, m_plan->columns).toHex())
                                                  : RowNormaliser::keyText(row, m_plan->keyColumns),
                     &row);
    }
    for (const NormRow &row : std::as_const(sourceRows)) {
        const QString key = m_plan->keyColumns.isEmpty() ? QString::fromUtf8(RowNormaliser::encodeRow(row, m_plan->columns).toHex())
                                                         : RowNormaliser::keyText(row, m_plan->keyColumns);
        const NormRow *other = byKey.value(key);
        if (!other) {
            ++m_result.sampleMismatches;
            RowDifference difference { DifferenceKind::MissingInTarget, RowNormaliser::keyText(row, m_plan->keyColumns), {}, {}, {}, false, 1 };
            if (m_result.sampleDifferences.size() < m_options.maxReportedKeys) {
                m_result.sampleDifferences << difference;
            }
            continue;
        }
        if (*other != row) {
            RowDifference difference = changedRow(RowNormaliser::keyText(row, m_plan->keyColumns), row, *other);
            if (!difference.withinTolerance) {
                ++m_result.sampleMismatches;
            }
            if (m_result.sampleDifferences.size() < m_options.maxReportedKeys) {
                m_result.sampleDifferences << difference;
            }
        }
    }
    return {};
}

TableResult TableComparer::compare(const TablePlan &plan)
{
    QElapsedTimer timer;
    timer.start();
    m_plan = &plan;
    m_result = TableResult {};
    m_result.table = plan.table;
    m_result.serverHashSource = plan.serverHash[0];
    m_result.serverHashTarget = plan.serverHash[1];
    for (int index : plan.keyColumns) {
        m_result.keyColumns << plan.columns.at(index).name;
    }
    for (const ColumnPlan &column : plan.columns) {
        QString rule = column.name + u": "_s + normKindName(column.kind);
        if (column.kind == NormKind::Time || column.kind == NormKind::Timestamp) {
            rule += u'(' + QString::number(column.precision) + u')';
        } else if (column.kind == NormKind::Float) {
            rule += column.precision == 4 ? u"(float)"_s : u"(double)"_s;
        }
        m_result.normalisation << rule;
        if (const ColumnTolerance *tolerance = m_options.columnTolerance(plan.table, column.name)) {
            m_result.tolerances << *tolerance;
        }
    }
    m_result.allowedMismatchShare = m_options.allowedMismatchShare(plan.table);
    m_result.method = plan.keyColumns.isEmpty() ? u"multiset"_s : plan.integerKey ? u"bisection"_s : u"full"_s;

    const auto run = [&]() -> Core::Result<void> {
        auto sourceCount = count(0);
        if (!sourceCount) {
            return sourceCount.error();
        }
        auto targetCount = count(1);
        if (!targetCount) {
            return targetCount.error();
        }
        m_result.sourceRows = *sourceCount;
        m_result.targetRows = *targetCount;
        if (plan.columns.isEmpty()) {
            m_result.checksumsEqual = *sourceCount == *targetCount;
            return {};
        }
        // Small or non-integer-keyed tables: one (count, hash) per side first. Large integer-keyed
        // tables go straight to the first level of key ranges, which gives the same answer.
        const qint64 largest = std::max(*sourceCount, *targetCount);
        if (plan.integerKey && largest > qint64(m_options.leafRows) * m_options.initialBuckets) {
            auto lo = keyBounds(0);
            if (!lo) {
                return lo.error();
            }
            auto hi = keyBounds(1);
            if (!hi) {
                return hi.error();
            }
            Range range = *lo ? **lo : **hi;
            if (*lo && *hi) {
                range = Range { std::min((*lo)->lo, (*hi)->lo), std::max((*lo)->hi, (*hi)->hi) };
            }
            m_topLevelDiffers = false;
            if (auto done = bisect(range, largest, m_options.initialBuckets, true); !done) {
                return done;
            }
            m_result.checksumsEqual = !m_topLevelDiffers;
            return sample();
        }
        auto [a, b] = onBothSides([&](int index) { return wholeTable(index); });
        if (!a) {
            return a.error();
        }
        if (!b) {
            return b.error();
        }
        m_result.checksumsEqual = *a == *b;
        if (!m_result.checksumsEqual) {
            if (plan.keyColumns.isEmpty() || !plan.integerKey) {
                auto [x, y] = onBothSides([&](int index) { return fetchRows(index, std::nullopt); });
                if (!x) {
                    return x.error();
                }
                if (!y) {
                    return y.error();
                }
                if (plan.keyColumns.isEmpty()) {
                    compareMultiset(*x, *y);
                } else {
                    compareKeyed(*x, *y);
                }
            } else {
                auto lo = keyBounds(0);
                if (!lo) {
                    return lo.error();
                }
                auto hi = keyBounds(1);
                if (!hi) {
                    return hi.error();
                }
                Range range = *lo ? **lo : **hi;
                if (*lo && *hi) {
                    range = Range { std::min((*lo)->lo, (*hi)->lo), std::max((*lo)->hi, (*hi)->hi) };
                }
                if (auto done = bisect(range, std::max(a->count, b->count), m_options.initialBuckets, false); !done) {
                    return done;
                }
            }
        }
        return sample();
    };
    if (auto done = run(); !done) {
        m_result.error = done.error().toString();
    }
    const double allowed = m_result.allowedMismatchShare * double(std::max(m_result.sourceRows, m_result.targetRows));
    const bool located = m_result.checksumsEqual || m_result.missing + m_result.extra + m_result.changed > 0;
    if (m_result.error.isEmpty() && !located && !Core::TerminationWatcher::isRequested()) {
        m_result.error = Tr::tr("the checksums of %1 differ but no differing row was located").arg(plan.table);
    }
    m_result.passed = m_result.error.isEmpty() && double(m_result.unexplained()) <= allowed + 1e-9
        && m_result.sampleMismatches == 0;
    m_result.aggregateRows = m_aggregates[0] + m_aggregates[1];
    m_aggregates[0] = m_aggregates[1] = 0;
    m_result.seconds = double(timer.elapsed()) / 1000.0;
    m_plan = nullptr;
    return m_result;
}

} // namespace Mwb::Validate
