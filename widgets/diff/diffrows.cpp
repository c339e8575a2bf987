// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/diffrows.h"

namespace Mwb::Widgets {

using Diff::CellChange;
using Diff::CellDiff;
using Diff::RowKind;

namespace {

void appendLineRows(const CellDiff &cell, qsizetype cellIndex, const DiffRowOptions &options,
                    QList<DiffViewRow> &out)
{
    const qsizetype n = cell.rows.size();
    // Which line rows stay visible: every change and `contextLines` around it; a whole added or
    // removed cell shows all its lines.
    QList<bool> visible(n, cell.change != CellChange::Modified);
    for (qsizetype i = 0; i < n; ++i) {
        if (cell.rows.at(i).kind == RowKind::Equal) {
            continue;
        }
        for (qsizetype k = qMax<qsizetype>(0, i - options.contextLines); k <= qMin(n - 1, i + options.contextLines); ++k) {
            visible[k] = true;
        }
    }
    // A modified cell without source changes (outputs or metadata only) shows its source.
    if (cell.change == CellChange::Modified && !cell.sourceChanged) {
        visible.fill(true);
    }
    qsizetype i = 0;
    while (i < n) {
        if (!visible.at(i)) {
            qsizetype end = i;
            while (end < n && !visible.at(end)) {
                ++end;
            }
            // Hiding a single line saves nothing: show it.
            if (end - i > 1 && !options.expandedLineRuns.contains({cellIndex, i})) {
                DiffViewRow row;
                row.type = DiffViewRow::Type::CollapsedLines;
                row.cell = cellIndex;
                row.firstLine = i;
                row.count = end - i;
                out.append(row);
                i = end;
                continue;
            }
            for (; i < end; ++i) {
                DiffViewRow row;
                row.cell = cellIndex;
                row.lineRow = i;
                out.append(row);
            }
            continue;
        }
        const RowKind kind = cell.rows.at(i).kind;
        if (options.mode == DiffLayoutMode::Inline && kind != RowKind::Equal) {
            // Inline reads like a unified diff: the block's old lines, then its new lines.
            qsizetype end = i;
            while (end < n && visible.at(end) && cell.rows.at(end).kind != RowKind::Equal) {
                ++end;
            }
            bool first = true;
            for (const bool newSide : {false, true}) {
                for (qsizetype k = i; k < end; ++k) {
                    const RowKind rowKind = cell.rows.at(k).kind;
                    const bool hasSide = newSide ? rowKind != RowKind::Removed : rowKind != RowKind::Added;
                    if (!hasSide) {
                        continue;
                    }
                    DiffViewRow row;
                    row.cell = cellIndex;
                    row.lineRow = k;
                    row.inlineSide = rowKind == RowKind::Changed
                        ? (newSide ? DiffViewRow::InlineSide::Right : DiffViewRow::InlineSide::Left)
                        : DiffViewRow::InlineSide::Both;
                    row.changeStart = first && (i == 0 || cell.rows.at(i - 1).kind == RowKind::Equal);
                    first = false;
                    out.append(row);
                }
            }
            i = end;
            continue;
        }
        const bool start = kind != RowKind::Equal && (i == 0 || cell.rows.at(i - 1).kind == RowKind::Equal);
        DiffViewRow row;
        row.cell = cellIndex;
        row.lineRow = i;
        row.changeStart = start;
        out.append(row);
        ++i;
    }
}

} // namespace

QList<DiffViewRow> buildDiffRows(const Diff::NotebookDiff &diff, const DiffRowOptions &options)
{
    QList<DiffViewRow> out;
    const qsizetype cells = diff.cells.size();
    qsizetype c = 0;
    while (c < cells) {
        const CellDiff &cell = diff.cells.at(c);
        if (cell.change == CellChange::Unchanged && options.hideUnchangedCells) {
            qsizetype end = c;
            while (end < cells && diff.cells.at(end).change == CellChange::Unchanged) {
                ++end;
            }
            if (!options.expandedCellRuns.contains(c)) {
                DiffViewRow row;
                row.type = DiffViewRow::Type::CollapsedCells;
                row.cell = c;
                row.count = end - c;
                out.append(row);
                c = end;
                continue;
            }
        }
        DiffViewRow header;
        header.type = DiffViewRow::Type::CellHeader;
        header.cell = c;
        // A cell whose change is not in its lines (outputs, metadata) is itself a change stop.
        header.changeStart = cell.change != CellChange::Unchanged && !cell.sourceChanged
            && cell.change == CellChange::Modified;
        out.append(header);
        appendLineRows(cell, c, options, out);
        ++c;
    }
    return out;
}

} // namespace Mwb::Widgets
