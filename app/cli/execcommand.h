// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mwb::Cli {

// mwb exec NOTEBOOK (--local | --jupyter URL | --aidp PROFILE) [--params k=v ...] [--events -]
int runExec(const QStringList &arguments);

} // namespace Mwb::Cli
