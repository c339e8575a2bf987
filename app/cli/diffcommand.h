// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb diff A B [--html OUT]
int runDiff(const QStringList &arguments);

} // namespace Mwb::Cli
