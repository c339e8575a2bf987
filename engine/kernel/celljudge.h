// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "kernel/judgeverdict.h"

#include <QString>

namespace Mwb::Kernel {

// What the judge sees of one attempt at a cell.
struct JudgeRequest
{
    QString code;           // the migrated cell
    QString output;         // its output as a reader sees it (ANSI removed)
    QString originalOutput; // the Databricks output stored in the source notebook; may be empty
    QString errorSummary;   // from checks (a)-(c); empty when they passed
};

// Verification (d): an LLM that compares a cell's output with the original and answers in the
// JudgeVerdict form. Only the interface lives here; the Anthropic-backed implementation comes with
// the migrate-job orchestration (engine/llm, engine/run).
class CellJudge
{
public:
    virtual ~CellJudge() = default;
    virtual QString describe() const = 0;
    virtual Core::Result<JudgeVerdict> judge(const JudgeRequest &request) = 0;
};

} // namespace Mwb::Kernel
