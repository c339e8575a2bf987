// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notebook/cell.h"

#include <QString>

namespace Mwb::Widgets {

// The text a reader sees of a code cell's stored outputs (nbformat 4 "outputs"): stream text, the text/plain of
// execute_result and display_data, and "ename: evalue" of errors, in order, ANSI colour codes removed.
// Empty when the cell has no textual output.
QString cellOutputText(const Notebook::Cell &cell);

} // namespace Mwb::Widgets
