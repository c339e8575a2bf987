// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Mwb::Validate {

// Translation context of the validation module's user-visible strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mwb::Validate)
};

} // namespace Mwb::Validate
