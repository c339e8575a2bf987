// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/cellverification.h"
#include "kernel/executionresult.h"

#include <QDateTime>

#include <memory>

namespace Mwb::Kernel {

class CellJudge;
class SparkLogSource;

// Runs the four checks on one attempt at a cell. Without a Spark log source or a judge those
// checks are recorded as "not available".
class CellVerifier
{
public:
    void setSparkLogSource(std::shared_ptr<SparkLogSource> source) { m_spark = std::move(source); }
    void setJudge(std::shared_ptr<CellJudge> judge) { m_judge = std::move(judge); }
    bool hasSparkLogSource() const { return m_spark != nullptr; }

    // `startedAt` bounds the log search; `originalOutput` is the cell's Databricks output, if any.
    CellVerification verify(const QString &code, const ExecutionResult &result, const QDateTime &startedAt,
                            const QString &originalOutput = {}) const;

private:
    std::shared_ptr<SparkLogSource> m_spark;
    std::shared_ptr<CellJudge> m_judge;
};

} // namespace Mwb::Kernel
