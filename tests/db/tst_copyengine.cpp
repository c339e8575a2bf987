// SPDX-License-Identifier: GPL-3.0-or-later
// The copy engine against the real servers: reliability.md §10 cases about copying (1–4, 16, 17, 25),
// each its own test, run in-process through Db::DataJob (the same code `mwb data start` runs).
#include "common/testservices.h"
#include "core/eventstream.h"
#include "core/jsonio.h"
#include "db/connection.h"
#include "db/datajob.h"
#include "db/dialect.h"
#include "db/jobstatus.h"
#include "dbfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;
using Core::Json;
using Db::DialectKind;

namespace {

// Skips (or fails under scripts/test.sh) when the dialect's server is not configured.
#define REQUIRE_DIALECT(kind)                                                                                          \
    do {                                                                                                               \
        if ((kind) == DialectKind::Postgres) {                                                                         \
            MWB_REQUIRE_POSTGRES(pg);                                                                                  \
        } else if ((kind) == DialectKind::Mysql) {                                                                     \
            MWB_REQUIRE_MYSQL(my);                                                                                     \
        }                                                                                                              \
    } while (false)

#define CHECK_OK(result) QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).error().toString()))

Db::Connection open(const Test::ScratchDatabase &db)
{
    auto connection = Db::Connection::open(db.spec(), u"test"_s);
    if (!connection) {
        qWarning("%s", qPrintable(connection.error().toString()));
        return {};
    }
    return std::move(connection).value();
}

bool execAll(const Db::Connection &connection, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto done = connection.exec(sql); !done) {
            qWarning("%s", qPrintable(done.error().toString()));
            return false;
        }
    }
    return true;
}

qint64 count(const Db::Connection &connection, const QString &table, const QString &where = {})
{
    QSqlQuery query = connection.query();
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + connection.dialect().quoteIdentifier(table) + (where.isEmpty() ? QString() : u" WHERE "_s + where))
        || !query.next()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<Json> readJsonl(const QString &path)
{
    QList<Json> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return lines;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty()) {
            lines.append(Json::parse(line.toStdString()));
        }
    }
    return lines;
}

struct JobRun
{
    Db::JobState state;
    QString jobDir;
    bool ok = false;
    QString error;
};

JobRun runJob(const QString &project, const Test::ScratchDatabase &source, const Test::ScratchDatabase &target,
              const std::function<void(Db::JobConfig &)> &configure = {})
{
    Db::JobConfig config;
    config.jobId = Db::DataJob::newJobId();
    config.source = source.url();
    config.target = target.url();
    if (configure) {
        configure(config);
    }
    Core::EventStream events;
    Db::DataJob job(project, events);
    auto state = job.start(config);
    JobRun run;
    run.jobDir = Db::JobState::jobDir(project, config.jobId);
    run.ok = state.ok();
    if (state) {
        run.state = *state;
    } else {
        run.error = state.error().toString();
    }
    return run;
}

void addTargets(bool sqlite = true)
{
    QTest::addColumn<int>("target");
    QTest::newRow("postgres") << int(DialectKind::Postgres);
    QTest::newRow("mysql") << int(DialectKind::Mysql);
    if (sqlite) {
        QTest::newRow("sqlite") << int(DialectKind::Sqlite);
    }
}

} // namespace

class TestCopyEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // §10 case 1: TEXT 'lots-of-it' in an INTEGER column of a SQLite source (pgloader
    // create-type-mismatch.py). Continue mode loads 2 rows and isolates 1 with its key, raw value,
    // storage class and the server's error.
    void case01_typeMismatchIsIsolated_data() { addTargets(false); }
    void case01_typeMismatchIsIsolated()
    {
        QFETCH(int, target);
        REQUIRE_DIALECT(DialectKind(target));
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        CHECK_OK(source.create(DialectKind::Sqlite, u"c1src"_s, project.path()));
        CHECK_OK(sink.create(DialectKind(target), u"c1"_s, project.path()));
        QVERIFY(execAll(open(source), {u"CREATE TABLE products(id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER)"_s,
                                       u"INSERT INTO products VALUES (1, 'a', 10), (2, 'b', 'lots-of-it'), (3, 'c', 5)"_s}));
        const JobRun run = runJob(project.path(), source, sink);
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.state.status, u"completed_with_errors"_s);
        const Db::Connection t = open(sink);
        QCOMPARE(count(t, u"products"_s), 2);
        QCOMPARE(count(t, u"products"_s, u"id IN (1, 3)"_s), 2);
        const QList<Json> failed = readJsonl(QDir(run.jobDir).filePath(u"products_failed.jsonl"_s));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0]["key"]["id"].get<int>(), 2);
        QCOMPARE(failed[0]["values"]["qty"].get<std::string>(), std::string("lots-of-it"));
        QCOMPARE(failed[0]["types"]["qty"].get<std::string>(), std::string("text"));
        QVERIFY(!failed[0]["error"].get<std::string>().empty());
        QCOMPARE(run.state.tables.first().rowsMigrated + run.state.tables.first().rowsFailed, 3);
        // The status document says the same.
        const auto status = Db::dataJobStatus(run.state, run.jobDir);
        QCOMPARE(status["rows_failed"].get<int>(), 1);
        QCOMPARE(status["failed_tables"][0]["table"].get<std::string>(), std::string("products"));
    }

    // §10 case 1, stop mode: exits non-zero quickly, never hangs, and the batch that held the bad
    // row is rolled back whole (no half batch in the target).
    void case01_stopModeFailsFastAndClean()
    {
        MWB_REQUIRE_POSTGRES(pg);
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        CHECK_OK(source.create(DialectKind::Sqlite, u"c1s"_s, project.path()));
        CHECK_OK(sink.create(DialectKind::Postgres, u"c1s"_s, project.path()));
        QVERIFY(execAll(open(source), {u"CREATE TABLE products(id INTEGER PRIMARY KEY, qty INTEGER)"_s,
                                       u"CREATE TABLE later(id INTEGER PRIMARY KEY)"_s, u"INSERT INTO later VALUES (1)"_s,
                                       u"INSERT INTO products VALUES (1, 10), (2, 'lots-of-it'), (3, 5)"_s}));
        QElapsedTimer timer;
        timer.start();
        const JobRun run = runJob(project.path(), source, sink, [](Db::JobConfig &c) {
            c.stopOnError = true;
            c.continueOnRowError = false;
            c.tables = {u"products"_s, u"later"_s};
            c.mode = u"table_list"_s;
        });
        QVERIFY(timer.elapsed() < 30000);
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.state.status, u"failed"_s);
        QCOMPARE(Db::DataJob::resultName(run.state.status), u"FAIL"_s);
        const Db::Connection t = open(sink);
        QCOMPARE(count(t, u"products"_s), 0);
        QCOMPARE(count(t, u"later"_s), 0); // stopped before the next table
        QVERIFY(run.state.table(u"products"_s)->error.contains(u"no-continue-on-row-error"_s));
    }

    // §10 case 2: text that is not UTF-8 (0x96, a lone surrogate, an overlong form) goes to J with
    // its raw bytes in base64; no U+FFFD, no silent NULL; the other rows are copied.
    void case02_invalidUtf8IsIsolatedWithRawBytes_data() { addTargets(); }
    void case02_invalidUtf8IsIsolatedWithRawBytes()
    {
        QFETCH(int, target);
        REQUIRE_DIALECT(DialectKind(target));
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        CHECK_OK(source.create(DialectKind::Sqlite, u"c2src"_s, project.path()));
        CHECK_OK(sink.create(DialectKind(target), u"c2"_s, project.path()));
        QVERIFY(execAll(open(source), {u"CREATE TABLE files(id INTEGER PRIMARY KEY, name TEXT)"_s,
                                       u"INSERT INTO files VALUES (1, 'ok.txt'), (2, CAST(x'66696c65966e616d652e747874' AS TEXT)), "
                                       "(3, CAST(x'eda080' AS TEXT)), (4, CAST(x'c0af' AS TEXT)), (5, 'caf\u00e9')"_s}));
        const JobRun run = runJob(project.path(), source, sink);
        QVERIFY2(run.ok, qPrintable(run.error));
        const Db::Connection t = open(sink);
        QCOMPARE(count(t, u"files"_s), 2);
        QSqlQuery query = t.query();
        QVERIFY(query.exec(u"SELECT name FROM files WHERE id = 5"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"caf\u00e9"_s);
        const QList<Json> failed = readJsonl(QDir(run.jobDir).filePath(u"files_failed.jsonl"_s));
        QCOMPARE(failed.size(), 3);
        const QList<QByteArray> raw = {QByteArray::fromHex("66696c65966e616d652e747874"), QByteArray::fromHex("eda080"),
                                       QByteArray::fromHex("c0af")};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(failed[i]["key"]["id"].get<int>(), i + 2);
            QCOMPARE(QByteArray::fromBase64(QByteArray::fromStdString(failed[i]["values"]["name"]["invalid_utf8_base64"].get<std::string>())),
                     raw.at(i));
            QCOMPARE(failed[i]["column"].get<std::string>(), std::string("name"));
        }
    }

    // §10 case 3: NUL inside text. PostgreSQL cannot store it: rejected to J by default (never
    // stripped). MySQL and SQLite store the bytes exactly.
    void case03_nulInText_data() { addTargets(); }
    void case03_nulInText()
    {
        QFETCH(int, target);
        REQUIRE_DIALECT(DialectKind(target));
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        CHECK_OK(source.create(DialectKind::Sqlite, u"c3src"_s, project.path()));
        CHECK_OK(sink.create(DialectKind(target), u"c3"_s, project.path()));
        QVERIFY(execAll(open(source), {u"CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"_s,
                                       u"INSERT INTO notes VALUES (1, 'plain'), (2, CAST(x'48656c6c6f00576f726c64' AS TEXT))"_s}));
        const JobRun run = runJob(project.path(), source, sink);
        QVERIFY2(run.ok, qPrintable(run.error));
        const Db::Connection t = open(sink);
        const QList<Json> failed = readJsonl(QDir(run.jobDir).filePath(u"notes_failed.jsonl"_s));
        if (DialectKind(target) == DialectKind::Postgres) {
            QCOMPARE(count(t, u"notes"_s), 1);
            QCOMPARE(failed.size(), 1);
            QCOMPARE(QString::fromStdString(failed[0]["values"]["body"].get<std::string>()), u"Hello\u0000World"_s);
            QCOMPARE(run.state.status, u"completed_with_errors"_s);
        } else {
            QCOMPARE(count(t, u"notes"_s), 2);
            QVERIFY(failed.isEmpty());
            QSqlQuery query = t.query();
            const QString hex = DialectKind(target) == DialectKind::Mysql ? u"HEX(body)"_s : u"hex(CAST(body AS BLOB))"_s;
            QVERIFY(query.exec(u"SELECT "_s + hex + u" FROM notes WHERE id = 2"_s) && query.next());
            QCOMPARE(query.value(0).toString().toLower(), u"48656c6c6f00576f726c64"_s);
        }
    }

    // §10 case 4: MySQL zero dates in a NOT NULL column. PostgreSQL has no such date: the rows go to J
    // (strict policy), never stored as 1970-01-01 or -infinity.
    void case04_mysqlZeroDatesAreNeverInvented()
    {
        MWB_REQUIRE_MYSQL(my);
        MWB_REQUIRE_POSTGRES(pg);
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        CHECK_OK(source.create(DialectKind::Mysql, u"c4src"_s, project.path()));
        CHECK_OK(sink.create(DialectKind::Postgres, u"c4"_s, project.path()));
        QVERIFY(execAll(open(source), {u"SET SESSION sql_mode = ''"_s,
                                       u"CREATE TABLE events(id INT PRIMARY KEY, d DATE NOT NULL, t DATETIME NOT NULL)"_s,
                                       u"INSERT INTO events VALUES (1, '2024-02-29', '2024-02-29 12:00:00'), (2, '0000-00-00', "
                                       "'2024-01-01 00:00:00'), (3, '2010-00-15', '2024-01-01 00:00:00'), (4, '2024-01-01', "
                                       "'0000-00-00 00:00:00')"_s}));
        const JobRun run = runJob(project.path(), source, sink);
        QVERIFY2(run.ok, qPrintable(run.error));
        const Db::Connection t = open(sink);
        QCOMPARE(count(t, u"events"_s), 1);
        QCOMPARE(count(t, u"events"_s, u"d < '1971-01-01' OR t < '1971-01-01'"_s), 0);
        const QList<Json> failed = readJsonl(QDir(run.jobDir).filePath(u"events_failed.jsonl"_s));
        QCOMPARE(failed.size(), 3);
        QCOMPARE(failed[0]["values"]["d"].get<std::string>(), std::string("0000-00-00"));
        QCOMPARE(run.state.tables.first().rowsMigrated + run.state.tables.first().rowsFailed, 4);
    }

    // §10 case 16: a self-referencing employee table, A <-> B, and orphan rows from a SQLite source
    // (SQLite does not enforce FKs by default). The copy completes, orphans are in fk_violations.jsonl
    // with the missing parent key, and the foreign keys exist afterwards.
    void case16_fkCyclesAndOrphans_data() { addTargets(); }
    void case16_fkCyclesAndOrphans()
    {
        QFETCH(int, target);
        REQUIRE_DIALECT(DialectKind(target));
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        CHECK_OK(source.create(DialectKind::Sqlite, u"c16src"_s, project.path()));
        CHECK_OK(sink.create(DialectKind(target), u"c16"_s, project.path()));
        QVERIFY(execAll(open(source),
                        {u"PRAGMA foreign_keys = OFF"_s,
                         u"CREATE TABLE employee(id INTEGER PRIMARY KEY, name TEXT, manager_id INTEGER REFERENCES employee(id))"_s,
                         u"CREATE TABLE a(id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b(id))"_s,
                         u"CREATE TABLE b(id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id))"_s,
                         u"CREATE TABLE child(id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a(id))"_s,
                         u"INSERT INTO employee VALUES (1, 'boss', NULL), (2, 'mid', 1), (3, 'low', 2), (4, 'lost', 99)"_s,
                         u"INSERT INTO a VALUES (1, 1), (2, 2)"_s, u"INSERT INTO b VALUES (1, 2), (2, 1)"_s,
                         u"INSERT INTO child VALUES (1, 1), (2, 2), (3, 7), (4, 8)"_s}));
        const JobRun run = runJob(project.path(), source, sink);
        QVERIFY2(run.ok, qPrintable(run.error));
        QVERIFY2(run.state.status == u"completed_with_errors"_s, qPrintable(run.state.errorMessage));
        const Db::Connection t = open(sink);
        QCOMPARE(count(t, u"employee"_s), 3);
        QCOMPARE(count(t, u"a"_s), 2);
        QCOMPARE(count(t, u"b"_s), 2);
        QCOMPARE(count(t, u"child"_s), 2);
        const QList<Json> orphans = readJsonl(QDir(run.jobDir).filePath(u"fk_violations.jsonl"_s));
        QCOMPARE(orphans.size(), 3);
        QSet<QString> seen;
        for (const Json &o : orphans) {
            seen.insert(QString::fromStdString(o["table"].get<std::string>()) + u':' + QString::number(o["key"]["id"].get<int>()));
            QVERIFY(o["error"].get<std::string>().find("no row in") != std::string::npos);
        }
        QCOMPARE(seen, (QSet<QString> {u"employee:4"_s, u"child:3"_s, u"child:4"_s}));
        QCOMPARE(run.state.table(u"child"_s)->rowsMigrated, 2);
        QCOMPARE(run.state.table(u"child"_s)->rowsFailed, 2);
        // The foreign keys hold now: an orphan insert is refused.
        QVERIFY(!t.exec(u"INSERT INTO child (id, a_id) VALUES (10, 12345)"_s).ok() || DialectKind(target) == DialectKind::Sqlite);
    }

    // §10 case 17: after the copy, the next generated id is above the source's high-water mark
    // (sqlite_sequence 50 > max(id) 10), and an empty table keeps its start value.
    void case17_identityIsResetAboveHighWater_data() { addTargets(); }
    void case17_identityIsResetAboveHighWater()
    {
        QFETCH(int, target);
        REQUIRE_DIALECT(DialectKind(target));
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        CHECK_OK(source.create(DialectKind::Sqlite, u"c17src"_s, project.path()));
        CHECK_OK(sink.create(DialectKind(target), u"c17"_s, project.path()));
        QStringList setup = {u"CREATE TABLE tickets(id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT)"_s,
                             u"CREATE TABLE empty(id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT)"_s};
        for (int i = 1; i <= 10; ++i) {
            setup << u"INSERT INTO tickets (id, title) VALUES (%1, 't%1')"_s.arg(i);
        }
        setup << u"UPDATE sqlite_sequence SET seq = 50 WHERE name = 'tickets'"_s;
        QVERIFY(execAll(open(source), setup));
        const JobRun run = runJob(project.path(), source, sink);
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.state.status, u"completed"_s);
        const Db::Connection t = open(sink);
        QVERIFY(t.exec(u"INSERT INTO tickets (title) VALUES ('new')"_s).ok());
        QVERIFY(t.exec(u"INSERT INTO "_s + t.dialect().quoteIdentifier(u"empty"_s) + u" (title) VALUES ('first')"_s).ok());
        QSqlQuery query = t.query();
        QVERIFY(query.exec(u"SELECT id FROM tickets WHERE title = 'new'"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 51);
        query.finish();
        QVERIFY(query.exec(u"SELECT id FROM "_s + t.dialect().quoteIdentifier(u"empty"_s)) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 1);
    }

    // §10 case 17 from MySQL: an AUTO_INCREMENT row with id = 0 is kept as 0 (NO_AUTO_VALUE_ON_ZERO)
    // and the next id is above the source's AUTO_INCREMENT.
    void case17_mysqlIdZeroIsPreserved_data() { addTargets(); }
    void case17_mysqlIdZeroIsPreserved()
    {
        QFETCH(int, target);
        REQUIRE_DIALECT(DialectKind(target));
        MWB_REQUIRE_MYSQL(my);
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        CHECK_OK(source.create(DialectKind::Mysql, u"c17m"_s, project.path()));
        CHECK_OK(sink.create(DialectKind(target), u"c17m"_s, project.path()));
        QVERIFY(execAll(open(source), {u"CREATE TABLE counters(id BIGINT AUTO_INCREMENT PRIMARY KEY, label VARCHAR(20))"_s,
                                       u"INSERT INTO counters VALUES (0, 'zero'), (5, 'five')"_s,
                                       u"ALTER TABLE counters AUTO_INCREMENT = 100"_s}));
        const JobRun run = runJob(project.path(), source, sink);
        QVERIFY2(run.ok, qPrintable(run.error));
        QVERIFY2(run.state.status == u"completed"_s, qPrintable(run.state.errorMessage + run.state.table(u"counters"_s)->error));
        const Db::Connection t = open(sink);
        QCOMPARE(count(t, u"counters"_s, u"id = 0 AND label = 'zero'"_s), 1);
        QVERIFY(t.exec(u"INSERT INTO counters (label) VALUES ('next')"_s).ok());
        QSqlQuery query = t.query();
        QVERIFY(query.exec(u"SELECT id FROM counters WHERE label = 'next'"_s) && query.next());
        QVERIFY2(query.value(0).toLongLong() >= 100, qPrintable(query.value(0).toString()));
    }

    // §10 case 25: 10,000 rows with bad rows at 0, 54, 61 and 9,999 (NUL in text: PostgreSQL names the
    // COPY line) plus one FK violation (no line number: bisection), into a target whose FK exists
    // before the load. Good rows are committed exactly once, each bad row is in J exactly once, and
    // J lines are valid JSON although the values hold newlines, quotes, U+2028 and control characters.
    void case25_scatteredBadRowsAndFkViolation()
    {
        MWB_REQUIRE_POSTGRES(pg);
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        CHECK_OK(source.create(DialectKind::Sqlite, u"c25src"_s, project.path()));
        CHECK_OK(sink.create(DialectKind::Postgres, u"c25"_s, project.path()));
        {
            const Db::Connection s = open(source);
            QVERIFY(execAll(s, {u"CREATE TABLE parent(id INTEGER PRIMARY KEY)"_s, u"INSERT INTO parent VALUES (1), (2)"_s,
                                u"CREATE TABLE items(id INTEGER PRIMARY KEY, v TEXT, parent_id INTEGER)"_s, u"BEGIN"_s}));
            QSqlQuery insert(s.database());
            insert.prepare(u"INSERT INTO items VALUES (?, ?, ?)"_s);
            const QSet<int> bad = {0, 54, 61, 9999};
            for (int row = 0; row < 10000; ++row) {
                QString v = u"line %1\nsecond \"quoted\" \u2028 \x01 \t end"_s.arg(row);
                if (bad.contains(row)) {
                    v += QChar(0);
                }
                insert.bindValue(0, row + 1);
                insert.bindValue(1, v);
                insert.bindValue(2, row == 5000 ? 777 : 1 + row % 2);
                QVERIFY(insert.exec());
            }
            QVERIFY(s.exec(u"COMMIT"_s).ok());
        }
        QVERIFY(execAll(open(sink), {u"CREATE TABLE parent(id bigint PRIMARY KEY)"_s,
                                     u"CREATE TABLE items(id bigint PRIMARY KEY, v text, parent_id bigint REFERENCES parent(id))"_s}));
        const JobRun run = runJob(project.path(), source, sink);
        QVERIFY2(run.ok, qPrintable(run.error));
        const Db::Connection t = open(sink);
        QCOMPARE(count(t, u"items"_s), 9995);
        const QList<Json> failed = readJsonl(QDir(run.jobDir).filePath(u"items_failed.jsonl"_s));
        QSet<int> keys;
        for (const Json &line : failed) {
            keys.insert(line["key"]["id"].get<int>());
        }
        QCOMPARE(failed.size(), 5);
        QCOMPARE(keys, (QSet<int> {1, 55, 62, 10000, 5001}));
        QSqlQuery query = t.query();
        QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT id), min(id), max(id) FROM items"_s) && query.next());
        QCOMPARE(query.value(1).toInt(), 9995);
        QCOMPARE(query.value(2).toInt(), 2);
        QCOMPARE(query.value(3).toInt(), 9999);
        query.finish();
        QVERIFY(query.exec(u"SELECT v FROM items WHERE id = 2"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"line 1\nsecond \"quoted\" \u2028 \x01 \t end"_s);
        const auto &items = *run.state.table(u"items"_s);
        QCOMPARE(items.rowsMigrated, 9995);
        QCOMPARE(items.rowsFailed, 5);
    }
};

QTEST_GUILESS_MAIN(TestCopyEngine)
#include "tst_copyengine.moc"
