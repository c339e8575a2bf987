// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/batchbisector.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Db;

// A stand-in target: rows [from, to) commit when none of them is bad. Tracks every committed and
// rejected row so the test can check "good rows exactly once, bad rows exactly once, in order".
struct FakeTarget
{
    QSet<qsizetype> bad;
    bool namesRow = false; // like PostgreSQL COPY "line N"
    QList<qsizetype> committed;
    QList<qsizetype> rejected;

    WriteAttempt tryRange(qsizetype from, qsizetype to)
    {
        WriteAttempt attempt;
        for (qsizetype r = from; r < to; ++r) {
            if (bad.contains(r)) {
                attempt.ok = false;
                attempt.rowError = true;
                attempt.failedRow = namesRow ? r : -1;
                attempt.message = u"row %1 is bad"_s.arg(r);
                return attempt;
            }
        }
        for (qsizetype r = from; r < to; ++r) {
            committed.append(r);
        }
        attempt.ok = true;
        return attempt;
    }
};

class TestBatchBisector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isolatesScatteredBadRows_data()
    {
        QTest::addColumn<QList<qsizetype>>("badRows");
        QTest::addColumn<bool>("namesRow");
        // reliability.md §10 case 25: bad rows at 0, 54, 61 and 9999 of 10,000.
        QTest::newRow("pgloader retry.lisp spacing, bisect") << QList<qsizetype> {0, 54, 61, 9999} << false;
        QTest::newRow("pgloader retry.lisp spacing, named rows") << QList<qsizetype> {0, 54, 61, 9999} << true;
        QTest::newRow("adjacent bad rows") << QList<qsizetype> {500, 501, 502} << false;
        QTest::newRow("single bad row in the middle") << QList<qsizetype> {5000} << false;
    }

    void isolatesScatteredBadRows()
    {
        QFETCH(QList<qsizetype>, badRows);
        QFETCH(bool, namesRow);
        const qsizetype n = 10000;
        FakeTarget target;
        target.namesRow = namesRow;
        for (qsizetype r : badRows) {
            target.bad.insert(r);
        }
        const WriteAttempt first = target.tryRange(0, n);
        QVERIFY(!first.ok);
        const auto outcome = BatchBisector::isolate(
            n, first, [&](qsizetype from, qsizetype to) { return target.tryRange(from, to); },
            [&](qsizetype row, const WriteAttempt &why) {
                target.rejected.append(row);
                return !why.message.isEmpty();
            });
        QVERIFY(outcome.ok);
        QCOMPARE(target.rejected, badRows);
        QCOMPARE(outcome.rejectedRows, badRows.size());
        // Every good row committed exactly once, in ascending order.
        QCOMPARE(target.committed.size(), n - badRows.size());
        for (qsizetype i = 1; i < target.committed.size(); ++i) {
            QVERIFY(target.committed.at(i) > target.committed.at(i - 1));
        }
        QCOMPARE(outcome.committedRows, n - badRows.size());
        // O(k log n) round trips, far fewer than n single-row attempts.
        const int k = int(badRows.size());
        QVERIFY2(outcome.attempts <= 2 * k * 15 + 2, qPrintable(u"%1 attempts"_s.arg(outcome.attempts)));
        QCOMPARE(outcome.lastWasReject, badRows.contains(n - 1));
    }

    void namedRowsNeedFewerAttempts()
    {
        FakeTarget bisect;
        FakeTarget named;
        named.namesRow = true;
        for (qsizetype r : {10, 20, 30}) {
            bisect.bad.insert(r);
            named.bad.insert(r);
        }
        auto run = [](FakeTarget &t) {
            return BatchBisector::isolate(
                1000, t.tryRange(0, 1000), [&](qsizetype a, qsizetype b) { return t.tryRange(a, b); },
                [&](qsizetype row, const WriteAttempt &) {
                    t.rejected.append(row);
                    return true;
                });
        };
        const auto a = run(bisect);
        const auto b = run(named);
        QCOMPARE(bisect.rejected, named.rejected);
        QVERIFY(b.attempts < a.attempts);
        // [0,10) ok, [11,1000) names 20, [11,20) ok, [21,1000) names 30, [21,30) ok, [31,1000) ok
        QCOMPARE(b.attempts, 6);
    }

    void fatalErrorStopsWithoutRejecting()
    {
        int calls = 0;
        WriteAttempt first;
        first.ok = false;
        first.rowError = true;
        const auto outcome = BatchBisector::isolate(
            100, first,
            [&](qsizetype, qsizetype) {
                ++calls;
                WriteAttempt lost;
                lost.ok = false;
                lost.rowError = false; // connection lost
                lost.message = u"server closed the connection"_s;
                return lost;
            },
            [&](qsizetype, const WriteAttempt &) {
                QTest::qFail("a connection error must not reject rows", __FILE__, __LINE__);
                return true;
            });
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.fatal.message, u"server closed the connection"_s);
        QCOMPARE(calls, 1);
    }

    void everyRowBad()
    {
        FakeTarget target;
        for (qsizetype r = 0; r < 64; ++r) {
            target.bad.insert(r);
        }
        const auto outcome = BatchBisector::isolate(
            64, target.tryRange(0, 64), [&](qsizetype a, qsizetype b) { return target.tryRange(a, b); },
            [&](qsizetype row, const WriteAttempt &) {
                target.rejected.append(row);
                return true;
            });
        QVERIFY(outcome.ok);
        QCOMPARE(target.rejected.size(), 64);
        QVERIFY(target.committed.isEmpty());
        QVERIFY(outcome.lastWasReject);
    }
};

QTEST_GUILESS_MAIN(TestBatchBisector)
#include "tst_batchbisector.moc"
