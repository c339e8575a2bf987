// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QStringList>

namespace Mwb::Kernel {

// Verification (c): where Spark reports failures that never reach the cell's output. AIDP: the
// cluster's driver-log search; a plain Jupyter server in front of Spark: the Spark REST API.
class SparkLogSource
{
public:
    virtual ~SparkLogSource() = default;
    virtual QString describe() const = 0;
    // Failures (driver error lines, failed stages) since `since`; empty when there were none. An
    // error means the source could not be asked, which is "not available", never "passed".
    virtual Core::Result<QStringList> failuresSince(const QDateTime &since) = 0;
};

} // namespace Mwb::Kernel
