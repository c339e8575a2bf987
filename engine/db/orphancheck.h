// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/schemamodel.h"

#include <QHash>
#include <QString>

namespace Mwb::Db {

class Connection;

// After the load, before the foreign keys are created (reliability.md §10 case 16): rows whose
// foreign key points at no parent row are written to fk_violations.jsonl (key, values, the missing
// parent key) and removed from the target, so the FK can be created and every source row is still
// accounted for. Removing a parent can orphan its children, so passes repeat until one finds none.
// A rerun after a crash does not write a row twice (lines already in the file are skipped).
struct OrphanResult
{
    QHash<QString, qint64> removedByTable;
    qint64 total = 0;
};

Core::Result<OrphanResult> moveOrphans(Connection &target, const QList<Table> &tables, const QString &violationsFile,
                                       const QString &jobId);

} // namespace Mwb::Db
