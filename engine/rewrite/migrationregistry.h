// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

namespace Mwb::Rewrite {

// <output-base>/<job>/migration_registry.json: what Pass 1 already migrated, so a second run
// skips it (mission_anchors.md §1.3 "Resume state"). Key: the canonical /Workspace/... source path
// with spaces as "_". A corrupt registry is moved aside and the run redoes everything (the safe
// choice, ARCHITECTURE.md "State on disk").
class MigrationRegistry
{
public:
    struct Entry
    {
        QString migratedPath;
        QString jobName;
        QString status; // "migrated"
        QString timestamp;
        QString kind;   // "task" or "dependency"
        QString fingerprint; // hash of the source cells and the rewrite options
        QString outputHash;  // SHA-256 of the migrated file as written
    };

    // A missing file is an empty registry; a corrupt one is quarantined and `warning` says so.
    static MigrationRegistry load(const QString &path, QString *warning);
    Core::Result<void> save(const QString &path) const;

    static QString keyFor(const QString &workspacePath);

    static QString hashOf(const QByteArray &bytes);

    // Migrated before from the same source with the same options, and the output file is still
    // the one written then (same SHA-256): a file lost or torn by a crash is redone.
    bool isCurrent(const QString &key, const QString &fingerprint) const;
    void record(const QString &key, const Entry &entry) { m_entries.insert(key, entry); }
    const QHash<QString, Entry> &entries() const { return m_entries; }

private:
    QHash<QString, Entry> m_entries;
};

} // namespace Mwb::Rewrite
