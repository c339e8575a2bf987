// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/durationtext.h"

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

QString durationText(qint64 seconds)
{
    if (seconds < 0) {
        return {};
    }
    const QChar zero(u'0');
    if (seconds >= 3600) {
        return u"%1:%2:%3"_s.arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, zero).arg(seconds % 60, 2, 10, zero);
    }
    return u"%1:%2"_s.arg(seconds / 60, 2, 10, zero).arg(seconds % 60, 2, 10, zero);
}

} // namespace Mwb::Widgets
