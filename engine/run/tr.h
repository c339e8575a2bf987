// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Mwb::Run {

// Translation context of the module's user-visible strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mwb::Run)
};

} // namespace Mwb::Run
