// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Mwb::Rewrite {

struct RewriteOptions;

// A storage path change inside string-literal text (path.dbfs, path.s3).
struct PathEdit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    QString before;
    QString ruleId;
    QString reason;
};

struct PathEdits
{
    QList<PathEdit> edits;
    QStringList unmapped; // s3 buckets without a mapping entry
};

// The path rules over text[from, to) (a string literal's content or a %sh script). In an
// interpolated string a bucket made of placeholders ({bucket}, $bucket) is left alone.
PathEdits pathEdits(QStringView text, qsizetype from, qsizetype to, bool interpolated, const RewriteOptions *options);

// Whether `marker` ("s3://", "/dbfs/", "dbfs:/", "/mnt/") starts a path somewhere in text
// (so "/Volumes/default/default/dbfs/x" does not count as "/dbfs/").
bool containsPathMarker(QStringView text, QStringView marker);

} // namespace Mwb::Rewrite
