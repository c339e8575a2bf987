// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/notebookdiff.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Mwb::Diff {

using Notebook::Cell;
using Notebook::CellKind;

namespace {

// What identifies a cell for anchoring: its kind and text.
QString cellKey(const Cell &cell)
{
    return QString::number(int(cell.kind)) + u'\x1f' + cell.source;
}

CellDiff pairOf(qsizetype left, qsizetype right, CellChange change)
{
    CellDiff cell;
    cell.left = left;
    cell.right = right;
    cell.change = change;
    return cell;
}

const Core::Json &member(const Cell &cell, const char *key)
{
    static const Core::Json null;
    const auto it = cell.extra.find(key);
    return it == cell.extra.end() ? null : *it;
}

void pairRegion(const QList<Cell> &leftCells, const QList<Cell> &rightCells, qsizetype leftFrom, qsizetype leftTo,
                qsizetype rightFrom, qsizetype rightTo, double minimumSimilarity, QList<CellDiff> &out)
{
    // Greedy in order: each old cell takes the most similar new cell that keeps the order.
    qsizetype nextRight = rightFrom;
    for (qsizetype i = leftFrom; i < leftTo; ++i) {
        const QStringList leftLines = splitLines(leftCells.at(i).source);
        qsizetype best = -1;
        double bestScore = minimumSimilarity;
        for (qsizetype j = nextRight; j < rightTo; ++j) {
            if (rightCells.at(j).kind != leftCells.at(i).kind) {
                continue;
            }
            const double score = lineSimilarity(leftLines, splitLines(rightCells.at(j).source));
            if (score >= bestScore && (best < 0 || score > bestScore)) {
                best = j;
                bestScore = score;
            }
        }
        if (best < 0) {
            out.append(pairOf(i, -1, CellChange::Removed));
            continue;
        }
        for (qsizetype j = nextRight; j < best; ++j) {
            out.append(pairOf(-1, j, CellChange::Added));
        }
        out.append(pairOf(i, best, CellChange::Modified));
        nextRight = best + 1;
    }
    for (qsizetype j = nextRight; j < rightTo; ++j) {
        out.append(pairOf(-1, j, CellChange::Added));
    }
}

} // namespace

qsizetype NotebookDiff::changedCells() const
{
    return std::count_if(cells.cbegin(), cells.cend(),
                         [](const CellDiff &c) { return c.change != CellChange::Unchanged; });
}

qsizetype NotebookDiff::changedLines() const
{
    qsizetype total = 0;
    for (const CellDiff &cell : cells) {
        total += std::count_if(cell.rows.cbegin(), cell.rows.cend(),
                               [](const DiffRow &r) { return r.kind != RowKind::Equal; });
    }
    return total;
}

QList<CellDiff> matchCells(const Notebook::Notebook &left, const Notebook::Notebook &right,
                           const NotebookDiffOptions &options)
{
    QList<CellDiff> out;
    const bool byPosition = options.matching == CellMatching::ByPosition
        || (options.matching == CellMatching::Automatic && left.cells.size() == right.cells.size());
    if (byPosition) {
        const qsizetype common = qMin(left.cells.size(), right.cells.size());
        for (qsizetype i = 0; i < common; ++i) {
            out.append(pairOf(i, i, CellChange::Modified));
        }
        for (qsizetype i = common; i < left.cells.size(); ++i) {
            out.append(pairOf(i, -1, CellChange::Removed));
        }
        for (qsizetype j = common; j < right.cells.size(); ++j) {
            out.append(pairOf(-1, j, CellChange::Added));
        }
        return out;
    }
    QHash<QString, int> ids;
    const auto idOf = [&ids](const Cell &cell) {
        const QString key = cellKey(cell);
        const auto it = ids.constFind(key);
        return it != ids.constEnd() ? it.value() : ids.insert(key, int(ids.size())).value();
    };
    QList<int> leftIds, rightIds;
    for (const Cell &cell : left.cells) {
        leftIds.append(idOf(cell));
    }
    for (const Cell &cell : right.cells) {
        rightIds.append(idOf(cell));
    }
    const QList<Edit> edits = diffSequences(leftIds, rightIds);
    for (qsizetype k = 0; k < edits.size(); ++k) {
        const Edit &e = edits.at(k);
        if (e.kind == EditKind::Equal) {
            for (qsizetype n = 0; n < e.count; ++n) {
                out.append(pairOf(e.a + n, e.b + n, CellChange::Modified));
            }
            continue;
        }
        // A changed region: a Delete run, an Insert run, or a Delete followed by an Insert.
        qsizetype leftFrom = e.a, leftTo = e.a, rightFrom = e.b, rightTo = e.b;
        if (e.kind == EditKind::Delete) {
            leftTo = e.a + e.count;
            rightFrom = rightTo = -1;
            if (k + 1 < edits.size() && edits.at(k + 1).kind == EditKind::Insert) {
                ++k;
                rightFrom = edits.at(k).b;
                rightTo = rightFrom + edits.at(k).count;
            }
        } else {
            rightTo = e.b + e.count;
            leftFrom = leftTo = 0;
        }
        if (rightFrom < 0) {
            rightFrom = rightTo = 0;
        }
        pairRegion(left.cells, right.cells, leftFrom, leftTo, rightFrom, rightTo, options.minimumSimilarity, out);
    }
    return out;
}

QList<DiffRow> alignLines(const QStringList &left, const QStringList &right, const LineDiffOptions &options)
{
    QList<DiffRow> rows;
    rows.reserve(qMax(left.size(), right.size()));
    const QList<Edit> edits = diffLines(left, right, options);
    for (qsizetype k = 0; k < edits.size(); ++k) {
        const Edit &e = edits.at(k);
        if (e.kind == EditKind::Equal) {
            for (qsizetype n = 0; n < e.count; ++n) {
                rows.append({.kind = RowKind::Equal, .leftLine = e.a + n, .rightLine = e.b + n, .chars = {}});
            }
            continue;
        }
        if (e.kind == EditKind::Insert) {
            for (qsizetype n = 0; n < e.count; ++n) {
                rows.append({.kind = RowKind::Added, .leftLine = -1, .rightLine = e.b + n, .chars = {}});
            }
            continue;
        }
        // Deletion, possibly followed by the insertion that replaces it: pair lines in order.
        const qsizetype deleted = e.count;
        qsizetype inserted = 0, insertedFrom = 0;
        if (k + 1 < edits.size() && edits.at(k + 1).kind == EditKind::Insert) {
            ++k;
            inserted = edits.at(k).count;
            insertedFrom = edits.at(k).b;
        }
        const qsizetype paired = qMin(deleted, inserted);
        for (qsizetype n = 0; n < paired; ++n) {
            const qsizetype l = e.a + n, r = insertedFrom + n;
            rows.append({.kind = RowKind::Changed, .leftLine = l, .rightLine = r,
                         .chars = diffChars(left.at(l), right.at(r))});
        }
        for (qsizetype n = paired; n < deleted; ++n) {
            rows.append({.kind = RowKind::Removed, .leftLine = e.a + n, .rightLine = -1, .chars = {}});
        }
        for (qsizetype n = paired; n < inserted; ++n) {
            rows.append({.kind = RowKind::Added, .leftLine = -1, .rightLine = insertedFrom + n, .chars = {}});
        }
    }
    return rows;
}

NotebookDiff diffNotebooks(const Notebook::Notebook &left, const Notebook::Notebook &right,
                           const NotebookDiffOptions &options)
{
    NotebookDiff diff;
    diff.cells = matchCells(left, right, options);
    const LineDiffOptions lineOptions {.ignoreWhitespace = options.ignoreWhitespace};
    for (CellDiff &cell : diff.cells) {
        const Cell *l = cell.left >= 0 ? &left.cells.at(cell.left) : nullptr;
        const Cell *r = cell.right >= 0 ? &right.cells.at(cell.right) : nullptr;
        cell.leftLines = l ? splitLines(l->source) : QStringList();
        cell.rightLines = r ? splitLines(r->source) : QStringList();
        cell.rows = alignLines(cell.leftLines, cell.rightLines, lineOptions);
        if (!l || !r) {
            continue; // Added or Removed as matched
        }
        cell.sourceChanged = l->kind != r->kind
            || std::any_of(cell.rows.cbegin(), cell.rows.cend(), [](const DiffRow &row) { return row.kind != RowKind::Equal; });
        cell.outputsChanged = !options.ignoreOutputs && member(*l, "outputs") != member(*r, "outputs");
        cell.metadataChanged = !options.ignoreMetadata && member(*l, "metadata") != member(*r, "metadata");
        cell.executionCountChanged
            = !options.ignoreExecutionCount && member(*l, "execution_count") != member(*r, "execution_count");
        const bool changed = cell.sourceChanged || cell.outputsChanged || cell.metadataChanged || cell.executionCountChanged;
        cell.change = changed ? CellChange::Modified : CellChange::Unchanged;
    }
    return diff;
}

} // namespace Mwb::Diff
