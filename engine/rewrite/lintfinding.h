// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::Rewrite {

// Reviewer lint (REWRITE_RULES.md "Reviewer lint") and bad-input findings ("input.*" ids).
enum class Severity { Blocker, Important, Nit };

QString severityName(Severity severity); // "blocker", "important", "nit"

struct LintFinding
{
    QString id; // stable, e.g. "lint.leftover_dbutils", "input.unbalanced_quote"
    Severity severity = Severity::Nit;
    int cell = 0; // 1-based; 0 = the whole notebook
    int line = 0; // 1-based line in the migrated cell; 0 = unknown
    QString message;
    bool operator==(const LintFinding &) const = default;
};

} // namespace Mwb::Rewrite
