// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::Widgets {

// Why a line of the migrated notebook changed: the rewriter's change record (rule id and reason)
// or a reviewer finding, shown as the tooltip of that line in the diff view.
struct ChangeAnnotation
{
    qsizetype cell = -1; // cell index in the migrated (right) notebook
    qsizetype line = -1; // 0-based line within that cell
    QString ruleId;      // stable rule id, e.g. "widgets-get"; or a lint finding id
    QString reason;
    QString severity;    // empty for change records; "blocker", "warning", "info" for findings
};

} // namespace Mwb::Widgets
