// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/statuscolor.h"

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

QColor statusColor(const QString &status)
{
    if (status == u"OK" || status == u"PASS" || status == u"ALREADY_MIGRATED") {
        return QColor(0x3b, 0xa5, 0x5c);
    }
    if (status == u"FIXED") {
        return QColor(0x3d, 0x8b, 0xd8);
    }
    if (status == u"FAILED" || status == u"FAIL") {
        return QColor(0xd6, 0x45, 0x45);
    }
    if (status == u"PARTIAL" || status == u"INTERRUPTED") {
        return QColor(0xc8, 0x8a, 0x10);
    }
    if (status == u"SKIPPED") {
        return QColor(0x90, 0x90, 0x90);
    }
    return {};
}

} // namespace Mwb::Widgets
