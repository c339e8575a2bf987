// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/schemamodel.h"

#include <QStringList>

namespace Mwb::Db {

class Connection;

// After the copy, the next generated id of every identity / serial / AUTO_INCREMENT /
// AUTOINCREMENT column is set above both the copied maximum and the source's own high-water mark
// (sqlite_sequence, AUTO_INCREMENT, sequence value), so the application's next insert gets a fresh
// id (reliability.md §10 case 17; pgloader "reset sequences" misses identity columns, #1120).
// An empty table keeps its start value. Returns one line per column that was set.
Core::Result<QStringList> resetIdentities(Connection &target, const QList<Table> &sourceTables,
                                          const QList<Table> &targetTables);

} // namespace Mwb::Db
