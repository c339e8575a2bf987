// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notebook/language.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Mwb::Rewrite {

// What the optional Pass-1 LLM rewrite sees for a cell that still carries Databricks markers
// after the deterministic rules (REWRITE_RULES.md "Deterministic first").
struct LlmCellRequest
{
    QString notebookName;
    int cell = 0;                // 1-based
    Notebook::Language language; // of the cell
    QString source;              // the cell after the rules
    QStringList markers;         // the Databricks markers still present ("dbutils.fs", "/mnt/", ...)
};

// Interface only: implemented with the LLM client in the migrate-job issue. A hook returns the
// new cell text, or nullopt to keep the cell as the rules left it. The rewriter discards an answer
// that drops a line instead of keeping it or commenting it out (lint "llm.rejected").
class LlmRewriteHook
{
public:
    virtual ~LlmRewriteHook() = default;
    virtual std::optional<QString> rewriteCell(const LlmCellRequest &request) = 0;
};

} // namespace Mwb::Rewrite
