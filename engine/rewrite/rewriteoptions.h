// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rewrite/bucketmapping.h"
#include "rewrite/catalogmanifest.h"

#include <QHash>
#include <QString>

#include <functional>

namespace Mwb::Rewrite {

class LlmRewriteHook;

struct RewriteOptions
{
    CatalogManifest catalogs;
    BucketMapping buckets;
    // False when the mapping file was given but unreadable: s3:// literals are then left alone
    // and flagged, instead of stopping the run (bad input must still produce a notebook).
    bool bucketMappingUsable = true;
    // db_to_aidp_job_map of the manifest: Databricks job id -> AIDP job id.
    QHash<QString, QString> jobMap;
    // Maps a %run / dbutils.notebook.run target as written in the notebook ("./lib/helpers") to
    // the path the migrated notebook must use. Unset: the written path with ".ipynb" added.
    // An empty answer leaves the reference alone.
    std::function<QString(const QString &target)> resolveTarget;
    // Output base of the job (manifest mode), for the doubled-output-base lint; may be empty.
    QString outputBase;
    LlmRewriteHook *llmHook = nullptr;
};

} // namespace Mwb::Rewrite
