// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb convert IN OUT
int runConvert(const QStringList &arguments);

} // namespace Mwb::Cli
