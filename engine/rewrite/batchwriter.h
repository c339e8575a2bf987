// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Mwb::Rewrite {

// Writes the many output files of a Pass-1 run (notebooks, reports) without an fsync per file:
// each file is written to a temporary name and renamed over the target, so a reader never sees
// half a file. Durability comes from the registry instead: it is written atomically (with fsync)
// and records each notebook's SHA-256, and a later run skips a notebook only when the file on disk
// still has that hash, so a notebook lost in a crash is redone. One fsync per file made the
// 10,000-cell bench spend 80 % of its wall time waiting for the disk.
class BatchWriter
{
public:
    static Core::Result<void> write(const QString &path, const QByteArray &data);
};

} // namespace Mwb::Rewrite
