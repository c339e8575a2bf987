// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatefixture.h"

using namespace Qt::StringLiterals;

namespace Mwb::Test {

namespace {

QString blob(Db::DialectKind dialect, const char *hex)
{
    if (dialect == Db::DialectKind::Postgres) {
        return u"'\\x"_s + QString::fromLatin1(hex) + u"'::bytea"_s;
    }
    return u"X'"_s + QString::fromLatin1(hex) + u'\'';
}

} // namespace

QStringList validationFixtureStatements(Db::DialectKind dialect)
{
    using Db::DialectKind;
    const bool pg = dialect == DialectKind::Postgres;
    const bool my = dialect == DialectKind::Mysql;
    const QString tail = my ? u" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"_s : QString();
    const QString bigint = dialect == DialectKind::Sqlite ? u"INTEGER"_s : u"bigint"_s;
    const QString dec = my ? u"decimal(12,4)"_s : u"numeric(12,4)"_s;
    const QString dbl = pg ? u"double precision"_s : my ? u"double"_s : u"REAL"_s;
    const QString boolean = my ? u"tinyint(1)"_s : pg ? u"boolean"_s : u"BOOLEAN"_s;
    const QString ts = my ? u"datetime(6)"_s : pg ? u"timestamp(6)"_s : u"TIMESTAMP"_s;
    const QString time = my ? u"time(6)"_s : pg ? u"time(6)"_s : u"TIME"_s;
    const QString bin = my ? u"longblob"_s : pg ? u"bytea"_s : u"BLOB"_s;
    const QString text = my ? u"longtext"_s : u"text"_s;
    const QString t = pg ? u"true"_s : u"1"_s;
    const QString f = pg ? u"false"_s : u"0"_s;
    QStringList statements {
        u"CREATE TABLE matrix (id "_s + bigint + u" NOT NULL PRIMARY KEY, c_int "_s + bigint + u", c_dec "_s + dec
            + u", c_double "_s + dbl + u", c_t1 varchar(50), c_t2 varchar(50), c_text "_s + text + u", c_char char(5), c_bool "_s
            + boolean + u", c_ts "_s + ts + u", c_date date, c_time "_s + time + u", c_bin "_s + bin + u')' + tail,
        u"CREATE TABLE exact (id "_s + bigint + u" NOT NULL PRIMARY KEY, c_int "_s + bigint + u", c_dec "_s + dec
            + u", c_t1 varchar(50), c_t2 varchar(50), c_text "_s + text + u", c_char char(5), c_bool "_s
            + boolean + u", c_ts "_s + ts + u", c_date date, c_time "_s + time + u", c_bin "_s + bin + u')' + tail,
        u"CREATE TABLE pairs (k1 "_s + bigint + u" NOT NULL, k2 varchar(10) NOT NULL, v varchar(20), PRIMARY KEY (k1, k2))"_s + tail,
        u"CREATE TABLE tags (code varchar(20) NOT NULL PRIMARY KEY, label varchar(40))"_s + tail,
        u"CREATE TABLE journal (at "_s + ts + u" NOT NULL, msg varchar(50))"_s + tail,
    };
    // matrix rows as value lists; `exact` gets the same rows without c_double (index 3), so every
    // value family there is hashed by the PostgreSQL/MySQL server, not the client.
    QList<QStringList> rows {
        { u"1"_s, u"42"_s, u"12.3400"_s, u"0.1"_s, u"'x'"_s, u"'y'"_s, u"'a'"_s, u"'abc'"_s, t, u"'2022-04-01 15:10:02.020409'"_s,
          u"'2021-03-14'"_s, u"'02:30:00.123456'"_s, blob(dialect, "00ff10") },
        { u"2"_s, u"-7"_s, u"-999.9900"_s, u"0.3333333333333333"_s, u"'ab'"_s, u"'c'"_s, u"NULL"_s, u"'xyz'"_s, f,
          u"'2023-01-02 03:04:05'"_s, u"'2000-02-29'"_s, u"'23:59:59.999999'"_s, blob(dialect, "") },
        { u"3"_s, u"0"_s, u"0"_s, u"1e300"_s, u"''"_s, u"'NULL'"_s, u"'Zoë 名前 🍻'"_s, u"''"_s, t, u"'1970-01-01 00:00:00'"_s,
          u"'1999-12-31'"_s, u"'00:00:00'"_s, u"NULL"_s },
        { u"4"_s, u"NULL"_s, u"NULL"_s, u"NULL"_s, u"NULL"_s, u"NULL"_s, u"''"_s, u"NULL"_s, u"NULL"_s, u"NULL"_s, u"NULL"_s,
          u"NULL"_s, u"NULL"_s },
    };
    // Enough rows for the key ranges to be split a few times (tests use a small leaf size).
    for (int i = 5; i <= 60; ++i) {
        const QString n = QString::number(i);
        rows << QStringList { n, QString::number(i * 3), n + u".5"_s, QString::number(i / 7.0, 'g', 17), u"'row "_s + n + u'\'',
                              u"'r'"_s, u"'text "_s + n + u'\'', u"'c'"_s, i % 2 ? t : f,
                              u"'2024-03-"_s + QString::number(i % 28 + 1).rightJustified(2, u'0') + u" 10:00:00.5'"_s,
                              u"'2024-01-01'"_s, u"'12:00:00'"_s, blob(dialect, "abcd") };
    }
    for (QStringList row : rows) {
        statements << u"INSERT INTO matrix VALUES ("_s + row.join(u", "_s) + u')';
        row.removeAt(3);
        statements << u"INSERT INTO exact VALUES ("_s + row.join(u", "_s) + u')';
    }
    statements += QStringList {
        u"INSERT INTO pairs VALUES (1, 'a', 'one'), (1, 'b', 'two'), (2, 'a', 'three')"_s,
        u"INSERT INTO tags VALUES ('A1', 'x'), ('b2', 'y'), ('c 3', NULL)"_s,
        u"INSERT INTO journal VALUES ('2024-01-01 00:00:00', 'started'), ('2024-01-01 00:00:00', 'started'), "
        "('2024-01-01 00:00:01', NULL), ('2024-01-02 00:00:00', 'x')"_s,
    };
    return statements;
}

Core::Result<void> execAll(const Db::Connection &connection, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto ran = connection.exec(statement); !ran) {
            return ran;
        }
    }
    return {};
}

Core::Result<void> createValidationFixture(const Db::Connection &connection)
{
    return execAll(connection, validationFixtureStatements(connection.spec().dialect));
}

} // namespace Mwb::Test
