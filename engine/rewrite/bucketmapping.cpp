// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/bucketmapping.h"
#include "rewrite/tr.h"

#include "core/jsonio.h"

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

Core::Result<BucketMapping> BucketMapping::read(const QByteArray &bytes, const QString &fileName)
{
    auto json = Core::parseJson(bytes, fileName);
    if (!json) {
        return json.error();
    }
    const QString hint = Tr::tr("Write {\"<s3 bucket>\": {\"bucket\": \"<oci bucket>\", \"namespace\": \"<namespace>\"}}.");
    if (!json->is_object()) {
        return Core::Error::at(fileName, 1, 1, Tr::tr("the bucket mapping is not a JSON object"), hint);
    }
    BucketMapping mapping;
    for (auto it = json->begin(); it != json->end(); ++it) {
        const QString s3 = Core::fromStd(it.key());
        const QString bucket = Core::stringValue(it.value(), "bucket");
        const QString ns = Core::stringValue(it.value(), "namespace");
        if (bucket.isEmpty() || ns.isEmpty()) {
            // An empty namespace would send writes to the wrong tenancy (mission_anchors.md §1.4).
            return Core::Error::at(fileName, 1, 1,
                                   Tr::tr("the mapping of bucket \"%1\" needs a non-empty \"bucket\" and \"namespace\"").arg(s3),
                                   hint);
        }
        mapping.insert(s3, { bucket, ns });
    }
    return mapping;
}

Core::Result<BucketMapping> BucketMapping::readFile(const QString &fileName)
{
    auto bytes = Core::readFile(fileName);
    if (!bytes) {
        return bytes.error();
    }
    return read(*bytes, fileName);
}

std::optional<BucketMapping::Target> BucketMapping::find(const QString &s3Bucket) const
{
    const auto it = m_map.constFind(s3Bucket);
    if (it == m_map.cend()) {
        return std::nullopt;
    }
    return *it;
}

} // namespace Mwb::Rewrite
