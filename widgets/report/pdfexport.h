// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Mwb::Report {

// Shared by `mwb report export --format pdf` and the GUI's report preview (library mwb_reportpdf: QtGui
// and mwb_report only, no widgets). Lays out an HTML page (report/markdownhtml.h) with QTextDocument on A4 pages and
// writes it as a PDF with QPdfWriter, atomically (QSaveFile). Needs a QGuiApplication (fonts).
Core::Result<void> writePdf(const QString &html, const QString &title, const QString &path);

} // namespace Mwb::Report
