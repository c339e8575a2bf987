// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Mwb::History {

// Translation context of the module's user-visible strings (STYLE.md: a module Tr struct in
// non-QObject code); one per module so that lupdate and the runtime agree on "Mwb::History".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mwb::History)
};

} // namespace Mwb::History
