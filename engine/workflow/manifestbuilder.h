// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "workflow/jobdefinition.h"
#include "workflow/manifest.h"
#include "workflow/workspace.h"

namespace Mwb::Workflow {

struct ManifestOptions
{
    int maxDepth = 10;        // nesting limit of %run / notebook.run discovery
    QString manifestDir;      // where the manifest will be written; "workspace" is stored relative to it
};

// Builds one job's manifest entry: resolves every notebook task in the workspace, follows %run
// and notebook.run targets recursively, and computes the execution layers from depends_on.
// A task notebook that is missing or unreadable, and a cycle in depends_on, are errors (with the
// position in the jobs file); a %run cycle is broken with a warning; missing %run targets are
// kept with "exists": false.
Core::Result<ManifestJob> buildManifestJob(const JobDefinition &job, const Workspace &workspace,
                                           const ManifestOptions &options = {});

} // namespace Mwb::Workflow
