// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/catalogmanifest.h"
#include "rewrite/tr.h"

#include "core/jsonio.h"

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

CatalogManifest::CatalogManifest(const QStringList &entries)
{
    for (const QString &entry : entries) {
        m_entries.insert(entry.trimmed().toLower());
    }
}

Core::Result<CatalogManifest> CatalogManifest::read(const QByteArray &bytes, const QString &fileName)
{
    auto json = Core::parseJson(bytes, fileName);
    if (!json) {
        return json.error();
    }
    const QString hint = Tr::tr("Write {\"catalogs\": [\"main\", \"prod.sales\"]}: catalogs or catalog.schema pairs.");
    const auto it = json->is_object() ? json->find("catalogs") : json->end();
    if (!json->is_object() || it == json->end() || !it->is_array()) {
        return Core::Error::at(fileName, 1, 1, Tr::tr("the catalog manifest has no \"catalogs\" list"), hint);
    }
    QStringList entries;
    for (const auto &entry : *it) {
        if (!entry.is_string() || entry.get<std::string>().empty()) {
            return Core::Error::at(fileName, 1, 1, Tr::tr("\"catalogs\" holds a value that is not a catalog name"), hint);
        }
        entries.append(Core::fromStd(entry.get<std::string>()));
    }
    return CatalogManifest(entries);
}

Core::Result<CatalogManifest> CatalogManifest::readFile(const QString &fileName)
{
    auto bytes = Core::readFile(fileName);
    if (!bytes) {
        return bytes.error();
    }
    return read(*bytes, fileName);
}

bool CatalogManifest::remaps(const QString &catalog, const QString &schema) const
{
    const QString c = catalog.toLower();
    return m_entries.contains(c) || m_entries.contains(c + u'.' + schema.toLower());
}

QStringList CatalogManifest::entries() const
{
    QStringList list(m_entries.cbegin(), m_entries.cend());
    list.sort();
    return list;
}

} // namespace Mwb::Rewrite
