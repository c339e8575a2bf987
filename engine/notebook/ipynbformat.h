// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "notebook/notebook.h"

#include <QByteArray>

namespace Mwb::Notebook {

// Jupyter .ipynb, nbformat 4.0-4.5 (protocols.md §4).
//
// Reading keeps every key it does not interpret. Writing follows nbformat's own JSON writer
// (indent 1, sorted keys, ensure_ascii=False, trailing newline), so a file saved by Jupyter comes
// back byte for byte; sources keep the string-or-list shape they were read with.
Core::Result<Notebook> readIpynb(const QByteArray &bytes, const QString &fileName);
QByteArray writeIpynb(const Notebook &notebook);

// A new, empty notebook's top-level keys for nbformat 4.5 in the given language.
Core::Json defaultIpynbExtra(const QString &name, Language language);

} // namespace Mwb::Notebook
