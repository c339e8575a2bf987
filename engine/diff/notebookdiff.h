// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/textdiff.h"
#include "notebook/notebook.h"

#include <QList>
#include <QStringList>

namespace Mwb::Diff {

enum class CellMatching {
    // Cell i of one side is cell i of the other: the rewriter never drops or reorders cells
    // (REWRITE_RULES.md "Never lose code"), so a source/migrated pair aligns by position.
    ByPosition,
    // Identical cells anchor the alignment (an LCS over whole cells); the cells between two
    // anchors are paired in order when similar enough, else shown as removed and added.
    BySimilarity,
    // ByPosition when both sides have the same number of cells, else BySimilarity.
    Automatic,
};

struct NotebookDiffOptions
{
    CellMatching matching = CellMatching::Automatic;
    bool ignoreWhitespace = false;
    // WORKBENCH_UI.md: outputs, metadata and execution counts are ignored by default.
    bool ignoreOutputs = true;
    bool ignoreMetadata = true;
    bool ignoreExecutionCount = true;
    // Two cells whose line similarity is below this are not paired by BySimilarity.
    double minimumSimilarity = 0.5;
};

enum class CellChange { Unchanged, Modified, Added, Removed };
enum class RowKind { Equal, Changed, Removed, Added };

// One aligned row of a side-by-side view: a line on the left, on the right, or both. A missing
// side (-1) is a filler row, so both sides always have the same number of rows.
struct DiffRow
{
    RowKind kind = RowKind::Equal;
    qsizetype leftLine = -1;
    qsizetype rightLine = -1;
    CharDiff chars; // for Changed rows: the differing characters of both lines
};

struct CellDiff
{
    qsizetype left = -1;  // cell index in the old notebook, -1 when added
    qsizetype right = -1; // cell index in the new notebook, -1 when removed
    CellChange change = CellChange::Unchanged;
    QStringList leftLines;
    QStringList rightLines;
    QList<DiffRow> rows;
    bool sourceChanged = false;
    bool outputsChanged = false;        // only computed when outputs are not ignored
    bool metadataChanged = false;       // idem for metadata
    bool executionCountChanged = false; // idem for execution counts
};

struct NotebookDiff
{
    QList<CellDiff> cells;
    qsizetype changedCells() const;
    qsizetype changedLines() const; // rows that are not Equal
};

// Pairs the cells of two notebooks (see CellMatching); each pair's `change` is left for the caller.
QList<CellDiff> matchCells(const Notebook::Notebook &left, const Notebook::Notebook &right,
                           const NotebookDiffOptions &options = {});

// Aligned rows of two texts (line diff, then a character diff for each changed line pair).
QList<DiffRow> alignLines(const QStringList &left, const QStringList &right, const LineDiffOptions &options = {});

NotebookDiff diffNotebooks(const Notebook::Notebook &left, const Notebook::Notebook &right,
                           const NotebookDiffOptions &options = {});

} // namespace Mwb::Diff
