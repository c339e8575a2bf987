// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/sparklogsource.h"

#include <memory>

namespace Mwb::Kernel {

class AidpService;

// Verification (c) on AIDP: the cluster's driver-log search, from a minute before the cell started
// (records reach the search late; the AIDP executor searches "the last minute") until now.
class AidpLogSource final : public SparkLogSource
{
public:
    explicit AidpLogSource(std::shared_ptr<AidpService> service) : m_service(std::move(service)) { }
    QString describe() const override;
    Core::Result<QStringList> failuresSince(const QDateTime &since) override;

private:
    std::shared_ptr<AidpService> m_service;
};

} // namespace Mwb::Kernel
