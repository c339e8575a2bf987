// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/celljudge.h"
#include "llm/anthropicclient.h"

#include <memory>

namespace Mwb::Llm {

// Verification (d) backed by the Messages API (mission_anchors.md §1.5 item 4): compares a cell's
// output with its original Databricks output and answers "PASS: ..." or "ISSUE: ... | FIX: ...".
// The prompt lives in resources/prompts/judge.md. An answer in neither form is an error (the check
// is then recorded as not available, never as passed). One judge per thread.
class LlmJudge final : public Kernel::CellJudge
{
public:
    explicit LlmJudge(LlmSettings settings);
    QString describe() const override;
    Core::Result<Kernel::JudgeVerdict> judge(const Kernel::JudgeRequest &request) override;

private:
    AnthropicClient m_client;
};

// A prompt from the resources (":/mwb/prompts/<name>.md").
QString promptText(const QString &name);

} // namespace Mwb::Llm
