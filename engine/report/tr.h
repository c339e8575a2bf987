// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Mwb::Report {

// Translation context of the module's user-visible strings (STYLE.md: a module Tr struct in
// non-QObject code).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mwb::Report)
};

} // namespace Mwb::Report
