// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/notebook.h"

#include <algorithm>

namespace Mwb::Notebook {

int Notebook::nbformatMinor() const
{
    const auto it = extra.find("nbformat_minor");
    return it != extra.end() && it->is_number_integer() ? it->get<int>() : 5;
}

qsizetype Notebook::codeCellCount() const
{
    return std::count_if(cells.cbegin(), cells.cend(), [](const Cell &cell) { return cell.isCode(); });
}

} // namespace Mwb::Notebook
