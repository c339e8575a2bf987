// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::Widgets {

// Why a line changed: the rewriter's change record (rule id and reason, anchored on the source
// line it rewrote) or a reviewer finding (anchored on a migrated line), shown as the tooltip of
// every row of the change block that contains that line.
struct ChangeAnnotation
{
    qsizetype cell = -1; // 0-based cell index (the rewriter keeps cell indices on both sides)
    qsizetype line = -1; // 0-based line within that cell
    bool onSource = false; // line counts in the source (left) cell, else in the migrated cell
    QString ruleId;      // stable rule id, e.g. "widgets-get"; or a lint finding id
    QString reason;
    QString severity;    // empty for change records; "blocker", "important", "nit" for findings
};

} // namespace Mwb::Widgets
