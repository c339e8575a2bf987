// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/aidplogsource.h"

#include "kernel/aidpservice.h"
#include "kernel/tr.h"

namespace Mwb::Kernel {

QString AidpLogSource::describe() const
{
    return Tr::tr("AIDP driver logs of cluster %1").arg(m_service->target().cluster);
}

Core::Result<QStringList> AidpLogSource::failuresSince(const QDateTime &since)
{
    return m_service->searchDriverErrors(since.addSecs(-60), QDateTime::currentDateTimeUtc());
}

} // namespace Mwb::Kernel
