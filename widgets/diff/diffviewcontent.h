// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/changeannotation.h"
#include "diff/diffrows.h"
#include "diff/notebookdiff.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Mwb::Widgets {

// Everything the panes of one NotebookDiffView paint, shared read-only between them.
struct DiffViewContent
{
    Diff::NotebookDiff diff;
    QList<DiffViewRow> rows;
    QStringList leftLanguages;  // per left notebook cell: "python", "sql", ...
    QStringList rightLanguages; // per right notebook cell
    // Run status per right cell index ("OK", "FIXED 2", "FAILED"), when a run exists.
    QHash<qsizetype, QString> statusByRightCell;
    // Annotations by (right cell, line).
    QMultiHash<QPair<qsizetype, qsizetype>, ChangeAnnotation> annotations;

    // The text of a Line row on one side; empty when that side has no line (see lineIndex).
    QString lineText(const DiffViewRow &row, bool rightSide) const;
    // The 0-based line of that side's cell shown by a Line row, -1 for a filler.
    qsizetype lineIndex(const DiffViewRow &row, bool rightSide) const;
};

} // namespace Mwb::Widgets
