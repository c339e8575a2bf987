// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/schemamodel.h"
#include "db/typemapping.h"

class QSqlDatabase;

namespace Mwb::Db {

// Runs the value scans that mapSchema needs for the columns where the declared type is not
// enough (MySQL tinyint(1), unsigned bigint, floats; SQLite storage classes). One aggregate
// query per table, so cost is one pass over each scanned table.
Core::Result<FactsMap> scanColumnFacts(const QSqlDatabase &db, const Schema &schema, DialectKind target);

} // namespace Mwb::Db
