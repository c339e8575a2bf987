// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/migrationregistry.h"
#include "rewrite/tr.h"

#include "core/atomicfile.h"
#include "core/jsonio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

MigrationRegistry MigrationRegistry::load(const QString &path, QString *warning)
{
    MigrationRegistry registry;
    if (!QFileInfo::exists(path)) {
        return registry;
    }
    auto bytes = Core::readFile(path);
    auto json = bytes ? Core::parseJson(*bytes, path) : Core::Result<Core::Json>(bytes.error());
    if (!json || !json->is_object() || !json->contains("entries") || !(*json)["entries"].is_object()) {
        const QString moved = Core::quarantineCorruptFile(path);
        if (warning) {
            *warning = Tr::tr("the migration registry %1 is unreadable (%2); it was moved to %3 and every notebook is "
                              "migrated again")
                           .arg(path, json ? Tr::tr("no \"entries\" object") : json.error().toString(), moved);
        }
        return registry;
    }
    const auto &entries = (*json)["entries"];
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        Entry e;
        e.migratedPath = Core::stringValue(it.value(), "migrated_path");
        e.jobName = Core::stringValue(it.value(), "job_name");
        e.status = Core::stringValue(it.value(), "status");
        e.timestamp = Core::stringValue(it.value(), "timestamp");
        e.kind = Core::stringValue(it.value(), "kind");
        e.fingerprint = Core::stringValue(it.value(), "fingerprint");
        e.outputHash = Core::stringValue(it.value(), "output_sha256");
        registry.m_entries.insert(Core::fromStd(it.key()), e);
    }
    return registry;
}

Core::Result<void> MigrationRegistry::save(const QString &path) const
{
    Core::OrderedJson json;
    json["version"] = 1;
    json["entries"] = Core::OrderedJson::object();
    QStringList keys = m_entries.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const Entry &e = m_entries.value(key);
        Core::OrderedJson j;
        j["migrated_path"] = Core::toStd(e.migratedPath);
        j["job_name"] = Core::toStd(e.jobName);
        j["status"] = Core::toStd(e.status);
        j["timestamp"] = Core::toStd(e.timestamp);
        j["kind"] = Core::toStd(e.kind);
        j["fingerprint"] = Core::toStd(e.fingerprint);
        j["output_sha256"] = Core::toStd(e.outputHash);
        json["entries"][Core::toStd(key)] = j;
    }
    return Core::writeFileAtomically(path, QByteArray::fromStdString(json.dump(2)) + '\n');
}

QString MigrationRegistry::keyFor(const QString &workspacePath)
{
    QString path = QDir::cleanPath(workspacePath.trimmed());
    while (path.startsWith(u'/')) {
        path.remove(0, 1);
    }
    if (!path.startsWith(u"Workspace/")) {
        path.prepend(u"Workspace/"_s);
    }
    path.replace(u' ', u'_');
    return u'/' + path;
}

bool MigrationRegistry::isCurrent(const QString &key, const QString &fingerprint) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->status != u"migrated" || it->fingerprint != fingerprint || it->outputHash.isEmpty()) {
        return false;
    }
    auto bytes = Core::readFile(it->migratedPath);
    return bytes && hashOf(*bytes) == it->outputHash;
}

QString MigrationRegistry::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace Mwb::Rewrite
