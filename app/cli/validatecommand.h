// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb validate --source URL|PROFILE --target URL|PROFILE [--tables a,b] [--sample N] [--seed S]
//              [--tolerance T.C=abs:X] [--allow-mismatch T=SHARE] [--no-schema] [--json]
//              [--report-dir D] [--events -] [--project DIR]
int runValidate(const QStringList &arguments);

} // namespace Mwb::Cli
