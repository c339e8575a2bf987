// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Mwb::Kernel {

// The answer of the LLM judge (verification (d), mission_anchors.md §1.5 item 4): exactly
// "PASS: <reason>" or "ISSUE: <description> | FIX: <suggestion>".
struct JudgeVerdict
{
    bool passed = false;
    QString reason;     // PASS
    QString issue;      // ISSUE
    QString suggestion; // FIX

    // Reads the first line that starts with PASS: or ISSUE: (models sometimes add a preamble);
    // an answer in neither form is an error, never a pass.
    static Core::Result<JudgeVerdict> parse(const QString &answer);
};

} // namespace Mwb::Kernel
