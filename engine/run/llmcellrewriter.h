// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/anthropicclient.h"
#include "rewrite/llmrewritehook.h"

namespace Mwb::Run {

// The optional Pass-1 LLM rewrite (REWRITE_RULES.md "Deterministic first"): a cell that still carries
// Databricks markers after the rules goes to the LLM once, with resources/prompts/rewrite.md. The
// answer is the whole cell between <migrated_cell> tags; anything else (no tags, an error) keeps the
// cell as the rules left it, and the rewriter itself discards answers that drop code. Safe to call
// from the rewriter's worker threads: each call uses its own client.
class LlmCellRewriter final : public Rewrite::LlmRewriteHook
{
public:
    explicit LlmCellRewriter(Llm::LlmSettings settings);
    std::optional<QString> rewriteCell(const Rewrite::LlmCellRequest &request) override;

    // The cell between <migrated_cell> and </migrated_cell>; nullopt when the answer has no such block.
    static std::optional<QString> extractCell(const QString &answer);

private:
    Llm::LlmSettings m_settings;
};

} // namespace Mwb::Run
