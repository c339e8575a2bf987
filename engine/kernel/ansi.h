// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::Kernel {

// `text` without ANSI escape sequences. Jupyter tracebacks and coloured stream output carry them:
// reports and pattern checks use the stripped text, displays keep the original.
QString stripAnsi(const QString &text);

} // namespace Mwb::Kernel
