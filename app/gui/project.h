// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/result.h"
#include "project/projectmanifest.h"
#include "rewrite/pass1summary.h"

#include <QHash>

#include <QList>
#include <QString>

namespace Mwb::Gui {

// A project folder as the workbench reads it: the job manifests that "mwb build-dag -o <folder>/reports" wrote.
struct Project
{
    QString folder; // absolute
    QList<Widgets::ProjectManifest> manifests; // sorted by file name
    QList<Core::Error> errors; // manifests that could not be read; the rest still load
    // Where Pass 1 wrote the migrated notebooks: workbench.json's "output_base" (relative to the
    // project folder), else <folder>/migrated.
    QString outputBase;
    // What Pass 1 migrated, by job name and Databricks workspace path (from each job's
    // <output-base>/<job>/reports/pass1_summary.json).
    QHash<QString, QHash<QString, Rewrite::Pass1Notebook>> migrated;

    const Rewrite::Pass1Notebook *migratedNotebook(const QString &jobName, const QString &workspacePath) const;

    int jobCount() const;
    int taskCount() const;

    // Reads <folder>/reports/*_manifest.json (and what Pass 1 wrote under the output base), or <folder>/*_manifest.json when `folder` is the reports folder
    // itself, or the one manifest when `folder` names a file. Fails when the folder does not exist or holds no
    // readable manifest.
    static Core::Result<Project> load(const QString &folder);
};

} // namespace Mwb::Gui
