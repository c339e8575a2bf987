// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The validation fixture (issue 7): the same rows in every dialect, written by hand per dialect
// in the types the type mapping produces, so that a validation of any pair must find nothing.
//   matrix  integer key, one column per compared value family, NULL / '' / 'NULL', unicode
//   pairs   composite key (integer, text)
//   tags    text key (compared without key ranges)
//   journal no key, with a duplicate row (multiset comparison)

#include "core/result.h"
#include "db/connection.h"

#include <QStringList>

namespace Mwb::Test {

QStringList validationFixtureStatements(Db::DialectKind dialect);
Core::Result<void> execAll(const Db::Connection &connection, const QStringList &statements);
Core::Result<void> createValidationFixture(const Db::Connection &connection);

} // namespace Mwb::Test
