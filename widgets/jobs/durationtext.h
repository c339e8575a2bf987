// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::Widgets {

// "mm:ss", or "h:mm:ss" from an hour on; empty for a negative (unknown) duration.
QString durationText(qint64 seconds);

} // namespace Mwb::Widgets
