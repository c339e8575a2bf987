// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/manifest.h"

#include <QString>

namespace Mwb::Widgets {

// One reports/<job>_manifest.json of a project as the window read it: the ProjectModel is fed these, it never
// reads files itself (STYLE.md: models are fed, they do not fetch).
struct ProjectManifest
{
    QString filePath; // absolute path of the manifest file; a job's `workspace` is relative to its folder
    Workflow::Manifest manifest;
};

} // namespace Mwb::Widgets
