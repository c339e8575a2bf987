// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/connectionprofile.h"

#include "settings/projectjsonfile.h"

#include "core/jsonio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mwb::Widgets::ConnectionProfile)
};

QString fileOf(const QString &projectDir)
{
    return QDir(projectDir).filePath(u"connections.json"_s);
}

} // namespace

Core::Result<Db::ConnectionSpec> connectionSpecOf(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty()) {
        return Core::Error::inFile(
            {}, Tr::tr("a connection profile has no name"), Tr::tr("Give every profile a name."));
    }
    if (profile.name.contains(u"://"_s) || profile.name != profile.name.trimmed()) {
        return Core::Error::inFile({}, Tr::tr("the profile name \"%1\" cannot be used").arg(profile.name),
            Tr::tr("A name has no leading or trailing spaces and no \"://\" (mwb would take it for a URL)."));
    }
    // The same checks as `mwb` reading the file: the TLS settings go through the URL parser.
    QUrl url(profile.url.trimmed(), QUrl::StrictMode);
    if (url.isValid() && url.scheme().compare(u"sqlite"_s, Qt::CaseInsensitive) != 0) {
        QUrlQuery query(url);
        if (!profile.tlsMode.isEmpty()) {
            query.removeAllQueryItems(u"sslmode"_s);
            query.removeAllQueryItems(u"ssl-mode"_s);
            query.addQueryItem(u"sslmode"_s, profile.tlsMode);
        }
        if (!profile.tlsRootCert.isEmpty()) {
            query.removeAllQueryItems(u"sslrootcert"_s);
            query.addQueryItem(u"sslrootcert"_s, profile.tlsRootCert);
        }
        url.setQuery(query);
    } else if (url.isValid() && !profile.tlsMode.isEmpty()) {
        url.setQuery(u"sslmode="_s + profile.tlsMode); // refused by the parser with its own message
    }
    auto spec = Db::parseConnectionUrl(url.isValid() ? url.toString() : profile.url);
    if (!spec) {
        Core::Error error = spec.error();
        error.message = Tr::tr("profile \"%1\": %2").arg(profile.name, error.message);
        return error;
    }
    spec->profile = profile.name;
    spec->keychainKey = profile.keychainKey();
    return spec;
}

Core::Result<QList<ConnectionProfile>> readConnectionProfiles(const QString &projectDir)
{
    const QString file = fileOf(projectDir);
    QList<ConnectionProfile> profiles;
    if (!QFileInfo::exists(file)) {
        return profiles;
    }
    auto bytes = Core::readFile(file);
    if (!bytes) {
        return bytes.error();
    }
    auto json = Core::parseOrderedJson(*bytes, file);
    if (!json) {
        return json.error();
    }
    if (!json->is_object() || !json->contains("profiles") || !(*json)["profiles"].is_object()) {
        return Core::Error::inFile(file, Tr::tr("connections.json has no \"profiles\" object"),
            Tr::tr("Write {\"profiles\": {\"name\": {\"url\": \"postgresql://user@host/db\"}}}."));
    }
    const auto &all = (*json)["profiles"];
    for (auto it = all.begin(); it != all.end(); ++it) {
        ConnectionProfile profile;
        profile.name = Core::fromStd(it.key());
        const auto &p = it.value();
        profile.url = Core::stringValue(p, "url");
        profile.tlsMode = Core::stringValue(p, "sslmode", Core::stringValue(p, "ssl-mode"));
        profile.tlsRootCert = Core::stringValue(p, "sslrootcert", Core::stringValue(p, "ssl-ca"));
        profile.keychain = Core::stringValue(p, "keychain");
        profile.description = Core::stringValue(p, "description");
        profiles << profile;
    }
    return profiles;
}

Core::Result<void> writeConnectionProfiles(const QString &projectDir, const QList<ConnectionProfile> &profiles)
{
    Core::OrderedJson all = Core::OrderedJson::object();
    for (const ConnectionProfile &profile : profiles) {
        Core::OrderedJson p = Core::OrderedJson::object();
        p["url"] = Core::toStd(profile.url.trimmed());
        const bool mysql = profile.url.startsWith(u"mysql"_s, Qt::CaseInsensitive)
            || profile.url.startsWith(u"mariadb"_s, Qt::CaseInsensitive);
        const bool sqlite = profile.url.startsWith(u"sqlite"_s, Qt::CaseInsensitive);
        if (!profile.tlsMode.isEmpty()) {
            p[mysql ? "ssl-mode" : "sslmode"] = Core::toStd(profile.tlsMode);
        }
        if (!profile.tlsRootCert.isEmpty()) {
            p["sslrootcert"] = Core::toStd(profile.tlsRootCert);
        }
        if (!sqlite) {
            p["keychain"] = Core::toStd(profile.keychainKey());
        }
        if (!profile.description.isEmpty()) {
            p["description"] = Core::toStd(profile.description);
        }
        all[Core::toStd(profile.name)] = p;
    }
    return writeProjectJsonMember(fileOf(projectDir), "profiles", all);
}

} // namespace Mwb::Widgets
