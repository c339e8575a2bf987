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
    // Annotations by (cell, line) of the side they are anchored on.
    QMultiHash<QPair<qsizetype, qsizetype>, ChangeAnnotation> sourceAnnotations;
    QMultiHash<QPair<qsizetype, qsizetype>, ChangeAnnotation> migratedAnnotations;

    // The annotations that explain a Line row: those anchored on any line of the block of changed
    // rows it belongs to (a rewritten line becomes its commented original plus the new line), or
    // on the row's own lines when it is unchanged.
    QList<ChangeAnnotation> annotationsForRow(const DiffViewRow &row) const;

    // The text of a Line row on one side; empty when that side has no line (see lineIndex).
    QString lineText(const DiffViewRow &row, bool rightSide) const;
    // The 0-based line of that side's cell shown by a Line row, -1 for a filler.
    qsizetype lineIndex(const DiffViewRow &row, bool rightSide) const;
};

} // namespace Mwb::Widgets
