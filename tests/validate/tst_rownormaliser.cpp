// SPDX-License-Identifier: GPL-3.0-or-later
// Normalisation and row encoding (issue 7): the rules the SQL side must match, checked on the C++
// side with values whose server text was observed on PostgreSQL 15 (extra_float_digits 3).
#include "validate/rownormaliser.h"
#include "validate/tablecomparer.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Mwb;
using Validate::ColumnPlan;
using Validate::NormKind;
using Validate::NormRow;
using Validate::RowNormaliser;

namespace {

ColumnPlan plan(Db::TypeFamily family, Db::DialectKind source = Db::DialectKind::Sqlite,
                Db::DialectKind target = Db::DialectKind::Postgres, int byteSize = 8, int precision = -1)
{
    Db::Column column;
    column.name = u"c"_s;
    column.type.family = family;
    column.type.byteSize = byteSize;
    column.type.precision = precision;
    return RowNormaliser::planColumn(column, source, column, target);
}

QList<ColumnPlan> textColumns(int n)
{
    return QList<ColumnPlan>(n, plan(Db::TypeFamily::Text));
}

} // namespace

class TestRowNormaliser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nullEmptyAndNullStringDiffer()
    {
        const QList<ColumnPlan> columns = textColumns(1);
        const QByteArray null = RowNormaliser::encodeRow(NormRow { std::nullopt }, columns);
        const QByteArray empty = RowNormaliser::encodeRow(NormRow { u""_s }, columns);
        const QByteArray word = RowNormaliser::encodeRow(NormRow { u"NULL"_s }, columns);
        QVERIFY(null != empty && empty != word && null != word);
        QVERIFY(RowNormaliser::rowHash(null) != RowNormaliser::rowHash(empty));
        QVERIFY(RowNormaliser::rowHash(empty) != RowNormaliser::rowHash(word));
    }

    void characterMovedBetweenColumns()
    {
        const QList<ColumnPlan> columns = textColumns(2);
        QVERIFY(RowNormaliser::encodeRow(NormRow { u"ab"_s, u"c"_s }, columns)
                != RowNormaliser::encodeRow(NormRow { u"a"_s, u"bc"_s }, columns));
        // Lengths are UTF-8 bytes, as octet_length() / LENGTH() count them.
        QCOMPARE(RowNormaliser::encodeRow(NormRow { u"Zoë🍻"_s }, columns), QByteArray("V8:Zo\xc3\xab\xf0\x9f\x8d\xbb;"));
    }

    void swapAndDuplicateDoNotCancel()
    {
        const QList<ColumnPlan> columns = textColumns(2);
        const quint64 xy = RowNormaliser::rowHash(RowNormaliser::encodeRow(NormRow { u"x"_s, u"y"_s }, columns));
        const quint64 yx = RowNormaliser::rowHash(RowNormaliser::encodeRow(NormRow { u"y"_s, u"x"_s }, columns));
        QVERIFY(xy != yx);
        // Sum of row hashes: {a, b} vs {a, a} (one duplicated, the other deleted) differ.
        const quint64 a = RowNormaliser::rowHash(RowNormaliser::encodeRow(NormRow { u"a"_s, u"1"_s }, columns));
        const quint64 b = RowNormaliser::rowHash(RowNormaliser::encodeRow(NormRow { u"b"_s, u"2"_s }, columns));
        QVERIFY(a + b != a + a);
        QVERIFY(xy < (quint64(1) << 60));
    }

    void floatsAsPostgresPrintsThem_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("bytes");
        QTest::addColumn<QString>("expected");
        // Observed: SELECT x::float8::text / x::real::text on PostgreSQL 15, extra_float_digits 3.
        QTest::newRow("1e300") << 1e300 << 8 << u"1e+300"_s;
        QTest::newRow("1.5e-5") << 1.5e-5 << 8 << u"1.5e-05"_s;
        QTest::newRow("0.0001") << 0.0001 << 8 << u"0.0001"_s;
        QTest::newRow("1e14") << 1e14 << 8 << u"100000000000000"_s;
        QTest::newRow("1e15") << 1e15 << 8 << u"1e+15"_s;
        QTest::newRow("123456789012345.6") << 123456789012345.6 << 8 << u"123456789012345.6"_s;
        QTest::newRow("0.1") << 0.1 << 8 << u"0.1"_s;
        QTest::newRow("0.1+ulp") << std::nextafter(0.1, 1.0) << 8 << u"0.10000000000000002"_s;
        QTest::newRow("real 1234567") << 1234567.0 << 4 << u"1.234567e+06"_s;
        QTest::newRow("real 123456") << 123456.0 << 4 << u"123456"_s;
        QTest::newRow("real 1e-5") << 1e-5 << 4 << u"1e-05"_s;
        QTest::newRow("real 0.1") << double(0.1f) << 4 << u"0.1"_s;
        QTest::newRow("5e-324") << 5e-324 << 8 << u"5e-324"_s;
        QTest::newRow("100") << 100.0 << 8 << u"100"_s;
    }

    void floatsAsPostgresPrintsThem()
    {
        QFETCH(double, value);
        QFETCH(int, bytes);
        QFETCH(QString, expected);
        const ColumnPlan column = plan(Db::TypeFamily::Float, Db::DialectKind::Sqlite, Db::DialectKind::Postgres, bytes);
        QCOMPARE(column.kind, NormKind::Float);
        QCOMPARE(*RowNormaliser::normalise(QVariant(value), column, 0), expected);
    }

    void decimalsAndTimes()
    {
        const ColumnPlan decimal = plan(Db::TypeFamily::Decimal);
        QCOMPARE(*RowNormaliser::normalise(QVariant(u"100.5000"_s), decimal, 1), u"100.5"_s);
        QCOMPARE(*RowNormaliser::normalise(QVariant(u"0.00"_s), decimal, 1), u"0"_s);
        QCOMPARE(*RowNormaliser::normalise(QVariant(12.34), decimal, 0), u"12.34"_s); // SQLite REAL in NUMERIC
        QCOMPARE(*RowNormaliser::normalise(QVariant(qlonglong(42)), decimal, 0), u"42"_s);
        const ColumnPlan ts = plan(Db::TypeFamily::Timestamp);
        QCOMPARE(ts.precision, 6);
        QCOMPARE(*RowNormaliser::normalise(QVariant(u"2024-01-01T10:00:00.5"_s), ts, 0), u"2024-01-01 10:00:00.500000"_s);
        QCOMPARE(*RowNormaliser::normalise(QVariant(u"2024-01-01 10:00:00"_s), ts, 0), u"2024-01-01 10:00:00.000000"_s);
        // MySQL DATETIME without fraction keeps whole seconds: both sides are compared at 0 digits.
        const ColumnPlan coarse = plan(Db::TypeFamily::Timestamp, Db::DialectKind::Postgres, Db::DialectKind::Mysql);
        QCOMPARE(coarse.precision, 0);
        QCOMPARE(*RowNormaliser::normalise(QVariant(u"2024-01-01 10:00:00.999"_s), coarse, 0), u"2024-01-01 10:00:00"_s);
        QVERIFY(!RowNormaliser::normalise(QVariant(QMetaType(QMetaType::QString)), ts, 0));
    }

    void tolerances()
    {
        const ColumnPlan number = plan(Db::TypeFamily::Decimal);
        Validate::ColumnTolerance tolerance;
        tolerance.absolute = 0.01;
        QVERIFY(Validate::withinTolerance(number, u"12.34"_s, u"12.345"_s, tolerance));
        QVERIFY(!Validate::withinTolerance(number, u"12.34"_s, u"12.36"_s, tolerance));
        QVERIFY(!Validate::withinTolerance(number, std::nullopt, u"0"_s, tolerance));
        tolerance = {};
        tolerance.relative = 1e-6;
        QVERIFY(Validate::withinTolerance(number, u"1000000"_s, u"1000000.5"_s, tolerance));
        const ColumnPlan ts = plan(Db::TypeFamily::Timestamp);
        tolerance = {};
        tolerance.timeGranularitySeconds = 1;
        QVERIFY(Validate::withinTolerance(ts, u"2024-01-01 10:00:00.000000"_s, u"2024-01-01 10:00:00.900000"_s, tolerance));
        QVERIFY(!Validate::withinTolerance(ts, u"2024-01-01 10:00:00.000000"_s, u"2024-01-01 10:00:01.500000"_s, tolerance));
        QVERIFY(!Validate::parseColumnTolerance(u"t.c=fuzzy:1"_s));
        QVERIFY(!Validate::parseTableTolerance(u"t=2"_s));
        QCOMPARE(Validate::parseColumnTolerance(u"t.c=abs:0.5,rel:0.1"_s)->relative, 0.1);
    }
};

QTEST_GUILESS_MAIN(TestRowNormaliser)
#include "tst_rownormaliser.moc"
