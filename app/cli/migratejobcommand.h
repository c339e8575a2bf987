// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb migrate-job --manifest reports/<job>_manifest.json (--local | --jupyter URL | --aidp PROFILE)
//                 --output-base DIR [--jobs a,b] [--start-task S] [--only-tasks a,b] ...
int runMigrateJob(const QStringList &arguments);

} // namespace Mwb::Cli
