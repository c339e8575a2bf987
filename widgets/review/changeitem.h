// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Mwb::Widgets {

// One row of the "Changes & findings" dock: a rewrite change record or a reviewer lint finding
// (REWRITE_RULES.md: {cell, line, rule_id, before, after, reason}; findings add a severity).
struct ChangeItem
{
    enum class Kind { Change, Finding };
    Kind kind = Kind::Change;
    QString notebook;     // migrated notebook file, so a job-wide list can open the right review
    qsizetype cell = -1;  // 0-based cell index in the migrated notebook
    qsizetype line = -1;  // 0-based line in that cell, -1 for the whole cell
    QString ruleId;
    QString severity;     // findings: "blocker", "important", "nit"; empty for changes
    QString reason;
    QString before;
    QString after;
    QString sourceNotebook; // the source notebook file of `notebook` (job-wide lists open its review)
};

} // namespace Mwb::Widgets

Q_DECLARE_METATYPE(Mwb::Widgets::ChangeItem)
