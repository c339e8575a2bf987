// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb report export RUN_ID --format md|html|pdf [-o OUT] [--project DIR]
// The run's report (report/runreport.h) as Markdown, one self-contained HTML page, or a PDF laid
// out from that page. md and html go to stdout without -o; pdf needs -o. The pdf format needs a
// QGuiApplication, which main() creates for this subcommand (offscreen unless a platform is given).
int runReport(const QStringList &arguments);

// Whether these arguments (argv without the program) ask for a PDF, so main() knows to start a
// QGuiApplication instead of a QCoreApplication.
bool reportNeedsGui(const QStringList &arguments);

} // namespace Mwb::Cli
