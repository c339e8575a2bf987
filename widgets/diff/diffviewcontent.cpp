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

} // namespace Mwb::Widgets
