// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/result.h"
#include "project/projectmanifest.h"

#include <QList>
#include <QString>

namespace Mwb::Gui {

// A project folder as the workbench reads it: the job manifests that "mwb build-dag -o <folder>/reports" wrote.
struct Project
{
    QString folder; // absolute
    QList<Widgets::ProjectManifest> manifests; // sorted by file name
    QList<Core::Error> errors; // manifests that could not be read; the rest still load

    int jobCount() const;
    int taskCount() const;

    // Reads <folder>/reports/*_manifest.json, or <folder>/*_manifest.json when `folder` is the reports folder
    // itself, or the one manifest when `folder` names a file. Fails when the folder does not exist or holds no
    // readable manifest.
    static Core::Result<Project> load(const QString &folder);
};

} // namespace Mwb::Gui
