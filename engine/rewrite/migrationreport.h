// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "rewrite/rewriteresult.h"

#include <QString>

namespace Mwb::Rewrite {

// What a per-notebook migration_report.md / .json describes.
struct ReportInput
{
    QString sourcePath;
    QString outputPath;
    const RewriteResult *result = nullptr;
};

QString reportMarkdown(const ReportInput &input);
Core::OrderedJson reportJson(const ReportInput &input);
Core::OrderedJson changeRecordJson(const ChangeRecord &change);
Core::OrderedJson lintFindingJson(const LintFinding &finding);

} // namespace Mwb::Rewrite
