// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "notebook/notebook.h"

#include <QByteArray>

namespace Mwb::Notebook {

// Databricks SOURCE export (.py, .sql, .scala, .r), protocols.md §3.2:
//   <c> Databricks notebook source
//   <c> DBTITLE 1,<title>            (optional, first line of a cell)
//   <c> MAGIC %sql                   (cells in another language / magics: every line prefixed)
//   <blank> <c> COMMAND ---------- <blank>   between cells
// where <c> is "#" for Python and R, "--" for SQL, "//" for Scala.

// Language of a source file from its extension; nullopt when it is not one of the four.
std::optional<Language> sourceLanguageForSuffix(const QString &suffix);

Core::Result<Notebook> readDatabricksSource(const QByteArray &bytes, const QString &fileName);

// Writes `notebook` as a source file of `fileLanguage` (the extension's language). Code cells in
// another language than the file's get the matching magic line, so nothing changes meaning.
QByteArray writeDatabricksSource(const Notebook &notebook, Language fileLanguage);

} // namespace Mwb::Notebook
