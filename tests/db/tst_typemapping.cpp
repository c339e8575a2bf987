// SPDX-License-Identifier: GPL-3.0-or-later
// Type mapping keeps values exact (DATA_MIGRATION.md "Schema copy"; reliability.md §8 and §10
// cases 5, 6, 7, 8, 11). The case tests create real tables on the test servers, map them,
// create the target tables from the generated DDL, move the rows with the read and bind rules
// of dialect.h, and compare the values the target returns with the source's text.
#include "common/testservices.h"
#include "dbfixture.h"
#include "db/columnscan.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "db/schemacopy.h"
#include "db/typemapping.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

Db::Column makeColumn(Db::TypeFamily family, const QString &sql, int byteSize = 0, int length = -1, int precision = -1,
                      int scale = -1)
{
    Db::Column c;
    c.name = u"c"_s;
    c.type.family = family;
    c.type.sql = sql;
    c.type.byteSize = byteSize;
    c.type.length = length;
    c.type.precision = precision;
    c.type.scale = scale;
    return c;
}

QString errorText(const Core::Error &error)
{
    return error.toString();
}

struct Side
{
    Test::ScratchDatabase scratch;
    std::optional<Db::Connection> connection;
};

} // namespace

class TestTypeMapping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Opens a fresh database of `dialect` (skips when the service is missing).
    bool openSide(Side &side, Db::DialectKind dialect, const QString &tag)
    {
        auto created = side.scratch.create(dialect, tag, m_dir.path());
        if (!created) {
            qWarning() << errorText(created.error());
            return false;
        }
        auto connection = Db::Connection::open(side.scratch.spec(), tag);
        if (!connection) {
            qWarning() << errorText(connection.error());
            return false;
        }
        side.connection.emplace(std::move(connection).value());
        return true;
    }

    // Schema-copies `table` from source to target (scan, map, DDL), then moves its rows with
    // Dialect::selectList / bindValue. Returns the mapped schema for inspection.
    Core::Result<Db::MappedSchema> copyTable(const Db::Connection &source, const Db::Connection &target, const QString &table)
    {
        const Db::Dialect &from = source.dialect();
        const Db::Dialect &to = target.dialect();
        auto schema = from.readSchema(source.database(), Db::TableFilter { { table }, {} });
        if (!schema) {
            return schema.error();
        }
        auto facts = Db::scanColumnFacts(source.database(), *schema, to.kind());
        if (!facts) {
            return facts.error();
        }
        auto mapped = Db::mapSchema(*schema, to.kind(), *facts);
        if (!mapped) {
            return mapped.error();
        }
        const Db::SchemaScript script = Db::generateScript(*mapped);
        for (const QString &statement : script.tables) {
            if (auto ran = target.exec(statement); !ran) {
                return ran.error();
            }
        }
        const Db::Table &sourceTable = *schema->table(table);
        const Db::Table &targetTable = *mapped->schema.table(table);
        QSqlQuery read = source.query();
        if (!read.exec(u"SELECT "_s + from.selectList(sourceTable) + u" FROM "_s + from.quoteIdentifier(table))) {
            return Core::Error::inFile(table, read.lastError().text());
        }
        QStringList names;
        for (const Db::Column &c : targetTable.columns) {
            names << c.name;
        }
        const QString insert = u"INSERT INTO "_s + to.quoteIdentifier(table) + u" ("_s + to.quotedList(names) + u") VALUES ("_s
            + to.placeholders(int(names.size())) + u')';
        while (read.next()) {
            QSqlQuery write(target.database());
            if (!write.prepare(insert)) {
                return Core::Error::inFile(table, write.lastError().text());
            }
            for (qsizetype i = 0; i < targetTable.columns.size(); ++i) {
                write.addBindValue(to.bindValue(read.value(int(i)), targetTable.columns.at(i)));
            }
            if (!write.exec()) {
                return Core::Error::inFile(table, write.lastError().text());
            }
        }
        return mapped;
    }

    // Values of one column as the server prints them (cast to text on the server), by id.
    QStringList serverText(const Db::Connection &connection, const QString &table, const QString &column)
    {
        const Db::Dialect &d = connection.dialect();
        QString expression;
        switch (d.kind()) {
        case Db::DialectKind::Postgres: expression = d.quoteIdentifier(column) + u"::text"_s; break;
        case Db::DialectKind::Mysql: expression = u"CAST("_s + d.quoteIdentifier(column) + u" AS CHAR)"_s; break;
        case Db::DialectKind::Sqlite: expression = u"CAST("_s + d.quoteIdentifier(column) + u" AS TEXT)"_s; break;
        }
        QSqlQuery q = connection.query();
        QStringList out;
        if (!q.exec(u"SELECT "_s + expression + u" FROM "_s + d.quoteIdentifier(table) + u" ORDER BY id"_s)) {
            out << u"ERROR: "_s + q.lastError().text();
            return out;
        }
        while (q.next()) {
            out << (q.value(0).isNull() ? u"<NULL>"_s : q.value(0).toString());
        }
        return out;
    }

    static bool hasWarning(const Db::MappedSchema &mapped, const QString &object, const QString &kind)
    {
        return std::any_of(mapped.warnings.begin(), mapped.warnings.end(),
                           [&](const Db::SchemaWarning &w) { return w.object == object && w.kind == kind; });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mapColumnType_data()
    {
        using Db::DialectKind;
        using Db::TypeFamily;
        QTest::addColumn<Db::Column>("column");
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("target");
        QTest::addColumn<Db::ColumnFacts>("facts");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("warning");
        const Db::ColumnFacts none;
        Db::ColumnFacts scannedZeroOne;
        scannedZeroOne.scanned = true;
        Db::ColumnFacts scannedOther = scannedZeroOne;
        scannedOther.onlyZeroOrOne = false;
        Db::ColumnFacts huge;
        huge.scanned = true;
        huge.hasAboveInt64 = true;
        const int sqlite = int(DialectKind::Sqlite), pg = int(DialectKind::Postgres), my = int(DialectKind::Mysql);

        QTest::newRow("SQLite REAL -> double precision, not real") << makeColumn(TypeFamily::Float, u"REAL"_s, 8) << sqlite << pg << none
                                                                   << u"double precision"_s << QString();
        QTest::newRow("MySQL FLOAT -> real") << makeColumn(TypeFamily::Float, u"float"_s, 4) << my << pg << none << u"real"_s << QString();
        QTest::newRow("NUMERIC(12,2) kept in PostgreSQL") << makeColumn(TypeFamily::Decimal, u"NUMERIC(12,2)"_s, 0, -1, 12, 2) << sqlite
                                                          << pg << none << u"numeric(12,2)"_s << QString();
        QTest::newRow("numeric(12,2) kept in MySQL") << makeColumn(TypeFamily::Decimal, u"numeric(12,2)"_s, 0, -1, 12, 2) << pg << my
                                                     << none << u"decimal(12,2)"_s << QString();
        QTest::newRow("decimal(65,30) kept in PostgreSQL") << makeColumn(TypeFamily::Decimal, u"decimal(65,30)"_s, 0, -1, 65, 30) << my
                                                           << pg << none << u"numeric(65,30)"_s << QString();
        QTest::newRow("numeric(30,10) is TEXT in SQLite") << makeColumn(TypeFamily::Decimal, u"numeric(30,10)"_s, 0, -1, 30, 10) << pg
                                                          << sqlite << none << u"TEXT"_s << u"type_changed"_s;
        QTest::newRow("unconstrained numeric is decimal(65,30) in MySQL") << makeColumn(TypeFamily::Decimal, u"numeric"_s) << pg << my
                                                                          << none << u"decimal(65,30)"_s << u"precision_limited"_s;
        Db::Column ubig = makeColumn(TypeFamily::Integer, u"bigint(20) unsigned"_s, 8);
        ubig.type.isUnsigned = true;
        QTest::newRow("unsigned BIGINT -> numeric(20,0)") << ubig << my << pg << none << u"numeric(20,0)"_s << QString();
        QTest::newRow("unsigned BIGINT beyond int64 -> SQLite TEXT") << ubig << my << sqlite << huge << u"TEXT"_s << u"type_changed"_s;
        QTest::newRow("unsigned BIGINT within int64 -> SQLite INTEGER") << ubig << my << sqlite << none << u"INTEGER"_s << QString();
        Db::Column tiny = makeColumn(TypeFamily::Integer, u"tinyint(1)"_s, 1);
        tiny.type.displayWidthOne = true;
        QTest::newRow("tinyint(1) with only 0/1 -> boolean") << tiny << my << pg << scannedZeroOne << u"boolean"_s << QString();
        QTest::newRow("tinyint(1) with 2 -> smallint") << tiny << my << pg << scannedOther << u"smallint"_s << QString();
        QTest::newRow("tinyint(1) not scanned -> smallint") << tiny << my << pg << none << u"smallint"_s << QString();
        Db::Column uint = makeColumn(TypeFamily::Integer, u"int(10) unsigned"_s, 4);
        uint.type.isUnsigned = true;
        QTest::newRow("unsigned INT -> bigint") << uint << my << pg << none << u"bigint"_s << QString();
        QTest::newRow("VARCHAR(20) length kept (PG)") << makeColumn(TypeFamily::Text, u"VARCHAR(20)"_s, 0, 20) << sqlite << pg << none
                                                      << u"character varying(20)"_s << QString();
        QTest::newRow("varchar(20) length kept (MySQL)") << makeColumn(TypeFamily::Text, u"character varying(20)"_s, 0, 20) << pg << my
                                                         << none << u"varchar(20)"_s << QString();
        QTest::newRow("varchar(20) length kept (SQLite)") << makeColumn(TypeFamily::Text, u"varchar(20)"_s, 0, 20) << my << sqlite
                                                          << none << u"VARCHAR(20)"_s << QString();
        Db::Column fixed = makeColumn(TypeFamily::Text, u"char(5)"_s, 0, 5);
        fixed.type.fixedLength = true;
        QTest::newRow("char(5) kept") << fixed << my << pg << none << u"character(5)"_s << QString();
        QTest::newRow("mediumtext -> text") << makeColumn(TypeFamily::Text, u"mediumtext"_s, 0, 16777215) << my << pg << none << u"text"_s
                                            << QString();
        QTest::newRow("text -> longtext") << makeColumn(TypeFamily::Text, u"text"_s) << pg << my << none << u"longtext"_s << QString();
        QTest::newRow("BLOB -> bytea") << makeColumn(TypeFamily::Binary, u"BLOB"_s) << sqlite << pg << none << u"bytea"_s << QString();
        QTest::newRow("bytea -> LONGBLOB") << makeColumn(TypeFamily::Binary, u"bytea"_s) << pg << my << none << u"longblob"_s << QString();
        QTest::newRow("longblob -> BLOB") << makeColumn(TypeFamily::Binary, u"longblob"_s) << my << sqlite << none << u"BLOB"_s << QString();
        Db::Column dt6 = makeColumn(TypeFamily::Timestamp, u"datetime(6)"_s, 0, -1, 6);
        QTest::newRow("datetime(6) -> timestamp(6) without time zone") << dt6 << my << pg << none
                                                                       << u"timestamp(6) without time zone"_s << QString();
        Db::Column ts6 = dt6;
        ts6.type.sql = u"timestamp(6)"_s;
        ts6.type.withTimeZone = true;
        QTest::newRow("MySQL TIMESTAMP(6) -> timestamp(6) with time zone") << ts6 << my << pg << none
                                                                          << u"timestamp(6) with time zone"_s << QString();
        Db::Column tstz = makeColumn(TypeFamily::Timestamp, u"timestamp with time zone"_s);
        tstz.type.withTimeZone = true;
        QTest::newRow("timestamptz -> DATETIME(6) in UTC, with a warning") << tstz << pg << my << none << u"datetime(6)"_s
                                                                           << u"time_zone_dropped"_s;
        QTest::newRow("timestamp(3) keeps its precision in MySQL") << makeColumn(TypeFamily::Timestamp, u"timestamp(3) without time zone"_s, 0, -1, 3)
                                                                   << pg << my << none << u"datetime(3)"_s << QString();
        Db::Column mood = makeColumn(TypeFamily::Enum, u"mood"_s);
        mood.type.enumValues = QStringList { u"sad"_s, u"it's ok"_s };
        QTest::newRow("PG enum -> MySQL enum") << mood << pg << my << none << u"enum('sad', 'it''s ok')"_s << QString();
        QTest::newRow("MySQL enum -> PG text + CHECK") << mood << my << pg << none << u"text"_s << u"type_changed"_s;
        QTest::newRow("uuid -> char(36)") << makeColumn(TypeFamily::Uuid, u"uuid"_s) << pg << my << none << u"char(36)"_s << QString();
        QTest::newRow("jsonb kept in PG") << makeColumn(TypeFamily::Json, u"jsonb"_s) << pg << pg << none << u"jsonb"_s << QString();
        QTest::newRow("json -> SQLite TEXT") << makeColumn(TypeFamily::Json, u"json"_s) << my << sqlite << none << u"TEXT"_s << QString();
        QTest::newRow("bit(8) kept") << makeColumn(TypeFamily::Bit, u"bit(8)"_s, 0, 8) << my << pg << none << u"bit varying(8)"_s
                                     << QString();
    }

    void mapColumnType()
    {
        QFETCH(Db::Column, column);
        QFETCH(int, source);
        QFETCH(int, target);
        QFETCH(Db::ColumnFacts, facts);
        QFETCH(QString, expected);
        QFETCH(QString, warning);
        QList<Db::SchemaWarning> warnings;
        const Db::ColumnType mapped = Db::mapColumnType(column, u"t"_s, Db::DialectKind(source), Db::DialectKind(target), facts, warnings);
        QCOMPARE(mapped.sql, expected);
        if (warning.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.isEmpty() ? QString() : warnings.first().message));
        } else {
            QVERIFY(!warnings.isEmpty());
            QCOMPARE(warnings.first().kind, warning);
            QCOMPARE(warnings.first().object, u"t.c"_s);
        }
    }

    // §10 case 5: unsigned bigint edges from MySQL to PostgreSQL and SQLite.
    void case05_unsignedBigintEdges()
    {
        MWB_REQUIRE_MYSQL(my);
        MWB_REQUIRE_POSTGRES(pg);
        Side source, toPg, toSqlite;
        QVERIFY(openSide(source, Db::DialectKind::Mysql, u"c5src"_s));
        QVERIFY(openSide(toPg, Db::DialectKind::Postgres, u"c5pg"_s));
        QVERIFY(openSide(toSqlite, Db::DialectKind::Sqlite, u"c5lite"_s));
        QVERIFY(source.connection->exec(u"CREATE TABLE u (id int PRIMARY KEY, v bigint unsigned)"_s).ok());
        QVERIFY(source.connection->exec(u"INSERT INTO u VALUES (1, 18446744073709551615), (2, 9223372036854775808), (3, 0), (4, NULL)"_s).ok());
        const QStringList expected { u"18446744073709551615"_s, u"9223372036854775808"_s, u"0"_s, u"<NULL>"_s };
        QCOMPARE(serverText(*source.connection, u"u"_s, u"v"_s), expected);

        auto pgMapped = copyTable(*source.connection, *toPg.connection, u"u"_s);
        QVERIFY2(pgMapped.ok(), qPrintable(pgMapped.ok() ? QString() : errorText(pgMapped.error())));
        QCOMPARE(pgMapped->schema.table(u"u"_s)->column(u"v"_s)->type.sql, u"numeric(20,0)"_s);
        QCOMPARE(serverText(*toPg.connection, u"u"_s, u"v"_s), expected);

        auto liteMapped = copyTable(*source.connection, *toSqlite.connection, u"u"_s);
        QVERIFY2(liteMapped.ok(), qPrintable(liteMapped.ok() ? QString() : errorText(liteMapped.error())));
        QCOMPARE(liteMapped->schema.table(u"u"_s)->column(u"v"_s)->type.sql, u"TEXT"_s);
        QVERIFY(hasWarning(*liteMapped, u"u.v"_s, u"type_changed"_s));
        QCOMPARE(serverText(*toSqlite.connection, u"u"_s, u"v"_s), expected);
        QSqlQuery typeofQuery = toSqlite.connection->query();
        QVERIFY(typeofQuery.exec(u"SELECT count(*) FROM u WHERE typeof(v) NOT IN ('text', 'null')"_s) && typeofQuery.next());
        QCOMPARE(typeofQuery.value(0).toInt(), 0); // never REAL, never a wrapped negative integer
    }

    // §10 case 6: tinyint(1) holding 2 and -1 is not a boolean; a 0/1 one is.
    void case06_tinyintOneNotBoolean()
    {
        MWB_REQUIRE_MYSQL(my);
        MWB_REQUIRE_POSTGRES(pg);
        Side source, toPg, toSqlite;
        QVERIFY(openSide(source, Db::DialectKind::Mysql, u"c6src"_s));
        QVERIFY(openSide(toPg, Db::DialectKind::Postgres, u"c6pg"_s));
        QVERIFY(openSide(toSqlite, Db::DialectKind::Sqlite, u"c6lite"_s));
        QVERIFY(source.connection->exec(u"CREATE TABLE flags (id int PRIMARY KEY, odd tinyint(1), yes_no tinyint(1))"_s).ok());
        QVERIFY(source.connection->exec(u"INSERT INTO flags VALUES (1, 2, 1), (2, -1, 0), (3, 0, NULL), (4, 1, 1), (5, NULL, 0)"_s).ok());
        auto mapped = copyTable(*source.connection, *toPg.connection, u"flags"_s);
        QVERIFY2(mapped.ok(), qPrintable(mapped.ok() ? QString() : errorText(mapped.error())));
        const Db::Table *t = mapped->schema.table(u"flags"_s);
        QCOMPARE(t->column(u"odd"_s)->type.sql, u"smallint"_s);
        QCOMPARE(t->column(u"yes_no"_s)->type.sql, u"boolean"_s);
        QVERIFY(hasWarning(*mapped, u"flags.odd"_s, u"not_boolean"_s));
        QCOMPARE(serverText(*toPg.connection, u"flags"_s, u"odd"_s), (QStringList { u"2"_s, u"-1"_s, u"0"_s, u"1"_s, u"<NULL>"_s }));
        QCOMPARE(serverText(*toPg.connection, u"flags"_s, u"yes_no"_s),
                 (QStringList { u"true"_s, u"false"_s, u"<NULL>"_s, u"true"_s, u"false"_s }));

        auto lite = copyTable(*source.connection, *toSqlite.connection, u"flags"_s);
        QVERIFY2(lite.ok(), qPrintable(lite.ok() ? QString() : errorText(lite.error())));
        QCOMPARE(serverText(*toSqlite.connection, u"flags"_s, u"odd"_s), (QStringList { u"2"_s, u"-1"_s, u"0"_s, u"1"_s, u"<NULL>"_s }));
    }

    // §10 case 7: DECIMAL(65,30) extremes round-trip MySQL -> PG -> MySQL, and into SQLite as text.
    void case07_decimalExtremes()
    {
        MWB_REQUIRE_MYSQL(my);
        MWB_REQUIRE_POSTGRES(pg);
        Side source, viaPg, back, toSqlite;
        QVERIFY(openSide(source, Db::DialectKind::Mysql, u"c7src"_s));
        QVERIFY(openSide(viaPg, Db::DialectKind::Postgres, u"c7pg"_s));
        QVERIFY(openSide(back, Db::DialectKind::Mysql, u"c7back"_s));
        QVERIFY(openSide(toSqlite, Db::DialectKind::Sqlite, u"c7lite"_s));
        QVERIFY(source.connection->exec(u"CREATE TABLE money (id int PRIMARY KEY, d decimal(65,30))"_s).ok());
        QVERIFY(source.connection->exec(u"INSERT INTO money VALUES "
                                        "(1, 99999999999999999999999999999999999.999999999999999999999999999999), "
                                        "(2, -99999999999999999999999999999999999.999999999999999999999999999999), "
                                        "(3, 0.000000000000000000000000000001), (4, -0.0), (5, NULL), (6, 12345.678)"_s)
                    .ok());
        const QStringList original = serverText(*source.connection, u"money"_s, u"d"_s);
        QCOMPARE(original.at(0), u"99999999999999999999999999999999999.999999999999999999999999999999"_s);

        auto toPg = copyTable(*source.connection, *viaPg.connection, u"money"_s);
        QVERIFY2(toPg.ok(), qPrintable(toPg.ok() ? QString() : errorText(toPg.error())));
        QCOMPARE(toPg->schema.table(u"money"_s)->column(u"d"_s)->type.sql, u"numeric(65,30)"_s);
        QCOMPARE(serverText(*viaPg.connection, u"money"_s, u"d"_s), original); // same scale: same text

        auto toMy = copyTable(*viaPg.connection, *back.connection, u"money"_s);
        QVERIFY2(toMy.ok(), qPrintable(toMy.ok() ? QString() : errorText(toMy.error())));
        QCOMPARE(toMy->schema.table(u"money"_s)->column(u"d"_s)->type.sql, u"decimal(65,30)"_s);
        QCOMPARE(serverText(*back.connection, u"money"_s, u"d"_s), original);

        auto lite = copyTable(*source.connection, *toSqlite.connection, u"money"_s);
        QVERIFY2(lite.ok(), qPrintable(lite.ok() ? QString() : errorText(lite.error())));
        QCOMPARE(lite->schema.table(u"money"_s)->column(u"d"_s)->type.sql, u"TEXT"_s);
        QCOMPARE(serverText(*toSqlite.connection, u"money"_s, u"d"_s), original);
    }

    // §10 case 8: microseconds survive every path and the mapping keeps precision 6.
    void case08_microsecondTimestamps()
    {
        MWB_REQUIRE_MYSQL(my);
        MWB_REQUIRE_POSTGRES(pg);
        Side mySource, pgSource, pgTarget, myTarget, liteTarget;
        QVERIFY(openSide(mySource, Db::DialectKind::Mysql, u"c8my"_s));
        QVERIFY(openSide(pgSource, Db::DialectKind::Postgres, u"c8pg"_s));
        QVERIFY(openSide(pgTarget, Db::DialectKind::Postgres, u"c8pgt"_s));
        QVERIFY(openSide(myTarget, Db::DialectKind::Mysql, u"c8myt"_s));
        QVERIFY(openSide(liteTarget, Db::DialectKind::Sqlite, u"c8lite"_s));
        QVERIFY(mySource.connection->exec(u"CREATE TABLE ts (id int PRIMARY KEY, naive datetime(6), aware timestamp(6) NULL DEFAULT NULL)"_s).ok());
        QVERIFY(mySource.connection->exec(u"INSERT INTO ts VALUES (1, '2022-04-01 15:10:02.020409', '2022-04-01 15:10:02.020409'), "
                                          "(2, '1999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999999'), (3, NULL, NULL)"_s)
                    .ok());
        QVERIFY(pgSource.connection->exec(u"CREATE TABLE ts (id int PRIMARY KEY, naive timestamp(6), aware timestamptz(6))"_s).ok());
        QVERIFY(pgSource.connection->exec(u"INSERT INTO ts VALUES (1, '2022-04-01 15:10:02.020409', '2022-04-01 15:10:02.020409+00'), "
                                          "(2, '2040-01-01 00:00:00.000001', '0044-03-15 12:00:00.5+00'), (3, NULL, NULL)"_s)
                    .ok());

        auto myToPg = copyTable(*mySource.connection, *pgTarget.connection, u"ts"_s);
        QVERIFY2(myToPg.ok(), qPrintable(myToPg.ok() ? QString() : errorText(myToPg.error())));
        QCOMPARE(myToPg->schema.table(u"ts"_s)->column(u"naive"_s)->type.sql, u"timestamp(6) without time zone"_s);
        QCOMPARE(myToPg->schema.table(u"ts"_s)->column(u"aware"_s)->type.sql, u"timestamp(6) with time zone"_s);
        QCOMPARE(serverText(*pgTarget.connection, u"ts"_s, u"naive"_s),
                 (QStringList { u"2022-04-01 15:10:02.020409"_s, u"1999-12-31 23:59:59.999999"_s, u"<NULL>"_s }));
        QCOMPARE(serverText(*pgTarget.connection, u"ts"_s, u"aware"_s),
                 (QStringList { u"2022-04-01 15:10:02.020409+00"_s, u"2038-01-19 03:14:07.999999+00"_s, u"<NULL>"_s }));

        auto pgToMy = copyTable(*pgSource.connection, *myTarget.connection, u"ts"_s);
        QVERIFY2(pgToMy.ok(), qPrintable(pgToMy.ok() ? QString() : errorText(pgToMy.error())));
        QCOMPARE(pgToMy->schema.table(u"ts"_s)->column(u"aware"_s)->type.sql, u"datetime(6)"_s); // 2040 and year 44 fit DATETIME
        QCOMPARE(serverText(*myTarget.connection, u"ts"_s, u"naive"_s),
                 (QStringList { u"2022-04-01 15:10:02.020409"_s, u"2040-01-01 00:00:00.000001"_s, u"<NULL>"_s }));
        QCOMPARE(serverText(*myTarget.connection, u"ts"_s, u"aware"_s),
                 (QStringList { u"2022-04-01 15:10:02.020409"_s, u"0044-03-15 12:00:00.500000"_s, u"<NULL>"_s }));

        auto pgToLite = copyTable(*pgSource.connection, *liteTarget.connection, u"ts"_s);
        QVERIFY2(pgToLite.ok(), qPrintable(pgToLite.ok() ? QString() : errorText(pgToLite.error())));
        QCOMPARE(serverText(*liteTarget.connection, u"ts"_s, u"naive"_s),
                 (QStringList { u"2022-04-01 15:10:02.020409"_s, u"2040-01-01 00:00:00.000001"_s, u"<NULL>"_s }));
        QCOMPARE(serverText(*liteTarget.connection, u"ts"_s, u"aware"_s),
                 (QStringList { u"2022-04-01 15:10:02.020409"_s, u"0044-03-15 12:00:00.5"_s, u"<NULL>"_s }));
    }

    // §10 case 11: float specials. PG -> PG bit-exact; PG -> SQLite exact except what SQLite
    // cannot store (NaN, the sign of -0), which the scan reports; PG -> MySQL warns about NaN/Inf.
    void case11_floatSpecials()
    {
        MWB_REQUIRE_POSTGRES(pg);
        MWB_REQUIRE_MYSQL(my);
        Side source, pgTarget, liteTarget, myTarget;
        QVERIFY(openSide(source, Db::DialectKind::Postgres, u"c11src"_s));
        QVERIFY(openSide(pgTarget, Db::DialectKind::Postgres, u"c11pg"_s));
        QVERIFY(openSide(liteTarget, Db::DialectKind::Sqlite, u"c11lite"_s));
        QVERIFY(openSide(myTarget, Db::DialectKind::Mysql, u"c11my"_s));
        QVERIFY(source.connection->exec(u"CREATE TABLE f (id int PRIMARY KEY, d double precision, r real)"_s).ok());
        QVERIFY(source.connection->exec(u"INSERT INTO f VALUES (1, 'NaN', 0.1), (2, 'Infinity', 'Infinity'), (3, '-Infinity', -2.5), "
                                        "(4, '-0', '-0'), (5, 5e-324, 1.17549435e-38), (6, 1.0/3, 0.1::real), (7, NULL, NULL), "
                                        "(8, 0.1, 3.4028235e38)"_s)
                    .ok());
        const QStringList d = serverText(*source.connection, u"f"_s, u"d"_s);
        const QStringList r = serverText(*source.connection, u"f"_s, u"r"_s);
        QCOMPARE(d.at(4), u"5e-324"_s);

        auto toPg = copyTable(*source.connection, *pgTarget.connection, u"f"_s);
        QVERIFY2(toPg.ok(), qPrintable(toPg.ok() ? QString() : errorText(toPg.error())));
        QCOMPARE(toPg->schema.table(u"f"_s)->column(u"r"_s)->type.sql, u"real"_s);
        QCOMPARE(serverText(*pgTarget.connection, u"f"_s, u"d"_s), d);
        QCOMPARE(serverText(*pgTarget.connection, u"f"_s, u"r"_s), r);

        auto toLite = copyTable(*source.connection, *liteTarget.connection, u"f"_s);
        QVERIFY2(toLite.ok(), qPrintable(toLite.ok() ? QString() : errorText(toLite.error())));
        QVERIFY(hasWarning(*toLite, u"f.d"_s, u"values_rejected"_s)); // NaN
        QVERIFY(hasWarning(*toLite, u"f.d"_s, u"value_changed"_s));   // -0
        QSqlQuery q = liteTarget.connection->query();
        QVERIFY(q.exec(u"SELECT id, d FROM f ORDER BY id"_s));
        QHash<int, QVariant> lite;
        while (q.next()) {
            lite.insert(q.value(0).toInt(), q.value(1));
        }
        QVERIFY(lite.value(1).isNull()); // NaN: SQLite has no NaN (the copy engine rejects this row)
        QCOMPARE(lite.value(2).toDouble(), std::numeric_limits<double>::infinity());
        QCOMPARE(lite.value(3).toDouble(), -std::numeric_limits<double>::infinity());
        QCOMPARE(lite.value(5).toDouble(), 5e-324);
        QCOMPARE(lite.value(6).toDouble(), 1.0 / 3); // bit-exact
        QCOMPARE(lite.value(8).toDouble(), 0.1);

        // MySQL cannot store NaN or Infinity: the plan says so before any row moves.
        auto schema = source.connection->dialect().readSchema(source.connection->database(), Db::TableFilter { { u"f"_s }, {} });
        QVERIFY(schema.ok());
        auto facts = Db::scanColumnFacts(source.connection->database(), *schema, Db::DialectKind::Mysql);
        QVERIFY(facts.ok());
        auto mapped = Db::mapSchema(*schema, Db::DialectKind::Mysql, *facts);
        QVERIFY(mapped.ok());
        QVERIFY(hasWarning(*mapped, u"f.d"_s, u"values_rejected"_s));
        QCOMPARE(mapped->schema.table(u"f"_s)->column(u"r"_s)->type.sql, u"float"_s); // FLOAT(24), not DOUBLE
        // The finite rows keep their values in MySQL, 0.1::real included.
        QVERIFY(myTarget.connection->exec(Db::generateScript(*mapped).tables.first()).ok());
        QSqlQuery insert(myTarget.connection->database());
        QVERIFY(insert.prepare(u"INSERT INTO f (id, d, r) VALUES (?, ?, ?)"_s));
        QSqlQuery read = source.connection->query();
        QVERIFY(read.exec(u"SELECT id, d, r FROM f WHERE id IN (5, 6, 8) ORDER BY id"_s));
        const Db::Table *target = mapped->schema.table(u"f"_s);
        while (read.next()) {
            insert.addBindValue(read.value(0));
            insert.addBindValue(myTarget.connection->dialect().bindValue(read.value(1), *target->column(u"d"_s)));
            insert.addBindValue(myTarget.connection->dialect().bindValue(read.value(2), *target->column(u"r"_s)));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QSqlQuery check = myTarget.connection->query();
        QVERIFY(check.exec(u"SELECT d, r FROM f ORDER BY id"_s));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toDouble(), 5e-324);
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toDouble(), 1.0 / 3);
        QCOMPARE(float(check.value(1).toDouble()), 0.1f);
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toDouble(), 0.1);
    }
};

QTEST_GUILESS_MAIN(TestTypeMapping)
#include "tst_typemapping.moc"
