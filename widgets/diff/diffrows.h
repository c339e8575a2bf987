// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/notebookdiff.h"

#include <QList>
#include <QSet>

namespace Mwb::Widgets {

enum class DiffLayoutMode { SideBySide, Inline };

// One painted row of the diff view. Side-by-side: both panes paint the same rows, each its own
// side, so rows stay aligned by construction (a missing side is a filler row). Inline: one pane;
// a changed line pair becomes a removed row followed by an added row.
struct DiffViewRow
{
    enum class Type {
        CellHeader,      // "Cell 4 · python · modified" for cell `cell`
        Line,            // a line of cell `cell`, see `line`
        CollapsedLines,  // `count` unchanged lines of cell `cell` starting at line row `firstLine`
        CollapsedCells,  // `count` unchanged cells starting at cell `cell`
    };
    Type type = Type::Line;
    qsizetype cell = -1;      // index into NotebookDiff::cells
    qsizetype lineRow = -1;   // index into CellDiff::rows (Line rows)
    qsizetype count = 0;      // Collapsed* rows
    qsizetype firstLine = -1; // CollapsedLines: first hidden CellDiff::rows index
    // Inline mode only: which side of a Changed line pair this row shows.
    enum class InlineSide { Both, Left, Right };
    InlineSide inlineSide = InlineSide::Both;
    bool changeStart = false; // first row of a block of changed lines (next/previous change stops here)
};

struct DiffRowOptions
{
    DiffLayoutMode mode = DiffLayoutMode::SideBySide;
    bool hideUnchangedCells = true;
    // Unchanged lines shown around a change; longer unchanged runs collapse to one row.
    int contextLines = 3;
    // Collapsed regions the user expanded, as (cell, first hidden line row) and unchanged cell runs
    // by their first cell.
    QSet<QPair<qsizetype, qsizetype>> expandedLineRuns;
    QSet<qsizetype> expandedCellRuns;
};

QList<DiffViewRow> buildDiffRows(const Diff::NotebookDiff &diff, const DiffRowOptions &options);

} // namespace Mwb::Widgets
