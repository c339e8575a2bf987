// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/schemamodel.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace Mwb::Db {

// Tables in foreign-key order: parents before children (DATA_MIGRATION.md). Self-references are
// ignored; each cycle (A -> B -> A) is broken by dropping one of its edges, which is reported in
// brokenEdges as (child, parent). Breaking is safe because the copy loads with FK checks off or
// before the FKs exist, and the orphan check after the load sees every FK.
struct CopyOrder
{
    QStringList tables;
    QList<QPair<QString, QString>> brokenEdges;
};

CopyOrder copyOrder(const QList<Table> &tables);

} // namespace Mwb::Db
