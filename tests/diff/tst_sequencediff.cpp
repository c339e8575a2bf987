// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/sequencediff.h"
#include "diff/textdiff.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace Mwb::Diff;

namespace {

// Length of the longest common subsequence by dynamic programming: the reference the shortest
// edit script must match (D = N + M - 2 * LCS).
qsizetype lcsLength(const QList<int> &a, const QList<int> &b)
{
    std::vector<qsizetype> row(size_t(b.size() + 1), 0), previous(size_t(b.size() + 1), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            row[size_t(j)] = a.at(i - 1) == b.at(j - 1) ? previous[size_t(j - 1)] + 1
                                                        : qMax(previous[size_t(j)], row[size_t(j - 1)]);
        }
        std::swap(row, previous);
    }
    return previous[size_t(b.size())];
}

// Applies the script to a and checks every claim it makes about a and b on the way.
QList<int> applyScript(const QList<int> &a, const QList<int> &b, const QList<Edit> &edits, bool &consistent)
{
    QList<int> out;
    qsizetype ai = 0, bi = 0;
    consistent = true;
    for (const Edit &e : edits) {
        if (e.count <= 0) {
            consistent = false;
        }
        switch (e.kind) {
        case EditKind::Equal:
            consistent = consistent && e.a == ai && e.b == bi;
            for (qsizetype n = 0; n < e.count; ++n) {
                consistent = consistent && ai < a.size() && bi < b.size() && a.at(ai) == b.at(bi);
                out.append(a.value(ai++));
                ++bi;
            }
            break;
        case EditKind::Delete:
            consistent = consistent && e.a == ai;
            ai += e.count;
            break;
        case EditKind::Insert:
            consistent = consistent && e.b == bi && e.a == ai;
            for (qsizetype n = 0; n < e.count; ++n) {
                out.append(b.value(bi++));
            }
            break;
        }
    }
    consistent = consistent && ai == a.size() && bi == b.size();
    return out;
}

QList<int> randomSequence(QRandomGenerator &random, int maxLength, int alphabet)
{
    QList<int> s;
    const int length = int(random.bounded(maxLength + 1));
    for (int i = 0; i < length; ++i) {
        s.append(int(random.bounded(alphabet)));
    }
    return s;
}

} // namespace

class TestSequenceDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortestScriptOnRandomInput_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<int>("alphabet");
        QTest::newRow("tiny, two symbols") << 1u << 6 << 2;
        QTest::newRow("short, few symbols") << 2u << 20 << 3;
        QTest::newRow("medium, many symbols") << 3u << 80 << 12;
        QTest::newRow("long, two symbols") << 4u << 200 << 2;
        QTest::newRow("long, distinct") << 5u << 200 << 1000;
    }
    void shortestScriptOnRandomInput()
    {
        QFETCH(quint32, seed);
        QFETCH(int, maxLength);
        QFETCH(int, alphabet);
        QRandomGenerator random(seed);
        for (int round = 0; round < 300; ++round) {
            const QList<int> a = randomSequence(random, maxLength, alphabet);
            QList<int> b = a;
            // Either an unrelated sequence or an edited copy of a.
            if (random.bounded(2) == 0) {
                b = randomSequence(random, maxLength, alphabet);
            } else {
                const int edits = int(random.bounded(6));
                for (int e = 0; e < edits; ++e) {
                    const qsizetype at = b.isEmpty() ? 0 : random.bounded(int(b.size()));
                    if (random.bounded(2) == 0 && !b.isEmpty()) {
                        b.removeAt(at);
                    } else {
                        b.insert(at, int(random.bounded(alphabet)));
                    }
                }
            }
            const QList<Edit> edits = diffSequences(a, b);
            bool consistent = false;
            QCOMPARE(applyScript(a, b, edits, consistent), b);
            QVERIFY2(consistent, qPrintable(u"round %1"_s.arg(round)));
            qsizetype distance = 0;
            for (const Edit &e : edits) {
                distance += e.kind == EditKind::Equal ? 0 : e.count;
            }
            QCOMPARE(distance, a.size() + b.size() - 2 * lcsLength(a, b));
        }
    }

    void replacementIsDeleteThenInsert()
    {
        const QList<Edit> edits = diffSequences({1, 2, 3}, {1, 9, 3});
        const QList<Edit> expected {{EditKind::Equal, 0, 0, 1},
                                    {EditKind::Delete, 1, 1, 1},
                                    {EditKind::Insert, 2, 1, 1},
                                    {EditKind::Equal, 2, 2, 1}};
        QCOMPARE(edits, expected);
    }

    void emptySides()
    {
        QVERIFY(diffSequences({}, {}).isEmpty());
        QCOMPARE(diffSequences({}, {4, 5}), (QList<Edit> {{EditKind::Insert, 0, 0, 2}}));
        QCOMPARE(diffSequences({4, 5}, {}), (QList<Edit> {{EditKind::Delete, 0, 0, 2}}));
    }

    void expensiveInputStillGivesAValidScript()
    {
        // Two unrelated 20,000-symbol sequences over 4 symbols: every symbol occurs on both sides,
        // D is in the tens of thousands, so the search hits its cost limit and splits heuristically.
        QRandomGenerator random(42);
        QList<int> a, b;
        for (int i = 0; i < 20000; ++i) {
            a.append(int(random.bounded(4)));
            b.append(int(random.bounded(4)));
        }
        const QList<Edit> edits = diffSequences(a, b);
        bool consistent = false;
        QCOMPARE(applyScript(a, b, edits, consistent), b);
        QVERIFY(consistent);
    }

    void largeDissimilarInputStaysLinearInMemory()
    {
        // 20,000 vs 20,000 unrelated lines: D = 40,000. A quadratic trace would need gigabytes.
        QStringList a, b;
        for (int i = 0; i < 20000; ++i) {
            a.append(u"left %1"_s.arg(i));
            b.append(u"right %1"_s.arg(i));
        }
        const QList<Edit> edits = diffLines(a, b);
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits.at(0).kind, EditKind::Delete);
        QCOMPARE(edits.at(0).count, 20000);
        QCOMPARE(edits.at(1).count, 20000);
    }
};

QTEST_GUILESS_MAIN(TestSequenceDiff)
#include "tst_sequencediff.moc"
