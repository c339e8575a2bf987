// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "notebook/cell.h"
#include "notebook/language.h"

#include <QList>
#include <QString>

namespace Mwb::Notebook {

// A notebook in any of the supported formats. Readers fill the interpreted fields; whatever they
// do not interpret stays in `extra` (for .ipynb: every top-level key but "cells").
struct Notebook
{
    QString name;                         // notebook name, no folder, no extension
    Language language = Language::Python; // language of plain code cells
    QList<Cell> cells;
    Core::Json extra = Core::Json::object();

    int nbformatMinor() const;
    qsizetype codeCellCount() const;
    bool operator==(const Notebook &other) const = default;
};

} // namespace Mwb::Notebook
