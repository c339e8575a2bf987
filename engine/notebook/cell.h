// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "notebook/language.h"

#include <QString>

namespace Mwb::Notebook {

enum class CellKind { Code, Markdown, Raw };

// One notebook cell. The reader interprets only kind, source, title and id; everything else of
// the stored cell (metadata, outputs, attachments, execution_count, unknown keys) stays in
// `extra` and is written back untouched.
struct Cell
{
    CellKind kind = CellKind::Code;
    // The text as a Jupyter cell holds it: a code cell in another language than the notebook's
    // starts with its magic line ("%sql", "%run ./x"); a markdown cell holds only the markdown.
    QString source;
    QString title;          // Databricks cell title (DBTITLE / commandTitle); empty when none
    bool showTitle = false; // DBTITLE 1 vs DBTITLE 0
    QString id;             // nbformat 4.5 cell id; empty for older notebooks
    Core::Json extra = Core::Json::object();
    bool sourceAsString = false; // the .ipynb stored "source" as one string, not a list of lines

    // Language of this cell in a notebook whose plain code cells are `notebookLanguage`.
    Language language(Language notebookLanguage) const;
    // The first-line magic word ("sql", "run", "md-sandbox"), empty when none.
    QString magic() const;
    // The code without a whole-cell magic line ("%sql\nSELECT 1" -> "SELECT 1"); %run, %pip and
    // line magics are returned as they are, since the line is the code.
    QString body() const;

    bool isCode() const { return kind == CellKind::Code; }

    // Databricks keeps every cell as one command text whose first line may be a magic ("%md",
    // "%sql", ...). %md / %md-sandbox / %raw commands become markdown / raw cells without that line
    // (a non-default magic is remembered in metadata "mwb.magic"); everything else is code as is.
    static Cell fromDatabricksCommand(const QString &text);
    // The inverse: the command text of this cell.
    QString databricksCommandText() const;
    bool operator==(const Cell &other) const = default;
};

} // namespace Mwb::Notebook
