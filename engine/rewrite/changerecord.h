// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::Rewrite {

// One change the rewriter made (REWRITE_RULES.md "Every change is explained"); the GUI diff view
// lists them. before/after are the changed snippets (a whole line for commented-out code).
struct ChangeRecord
{
    int cell = 0; // 1-based cell of the notebook
    int line = 0; // 1-based line of the source cell where the change starts
    QString ruleId;
    QString before;
    QString after;
    QString reason;
    bool operator==(const ChangeRecord &) const = default;
};

} // namespace Mwb::Rewrite
