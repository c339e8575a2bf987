// SPDX-License-Identifier: GPL-3.0-or-later
// Our own identifier quoting and the pre-flight name checks (reliability.md §7.2, §10 cases 12
// and 13): hostile names are created exactly, colliding or over-long names stop the copy before
// any file or DDL, and metadata never becomes SQL.
#include "common/testservices.h"
#include "dbfixture.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "db/schemacopy.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

QStringList hostileNames()
{
    return { u"a\"b"_s, u"x`y"_s, u"select"_s, u"Order"_s, u"名前"_s, u"a.b"_s, u"\"quoted\""_s, u"trail`"_s };
}

} // namespace

class TestQuoting : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Sorted table names and "table.column" names of the connection's schema.
    static QStringList objectNames(const Db::Schema &schema)
    {
        QStringList names;
        for (const Db::Table &t : schema.tables) {
            names << t.name;
            for (const Db::Column &c : t.columns) {
                names << t.name + u" / "_s + c.name;
            }
            for (const Db::Index &i : t.indexes) {
                names << t.name + u" index "_s + i.name;
            }
        }
        names.sort();
        return names;
    }

    Core::Result<Db::SchemaCopyResult> copySchema(const Db::ConnectionSpec &source, Db::DialectKind target, const QString &outDir)
    {
        Db::SchemaCopyOptions options;
        options.targetDialect = target;
        options.outputDir = outDir;
        return Db::runSchemaCopy(source, options);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void quoteIdentifier_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");
        const int pg = int(Db::DialectKind::Postgres), my = int(Db::DialectKind::Mysql), lite = int(Db::DialectKind::Sqlite);
        QTest::newRow("pg embedded quote doubled") << pg << u"a\"b"_s << u"\"a\"\"b\""_s;
        QTest::newRow("pg dot stays inside") << pg << u"a.b"_s << u"\"a.b\""_s;
        QTest::newRow("pg already-quoted name is quoted again") << pg << u"\"quoted\""_s << u"\"\"\"quoted\"\"\""_s;
        QTest::newRow("pg backtick is plain") << pg << u"x`y"_s << u"\"x`y\""_s;
        QTest::newRow("mysql backtick doubled") << my << u"x`y"_s << u"`x``y`"_s;
        QTest::newRow("mysql trailing backtick") << my << u"trail`"_s << u"`trail```"_s;
        QTest::newRow("mysql leading and trailing backtick") << my << u"`a`"_s << u"```a```"_s;
        QTest::newRow("mysql dot stays inside") << my << u"a.b"_s << u"`a.b`"_s;
        QTest::newRow("mysql double quote is plain") << my << u"a\"b"_s << u"`a\"b`"_s;
        QTest::newRow("sqlite embedded quote doubled") << lite << u"a\"b"_s << u"\"a\"\"b\""_s;
        QTest::newRow("sqlite reserved word") << lite << u"select"_s << u"\"select\""_s;
        QTest::newRow("unicode") << pg << u"名前"_s << u"\"名前\""_s;
    }

    void quoteIdentifier()
    {
        QFETCH(int, dialect);
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        QCOMPARE(Db::Dialect::forKind(Db::DialectKind(dialect)).quoteIdentifier(name), quoted);
    }

    void checkIdentifierLimits()
    {
        const Db::Dialect &pg = Db::Dialect::forKind(Db::DialectKind::Postgres);
        const Db::Dialect &my = Db::Dialect::forKind(Db::DialectKind::Mysql);
        QVERIFY(pg.checkIdentifier(QString(63, u't'), u"t"_s).ok());
        QVERIFY(!pg.checkIdentifier(QString(64, u't'), u"t"_s).ok());
        QVERIFY(!pg.checkIdentifier(QString(22, QChar(0x540D)), u"t"_s).ok()); // 22 characters, 66 bytes
        QVERIFY(my.checkIdentifier(QString(64, u't'), u"t"_s).ok());
        QVERIFY(!my.checkIdentifier(QString(65, u't'), u"t"_s).ok());
        QVERIFY(my.checkIdentifier(QString(22, QChar(0x540D)), u"t"_s).ok()); // MySQL counts characters
        auto nul = pg.checkIdentifier(u"a"_s + QChar(0) + u"b"_s, u"column \"ab\""_s);
        QVERIFY(!nul.ok());
        QVERIFY(nul.error().message.contains(u"NUL"_s));
    }

    // §10 case 12: tables, columns and an index with awkward names are created with exactly
    // those names in every target dialect, and read back unchanged.
    void case12_hostileIdentifiersRoundTrip_data()
    {
        QTest::addColumn<int>("target");
        QTest::newRow("to sqlite") << int(Db::DialectKind::Sqlite);
        QTest::newRow("to postgres") << int(Db::DialectKind::Postgres);
        QTest::newRow("to mysql") << int(Db::DialectKind::Mysql);
    }

    void case12_hostileIdentifiersRoundTrip()
    {
        QFETCH(int, target);
        const auto targetKind = Db::DialectKind(target);
        MWB_REQUIRE_DIALECT(targetKind);
        Test::ScratchDatabase source;
        QVERIFY(source.create(Db::DialectKind::Sqlite, u"hostile"_s, m_dir.path()).ok());
        {
            auto connection = Db::Connection::open(source.spec());
            QVERIFY(connection.ok());
            const Db::Dialect &d = connection->dialect();
            int n = 0;
            for (const QString &table : hostileNames()) {
                QStringList columns { d.quoteIdentifier(u"id"_s) + u" INTEGER PRIMARY KEY"_s };
                for (const QString &column : hostileNames()) {
                    columns << d.quoteIdentifier(column) + u" TEXT"_s;
                }
                QVERIFY(connection->exec(u"CREATE TABLE "_s + d.quoteIdentifier(table) + u" ("_s + columns.join(u", "_s) + u')').ok());
                QVERIFY(connection->exec(u"CREATE INDEX "_s + d.quoteIdentifier(u"ix."_s + QString::number(++n) + u"\"`"_s) + u" ON "_s
                                         + d.quoteIdentifier(table) + u" ("_s + d.quoteIdentifier(u"a.b"_s) + u')')
                            .ok());
            }
        }
        auto sourceConnection = Db::Connection::open(source.spec());
        QVERIFY(sourceConnection.ok());
        auto sourceSchema = sourceConnection->dialect().readSchema(sourceConnection->database(), {});
        QVERIFY(sourceSchema.ok());
        QCOMPARE(sourceSchema->tables.size(), hostileNames().size());

        auto copied = copySchema(source.spec(), targetKind, m_dir.filePath(u"hostile-"_s + QString::number(target)));
        QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().toString()));
        Test::ScratchDatabase targetDb;
        QVERIFY(targetDb.create(targetKind, u"hostile_t"_s, m_dir.path()).ok());
        auto applied = Db::applyScript(targetDb.spec(), copied->script, Db::ApplyStage::All);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
        auto targetConnection = Db::Connection::open(targetDb.spec());
        QVERIFY(targetConnection.ok());
        auto targetSchema = targetConnection->dialect().readSchema(targetConnection->database(), {});
        QVERIFY2(targetSchema.ok(), qPrintable(targetSchema.ok() ? QString() : targetSchema.error().toString()));
        QCOMPARE(objectNames(*targetSchema), objectNames(*sourceSchema));
    }

    // §10 case 12: Foo and foo are two tables in PostgreSQL but one in MySQL and SQLite: the copy
    // stops before writing anything and names both.
    void case12_collisionAfterCaseFolding()
    {
        MWB_REQUIRE_POSTGRES(pg);
        Test::ScratchDatabase source;
        QVERIFY(source.create(Db::DialectKind::Postgres, u"fold"_s, m_dir.path()).ok());
        {
            auto connection = Db::Connection::open(source.spec());
            QVERIFY(connection.ok());
            QVERIFY(connection->exec(u"CREATE TABLE \"Foo\" (id int PRIMARY KEY)"_s).ok());
            QVERIFY(connection->exec(u"CREATE TABLE foo (id int PRIMARY KEY, \"Col\" int, col int)"_s).ok());
        }
        for (const auto target : { Db::DialectKind::Mysql, Db::DialectKind::Sqlite }) {
            const QString out = m_dir.filePath(u"fold-"_s + Db::dialectName(target));
            auto copied = copySchema(source.spec(), target, out);
            QVERIFY(!copied.ok());
            QVERIFY2(copied.error().message.contains(u"\"Foo\""_s) && copied.error().message.contains(u"\"foo\""_s),
                     qPrintable(copied.error().toString()));
            QVERIFY(copied.error().hint.contains(u"--exclude-tables"_s));
            QVERIFY(!QDir(out).exists()); // nothing written
        }
        // Leaving one out is the way through; the column pair still collides in MySQL.
        Db::SchemaCopyOptions options;
        options.targetDialect = Db::DialectKind::Mysql;
        options.outputDir = m_dir.filePath(u"fold-cols"_s);
        options.filter.exclude = QStringList { u"Foo"_s };
        auto columns = Db::runSchemaCopy(source.spec(), options);
        QVERIFY(!columns.ok());
        QVERIFY2(columns.error().message.contains(u"foo.Col"_s) && columns.error().message.contains(u"foo.col"_s),
                 qPrintable(columns.error().toString()));
        // PostgreSQL keeps quoted names apart: both tables are created.
        auto toPg = copySchema(source.spec(), Db::DialectKind::Postgres, m_dir.filePath(u"fold-pg"_s));
        QVERIFY2(toPg.ok(), qPrintable(toPg.ok() ? QString() : toPg.error().toString()));
        QCOMPARE(toPg->mapped.schema.tables.size(), 2);
    }

    // §10 case 12: a 64-byte name would be cut to 63 bytes by PostgreSQL (and then collide with
    // its 63-byte neighbour): an error before any DDL, never a silent truncation.
    void case12_overlongNamesRejected()
    {
        Test::ScratchDatabase source;
        QVERIFY(source.create(Db::DialectKind::Sqlite, u"long"_s, m_dir.path()).ok());
        const QString name63 = QString(63, u'n');
        const QString name64 = QString(64, u'n');
        const QString accented = QString(32, QChar(0xE9)); // 32 characters, 64 bytes of UTF-8
        {
            auto connection = Db::Connection::open(source.spec());
            QVERIFY(connection.ok());
            const Db::Dialect &d = connection->dialect();
            QVERIFY(connection->exec(u"CREATE TABLE "_s + d.quoteIdentifier(name63) + u" (id INTEGER PRIMARY KEY)"_s).ok());
            QVERIFY(connection->exec(u"CREATE TABLE "_s + d.quoteIdentifier(name64) + u" (id INTEGER PRIMARY KEY)"_s).ok());
            QVERIFY(connection->exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, "_s + d.quoteIdentifier(accented) + u" TEXT)"_s).ok());
        }
        const QString out = m_dir.filePath(u"long-pg"_s);
        auto toPg = copySchema(source.spec(), Db::DialectKind::Postgres, out);
        QVERIFY(!toPg.ok());
        QVERIFY2(toPg.error().message.contains(u"64 bytes"_s), qPrintable(toPg.error().toString()));
        QVERIFY(toPg.error().file.contains(name64));
        QVERIFY(!QDir(out).exists());

        Db::SchemaCopyOptions options;
        options.targetDialect = Db::DialectKind::Postgres;
        options.outputDir = out;
        options.filter.exclude = QStringList { name64 };
        auto accentedColumn = Db::runSchemaCopy(source.spec(), options);
        QVERIFY(!accentedColumn.ok()); // 32 characters but 64 bytes
        QVERIFY(accentedColumn.error().file.contains(accented));

        // MySQL counts characters (64 allowed): the same schema is fine there.
        auto toMysql = copySchema(source.spec(), Db::DialectKind::Mysql, m_dir.filePath(u"long-my"_s));
        QVERIFY2(toMysql.ok(), qPrintable(toMysql.ok() ? QString() : toMysql.error().toString()));
    }

    // SQLite and MySQL match bare names case-insensitively; PostgreSQL folds them to lower case.
    // A CHECK, view and trigger that mention mixed-case names bare still work after the copy.
    void mixedCaseNamesInExpressions()
    {
        MWB_REQUIRE_POSTGRES(pg);
        Test::ScratchDatabase source, target;
        QVERIFY(source.create(Db::DialectKind::Sqlite, u"mixed"_s, m_dir.path()).ok());
        {
            auto connection = Db::Connection::open(source.spec());
            QVERIFY(connection.ok());
            QVERIFY(connection->exec(u"CREATE TABLE Orders (Id INTEGER PRIMARY KEY, Qty INTEGER CHECK (qty > 0), Total NUMERIC(10,2))"_s).ok());
            QVERIFY(connection->exec(u"CREATE TABLE Audit (N INTEGER)"_s).ok());
            QVERIFY(connection->exec(u"CREATE VIEW BigOrders AS SELECT id, QTY, total FROM orders WHERE Total > 100"_s).ok());
            QVERIFY(connection->exec(u"CREATE TRIGGER Counted AFTER INSERT ON Orders BEGIN INSERT INTO audit (n) VALUES (NEW.qty); END"_s).ok());
        }
        QVERIFY(target.create(Db::DialectKind::Postgres, u"mixed_t"_s, m_dir.path()).ok());
        auto copied = copySchema(source.spec(), Db::DialectKind::Postgres, m_dir.filePath(u"mixed"_s));
        QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().toString()));
        QVERIFY(copied->mapped.skipped.isEmpty());
        auto applied = Db::applyScript(target.spec(), copied->script, Db::ApplyStage::All);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
        auto connection = Db::Connection::open(target.spec());
        QVERIFY(connection.ok());
        const auto inserted = connection->exec(u"INSERT INTO \"Orders\" (\"Id\", \"Qty\", \"Total\") VALUES (1, 2, 150)"_s);
        QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().toString()));
        QVERIFY(!connection->exec(u"INSERT INTO \"Orders\" (\"Id\", \"Qty\", \"Total\") VALUES (2, 0, 1)"_s).ok()); // CHECK holds
        QSqlQuery q = connection->query();
        QVERIFY(q.exec(u"SELECT \"Qty\" FROM \"BigOrders\""_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(u"SELECT \"N\" FROM \"Audit\""_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // the trigger ran
    }

    // §10 case 13: names, defaults and comments that look like SQL stay data in every target.
    void case13_injectionThroughMetadata_data()
    {
        QTest::addColumn<int>("target");
        QTest::newRow("to sqlite") << int(Db::DialectKind::Sqlite);
        QTest::newRow("to postgres") << int(Db::DialectKind::Postgres);
        QTest::newRow("to mysql") << int(Db::DialectKind::Mysql);
    }

    void case13_injectionThroughMetadata()
    {
        QFETCH(int, target);
        const auto targetKind = Db::DialectKind(target);
        MWB_REQUIRE_DIALECT(targetKind);
        MWB_REQUIRE_DIALECT(Db::DialectKind::Postgres);
        const QString evilColumn = u"x\"); DROP TABLE victim; --"_s;
        const QString evilDefault = u"'; DROP TABLE victim; -- \\' \\"_s;
        const QString evilComment = u"it's \\'; DROP TABLE victim; --"_s;
        Test::ScratchDatabase source;
        QVERIFY(source.create(Db::DialectKind::Postgres, u"inject"_s, m_dir.path()).ok());
        {
            auto connection = Db::Connection::open(source.spec());
            QVERIFY(connection.ok());
            const Db::Dialect &d = connection->dialect();
            QVERIFY(connection->exec(u"CREATE TABLE victim (id int PRIMARY KEY)"_s).ok());
            QVERIFY(connection->exec(u"CREATE TABLE t (id int PRIMARY KEY, "_s + d.quoteIdentifier(evilColumn) + u" text DEFAULT "_s
                                     + d.quoteLiteral(evilDefault) + u')')
                        .ok());
            QVERIFY(connection->exec(u"COMMENT ON TABLE t IS "_s + d.quoteLiteral(evilComment)).ok());
            QVERIFY(connection->exec(u"COMMENT ON COLUMN t."_s + d.quoteIdentifier(evilColumn) + u" IS "_s + d.quoteLiteral(evilComment)).ok());
        }
        auto copied = copySchema(source.spec(), targetKind, m_dir.filePath(u"inject-"_s + QString::number(target)));
        QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().toString()));
        Test::ScratchDatabase targetDb;
        QVERIFY(targetDb.create(targetKind, u"inject_t"_s, m_dir.path()).ok());
        auto applied = Db::applyScript(targetDb.spec(), copied->script, Db::ApplyStage::All);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));

        auto connection = Db::Connection::open(targetDb.spec());
        QVERIFY(connection.ok());
        const Db::Dialect &d = connection->dialect();
        auto schema = d.readSchema(connection->database(), {});
        QVERIFY(schema.ok());
        QVERIFY(schema->table(u"victim"_s) != nullptr);
        const Db::Table *t = schema->table(u"t"_s);
        QVERIFY(t != nullptr);
        QVERIFY(t->column(evilColumn) != nullptr);
        // The default is still the same string: insert a row without the column and read it back.
        QVERIFY(connection->exec(u"INSERT INTO t (id) VALUES (1)"_s).ok());
        QSqlQuery q = connection->query();
        QVERIFY(q.exec(u"SELECT "_s + d.quoteIdentifier(evilColumn) + u" FROM t"_s) && q.next());
        QCOMPARE(q.value(0).toString(), evilDefault);
        if (targetKind != Db::DialectKind::Sqlite) {
            QCOMPARE(t->comment, evilComment);
        }
    }

    // §10 case 13: a database name with a quote: catalog reads bind it as a parameter.
    void case13_databaseNameWithQuote_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("postgres") << int(Db::DialectKind::Postgres);
        QTest::newRow("mysql") << int(Db::DialectKind::Mysql);
    }

    void case13_databaseNameWithQuote()
    {
        QFETCH(int, dialect);
        const auto kind = Db::DialectKind(dialect);
        MWB_REQUIRE_DIALECT(kind);
        Test::ScratchDatabase admin; // sets the password variable; its spec names the server
        QVERIFY(admin.create(kind, u"quote_admin"_s, m_dir.path()).ok());
        auto adminConnection = Db::Connection::open(admin.spec());
        QVERIFY(adminConnection.ok());
        const QString name = u"mwb_it's_"_s + QString::number(QCoreApplication::applicationPid());
        const Db::Dialect &d = adminConnection->dialect();
        QVERIFY(adminConnection->exec(u"CREATE DATABASE "_s + d.quoteIdentifier(name)).ok());
        Db::ConnectionSpec spec = admin.spec();
        spec.database = name;
        {
            auto connection = Db::Connection::open(spec);
            QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
            QVERIFY(connection->exec(u"CREATE TABLE items (id int PRIMARY KEY, label varchar(10))"_s).ok());
            auto schema = d.readSchema(connection->database(), {});
            QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().toString()));
            QCOMPARE(schema->tables.size(), 1);
            QCOMPARE(schema->tables.first().columns.size(), 2);
        }
        QVERIFY(adminConnection->exec(u"DROP DATABASE "_s + d.quoteIdentifier(name)).ok());
    }
};

QTEST_GUILESS_MAIN(TestQuoting)
#include "tst_quoting.moc"
