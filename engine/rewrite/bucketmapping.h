// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Mwb::Rewrite {

// --bucket-mapping: {"<s3 bucket>": {"bucket": "<oci bucket>", "namespace": "<namespace>"}}.
class BucketMapping
{
public:
    struct Target
    {
        QString bucket;
        QString ociNamespace;
    };

    static Core::Result<BucketMapping> read(const QByteArray &bytes, const QString &fileName);
    static Core::Result<BucketMapping> readFile(const QString &fileName);

    void insert(const QString &s3Bucket, const Target &target) { m_map.insert(s3Bucket, target); }
    std::optional<Target> find(const QString &s3Bucket) const;
    bool isEmpty() const { return m_map.isEmpty(); }

private:
    QHash<QString, Target> m_map;
};

} // namespace Mwb::Rewrite
