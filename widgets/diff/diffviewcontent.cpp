// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/diffviewcontent.h"

namespace Mwb::Widgets {

qsizetype DiffViewContent::lineIndex(const DiffViewRow &row, bool rightSide) const
{
    if (row.type != DiffViewRow::Type::Line || row.cell < 0 || row.cell >= diff.cells.size()) {
        return -1;
    }
    const Diff::DiffRow &line = diff.cells.at(row.cell).rows.at(row.lineRow);
    return rightSide ? line.rightLine : line.leftLine;
}

QString DiffViewContent::lineText(const DiffViewRow &row, bool rightSide) const
{
    const qsizetype index = lineIndex(row, rightSide);
    if (index < 0) {
        return {};
    }
    const Diff::CellDiff &cell = diff.cells.at(row.cell);
    return rightSide ? cell.rightLines.at(index) : cell.leftLines.at(index);
}

QList<ChangeAnnotation> DiffViewContent::annotationsForRow(const DiffViewRow &row) const
{
    QList<ChangeAnnotation> out;
    if (row.type != DiffViewRow::Type::Line || row.cell < 0 || row.cell >= diff.cells.size()) {
        return out;
    }
    const Diff::CellDiff &cell = diff.cells.at(row.cell);
    qsizetype first = row.lineRow, last = row.lineRow;
    if (cell.rows.at(row.lineRow).kind != Diff::RowKind::Equal) {
        while (first > 0 && cell.rows.at(first - 1).kind != Diff::RowKind::Equal) {
            --first;
        }
        while (last + 1 < cell.rows.size() && cell.rows.at(last + 1).kind != Diff::RowKind::Equal) {
            ++last;
        }
    }
    for (qsizetype r = first; r <= last; ++r) {
        const Diff::DiffRow &line = cell.rows.at(r);
        if (line.leftLine >= 0 && cell.left >= 0) {
            const auto found = sourceAnnotations.values({cell.left, line.leftLine});
            out.append(QList<ChangeAnnotation>(found.crbegin(), found.crend()));
        }
        if (line.rightLine >= 0 && cell.right >= 0) {
            const auto found = migratedAnnotations.values({cell.right, line.rightLine});
            out.append(QList<ChangeAnnotation>(found.crbegin(), found.crend()));
        }
    }
    return out;
}

} // namespace Mwb::Widgets
