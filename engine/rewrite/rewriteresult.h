// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rewrite/changerecord.h"
#include "rewrite/lintfinding.h"
#include "notebook/notebook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mwb::Rewrite {

// An s3:// bucket without an entry in the bucket mapping: the run stops before writing anything.
struct UnmappedBucket
{
    QString bucket;
    int cell = 0;
    int line = 0;
    bool operator==(const UnmappedBucket &) const = default;
};

// A call that starts another Databricks job (job_call(<id>, ...)); unmapped ones are commented out
// and listed under "Unmapped Databricks Job Triggers".
struct JobTrigger
{
    QString databricksJobId;
    QString aidpJobId; // empty when unmapped
    int cell = 0;
    int line = 0;
    bool operator==(const JobTrigger &) const = default;
};

struct RewriteResult
{
    Notebook::Notebook notebook; // same cells, same order, as the source
    QList<ChangeRecord> changes;
    QList<LintFinding> lint;
    QStringList requiredPackages; // from %pip / !pip, in order of appearance
    QList<JobTrigger> jobTriggers;
    QList<UnmappedBucket> unmappedBuckets;
    QList<int> llmCandidates; // 1-based cells that still carry Databricks markers

    bool hasBlocker() const;
};

} // namespace Mwb::Rewrite
