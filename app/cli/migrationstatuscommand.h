// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb migration-status DIR_OR_REPORT [--json]
// DIR_OR_REPORT: a JOB_REPORT.md, a job folder (<job>/reports/JOB_REPORT.md) or an output base
// (<base>/<job>/reports/JOB_REPORT.md for every job). Exit code from the overall roll-up.
int runMigrationStatus(const QStringList &arguments);

} // namespace Mwb::Cli
