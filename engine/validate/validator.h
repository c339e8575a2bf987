// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "validateoptions.h"
#include "validationreport.h"

namespace Mwb::Core {
class EventStream;
}

namespace Mwb::Validate {

// The engine entry point of `mwb validate` and of `mwb data start --validate` (after the copy):
// opens both sides, reads each in one read-only snapshot (PostgreSQL REPEATABLE READ, MySQL
// CONSISTENT SNAPSHOT, SQLite one read transaction), compares the schema after type mapping and
// every table's rows, and returns the report. Events: validate_started, validate_table (one per
// table), validate_schema, validate_finished. An Error means nothing could be compared
// (connection, catalog); differences are in the report (report.passed()).
Core::Result<ValidationReport> runValidation(const ValidationOptions &options, Core::EventStream &events);

} // namespace Mwb::Validate
