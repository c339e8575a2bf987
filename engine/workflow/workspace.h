// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "notebook/notebook.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Mwb::Workflow {

// An exported Databricks workspace on disk: a folder of notebooks in any supported format, where a
// DBC archive "dir/x.dbc" contributes its entries under "dir/" (a DBC export of folder F holds
// "F/..." entries).
class Workspace
{
public:
    explicit Workspace(const QString &rootDir);

    QString rootDir() const { return m_root; }

    struct Location
    {
        QString filePath;     // absolute; "archive.dbc!entry" for a notebook inside an archive
        QString relativePath; // relative to the workspace root, as written to manifests
    };

    // Finds the file of a Databricks workspace path ("/Repos/etl/ingest", "/Workspace/Users/u/x",
    // "etl/ingest.py"): the longest suffix of the path that names a notebook under the root wins,
    // trying the extensions .py .sql .scala .r .ipynb and DBC entries. `tried` lists the candidates.
    std::optional<Location> resolve(const QString &workspacePath, QStringList *tried = nullptr) const;

    // Reads (and caches) the notebook at a resolved location.
    Core::Result<Notebook::Notebook> load(const Location &location) const;

    // Clean absolute workspace path of a %run / notebook.run target written in the notebook at
    // `fromWorkspacePath`: "./x" and "../x" and "x" are relative to its folder.
    static QString absoluteTarget(const QString &fromWorkspacePath, const QString &target);

    // Warnings collected while indexing (unreadable DBC archives).
    QStringList warnings() const { return m_warnings; }

private:
    void indexArchives();

    QString m_root;
    QHash<QString, QString> m_archiveEntries; // relative notebook path (no extension) -> "archive.dbc!entry"
    QStringList m_warnings;
    mutable QHash<QString, Core::Result<Notebook::Notebook>> m_cache;
};

} // namespace Mwb::Workflow
