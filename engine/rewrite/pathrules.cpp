// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/pathrules.h"

#include "rewrite/rewriteoptions.h"
#include "rewrite/ruleids.h"
#include "rewrite/tr.h"

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

// Where AIDP keeps what was DBFS (REWRITE_RULES.md path.dbfs).
constexpr QStringView kVolume = u"/Volumes/default/default/dbfs/";

bool startsPath(QStringView text, qsizetype from, qsizetype p)
{
    if (p == from) {
        return true;
    }
    const QChar prev = text.at(p - 1);
    return prev.isSpace() || QStringView(u"\"'=(,;[|<>").contains(prev);
}

} // namespace

bool containsPathMarker(QStringView text, QStringView marker)
{
    qsizetype at = text.indexOf(marker);
    while (at >= 0) {
        if (startsPath(text, 0, at)) {
            return true;
        }
        at = text.indexOf(marker, at + 1);
    }
    return false;
}

PathEdits pathEdits(QStringView text, qsizetype from, qsizetype to, bool interpolated, const RewriteOptions *options)
{
    PathEdits out;
    const QString dbfsReason = Tr::tr("DBFS paths live in the %1 volume on AIDP").arg(kVolume.toString());
    for (qsizetype p = from; p < to; ++p) {
        const QChar c = text.at(p);
        if (c != u'/' && c != u'd' && c != u's') {
            continue;
        }
        if (!startsPath(text, from, p)) {
            continue;
        }
        const QStringView rest = text.mid(p, to - p);
        if (rest.startsWith(u"/dbfs/")) {
            out.edits.append({ p, p + 6, kVolume.toString(), u"/dbfs/"_s, RuleId::PathDbfs.toString(), dbfsReason });
            p += 5;
        } else if (rest.startsWith(u"dbfs:/")) {
            qsizetype e = p + 6;
            while (e < to && text.at(e) == u'/') {
                ++e;
            }
            out.edits.append({ p, e, kVolume.toString(), text.mid(p, e - p).toString(), RuleId::PathDbfs.toString(),
                               dbfsReason });
            p = e - 1;
        } else if (rest.startsWith(u"/FileStore/")) {
            // The same DBFS object as dbfs:/FileStore/..., so it lands in the same place.
            out.edits.append({ p, p + 1, kVolume.toString(), u"/"_s, RuleId::PathDbfs.toString(), dbfsReason });
            p += 10;
        } else if (rest.startsWith(u"s3://") || rest.startsWith(u"s3a://") || rest.startsWith(u"s3n://")) {
            const qsizetype start = p;
            const qsizetype schemeEnd = p + rest.indexOf(u"://") + 3;
            qsizetype e = schemeEnd;
            while (e < to && text.at(e) != u'/' && !text.at(e).isSpace() && text.at(e) != u'"' && text.at(e) != u'\'') {
                ++e;
            }
            const QString bucket = text.mid(schemeEnd, e - schemeEnd).toString();
            const bool dynamic = bucket.isEmpty() || (interpolated && (bucket.contains(u'{') || bucket.contains(u'$')))
                || bucket.contains(u'}');
            p = e - 1;
            if (dynamic || !options || !options->bucketMappingUsable) {
                continue;
            }
            const auto target = options->buckets.find(bucket);
            if (!target) {
                if (!out.unmapped.contains(bucket)) {
                    out.unmapped.append(bucket);
                }
                continue;
            }
            out.edits.append({ start, e, u"oci://"_s + target->bucket + u'@' + target->ociNamespace,
                               text.mid(start, e - start).toString(), RuleId::PathS3.toString(),
                               Tr::tr("S3 bucket %1 is OCI bucket %2 in namespace %3 (bucket mapping)")
                                   .arg(bucket, target->bucket, target->ociNamespace) });
        }
    }
    return out;
}

} // namespace Mwb::Rewrite
