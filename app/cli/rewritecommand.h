// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rewrite/rewriteoptions.h"

#include <QStringList>

namespace Mwb::Cli {

// mwb rewrite NOTEBOOK [-o OUT] [--catalog-manifest F] [--bucket-mapping F] [--json]
// mwb rewrite --manifest reports/<job>_manifest.json --output-base DIR [--no-skip-migrated] ...
int runRewrite(const QStringList &arguments);

struct LoadedOptions
{
    Rewrite::RewriteOptions rewrite;
    QString fingerprint;
    bool degraded = false; // an input file was unreadable: the run continues without it
};

// Bad catalog manifests and bucket mappings are reported and the run goes on without them (the
// notebook is still written): no remapping of 3-part names, s3:// paths left and flagged.
LoadedOptions loadOptions(const QString &catalogFile, const QString &bucketFile);

} // namespace Mwb::Cli
