// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb schema-copy --source URL|PROFILE --target-dialect sqlite|postgres|mysql [--output-dir D]
//                 [--include-tables a,b] [--exclude-tables a,b] [--apply URL|PROFILE] [--json]
int runSchemaCopy(const QStringList &arguments);

} // namespace Mwb::Cli
