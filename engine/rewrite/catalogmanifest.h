// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Mwb::Rewrite {

// --catalog-manifest: {"catalogs": ["main", "prod.sales"]}. 3-part names are remapped to the
// `default` catalog only when their catalog (or catalog.schema pair) is listed
// (mission_anchors.md §1.4: remapping every catalog broke legitimate ones).
class CatalogManifest
{
public:
    CatalogManifest() = default;
    explicit CatalogManifest(const QStringList &entries);

    static Core::Result<CatalogManifest> read(const QByteArray &bytes, const QString &fileName);
    static Core::Result<CatalogManifest> readFile(const QString &fileName);

    bool remaps(const QString &catalog, const QString &schema) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    QStringList entries() const;

private:
    QSet<QString> m_entries; // lower case
};

} // namespace Mwb::Rewrite
