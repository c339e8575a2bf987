// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/textdiff.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Mwb::Diff {

namespace {

QString normalizeWhitespace(const QString &line)
{
    QString out;
    out.reserve(line.size());
    bool inSpace = false;
    for (const QChar c : line) {
        if (c == u' ' || c == u'\t') {
            inSpace = true;
            continue;
        }
        if (inSpace && !out.isEmpty()) {
            out += u' ';
        }
        inSpace = false;
        out += c;
    }
    return out;
}

// Interns lines of both sides into one symbol table, so equal lines get equal ids.
void internLines(const QStringList &a, const QStringList &b, bool ignoreWhitespace, QList<int> &outA,
                 QList<int> &outB)
{
    QHash<QString, int> ids;
    ids.reserve(a.size() + b.size());
    const auto idOf = [&](const QString &line) {
        const QString key = ignoreWhitespace ? normalizeWhitespace(line) : line;
        const auto it = ids.constFind(key);
        if (it != ids.constEnd()) {
            return it.value();
        }
        const int id = int(ids.size());
        ids.insert(key, id);
        return id;
    };
    outA.reserve(a.size());
    outB.reserve(b.size());
    for (const QString &line : a) {
        outA.append(idOf(line));
    }
    for (const QString &line : b) {
        outB.append(idOf(line));
    }
}

qsizetype changedLength(const QList<Edit> &edits, qsizetype from, qsizetype step)
{
    qsizetype total = 0;
    for (qsizetype i = from; i >= 0 && i < edits.size() && edits.at(i).kind != EditKind::Equal; i += step) {
        total = qMax(total, edits.at(i).count);
    }
    return total;
}

// Semantic cleanup: an equality no longer than the largest change on either side of it is
// more likely a coincidence ("a" shared by "bar" and "baz") than structure; it becomes part of
// the change. Repeats until stable. The idea is the one Neil Fraser describes for
// diff-match-patch ("Diff Strategies", semantic cleanup); this is our own implementation.
QList<Edit> semanticCleanup(QList<Edit> edits)
{
    // Each pass folds every qualifying equality at once and regroups; a few passes settle it,
    // so long lines stay linear per pass instead of restarting after every fold.
    for (int pass = 0; pass < 16; ++pass) {
        QList<Edit> singles;
        singles.reserve(edits.size());
        bool folded = false;
        for (qsizetype i = 0; i < edits.size(); ++i) {
            const Edit &e = edits.at(i);
            if (e.kind == EditKind::Equal) {
                const qsizetype before = i > 0 ? changedLength(edits, i - 1, -1) : 0;
                const qsizetype after = i + 1 < edits.size() ? changedLength(edits, i + 1, +1) : 0;
                if (before == 0 || after == 0 || e.count > before || e.count > after) {
                    singles.append(e);
                    continue;
                }
                folded = true;
                // The equality becomes a deletion and an insertion of the same text.
                for (qsizetype k = 0; k < e.count; ++k) {
                    singles.append({EditKind::Delete, e.a + k, e.b, 1});
                }
                for (qsizetype k = 0; k < e.count; ++k) {
                    singles.append({EditKind::Insert, e.a + e.count, e.b + k, 1});
                }
                continue;
            }
            for (qsizetype k = 0; k < e.count; ++k) {
                singles.append({e.kind, e.kind == EditKind::Delete ? e.a + k : e.a,
                                e.kind == EditKind::Insert ? e.b + k : e.b, 1});
            }
        }
        if (!folded) {
            break;
        }
        edits = normalizeEdits(singles);
    }
    return edits;
}

} // namespace

QStringList splitLines(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n')) {
        lines.removeLast();
    }
    for (QString &line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    return lines;
}

QList<Edit> diffLines(const QStringList &a, const QStringList &b, const LineDiffOptions &options)
{
    QList<int> ia, ib;
    internLines(a, b, options.ignoreWhitespace, ia, ib);
    return diffSequences(ia, ib);
}

QList<Edit> diffCharacters(const QString &a, const QString &b)
{
    QList<int> ia, ib;
    ia.reserve(a.size());
    ib.reserve(b.size());
    for (const QChar c : a) {
        ia.append(c.unicode());
    }
    for (const QChar c : b) {
        ib.append(c.unicode());
    }
    return semanticCleanup(diffSequences(ia, ib));
}

CharDiff diffChars(const QString &a, const QString &b)
{
    CharDiff result;
    for (const Edit &e : diffCharacters(a, b)) {
        if (e.kind == EditKind::Delete) {
            result.removed.append({e.a, e.count});
        } else if (e.kind == EditKind::Insert) {
            result.added.append({e.b, e.count});
        }
    }
    return result;
}

double lineSimilarity(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() && b.isEmpty()) {
        return 1.0;
    }
    qsizetype matched = 0;
    for (const Edit &e : diffLines(a, b)) {
        if (e.kind == EditKind::Equal) {
            matched += e.count;
        }
    }
    return 2.0 * double(matched) / double(a.size() + b.size());
}

} // namespace Mwb::Diff
