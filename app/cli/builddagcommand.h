// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb build-dag --jobs-json FILE --workspace DIR [-o reports/]
int runBuildDag(const QStringList &arguments);

} // namespace Mwb::Cli
