// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb rewrite NOTEBOOK [-o OUT] [--catalog-manifest F] [--bucket-mapping F] [--json]
// mwb rewrite --manifest reports/<job>_manifest.json --output-base DIR [--no-skip-migrated] ...
int runRewrite(const QStringList &arguments);

} // namespace Mwb::Cli
