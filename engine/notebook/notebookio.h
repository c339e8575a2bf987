// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "notebook/notebook.h"

#include <QString>

#include <optional>

namespace Mwb::Notebook {

enum class Format { Ipynb, DatabricksSource, Dbc };

// Format from a file name's extension (.ipynb; .py/.sql/.scala/.r; .dbc).
std::optional<Format> formatForPath(const QString &path);

// Reads a notebook file of any supported format. A .dbc archive must hold exactly one notebook,
// or the path names one entry as "archive.dbc!folder/notebook".
Core::Result<Notebook> readNotebookFile(const QString &path);
Core::Result<Notebook> readNotebookBytes(const QByteArray &bytes, const QString &path);

// Serialises into the format of `path`'s extension and writes atomically.
Core::Result<void> writeNotebookFile(const Notebook &notebook, const QString &path);
Core::Result<QByteArray> serializeNotebook(const Notebook &notebook, const QString &path);

} // namespace Mwb::Notebook
