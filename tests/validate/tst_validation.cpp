// SPDX-License-Identifier: GPL-3.0-or-later
// Validation against the real servers (issue 7): equal databases in every dialect pair give zero
// differences; each single mutation is detected, located to its key and classified.
#include "common/testservices.h"
#include "core/eventstream.h"
#include "db/connection.h"
#include "dbfixture.h"
#include "validate/validator.h"
#include "validatefixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

Db::DialectKind kindOf(const QString &name)
{
    return *Db::dialectFromName(name);
}

bool serviceMissing(Db::DialectKind kind)
{
    if (kind == Db::DialectKind::Postgres) {
        return qEnvironmentVariable("MWB_TEST_PG_URL").isEmpty();
    }
    if (kind == Db::DialectKind::Mysql) {
        return qEnvironmentVariable("MWB_TEST_MYSQL_URL").isEmpty();
    }
    return false;
}

QString describe(const Validate::ValidationReport &report)
{
    QString text;
    for (const Validate::TableResult &table : report.tables) {
        text += table.table + u": "_s + QString::number(table.sourceRows) + u'/' + QString::number(table.targetRows)
            + u" missing "_s + QString::number(table.missing) + u" extra "_s + QString::number(table.extra) + u" changed "_s
            + QString::number(table.changed) + u' ' + table.error + u'\n';
        for (const Validate::RowDifference &d : table.differences) {
            text += u"  "_s + Validate::differenceKindName(d.kind) + u" ["_s + d.key + u"] "_s + d.columns.join(u',')
                + u" "_s + d.sourceValues.join(u" ; "_s) + u" -> "_s + d.targetValues.join(u" ; "_s) + u'\n';
        }
    }
    for (const Validate::SchemaDifference &d : report.schema) {
        text += (d.expectedByMapping ? u"expected "_s : u"REAL "_s) + d.kind + u' ' + d.object + u": "_s + d.source
            + u" -> "_s + d.target + u" ("_s + d.expected + u") "_s + d.note + u'\n';
    }
    return text;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::ScratchDatabase> m_source;
    std::unique_ptr<Test::ScratchDatabase> m_target;

    // Two fresh fixture databases; the target gets `mutation` (statements) afterwards.
    bool makePair(Db::DialectKind source, Db::DialectKind target, const QStringList &mutation = {})
    {
        m_source = std::make_unique<Test::ScratchDatabase>();
        m_target = std::make_unique<Test::ScratchDatabase>();
        for (auto [db, kind, tag] : { std::tuple { m_source.get(), source, u"valsrc"_s }, std::tuple { m_target.get(), target, u"valtgt"_s } }) {
            auto created = db->create(kind, tag, m_dir.path());
            if (!created) {
                qWarning().noquote() << created.error().toString();
                return false;
            }
            auto connection = Db::Connection::open(db->spec(), u"fixture"_s);
            if (!connection) {
                qWarning().noquote() << connection.error().toString();
                return false;
            }
            auto filled = Test::createValidationFixture(*connection);
            if (!filled) {
                qWarning().noquote() << filled.error().toString();
                return false;
            }
            if (db == m_target.get() && !mutation.isEmpty()) {
                if (auto mutated = Test::execAll(*connection, mutation); !mutated) {
                    qWarning().noquote() << mutated.error().toString();
                    return false;
                }
            }
        }
        return true;
    }

    Validate::ValidationOptions options() const
    {
        Validate::ValidationOptions options;
        options.source = m_source->spec();
        options.target = m_target->spec();
        options.initialBuckets = 4; // small ranges so that the fixture's 60 rows are split
        options.splitFactor = 4;
        options.leafRows = 3;
        return options;
    }

    static void addPairs()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void equalDatabases_data()
    {
        addPairs();
        const QStringList dialects { u"sqlite"_s, u"postgres"_s, u"mysql"_s };
        for (const QString &a : dialects) {
            for (const QString &b : dialects) {
                QTest::addRow("%s-%s", qPrintable(a), qPrintable(b)) << a << b;
            }
        }
    }

    void equalDatabases()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        if (serviceMissing(kindOf(source)) || serviceMissing(kindOf(target))) {
            if (Test::servicesRequired()) {
                QFAIL("a test service is not configured");
            }
            QSKIP("PostgreSQL/MySQL test services not configured");
        }
        QVERIFY(makePair(kindOf(source), kindOf(target)));
        Core::EventStream events;
        Validate::ValidationOptions opts = options();
        opts.sampleSize = 5;
        auto report = Validate::runValidation(opts, events);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        const QString detail = describe(*report);
        QCOMPARE(report->tables.size(), 5);
        for (const Validate::TableResult &table : report->tables) {
            QVERIFY2(table.error.isEmpty(), qPrintable(detail));
            QVERIFY2(table.checksumsEqual, qPrintable(table.table + u"\n"_s + detail));
            QCOMPARE(table.sourceRows, table.targetRows);
            QVERIFY(table.sourceRows > 0);
            QCOMPARE(table.sampled, int(std::min<qint64>(5, table.sourceRows)));
            QCOMPARE(table.sampleMismatches, 0);
        }
        QCOMPARE(report->unexplainedDataDifferences(), 0);
        QVERIFY2(report->realSchemaDifferences() == 0, qPrintable(detail));
        QVERIFY(report->passed());
        for (const Validate::TableResult &table : report->tables) {
            if (table.table == u"exact") {
                // Every family of `exact` is hashed by the server where the dialect allows it.
                QCOMPARE(table.serverHashSource, source != u"sqlite");
                QCOMPARE(table.serverHashTarget, target != u"sqlite");
            }
        }
        // Equal checksums move no rows beyond the sample.
        for (const Validate::TableResult &table : report->tables) {
            if (table.serverHashSource && table.serverHashTarget) {
                QVERIFY2(table.rowsFetchedSource <= 5 * 6 && table.rowsFetchedTarget <= 5, qPrintable(table.table));
            }
        }
    }

    void mutation_data()
    {
        addPairs();
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("expected"); // "kind [key] columns" per difference

        struct Case
        {
            const char *name;
            QStringList statements;
            QString table;
            QStringList expected;
        };
        const QList<Case> cases {
            { "swap-within-row", { u"UPDATE matrix SET c_t1 = 'y', c_t2 = 'x' WHERE id = 1"_s }, u"matrix"_s,
              { u"changed [1] c_t1,c_t2"_s } },
            { "null-to-empty", { u"UPDATE matrix SET c_text = '' WHERE id = 2"_s }, u"matrix"_s, { u"changed [2] c_text"_s } },
            { "empty-to-null", { u"UPDATE matrix SET c_text = NULL WHERE id = 4"_s }, u"matrix"_s, { u"changed [4] c_text"_s } },
            { "empty-to-NULL-string", { u"UPDATE matrix SET c_text = 'NULL' WHERE id = 4"_s }, u"matrix"_s,
              { u"changed [4] c_text"_s } },
            { "null-to-NULL-string", { u"UPDATE matrix SET c_text = 'NULL' WHERE id = 2"_s }, u"matrix"_s,
              { u"changed [2] c_text"_s } },
            { "NULL-string-to-null", { u"UPDATE matrix SET c_t2 = NULL WHERE id = 3"_s }, u"matrix"_s,
              { u"changed [3] c_t2"_s } },
            { "trailing-space", { u"UPDATE matrix SET c_text = 'a ' WHERE id = 1"_s }, u"matrix"_s, { u"changed [1] c_text"_s } },
            { "case", { u"UPDATE matrix SET c_text = 'A' WHERE id = 1"_s }, u"matrix"_s, { u"changed [1] c_text"_s } },
            { "char-moved-between-columns", { u"UPDATE matrix SET c_t1 = 'a', c_t2 = 'bc' WHERE id = 2"_s }, u"matrix"_s,
              { u"changed [2] c_t1,c_t2"_s } },
            { "duplicate-plus-delete", { u"INSERT INTO journal VALUES ('2024-01-02 00:00:00', 'x')"_s,
                                         u"DELETE FROM journal WHERE msg IS NULL"_s },
              u"journal"_s, { u"missing_in_target"_s, u"extra_in_target"_s } },
            { "timestamp-one-microsecond", { u"UPDATE matrix SET c_ts = '2022-04-01 15:10:02.020410' WHERE id = 1"_s },
              u"matrix"_s, { u"changed [1] c_ts"_s } },
            { "float-one-ulp", { u"UPDATE matrix SET c_double = 0.10000000000000002 WHERE id = 1"_s }, u"matrix"_s,
              { u"changed [1] c_double"_s } },
            { "row-deleted", { u"DELETE FROM matrix WHERE id = 3"_s }, u"matrix"_s, { u"missing_in_target [3]"_s } },
            { "row-added", { u"INSERT INTO matrix (id, c_t1) VALUES (99, 'new')"_s }, u"matrix"_s, { u"extra_in_target [99]"_s } },
            { "composite-key-value", { u"UPDATE pairs SET v = 'twO' WHERE k1 = 1 AND k2 = 'b'"_s }, u"pairs"_s,
              { u"changed [1, b] v"_s } },
            { "text-key-value", { u"UPDATE tags SET label = 'Y' WHERE code = 'b2'"_s }, u"tags"_s, { u"changed [b2] label"_s } },
            { "decimal-last-digit", { u"UPDATE matrix SET c_dec = 12.3401 WHERE id = 1"_s }, u"matrix"_s,
              { u"changed [1] c_dec"_s } },
            { "integer-value", { u"UPDATE matrix SET c_int = 43 WHERE id = 1"_s }, u"matrix"_s, { u"changed [1] c_int"_s } },
        };
        const QList<std::pair<QString, QString>> pairs { { u"sqlite"_s, u"postgres"_s },
                                                         { u"postgres"_s, u"mysql"_s },
                                                         { u"mysql"_s, u"sqlite"_s } };
        for (const Case &c : cases) {
            for (const auto &[a, b] : pairs) {
                QTest::addRow("%s:%s-%s", c.name, qPrintable(a), qPrintable(b)) << a << b << c.statements << c.table << c.expected;
                // The same change in `exact` (no float column): hashed by the PostgreSQL/MySQL server.
                if (c.table == u"matrix" && !c.statements.first().contains(u"c_double"_s)) {
                    QStringList statements = c.statements;
                    statements.replaceInStrings(u"matrix"_s, u"exact"_s);
                    QTest::addRow("%s@exact:%s-%s", c.name, qPrintable(a), qPrintable(b))
                        << a << b << statements << u"exact"_s << c.expected;
                }
            }
        }
    }

    void mutation()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QStringList, statements);
        QFETCH(QString, table);
        QFETCH(QStringList, expected);
        if (serviceMissing(kindOf(source)) || serviceMissing(kindOf(target))) {
            if (Test::servicesRequired()) {
                QFAIL("a test service is not configured");
            }
            QSKIP("PostgreSQL/MySQL test services not configured");
        }
        QVERIFY(makePair(kindOf(source), kindOf(target), statements));
        Core::EventStream events;
        Validate::ValidationOptions opts = options();
        opts.compareSchema = false;
        auto report = Validate::runValidation(opts, events);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        const QString detail = describe(*report);
        QVERIFY(!report->passed());
        for (const Validate::TableResult &result : report->tables) {
            QVERIFY2(result.error.isEmpty(), qPrintable(detail));
            if (result.table != table) {
                QVERIFY2(result.checksumsEqual && result.passed, qPrintable(detail));
                continue;
            }
            QVERIFY(!result.passed);
            QStringList found;
            for (const Validate::RowDifference &d : result.differences) {
                QString line = Validate::differenceKindName(d.kind);
                if (!result.keyColumns.isEmpty()) {
                    line += u" ["_s + d.key + u']';
                }
                if (!d.columns.isEmpty()) {
                    line += u' ' + d.columns.join(u',');
                }
                found << line;
                QVERIFY(!d.withinTolerance);
            }
            QCOMPARE(found, expected);
            QCOMPARE(result.unexplained(), qint64(expected.size()));
        }
    }

    void tolerances()
    {
        if (serviceMissing(Db::DialectKind::Postgres)) {
            MWB_REQUIRE_POSTGRES(pg);
        }
        QVERIFY(makePair(Db::DialectKind::Sqlite, Db::DialectKind::Postgres,
                         { u"UPDATE matrix SET c_dec = 12.3450 WHERE id = 1"_s,
                           u"UPDATE matrix SET c_ts = '2022-04-01 15:10:02.520409' WHERE id = 1"_s,
                           u"UPDATE pairs SET v = 'other' WHERE k1 = 2"_s }));
        Core::EventStream events;
        Validate::ValidationOptions opts = options();
        opts.compareSchema = false;
        // Without tolerances: two changed rows fail.
        auto strict = Validate::runValidation(opts, events);
        QVERIFY(strict);
        QVERIFY(!strict->passed());
        opts.columnTolerances << *Validate::parseColumnTolerance(u"matrix.c_dec=abs:0.01"_s)
                              << *Validate::parseColumnTolerance(u"matrix.c_ts=time:1"_s);
        opts.tableTolerances << *Validate::parseTableTolerance(u"pairs=0.34"_s);
        auto tolerant = Validate::runValidation(opts, events);
        QVERIFY(tolerant);
        QVERIFY2(tolerant->passed(), qPrintable(describe(*tolerant)));
        for (const Validate::TableResult &table : tolerant->tables) {
            if (table.table == u"matrix") {
                QCOMPARE(table.changed, 1);
                QCOMPARE(table.withinTolerance, 1);
                QCOMPARE(table.tolerances.size(), 2);
                QVERIFY(table.differences.first().withinTolerance);
            } else if (table.table == u"pairs") {
                QCOMPARE(table.unexplained(), 1);
                QCOMPARE(table.allowedMismatchShare, 0.34);
                QVERIFY(table.passed);
            }
        }
        // The tolerances are written into every report form.
        const std::string json = tolerant->toJson().dump();
        QVERIFY(json.find("\"time_granularity_seconds\":1.0") != std::string::npos);
        QVERIFY(tolerant->toMarkdown().contains(u"c_dec: abs 0.01"_s));
        QVERIFY(tolerant->toHtml().contains(u"c_ts: time 1 s"_s));
        // A tolerance too small does not explain the difference.
        opts.columnTolerances[0].absolute = 0.001;
        auto tooSmall = Validate::runValidation(opts, events);
        QVERIFY(tooSmall);
        QVERIFY(!tooSmall->passed());
    }

    void sampleIsReproducible()
    {
        QVERIFY(makePair(Db::DialectKind::Sqlite, Db::DialectKind::Sqlite,
                         { u"UPDATE matrix SET c_text = 'changed' WHERE id BETWEEN 5 AND 60"_s }));
        Core::EventStream events;
        Validate::ValidationOptions opts = options();
        opts.sampleSize = 7;
        opts.sampleSeed = 42;
        auto first = Validate::runValidation(opts, events);
        auto second = Validate::runValidation(opts, events);
        opts.sampleSeed = 43;
        auto other = Validate::runValidation(opts, events);
        QVERIFY(first && second && other);
        const auto matrix = [](const Validate::ValidationReport &report) {
            for (const Validate::TableResult &table : report.tables) {
                if (table.table == u"matrix") {
                    return table;
                }
            }
            return Validate::TableResult {};
        };
        QCOMPARE(matrix(*first).sampled, 7);
        QCOMPARE(matrix(*first).sampleKeys, matrix(*second).sampleKeys);
        QVERIFY(matrix(*first).sampleKeys != matrix(*other).sampleKeys);
        // Rows 5..60 differ: a sample of 7 among 60 rows sees some of them, value by value.
        QVERIFY(matrix(*first).sampleMismatches > 0);
        for (const Validate::RowDifference &d : matrix(*first).sampleDifferences) {
            QCOMPARE(d.columns, QStringList { u"c_text"_s });
        }
    }

    void reportsAndEvents()
    {
        QVERIFY(makePair(Db::DialectKind::Sqlite, Db::DialectKind::Sqlite, { u"DELETE FROM matrix WHERE id = 7"_s }));
        const QString eventsFile = m_dir.filePath(u"events.jsonl"_s);
        Core::EventStream events;
        QVERIFY(Core::EventStream::open(events, eventsFile));
        auto report = Validate::runValidation(options(), events);
        QVERIFY(report);
        const QString dir = m_dir.filePath(u"report"_s);
        QVERIFY(report->writeTo(dir));
        auto json = Core::parseJson(*Core::readFile(dir + u"/validation.json"_s), u"validation.json"_s);
        QVERIFY(json);
        QCOMPARE((*json)["passed"].get<bool>(), false);
        bool seen = false;
        for (const auto &table : (*json)["tables"]) {
            if (table["table"] == "matrix") {
                QCOMPARE(table["status"].get<std::string>(), "FAIL");
                QCOMPARE(table["differences"][0]["kind"].get<std::string>(), "missing_in_target");
                QCOMPARE(table["differences"][0]["key"].get<std::string>(), "7");
                seen = true;
            }
        }
        QVERIFY(seen);
        QVERIFY(QString::fromUtf8(*Core::readFile(dir + u"/validation.md"_s)).contains(u"| matrix | **FAIL** |"_s));
        QVERIFY(QString::fromUtf8(*Core::readFile(dir + u"/validation.html"_s)).contains(u"<td class=\"FAIL\">FAIL</td>"_s));
        const QString lines = QString::fromUtf8(*Core::readFile(eventsFile));
        QCOMPARE(lines.count(u"\"event\":\"validate_table\""_s), 5);
        QVERIFY(lines.contains(u"\"event\":\"validate_started\""_s));
        QVERIFY(lines.contains(u"\"event\":\"validate_finished\""_s));
    }

    void cleanup()
    {
        m_source.reset();
        m_target.reset();
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
