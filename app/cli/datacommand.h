// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb data start|status|resume (ARCHITECTURE.md "Command line", DATA_MIGRATION.md).
int runData(const QStringList &arguments);

} // namespace Mwb::Cli
