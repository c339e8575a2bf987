// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/schemamodel.h"
#include "validationreport.h"

#include <QList>
#include <QStringList>

namespace Mwb::Validate {

// Compares the target's schema with what the type mapping (db/typemapping.h) makes of the
// source's: columns, types, nullability, defaults, primary key, unique, checks, foreign keys,
// indexes, views and triggers. A difference between source and target that the mapping
// predicts (REAL -> double precision, a CHECK the target cannot express) is kept apart as
// "expected by the mapping"; anything else is a real difference.
class SchemaComparer
{
public:
    // `tables`: source tables to compare (empty = all).
    static QList<SchemaDifference> compare(const Db::Schema &source, const Db::Schema &target, const QStringList &tables);
};

} // namespace Mwb::Validate
