// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/sequencediff.h"

#include <optional>
#include <span>
#include <vector>

namespace Mwb::Diff {

namespace {

struct Snake
{
    qsizetype x = 0, y = 0, u = 0, v = 0; // the middle snake runs from (x, y) to (u, v)
};

class MyersDiff
{
public:
    MyersDiff(std::span<const int> a, std::span<const int> b)
        : m_a(a)
        , m_b(b)
    {
        const qsizetype size = 2 * (qsizetype(a.size()) + qsizetype(b.size())) + 3;
        m_forward.resize(size_t(size));
        m_backward.resize(size_t(size));
    }

    // Appends the edit script of a[aLo, aHi) vs b[bLo, bHi) to out, as single-item edits.
    void run(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi, QList<Edit> &out)
    {
        while (aLo < aHi && bLo < bHi && m_a[size_t(aLo)] == m_b[size_t(bLo)]) {
            out.append({EditKind::Equal, aLo++, bLo++, 1});
        }
        qsizetype tailA = aHi, tailB = bHi;
        while (tailA > aLo && tailB > bLo && m_a[size_t(tailA - 1)] == m_b[size_t(tailB - 1)]) {
            --tailA;
            --tailB;
        }
        if (aLo == tailA) {
            for (qsizetype j = bLo; j < tailB; ++j) {
                out.append({EditKind::Insert, aLo, j, 1});
            }
        } else if (bLo == tailB) {
            for (qsizetype i = aLo; i < tailA; ++i) {
                out.append({EditKind::Delete, i, bLo, 1});
            }
        } else {
            const std::optional<Snake> found = middleSnake(aLo, tailA, bLo, tailB);
            if (!found) {
                // Too expensive and no useful split: the whole range is a replacement.
                for (qsizetype i = aLo; i < tailA; ++i) {
                    out.append({EditKind::Delete, i, bLo, 1});
                }
                for (qsizetype j = bLo; j < tailB; ++j) {
                    out.append({EditKind::Insert, tailA, j, 1});
                }
            } else {
            const Snake snake = *found;
            run(aLo, snake.x, bLo, snake.y, out);
            for (qsizetype i = 0; i < snake.u - snake.x; ++i) {
                out.append({EditKind::Equal, snake.x + i, snake.y + i, 1});
            }
            run(snake.u, tailA, snake.v, tailB, out);
            }
        }
        for (qsizetype i = 0; i < aHi - tailA; ++i) {
            out.append({EditKind::Equal, tailA + i, tailB + i, 1});
        }
    }

private:
    // Myers §4b: runs the forward and the reverse search until their furthest-reaching paths
    // overlap; the overlapping snake splits the problem into two halves of about D/2 each.
    //
    // Myers is O((N+M)·D): two unrelated 20,000-line texts would take billions of steps. Past
    // kMaxCost the search stops and splits at the furthest-reaching forward point instead (the
    // "too expensive" heuristic of GNU diff); the script stays correct, only possibly longer.
    std::optional<Snake> middleSnake(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi)
    {
        const qsizetype n = aHi - aLo, m = bHi - bLo;
        const qsizetype delta = n - m;
        const bool odd = (delta & 1) != 0;
        const qsizetype offset = n + m + 1; // index of diagonal k is k + offset
        const qsizetype maxD = (n + m + 1) / 2;
        m_forward[size_t(offset + 1)] = 0;
        m_backward[size_t(offset + 1)] = 0;
        for (qsizetype d = 0; d <= maxD; ++d) {
            if (d > kMaxCost) {
                return furthestForwardSplit(aLo, bLo, n, m, d - 1, offset);
            }
            for (qsizetype k = -d; k <= d; k += 2) {
                qsizetype x = (k == -d || (k != d && fwd(k - 1, offset) < fwd(k + 1, offset))) ? fwd(k + 1, offset)
                                                                                              : fwd(k - 1, offset) + 1;
                qsizetype y = x - k;
                const qsizetype startX = x, startY = y;
                while (x < n && y < m && m_a[size_t(aLo + x)] == m_b[size_t(bLo + y)]) {
                    ++x;
                    ++y;
                }
                m_forward[size_t(k + offset)] = x;
                // Reverse diagonal c = delta - k; overlap when the reverse path on k reached x.
                if (odd && k - delta >= -(d - 1) && k - delta <= d - 1 && x + bwd(delta - k, offset) >= n) {
                    return Snake {aLo + startX, bLo + startY, aLo + x, bLo + y};
                }
            }
            for (qsizetype c = -d; c <= d; c += 2) {
                qsizetype x = (c == -d || (c != d && bwd(c - 1, offset) < bwd(c + 1, offset))) ? bwd(c + 1, offset)
                                                                                              : bwd(c - 1, offset) + 1;
                qsizetype y = x - c;
                const qsizetype endX = x, endY = y;
                // x, y count from the end of both ranges.
                while (x < n && y < m && m_a[size_t(aHi - 1 - x)] == m_b[size_t(bHi - 1 - y)]) {
                    ++x;
                    ++y;
                }
                m_backward[size_t(c + offset)] = x;
                const qsizetype k = delta - c;
                if (!odd && k >= -d && k <= d && x + fwd(k, offset) >= n) {
                    return Snake {aHi - x, bHi - y, aHi - endX, bHi - endY};
                }
            }
        }
        // Unreachable for non-empty ranges: D <= N + M guarantees an overlap.
        return std::nullopt;
    }

    std::optional<Snake> furthestForwardSplit(qsizetype aLo, qsizetype bLo, qsizetype n, qsizetype m, qsizetype d,
                                              qsizetype offset) const
    {
        qsizetype bestX = -1, bestY = -1;
        for (qsizetype k = -d; k <= d; k += 2) {
            const qsizetype x = qMin(fwd(k, offset), n);
            const qsizetype y = x - k;
            if (y < 0 || y > m) {
                continue;
            }
            if (bestX < 0 || x + y > bestX + bestY) {
                bestX = x;
                bestY = y;
            }
        }
        if (bestX < 0 || (bestX == 0 && bestY == 0) || (bestX == n && bestY == m)) {
            return std::nullopt;
        }
        return Snake {aLo + bestX, bLo + bestY, aLo + bestX, bLo + bestY};
    }

    static constexpr qsizetype kMaxCost = 1024;

    qsizetype fwd(qsizetype k, qsizetype offset) const { return m_forward[size_t(k + offset)]; }
    qsizetype bwd(qsizetype k, qsizetype offset) const { return m_backward[size_t(k + offset)]; }

    std::span<const int> m_a, m_b;
    std::vector<qsizetype> m_forward, m_backward;
};

} // namespace

QList<Edit> normalizeEdits(const QList<Edit> &edits)
{
    // Within a changed region (between two equal runs) emit all deletions, then all insertions.
    QList<Edit> out;
    qsizetype i = 0;
    while (i < edits.size()) {
        if (edits.at(i).kind == EditKind::Equal) {
            const Edit &e = edits.at(i);
            if (!out.isEmpty() && out.last().kind == EditKind::Equal && out.last().a + out.last().count == e.a
                && out.last().b + out.last().count == e.b) {
                out.last().count += e.count;
            } else if (e.count > 0) {
                out.append(e);
            }
            ++i;
            continue;
        }
        Edit del {EditKind::Delete, -1, -1, 0};
        Edit ins {EditKind::Insert, -1, -1, 0};
        while (i < edits.size() && edits.at(i).kind != EditKind::Equal) {
            const Edit &e = edits.at(i);
            Edit &target = e.kind == EditKind::Delete ? del : ins;
            if (target.count == 0) {
                target.a = e.a;
                target.b = e.b;
            }
            target.count += e.count;
            ++i;
        }
        if (del.count > 0) {
            out.append(del);
        }
        if (ins.count > 0) {
            // An insertion after a deletion starts where the deletion ended in the old sequence.
            if (del.count > 0) {
                ins.a = del.a + del.count;
            }
            out.append(ins);
        }
    }
    return out;
}

QList<Edit> diffSequences(const QList<int> &a, const QList<int> &b)
{
    // Symbols that occur on one side only can never be part of a common subsequence: drop them
    // before the search (as GNU diff discards such lines) and put them back as deletions and
    // insertions afterwards. The LCS, hence the script length, is unchanged; unrelated texts
    // become trivial instead of Myers' worst case.
    int maxSymbol = -1;
    for (int s : a) {
        maxSymbol = qMax(maxSymbol, s);
    }
    for (int s : b) {
        maxSymbol = qMax(maxSymbol, s);
    }
    std::vector<char> inA(size_t(maxSymbol + 1), 0), inB(size_t(maxSymbol + 1), 0);
    for (int s : a) {
        inA[size_t(s)] = 1;
    }
    for (int s : b) {
        inB[size_t(s)] = 1;
    }
    QList<int> keptA, keptB;
    QList<qsizetype> indexA, indexB; // original positions of the kept symbols
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (inB[size_t(a.at(i))]) {
            keptA.append(a.at(i));
            indexA.append(i);
        }
    }
    for (qsizetype j = 0; j < b.size(); ++j) {
        if (inA[size_t(b.at(j))]) {
            keptB.append(b.at(j));
            indexB.append(j);
        }
    }
    QList<Edit> compact;
    MyersDiff diff(std::span<const int>(keptA.constData(), size_t(keptA.size())),
                   std::span<const int>(keptB.constData(), size_t(keptB.size())));
    diff.run(0, keptA.size(), 0, keptB.size(), compact);

    // Rebuild on the original positions: matched pairs are anchors; between two anchors all of a
    // is deleted and all of b inserted.
    QList<Edit> single;
    single.reserve(qMax(a.size(), b.size()));
    qsizetype ai = 0, bi = 0;
    const auto gapUntil = [&](qsizetype aEnd, qsizetype bEnd) {
        for (; ai < aEnd; ++ai) {
            single.append({EditKind::Delete, ai, bi, 1});
        }
        for (; bi < bEnd; ++bi) {
            single.append({EditKind::Insert, ai, bi, 1});
        }
    };
    for (const Edit &e : std::as_const(compact)) {
        if (e.kind != EditKind::Equal) {
            continue;
        }
        const qsizetype originalA = indexA.at(e.a), originalB = indexB.at(e.b);
        gapUntil(originalA, originalB);
        single.append({EditKind::Equal, ai++, bi++, 1});
    }
    gapUntil(a.size(), b.size());
    return normalizeEdits(single);
}

} // namespace Mwb::Diff
