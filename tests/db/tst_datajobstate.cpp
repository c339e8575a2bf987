// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/copyorder.h"
#include "db/jobstate.h"
#include "db/jobstatus.h"
#include "db/pgcopywriter.h"
#include "db/rowbatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Mwb::Db;
using Mwb::Core::OrderedJson;

class TestDataJobState : public QObject
{
    Q_OBJECT

    static JobState sampleState()
    {
        JobState state;
        state.config.jobId = u"dj-test-0001"_s;
        state.config.source = u"sqlite:///tmp/shop.db"_s;
        state.config.target = u"postgresql://mwb@127.0.0.1:5432/shop"_s;
        state.config.tables = {u"customers"_s, u"orders"_s};
        state.config.mode = u"table_list"_s;
        state.startedAt = u"2026-11-22T01:00:00.000Z"_s;
        state.pid = QCoreApplication::applicationPid();
        state.host = QSysInfo::machineHostName();
        state.currentTable = u"orders"_s;
        TableProgress customers {u"customers"_s, TableState::Completed, 90, 10, 100, true, OrderedJson::array({100}), 512, {}};
        TableProgress orders {u"orders"_s, TableState::InProgress, 50, 0, 200, true, OrderedJson::array({50, "x"}), 0, {}};
        state.tables = {customers, orders};
        return state;
    }

private Q_SLOTS:
    // ARCHITECTURE.md "Data job status": the keys, in this order.
    void statusHasTheDocumentedShape()
    {
        QTemporaryDir dir;
        const JobState state = sampleState();
        const OrderedJson status = dataJobStatus(state, dir.path());
        QStringList keys;
        for (auto it = status.begin(); it != status.end(); ++it) {
            keys << QString::fromStdString(it.key());
        }
        const QStringList documented = {u"job_id"_s, u"status"_s, u"mode"_s, u"progress_percent"_s, u"current_table"_s,
                                        u"rows_migrated"_s, u"rows_failed"_s, u"total_rows"_s, u"error_file"_s,
                                        u"tables_completed"_s, u"tables_total"_s, u"tables_status"_s, u"failed_tables"_s,
                                        u"started_at"_s, u"completed_at"_s, u"error_message"_s};
        QCOMPARE(keys.mid(0, documented.size()), documented);
        QCOMPARE(status["status"].get<std::string>(), std::string("running")); // our own pid is alive
        QCOMPARE(status["rows_migrated"].get<qint64>(), 140);
        QCOMPARE(status["rows_failed"].get<qint64>(), 10);
        QCOMPARE(status["total_rows"].get<qint64>(), 300);
        QCOMPARE(status["progress_percent"].get<double>(), 50.0);
        QCOMPARE(status["tables_completed"].get<int>(), 1);
        QCOMPARE(status["tables_total"].get<int>(), 2);
        QCOMPARE(status["tables_status"][0]["status"].get<std::string>(), std::string("completed_with_errors"));
        QCOMPARE(status["tables_status"][1]["status"].get<std::string>(), std::string("in_progress"));
        QCOMPARE(status["failed_tables"].size(), size_t(1));
        QCOMPARE(QString::fromStdString(status["failed_tables"][0]["error_file"].get<std::string>()),
                 QDir(dir.path()).filePath(u"customers_failed.jsonl"_s));
        QVERIFY(status["completed_at"].is_null());
    }

    // kill -9 leaves "running" in the file; status must not claim a dead job runs.
    void deadProcessReadsAsInterrupted()
    {
        JobState state = sampleState();
        state.pid = std::numeric_limits<int>::max() - 7; // no such process
        QTemporaryDir dir;
        QCOMPARE(dataJobStatus(state, dir.path())["status"].get<std::string>(), std::string("interrupted"));
    }

    void checkpointRoundTripsAndCorruptFileIsMovedAside()
    {
        QTemporaryDir dir;
        const JobState state = sampleState();
        QVERIFY(state.save(dir.path()).ok());
        auto loaded = JobState::load(dir.path());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->toJson().dump(), state.toJson().dump());

        // reliability.md §10 case 21: a torn file is detected and moved aside, never trusted.
        const QString file = QDir(dir.path()).filePath(u"checkpoint.json"_s);
        const QByteArray whole = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        for (const QByteArray &torn : {whole.left(whole.size() / 2), QByteArray(), QByteArray("{\"format\": 1}")}) {
            {
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(torn);
            }
            auto bad = JobState::load(dir.path());
            QVERIFY(!bad.ok());
            QVERIFY(!QFile::exists(file));
            QVERIFY(!QDir(dir.path()).entryList({u"checkpoint.json.corrupt.*"_s}).isEmpty());
            QVERIFY(!bad.error().hint.isEmpty());
        }
    }

    void copyOrderPutsParentsFirstAndBreaksCycles()
    {
        auto table = [](const QString &name, const QStringList &refs) {
            Table t;
            t.name = name;
            for (const QString &r : refs) {
                ForeignKey fk;
                fk.refTable = r;
                fk.columns = {u"x"_s};
                fk.refColumns = {u"id"_s};
                t.foreignKeys.append(fk);
            }
            return t;
        };
        const QList<Table> tables = {table(u"order_items"_s, {u"orders"_s, u"products"_s}), table(u"orders"_s, {u"customers"_s}),
                                     table(u"employee"_s, {u"employee"_s}), table(u"a"_s, {u"b"_s}), table(u"b"_s, {u"a"_s}),
                                     table(u"customers"_s, {}), table(u"products"_s, {})};
        const CopyOrder order = copyOrder(tables);
        QCOMPARE(order.tables.size(), tables.size());
        QVERIFY(order.tables.indexOf(u"customers"_s) < order.tables.indexOf(u"orders"_s));
        QVERIFY(order.tables.indexOf(u"orders"_s) < order.tables.indexOf(u"order_items"_s));
        QVERIFY(order.tables.indexOf(u"products"_s) < order.tables.indexOf(u"order_items"_s));
        QCOMPARE(order.brokenEdges.size(), 1); // a <-> b; the self-reference is not a cycle to break
    }

    // COPY text format (PostgreSQL "COPY ... Text Format"): escapes, NULL, bytea hex, exact floats.
    void copyTextEncoding_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("family");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("null") << QVariant() << int(TypeFamily::Text) << QByteArray("\\N");
        QTest::newRow("text with specials") << QVariant(u"a\\b\tc\nd\re"_s) << int(TypeFamily::Text)
                                            << QByteArray("a\\\\b\\tc\\nd\\re");
        QTest::newRow("the string N") << QVariant(u"\\N"_s) << int(TypeFamily::Text) << QByteArray("\\\\N");
        QTest::newRow("unicode") << QVariant(u"名前 🍻"_s) << int(TypeFamily::Text) << QByteArray("名前 🍻");
        QTest::newRow("bytea") << QVariant(QByteArray("\x00\xff", 2)) << int(TypeFamily::Binary) << QByteArray("\\\\x00ff");
        QTest::newRow("double shortest") << QVariant(0.1) << int(TypeFamily::Float) << QByteArray("0.1");
        QTest::newRow("double 1/3") << QVariant(1.0 / 3.0) << int(TypeFamily::Float) << QByteArray("0.3333333333333333");
        QTest::newRow("denormal") << QVariant(5e-324) << int(TypeFamily::Float) << QByteArray("5e-324");
        QTest::newRow("nan") << QVariant(std::numeric_limits<double>::quiet_NaN()) << int(TypeFamily::Float) << QByteArray("NaN");
        QTest::newRow("-inf") << QVariant(-std::numeric_limits<double>::infinity()) << int(TypeFamily::Float)
                              << QByteArray("-Infinity");
        QTest::newRow("bool from int") << QVariant::fromValue<qlonglong>(1) << int(TypeFamily::Boolean) << QByteArray("t");
        QTest::newRow("int 2 into bool stays 2") << QVariant::fromValue<qlonglong>(2) << int(TypeFamily::Boolean) << QByteArray("2");
        QTest::newRow("unsigned max") << QVariant::fromValue<qulonglong>(18446744073709551615ULL) << int(TypeFamily::Decimal)
                                      << QByteArray("18446744073709551615");
        QTest::newRow("NUL is sent so the server refuses it") << QVariant(u"a\u0000b"_s) << int(TypeFamily::Text)
                                                              << QByteArray("a\\000b");
    }

    void copyTextEncoding()
    {
        QFETCH(QVariant, value);
        QFETCH(int, family);
        QFETCH(QByteArray, expected);
        QByteArray out;
        PgCopyWriter::appendValue(out, value, TypeFamily(family));
        QCOMPARE(out, expected);
    }

    void batchIsBoundedByRowsAndMeasuredBytes()
    {
        RowBatch rows(2, 3, 1 << 30);
        std::vector<QVariant> row(2);
        for (int i = 0; i < 3; ++i) {
            row = {QVariant(i), QVariant(u"x"_s)};
            QVERIFY(!rows.isFull());
            rows.appendRow(row);
        }
        QVERIFY(rows.isFull());

        RowBatch bytes(1, 1000000, 1024 * 1024);
        const QString big(100 * 1024, u'x'); // 200 KB of UTF-16
        int added = 0;
        while (!bytes.isFull()) {
            row = {QVariant(big)};
            bytes.appendRow(row);
            ++added;
        }
        QCOMPARE(added, 6); // 5 x 200 KB < 1 MB <= 6 x 200 KB
        QVERIFY(bytes.byteCount() >= 1024 * 1024);
        QVERIFY(bytes.byteCount() < 2 * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestDataJobState)
#include "tst_datajobstate.moc"
