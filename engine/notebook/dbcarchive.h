// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "notebook/notebook.h"

#include <QByteArray>
#include <QList>

namespace Mwb::Notebook {

// One notebook of a .dbc archive.
struct DbcEntry
{
    // Path inside the archive without the language extension ("shared/common_config"); a DBC
    // export of folder F holds "F/..." entries, so this is relative to the archive's folder.
    QString path;
    Notebook notebook;
};

// Databricks DBC archive: a ZIP of NotebookV1 JSON entries (protocols.md §3.4). Entries may also
// be base64-, gzip- or zlib-encoded, which some exporters produce; those are decoded.
Core::Result<QList<DbcEntry>> readDbc(const QByteArray &archive, const QString &fileName);
Core::Result<QList<DbcEntry>> readDbcFile(const QString &fileName);

Core::Result<void> writeDbcFile(const QString &fileName, const QList<DbcEntry> &entries);

// One NotebookV1 document <-> Notebook.
Core::Result<Notebook> readNotebookV1(const QByteArray &json, const QString &where);
QByteArray writeNotebookV1(const Notebook &notebook);

} // namespace Mwb::Notebook
