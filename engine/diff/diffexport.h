// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/notebookdiff.h"

#include <QString>

namespace Mwb::Diff {

struct DiffExportInput
{
    const Notebook::Notebook *left = nullptr;
    const Notebook::Notebook *right = nullptr;
    QString leftTitle;
    QString rightTitle;
    const NotebookDiff *diff = nullptr;
    bool includeUnchangedCells = false;
    int contextLines = 3;
};

// One self-contained HTML page (inline CSS, no scripts, no external resources) showing the diff
// side by side the way the review desk does: a table per changed cell, removed and added lines
// tinted, changed characters marked with <del>/<ins>. The twin of the GUI's "Export diff".
QString renderDiffHtml(const DiffExportInput &input);

// Unified text diff per changed cell ("--- A cell 3", "+++ B cell 3", "@@ -1,4 +1,4 @@"), for terminals.
QString renderDiffText(const DiffExportInput &input);

} // namespace Mwb::Diff
