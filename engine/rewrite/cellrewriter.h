// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rewrite/changerecord.h"
#include "rewrite/lintfinding.h"
#include "rewrite/rewriteoptions.h"
#include "rewrite/rewriteresult.h"
#include "notebook/cell.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Mwb::Rewrite {

// What the rules of one cell may know about the rest of the notebook.
struct NotebookContext
{
    const RewriteOptions *options = nullptr;
    Notebook::Language notebookLanguage = Notebook::Language::Python;
    QSet<QString> tempViews; // lower case: never qualified with a catalog
    bool mergeSchema = false; // the notebook enables spark.databricks.delta.schema.autoMerge
    const QList<Notebook::Cell> *cells = nullptr; // the source cells, for `x.display()` typing
};

struct CellOutcome
{
    QString source; // the migrated cell text (unchanged when no rule fired)
    QList<ChangeRecord> changes;
    QList<LintFinding> problems; // bad input: unbalanced quotes, unknown magics, mixed indentation
    QStringList packages;
    QList<JobTrigger> jobTriggers;
    QList<UnmappedBucket> unmappedBuckets;
};

// Applies every cell-level rule of REWRITE_RULES.md to one cell (cellNumber is 1-based).
CellOutcome rewriteCell(const Notebook::Cell &cell, int cellNumber, const NotebookContext &context);

// The Databricks markers (REWRITE_RULES.md "Databricks markers") in the active code of a cell:
// comments and string contents do not count, except for path markers, which live in strings.
QStringList databricksMarkers(const QString &source, Notebook::Language language);

} // namespace Mwb::Rewrite
