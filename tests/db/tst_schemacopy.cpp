// SPDX-License-Identifier: GPL-3.0-or-later
// mwb schema-copy (issue 6 item 2): golden DDL files for every direction, the schema applied to
// real servers and read back, the JSON summary, transactional apply, and the command line.
// Regenerate the goldens with MWB_UPDATE_GOLDEN=1 and review the diff.
#include "common/testservices.h"
#include "dbfixture.h"
#include "core/jsonio.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "db/schemacopy.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

// The part of summary.json that does not depend on where and when the copy ran.
QByteArray stableSummary(const Core::OrderedJson &summary)
{
    Core::OrderedJson stable = summary;
    stable.erase("source");
    stable.erase("output_dir");
    stable.erase("created_at");
    return QByteArray::fromStdString(stable.dump(2) + "\n");
}

} // namespace

class TestSchemaCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void addDirections()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("target");
        for (const auto s : { Db::DialectKind::Sqlite, Db::DialectKind::Postgres, Db::DialectKind::Mysql }) {
            for (const auto t : { Db::DialectKind::Sqlite, Db::DialectKind::Postgres, Db::DialectKind::Mysql }) {
                QTest::newRow(qPrintable(Db::dialectName(s) + u"-to-"_s + Db::dialectName(t))) << int(s) << int(t);
            }
        }
    }

    Core::Result<void> makeSource(Test::ScratchDatabase &scratch, Db::DialectKind kind, const QString &tag)
    {
        if (auto created = scratch.create(kind, tag, m_dir.path()); !created) {
            return created;
        }
        auto connection = Db::Connection::open(scratch.spec());
        if (!connection) {
            return connection.error();
        }
        return Test::createFixture(*connection);
    }

    QProcess *runMwb(const QStringList &arguments, const QString &workingDir, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        auto *process = new QProcess(this);
        process->setWorkingDirectory(workingDir);
        process->setProcessEnvironment(env);
        process->start(QString::fromUtf8(MWB_EXECUTABLE), QStringList { u"schema-copy"_s } + arguments);
        process->waitForFinished(120000);
        return process;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Golden files: what a reviewer reads before applying. tests/fixtures/schema-copy/<src>-to-<tgt>/
    void goldenFiles_data() { addDirections(); }

    void goldenFiles()
    {
        QFETCH(int, source);
        QFETCH(int, target);
        const auto sourceKind = Db::DialectKind(source);
        const auto targetKind = Db::DialectKind(target);
        MWB_REQUIRE_DIALECT(sourceKind);
        Test::ScratchDatabase scratch;
        auto made = makeSource(scratch, sourceKind, u"golden"_s);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        Db::SchemaCopyOptions options;
        options.targetDialect = targetKind;
        options.outputDir = m_dir.filePath(u"golden/"_s + QString::fromLatin1(QTest::currentDataTag()));
        auto result = Db::runSchemaCopy(scratch.spec(), options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));

        const QString goldenDir = QStringLiteral(MWB_FIXTURES_DIR "/schema-copy/") + QString::fromLatin1(QTest::currentDataTag());
        const bool update = qEnvironmentVariableIsSet("MWB_UPDATE_GOLDEN");
        QStringList files { u"tables.sql"_s, u"indexes.sql"_s, u"foreign_keys.sql"_s, u"triggers.sql"_s, u"views.sql"_s,
                            u"skipped/stored_procedures.sql"_s, u"skipped/functions.sql"_s, u"skipped/untranslatable_triggers.sql"_s };
        for (const QString &file : files) {
            const QByteArray actual = readAll(QDir(result->outputDir).filePath(file));
            if (update) {
                writeAll(QDir(goldenDir).filePath(file), actual);
                continue;
            }
            QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(readAll(QDir(goldenDir).filePath(file))));
        }
        const QByteArray summary = stableSummary(result->summary);
        if (update) {
            writeAll(QDir(goldenDir).filePath(u"summary.golden.json"_s), summary);
        } else {
            QCOMPARE(QString::fromUtf8(summary), QString::fromUtf8(readAll(QDir(goldenDir).filePath(u"summary.golden.json"_s))));
        }
        // summary.json on disk is the same document.
        auto onDisk = Core::parseOrderedJson(readAll(QDir(result->outputDir).filePath(u"summary.json"_s)), u"summary.json"_s);
        QVERIFY(onDisk.ok());
        QCOMPARE(QString::fromStdString(onDisk->dump()), QString::fromStdString(result->summary.dump()));
    }

    // The schema applied to a real target and read back keeps every object the target can
    // express; the translated trigger and the identity columns work there.
    void applyAllDirections_data() { addDirections(); }

    void applyAllDirections()
    {
        QFETCH(int, source);
        QFETCH(int, target);
        const auto sourceKind = Db::DialectKind(source);
        const auto targetKind = Db::DialectKind(target);
        MWB_REQUIRE_DIALECT(sourceKind);
        MWB_REQUIRE_DIALECT(targetKind);
        Test::ScratchDatabase sourceDb, targetDb;
        auto made = makeSource(sourceDb, sourceKind, u"applysrc"_s);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        QVERIFY(targetDb.create(targetKind, u"applytgt"_s, m_dir.path()).ok());
        Db::SchemaCopyOptions options;
        options.targetDialect = targetKind;
        options.outputDir = m_dir.filePath(u"apply/"_s + QString::fromLatin1(QTest::currentDataTag()));
        auto result = Db::runSchemaCopy(sourceDb.spec(), options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        // In stages, as the data copy uses it: tables, (data), indexes + FKs, views + triggers.
        for (const auto stage : { Db::ApplyStage::Tables, Db::ApplyStage::IndexesAndForeignKeys, Db::ApplyStage::TriggersAndViews }) {
            auto applied = Db::applyScript(targetDb.spec(), result->script, stage);
            QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
        }

        auto connection = Db::Connection::open(targetDb.spec());
        QVERIFY(connection.ok());
        auto read = connection->dialect().readSchema(connection->database(), {});
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        const Db::Schema &expected = result->mapped.schema;
        QCOMPARE(read->tables.size(), expected.tables.size());
        for (const Db::Table &want : expected.tables) {
            const Db::Table *got = read->table(want.name);
            QVERIFY2(got, qPrintable(want.name));
            QCOMPARE(got->columns.size(), want.columns.size());
            for (qsizetype i = 0; i < want.columns.size(); ++i) {
                QCOMPARE(got->columns.at(i).name, want.columns.at(i).name);
                // Key columns are NOT NULL in PostgreSQL and MySQL whatever the DDL says; SQLite lets a
                // non-rowid key hold NULL. Compare the others.
                if (!want.primaryKey || !want.primaryKey->columns.contains(want.columns.at(i).name)) {
                    QCOMPARE(got->columns.at(i).nullable, want.columns.at(i).nullable);
                }
                QCOMPARE(got->columns.at(i).defaultSql.has_value(), want.columns.at(i).defaultSql.has_value());
            }
            QCOMPARE(got->primaryKey.has_value(), want.primaryKey.has_value());
            if (want.primaryKey) {
                QCOMPARE(got->primaryKey->columns, want.primaryKey->columns);
            }
            QCOMPARE(got->uniques.size(), want.uniques.size());
            QCOMPARE(got->checks.size(), want.checks.size());
            QCOMPARE(got->foreignKeys.size(), want.foreignKeys.size());
            for (qsizetype i = 0; i < want.foreignKeys.size(); ++i) {
                const auto match = std::find_if(got->foreignKeys.begin(), got->foreignKeys.end(), [&](const Db::ForeignKey &fk) {
                    return fk.columns == want.foreignKeys.at(i).columns && fk.refTable == want.foreignKeys.at(i).refTable;
                });
                QVERIFY2(match != got->foreignKeys.end(), qPrintable(want.name + u" FK "_s + want.foreignKeys.at(i).columns.join(u',')));
                // InnoDB reports an unspecified action as RESTRICT, which is what NO ACTION means there.
                const auto normalise = [&](Db::FkAction a) {
                    return targetKind == Db::DialectKind::Mysql && a == Db::FkAction::Restrict ? Db::FkAction::NoAction : a;
                };
                QCOMPARE(normalise(match->onDelete), normalise(want.foreignKeys.at(i).onDelete));
                QCOMPARE(normalise(match->onUpdate), normalise(want.foreignKeys.at(i).onUpdate));
                QCOMPARE(match->refColumns, want.foreignKeys.at(i).refColumns);
            }
            for (const Db::Index &index : want.indexes) {
                QVERIFY2(std::any_of(got->indexes.begin(), got->indexes.end(), [&](const Db::Index &i) { return i.name == index.name; }),
                         qPrintable(index.name));
            }
        }
        QCOMPARE(read->views.size(), expected.views.size());
        QCOMPARE(read->views.size(), 1);
        QCOMPARE(read->triggers.size(), expected.triggers.size());
        const bool triggerTranslated = sourceKind != Db::DialectKind::Postgres || targetKind == Db::DialectKind::Postgres;
        QCOMPARE(read->triggers.size(), triggerTranslated ? 1 : 0);
        if (!triggerTranslated) {
            QCOMPARE(result->mapped.skipped.size(), 1);
            QCOMPARE(result->mapped.skipped.first().kind, u"untranslatable_trigger"_s);
        }

        // Behaviour: identity hands out ids, the trigger counts items, the view aggregates.
        QVERIFY(connection->exec(u"INSERT INTO customers (name, created_at) VALUES ('New', '2024-01-01 00:00:00')"_s).ok());
        QSqlQuery q = connection->query();
        QVERIFY(q.exec(u"SELECT id FROM customers"_s) && q.next());
        const qlonglong customer = q.value(0).toLongLong();
        QVERIFY(customer > 0);
        QVERIFY(connection->exec(u"INSERT INTO orders (id, customer_id, ordered_at, item_count) VALUES (1, "_s + QString::number(customer)
                                 + u", '2024-01-01 00:00:00', 0)"_s)
                    .ok());
        QVERIFY(connection->exec(u"INSERT INTO order_items (order_id, line_no, product_code, qty, price) VALUES (1, 1, 'P', 1, 1.00)"_s).ok());
        QVERIFY(q.exec(u"SELECT item_count FROM orders WHERE id = 1"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), triggerTranslated ? 1 : 0);
        QVERIFY(!connection->exec(u"INSERT INTO order_items (order_id, line_no, product_code, qty, price) VALUES (1, 2, 'P', 0, 1.00)"_s).ok()); // CHECK qty > 0
        QVERIFY(q.exec(u"SELECT order_count FROM customer_order_counts"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        if (targetKind != Db::DialectKind::Sqlite) {
            // FKs are enforced (SQLite only with PRAGMA foreign_keys, which the connection sets too).
            QVERIFY(!connection->exec(u"INSERT INTO orders (id, customer_id, ordered_at) VALUES (2, 999999, '2024-01-01 00:00:00')"_s).ok());
        } else {
            QVERIFY(!connection->exec(u"INSERT INTO orders (id, customer_id, ordered_at) VALUES (2, 999999, '2024-01-01 00:00:00')"_s).ok());
        }
    }

    // Functions and procedures are not translated: skipped/ holds their original source and the
    // summary lists them.
    void routinesAreSkippedWithTheirSource_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("postgres") << int(Db::DialectKind::Postgres);
        QTest::newRow("mysql") << int(Db::DialectKind::Mysql);
    }

    void routinesAreSkippedWithTheirSource()
    {
        QFETCH(int, source);
        const auto kind = Db::DialectKind(source);
        MWB_REQUIRE_DIALECT(kind);
        Test::ScratchDatabase sourceDb;
        QVERIFY(sourceDb.create(kind, u"routines"_s, m_dir.path()).ok());
        {
            auto connection = Db::Connection::open(sourceDb.spec());
            QVERIFY(connection.ok());
            QVERIFY(connection->exec(u"CREATE TABLE t (id int PRIMARY KEY)"_s).ok());
            if (kind == Db::DialectKind::Postgres) {
                QVERIFY(connection->exec(u"CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql AS $$ SELECT i + 1 $$"_s).ok());
                QVERIFY(connection->exec(u"CREATE PROCEDURE purge_t() LANGUAGE sql AS $$ DELETE FROM t $$"_s).ok());
            } else {
                QVERIFY(connection->exec(u"CREATE FUNCTION add_one(i int) RETURNS int DETERMINISTIC RETURN i + 1"_s).ok());
                QVERIFY(connection->exec(u"CREATE PROCEDURE purge_t() DELETE FROM t"_s).ok());
            }
        }
        Db::SchemaCopyOptions options;
        options.targetDialect = Db::DialectKind::Sqlite;
        options.outputDir = m_dir.filePath(u"routines/"_s + QString::number(source));
        auto result = Db::runSchemaCopy(sourceDb.spec(), options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const QString functions = QString::fromUtf8(readAll(QDir(result->outputDir).filePath(u"skipped/functions.sql"_s)));
        const QString procedures = QString::fromUtf8(readAll(QDir(result->outputDir).filePath(u"skipped/stored_procedures.sql"_s)));
        QVERIFY2(functions.contains(u"add_one"_s) && functions.contains(u"i + 1"_s), qPrintable(functions));
        QVERIFY2(procedures.contains(u"purge_t"_s) && procedures.contains(u"DELETE FROM"_s, Qt::CaseInsensitive), qPrintable(procedures));
        QVERIFY(!functions.contains(u"purge_t"_s));
        QStringList kinds;
        for (const auto &item : result->summary["skipped"]) {
            kinds << Core::fromStd(item["kind"].get<std::string>()) + u':' + Core::fromStd(item["object"].get<std::string>());
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList { u"function:add_one"_s, u"stored_procedure:purge_t"_s }));
    }

    // On PostgreSQL a failing file is rolled back whole; on MySQL the error says what already ran.
    void applyFailureIsReported_data()
    {
        QTest::addColumn<int>("target");
        QTest::newRow("postgres rolls back") << int(Db::DialectKind::Postgres);
        QTest::newRow("mysql reports what ran") << int(Db::DialectKind::Mysql);
        QTest::newRow("sqlite rolls back") << int(Db::DialectKind::Sqlite);
    }

    void applyFailureIsReported()
    {
        QFETCH(int, target);
        const auto targetKind = Db::DialectKind(target);
        MWB_REQUIRE_DIALECT(targetKind);
        Test::ScratchDatabase sourceDb, targetDb;
        QVERIFY(makeSource(sourceDb, Db::DialectKind::Sqlite, u"failsrc"_s).ok());
        QVERIFY(targetDb.create(targetKind, u"failtgt"_s, m_dir.path()).ok());
        {
            auto connection = Db::Connection::open(targetDb.spec(), {}, Db::Connection::SqliteFile::CreateIfMissing);
            QVERIFY(connection.ok());
            QVERIFY(connection->exec(u"CREATE TABLE orders (x int)"_s).ok()); // the third CREATE TABLE will fail
        }
        Db::SchemaCopyOptions options;
        options.targetDialect = targetKind;
        options.outputDir = m_dir.filePath(u"fail/"_s + QString::number(target));
        auto result = Db::runSchemaCopy(sourceDb.spec(), options);
        QVERIFY(result.ok());
        auto applied = Db::applyScript(targetDb.spec(), result->script, Db::ApplyStage::All);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().message.contains(u"tables.sql statement"_s), qPrintable(applied.error().toString()));
        QVERIFY(applied.error().message.contains(u"orders"_s));
        auto connection = Db::Connection::open(targetDb.spec());
        QVERIFY(connection.ok());
        auto read = connection->dialect().readSchema(connection->database(), {});
        QVERIFY(read.ok());
        if (targetKind == Db::DialectKind::Mysql) {
            QVERIFY(applied.error().hint.contains(u"already ran"_s));
            QVERIFY(read->tables.size() > 1); // MySQL commits each CREATE TABLE
        } else {
            QVERIFY(applied.error().hint.contains(u"rolled back"_s));
            QCOMPARE(read->tables.size(), 1); // only the pre-existing table
        }
    }

    void commandLineUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no source") << QStringList { u"--target-dialect"_s, u"postgres"_s } << 2 << u"--source is required"_s;
        QTest::newRow("unknown dialect") << QStringList { u"--source"_s, u"sqlite:///tmp/x.db"_s, u"--target-dialect"_s, u"oracle"_s } << 2
                                         << u"unknown --target-dialect"_s;
        QTest::newRow("no dialect, no apply") << QStringList { u"--source"_s, u"sqlite:///tmp/x.db"_s } << 2 << u"--target-dialect is required"_s;
        QTest::newRow("password in the URL is refused, not echoed")
            << QStringList { u"--source"_s, u"postgresql://app:Hunter2Secret@db/shop"_s, u"--target-dialect"_s, u"sqlite"_s } << 2
            << u"contains a password"_s;
        QTest::newRow("mistyped TLS mode") << QStringList { u"--source"_s, u"mysql://app@db/shop?ssl-mode=VERIFY_IDENTTY"_s,
                                                            u"--target-dialect"_s, u"sqlite"_s }
                                           << 2 << u"unknown TLS mode"_s;
        QTest::newRow("dialect does not match --apply")
            << QStringList { u"--source"_s, u"sqlite:///tmp/x.db"_s, u"--target-dialect"_s, u"mysql"_s, u"--apply"_s, u"sqlite:///tmp/y.db"_s }
            << 2 << u"does not match"_s;
        QTest::newRow("missing source file") << QStringList { u"--source"_s, u"sqlite:///nonexistent/x.db"_s, u"--target-dialect"_s, u"postgres"_s }
                                             << 1 << u"does not exist"_s;
    }

    void commandLineUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QProcess *process = runMwb(arguments, m_dir.path());
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QCOMPARE(process->exitCode(), exitCode);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY(!err.contains(u"Hunter2Secret"_s));
    }

    // The command as users run it: a profile from connections.json, the default output folder,
    // --json, and --apply with the password from the environment.
    void commandLineCopiesAndApplies()
    {
        MWB_REQUIRE_POSTGRES(pg);
        Test::ScratchDatabase sourceDb, targetDb;
        QVERIFY(makeSource(sourceDb, Db::DialectKind::Sqlite, u"clisrc"_s).ok());
        QVERIFY(targetDb.create(Db::DialectKind::Postgres, u"clitgt"_s, m_dir.path()).ok());
        const QString project = m_dir.filePath(u"project"_s);
        QDir().mkpath(project);
        writeAll(QDir(project).filePath(u"connections.json"_s),
                 "{\"profiles\": {\"shop\": {\"url\": \"sqlite://" + sourceDb.spec().database.toUtf8() + "\"}}}");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, pg.password);
        QProcess *process = runMwb({ u"--source"_s, u"shop"_s, u"--apply"_s, targetDb.spec().displayUrl(), u"--json"_s,
                                     u"--exclude-tables"_s, u"event_log"_s },
                                   project, env);
        const QByteArray out = process->readAllStandardOutput();
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        auto json = Core::parseOrderedJson(out, u"stdout"_s);
        QVERIFY2(json.ok(), out.constData());
        QCOMPARE((*json)["counts"]["tables"].get<int>(), 6);
        QCOMPARE((*json)["target_dialect"].get<std::string>(), std::string("postgres"));
        QCOMPARE((*json)["applied"]["ok"].get<bool>(), true);
        QVERIFY((*json)["warnings"].is_array());
        for (const auto &w : (*json)["warnings"]) {
            QVERIFY(w.contains("object") && w.contains("kind") && w.contains("message"));
        }
        const QString outputDir = Core::fromStd((*json)["output_dir"].get<std::string>());
        QVERIFY2(outputDir.startsWith(QDir(project).absoluteFilePath(u".tmp/schema-copy/"_s)), qPrintable(outputDir));
        for (const char *file : { "tables.sql", "indexes.sql", "foreign_keys.sql", "triggers.sql", "views.sql", "summary.json",
                                  "skipped/functions.sql", "skipped/stored_procedures.sql", "skipped/untranslatable_triggers.sql" }) {
            QVERIFY2(QFile::exists(QDir(outputDir).filePath(QString::fromLatin1(file))), file);
        }
        auto connection = Db::Connection::open(targetDb.spec());
        QVERIFY(connection.ok());
        auto read = connection->dialect().readSchema(connection->database(), {});
        QVERIFY(read.ok());
        QCOMPARE(read->tables.size(), 6);
        QVERIFY(read->table(u"event_log"_s) == nullptr);
        // Human output names what was written.
        QProcess *human = runMwb({ u"--source"_s, u"shop"_s, u"--target-dialect"_s, u"mysql"_s, u"--output-dir"_s, m_dir.filePath(u"human"_s) },
                                 project, env);
        QCOMPARE(human->exitCode(), 0);
        const QString text = QString::fromUtf8(human->readAllStandardOutput());
        QVERIFY2(text.contains(u"schema-copy sqlite -> mysql: 7 table(s)"_s), qPrintable(text));
        QVERIFY(text.contains(m_dir.filePath(u"human"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSchemaCopy)
#include "tst_schemacopy.moc"
