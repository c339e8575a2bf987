// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace Mwb::Widgets {

// The colour of a cell or run status, chosen to read on light and dark palettes alike (mid tones):
// OK/PASS green, FIXED blue, FAILED/FAIL red, PARTIAL/INTERRUPTED amber, SKIPPED grey; invalid for
// anything else ("not run yet").
QColor statusColor(const QString &status);

} // namespace Mwb::Widgets
