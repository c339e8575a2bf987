// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb history [list|show RUN_ID] [--json] [--project DIR] [--kind K] [--status S] [--limit N]
// Reads <project>/.mwb/history.sqlite (never creates it). Exit 1 when the project has no history or
// the run id is unknown, 2 on usage errors.
int runHistory(const QStringList &arguments);

} // namespace Mwb::Cli
