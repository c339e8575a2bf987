// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Mwb::Notebook {

// The language of a cell. Python/Sql/Scala/R can also be a notebook's default language.
enum class Language {
    Python,
    Sql,
    Scala,
    R,
    Markdown,
    Shell, // %sh, %%bash, %%sh
    Pip,   // %pip, !pip
    Run,   // %run <notebook>
    Fs,    // %fs <dbutils.fs command>
    Raw,
};

// Stable lowercase names used in manifests, reports and the GUI: "python", "sql", "scala", "r",
// "markdown", "sh", "pip", "run", "fs", "raw".
QString languageName(Language language);
std::optional<Language> languageFromName(QStringView name);

// Default language of a notebook from a Databricks/Jupyter name ("python", "PYTHON", "sql", "scala",
// "r", "R"); nullopt for anything else.
std::optional<Language> notebookLanguageFromName(QStringView name);

// The magic word of a cell's first line without the percent signs ("%%scala x" -> "scala",
// "%md-sandbox" -> "md-sandbox"); empty when the line is not a magic.
QString magicWord(QStringView firstLine);

// Language selected by a cell magic word; nullopt for line magics that stay in the notebook's
// language (%matplotlib, %timeit, ...).
std::optional<Language> languageOfMagic(QStringView word);

// Line comment of a notebook language in Databricks source files: "#", "--" or "//".
QString lineCommentPrefix(Language notebookLanguage);

} // namespace Mwb::Notebook
