// SPDX-License-Identifier: GPL-3.0-or-later
// Catalog readers (SQLite sqlite_master + PRAGMAs, PostgreSQL pg_catalog, MySQL
// information_schema) fill the neutral model from the shared fixture database.
#include "common/testservices.h"
#include "dbfixture.h"
#include "db/columnscan.h"
#include "db/connection.h"
#include "db/dialect.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

class TestSchemaReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsFixture_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("sqlite") << int(Db::DialectKind::Sqlite);
        QTest::newRow("postgres") << int(Db::DialectKind::Postgres);
        QTest::newRow("mysql") << int(Db::DialectKind::Mysql);
    }

    void readsFixture()
    {
        QFETCH(int, dialect);
        const auto kind = Db::DialectKind(dialect);
        MWB_REQUIRE_DIALECT(kind);
        Test::ScratchDatabase scratch;
        QVERIFY(scratch.create(kind, u"reader"_s, m_dir.path()).ok());
        auto connection = Db::Connection::open(scratch.spec());
        QVERIFY(connection.ok());
        auto fixture = Test::createFixture(*connection);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().toString()));
        auto schema = connection->dialect().readSchema(connection->database(), {});
        QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().toString()));

        QStringList tables;
        for (const Db::Table &t : schema->tables) {
            tables << t.name;
        }
        tables.sort();
        QStringList expectedTables = Test::fixtureTables();
        expectedTables.sort();
        QCOMPARE(tables, expectedTables);

        // customers: every column property the model carries.
        const Db::Table *customers = schema->table(u"customers"_s);
        QVERIFY(customers);
        QCOMPARE(customers->columns.size(), 12);
        QCOMPARE(customers->columns.first().name, u"id"_s);
        QVERIFY(customers->columns.first().identity != Db::IdentityKind::None);
        QVERIFY(customers->primaryKey.has_value());
        QCOMPARE(customers->primaryKey->columns, QStringList { u"id"_s });
        const Db::Column *name = customers->column(u"name"_s);
        QCOMPARE(name->type.family, Db::TypeFamily::Text);
        QCOMPARE(name->type.length, 100);
        QVERIFY(!name->nullable);
        const Db::Column *balance = customers->column(u"balance"_s);
        QCOMPARE(balance->type.family, Db::TypeFamily::Decimal);
        QCOMPARE(balance->type.precision, 12);
        QCOMPARE(balance->type.scale, 2);
        QVERIFY(balance->nullable);
        QVERIFY(balance->defaultSql.has_value());
        QVERIFY(customers->column(u"created_at"_s)->defaultSql.has_value());
        QCOMPARE(customers->column(u"created_at"_s)->type.family, Db::TypeFamily::Timestamp);
        QCOMPARE(customers->column(u"photo"_s)->type.family, Db::TypeFamily::Binary);
        QCOMPARE(customers->column(u"birth_date"_s)->type.family, Db::TypeFamily::Date);
        QCOMPARE(customers->column(u"wake_time"_s)->type.family, Db::TypeFamily::Time);
        QCOMPARE(customers->column(u"score"_s)->type.family, Db::TypeFamily::Float);
        QCOMPARE(customers->column(u"score"_s)->type.byteSize, 8);
        if (kind != Db::DialectKind::Mysql) {
            QCOMPARE(customers->column(u"active"_s)->type.family, Db::TypeFamily::Boolean);
        } else {
            QVERIFY(customers->column(u"active"_s)->type.displayWidthOne); // tinyint(1): decided by a scan
        }
        QCOMPARE(customers->uniques.size(), 1);
        QCOMPARE(customers->uniques.first().columns, QStringList { u"email"_s });
        QCOMPARE(customers->checks.size(), 1);
        QVERIFY2(customers->checks.first().expression.contains(u"balance"_s), qPrintable(customers->checks.first().expression));
        QCOMPARE(customers->foreignKeys.size(), 1); // self reference
        const Db::ForeignKey &self = customers->foreignKeys.first();
        QCOMPARE(self.refTable, u"customers"_s);
        QCOMPARE(self.columns, QStringList { u"referred_by"_s });
        QCOMPARE(self.refColumns, QStringList { u"id"_s });
        QCOMPARE(self.onDelete, Db::FkAction::SetNull);

        const Db::Table *orders = schema->table(u"orders"_s);
        QCOMPARE(orders->foreignKeys.size(), 1);
        QCOMPARE(orders->foreignKeys.first().onDelete, Db::FkAction::Cascade);
        const auto index = std::find_if(orders->indexes.begin(), orders->indexes.end(),
                                        [](const Db::Index &i) { return i.name == u"idx_orders_customer"; });
        QVERIFY(index != orders->indexes.end());
        QCOMPARE(index->columns.size(), 2);
        QCOMPARE(index->columns.at(0).name, u"customer_id"_s);
        QCOMPARE(index->columns.at(1).name, u"ordered_at"_s);
        QVERIFY(!index->columns.at(0).descending);
        QVERIFY(index->columns.at(1).descending);
        QVERIFY(!index->unique);
        QVERIFY(orders->column(u"item_count"_s)->defaultSql.has_value());

        const Db::Table *items = schema->table(u"order_items"_s);
        QCOMPARE(items->primaryKey->columns, (QStringList { u"order_id"_s, u"line_no"_s })); // composite, in key order
        QCOMPARE(items->checks.size(), 1);

        // Circular: departments.manager_id -> employees, employees.dept_id -> departments.
        const Db::Table *departments = schema->table(u"departments"_s);
        QCOMPARE(departments->foreignKeys.size(), 1);
        QCOMPARE(departments->foreignKeys.first().refTable, u"employees"_s);
        if (kind != Db::DialectKind::Mysql) {
            QVERIFY(departments->foreignKeys.first().deferrable);
            QVERIFY(departments->foreignKeys.first().initiallyDeferred);
        }
        QCOMPARE(schema->table(u"employees"_s)->foreignKeys.size(), 2);
        QVERIFY(!schema->table(u"event_log"_s)->primaryKey.has_value());

        const Db::Table *zoo = schema->table(u"type_zoo"_s);
        QCOMPARE(zoo->column(u"c_tstz"_s)->type.withTimeZone, true);
        QCOMPARE(zoo->column(u"c_ts"_s)->type.withTimeZone, false);
        QCOMPARE(zoo->column(u"c_json"_s)->type.family, Db::TypeFamily::Json);
        QCOMPARE(zoo->column(u"c_char"_s)->type.fixedLength, true);
        QCOMPARE(zoo->column(u"c_bigint"_s)->type.byteSize, 8);

        QCOMPARE(schema->views.size(), 1);
        QCOMPARE(schema->views.first().name, u"customer_order_counts"_s);
        QVERIFY(schema->views.first().definition.contains(u"COUNT"_s, Qt::CaseInsensitive));
        QCOMPARE(schema->triggers.size(), 1);
        const Db::Trigger &trigger = schema->triggers.first();
        QCOMPARE(trigger.name, u"order_items_count"_s);
        QCOMPARE(trigger.table, u"order_items"_s);
        QCOMPARE(trigger.timing, u"AFTER"_s);
        QCOMPARE(trigger.events, u"INSERT"_s);
        QVERIFY(trigger.body.contains(u"item_count"_s));
    }

    // Identity high-water marks: SQLite sqlite_sequence, MySQL AUTO_INCREMENT, PG sequences
    // (the copy resets them from these, §10 case 17).
    void readsIdentityHighWater()
    {
        Test::ScratchDatabase scratch;
        QVERIFY(scratch.create(Db::DialectKind::Sqlite, u"seq"_s, m_dir.path()).ok());
        auto connection = Db::Connection::open(scratch.spec());
        QVERIFY(connection.ok());
        QVERIFY(connection->exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)"_s).ok());
        QVERIFY(connection->exec(u"INSERT INTO t (id, v) VALUES (50, 'x')"_s).ok());
        QVERIFY(connection->exec(u"DELETE FROM t WHERE id > 10"_s).ok());
        QVERIFY(connection->exec(u"INSERT INTO t (id, v) VALUES (10, 'y')"_s).ok());
        auto schema = connection->dialect().readSchema(connection->database(), {});
        QVERIFY(schema.ok());
        QCOMPARE(schema->table(u"t"_s)->identityHighWater, 50); // above max(id) = 10
        QCOMPARE(schema->table(u"t"_s)->column(u"id"_s)->identity, Db::IdentityKind::AutoIncrement);
    }

    void tableFilterIncludesAndExcludes()
    {
        Test::ScratchDatabase scratch;
        QVERIFY(scratch.create(Db::DialectKind::Sqlite, u"filter"_s, m_dir.path()).ok());
        auto connection = Db::Connection::open(scratch.spec());
        QVERIFY(connection.ok());
        QVERIFY(Test::createFixture(*connection).ok());
        Db::TableFilter filter;
        filter.include = QStringList { u"orders"_s, u"order_items"_s, u"customers"_s };
        filter.exclude = QStringList { u"customers"_s };
        auto schema = connection->dialect().readSchema(connection->database(), filter);
        QVERIFY(schema.ok());
        QCOMPARE(schema->tables.size(), 2);
        QVERIFY(schema->table(u"customers"_s) == nullptr);
        QCOMPARE(schema->triggers.size(), 1); // on order_items, which is included
        filter.exclude << u"order_items"_s;
        schema = connection->dialect().readSchema(connection->database(), filter);
        QVERIFY(schema.ok());
        QCOMPARE(schema->triggers.size(), 0);
    }

    // SQLite dynamic typing (§10 case 1, schema side): the scan reports what the column holds.
    void sqliteStorageClassesAreScanned()
    {
        Test::ScratchDatabase scratch;
        QVERIFY(scratch.create(Db::DialectKind::Sqlite, u"typeof"_s, m_dir.path()).ok());
        auto connection = Db::Connection::open(scratch.spec());
        QVERIFY(connection.ok());
        QVERIFY(connection->exec(u"CREATE TABLE products (id INTEGER PRIMARY KEY, qty INTEGER, anything)"_s).ok());
        QVERIFY(connection->exec(u"INSERT INTO products VALUES (1, 10, 1), (2, 'lots-of-it', 2), (3, 5, 3)"_s).ok());
        auto schema = connection->dialect().readSchema(connection->database(), {});
        QVERIFY(schema.ok());
        auto facts = Db::scanColumnFacts(connection->database(), *schema, Db::DialectKind::Postgres);
        QVERIFY(facts.ok());
        QCOMPARE(facts->value(u"products"_s).value(u"qty"_s).sqliteStorageClasses, (QStringList { u"integer"_s, u"text"_s }));
        auto mapped = Db::mapSchema(*schema, Db::DialectKind::Postgres, *facts);
        QVERIFY(mapped.ok());
        const auto warning = std::find_if(mapped->warnings.begin(), mapped->warnings.end(),
                                          [](const Db::SchemaWarning &w) { return w.object == u"products.qty" && w.kind == u"mixed_storage"; });
        QVERIFY(warning != mapped->warnings.end());
        QVERIFY(warning->message.contains(u"text"_s));
        // A column without a declared type takes its type from the values (all integers here).
        QCOMPARE(mapped->schema.table(u"products"_s)->column(u"anything"_s)->type.sql, u"bigint"_s);
    }
};

QTEST_GUILESS_MAIN(TestSchemaReader)
#include "tst_schemareader.moc"
