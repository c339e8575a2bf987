// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/connectionspec.h"

#include "core/jsonio.h"
#include "db/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

const QStringList &postgresTlsModes()
{
    // libpq "SSL Mode Descriptions" (postgresql.org/docs/current/libpq-ssl.html).
    static const QStringList modes { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s };
    return modes;
}

const QStringList &mysqlTlsModes()
{
    // MySQL --ssl-mode values (dev.mysql.com/doc/c-api/8.0/en/mysql-ssl-set.html).
    static const QStringList modes { u"DISABLED"_s, u"PREFERRED"_s, u"REQUIRED"_s, u"VERIFY_CA"_s, u"VERIFY_IDENTITY"_s };
    return modes;
}

Core::Error specError(const QString &where, const QString &message, const QString &hint)
{
    Core::Error error;
    error.file = where;
    error.message = message;
    error.hint = hint;
    return error;
}

// Validates a TLS mode and returns its canonical spelling. A typo must never mean "no TLS"
// (reliability.md §7.3: QMYSQL maps an unknown ssl mode to SSL_MODE_DISABLED).
Core::Result<QString> normaliseTlsMode(DialectKind dialect, const QString &value, const QString &where)
{
    if (dialect == DialectKind::Sqlite) {
        return specError(where, Tr::tr("a TLS mode was given for a SQLite database"),
                         Tr::tr("Remove the sslmode/ssl-mode setting: SQLite files are local."));
    }
    const QStringList &modes = dialect == DialectKind::Postgres ? postgresTlsModes() : mysqlTlsModes();
    for (const QString &mode : modes) {
        if (mode.compare(value, Qt::CaseInsensitive) == 0) {
            return mode;
        }
    }
    return specError(where, Tr::tr("unknown TLS mode \"%1\"").arg(value),
                     Tr::tr("Use one of: %1.").arg(modes.join(u", "_s)));
}

QString defaultTlsMode(const ConnectionSpec &spec)
{
    // Product default (reliability.md §7.3): verify the server for remote hosts. On loopback
    // there is no network to protect, and test servers usually have no certificate.
    if (spec.dialect == DialectKind::Postgres) {
        return spec.isLoopback() ? u"prefer"_s : u"verify-full"_s;
    }
    if (spec.dialect == DialectKind::Mysql) {
        return spec.isLoopback() ? u"PREFERRED"_s : u"VERIFY_IDENTITY"_s;
    }
    return {};
}

} // namespace

QString dialectName(DialectKind kind)
{
    switch (kind) {
    case DialectKind::Sqlite: return u"sqlite"_s;
    case DialectKind::Postgres: return u"postgres"_s;
    case DialectKind::Mysql: return u"mysql"_s;
    }
    return u"sqlite"_s;
}

std::optional<DialectKind> dialectFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"sqlite" || n == u"sqlite3") {
        return DialectKind::Sqlite;
    }
    if (n == u"postgres" || n == u"postgresql" || n == u"pg") {
        return DialectKind::Postgres;
    }
    if (n == u"mysql" || n == u"mariadb") {
        return DialectKind::Mysql;
    }
    return std::nullopt;
}

bool ConnectionSpec::isLoopback() const
{
    if (dialect == DialectKind::Sqlite || host.isEmpty() || host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    // Literal loopback addresses only (no DNS lookup: a name other than localhost may resolve
    // anywhere). 127.0.0.0/8 and ::1.
    static const QRegularExpression ipv4Loopback(u"^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s);
    return ipv4Loopback.match(host).hasMatch() || host == u"::1" || host == u"0:0:0:0:0:0:0:1";
}

int ConnectionSpec::effectivePort() const
{
    if (port > 0) {
        return port;
    }
    switch (dialect) {
    case DialectKind::Postgres: return 5432;
    case DialectKind::Mysql: return 3306;
    case DialectKind::Sqlite: return 0;
    }
    return 0;
}

QString ConnectionSpec::displayUrl() const
{
    if (dialect == DialectKind::Sqlite) {
        return u"sqlite://"_s + database;
    }
    QString url = dialect == DialectKind::Postgres ? u"postgresql://"_s : u"mysql://"_s;
    if (!user.isEmpty()) {
        url += user + u'@';
    }
    url += host.contains(u':') ? u'[' + host + u']' : host;
    url += u':' + QString::number(effectivePort()) + u'/' + database;
    if (!tlsMode.isEmpty()) {
        url += (dialect == DialectKind::Postgres ? u"?sslmode="_s : u"?ssl-mode="_s) + tlsMode;
    }
    return url;
}

QString ConnectionSpec::describe() const
{
    return profile.isEmpty() ? displayUrl() : Tr::tr("profile \"%1\" (%2)").arg(profile, displayUrl());
}

Core::Result<ConnectionSpec> parseConnectionUrl(const QString &text)
{
    // Never echo the URL itself in an error: it may hold the very password we refuse.
    const QString where = Tr::tr("connection URL");
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty()) {
        return specError(where, Tr::tr("not a valid connection URL"),
                         Tr::tr("Use sqlite:///abs/path.db, postgresql://user@host:5432/db or mysql://user@host:3306/db."));
    }
    if (!url.password().isEmpty() || url.userInfo().contains(u':')) {
        return specError(where, Tr::tr("the URL contains a password"),
                         Tr::tr("Passwords never go in URLs, where they end up in shell history, process lists and "
                                "logs. Remove it and set PGPASSWORD / MWB_PASSWORD or store it in the keychain."));
    }
    ConnectionSpec spec;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"sqlite" || scheme == u"sqlite3") {
        spec.dialect = DialectKind::Sqlite;
    } else if (scheme == u"postgresql" || scheme == u"postgres") {
        spec.dialect = DialectKind::Postgres;
    } else if (scheme == u"mysql" || scheme == u"mariadb") {
        spec.dialect = DialectKind::Mysql;
    } else {
        return specError(where, Tr::tr("unknown database scheme \"%1\"").arg(url.scheme()),
                         Tr::tr("Use sqlite://, postgresql:// or mysql://."));
    }

    if (spec.dialect == DialectKind::Sqlite) {
        const QString path = url.path();
        if (!url.host().isEmpty() || !QDir::isAbsolutePath(path) || path.size() < 2) {
            return specError(where, Tr::tr("a SQLite URL needs an absolute file path"),
                             Tr::tr("Write three slashes before the path: sqlite:///home/me/data.db."));
        }
        if (url.hasQuery()) {
            return specError(where, Tr::tr("a SQLite URL takes no parameters"), Tr::tr("Remove the part after \"?\"."));
        }
        spec.database = QDir::cleanPath(path);
        return spec;
    }

    spec.host = url.host();
    spec.user = url.userName();
    spec.port = url.port(0);
    spec.database = url.path().mid(1);
    if (spec.host.isEmpty()) {
        return specError(where, Tr::tr("the URL has no host"), Tr::tr("Write the server as user@host:port, e.g. %1")
                                                                   .arg(spec.dialect == DialectKind::Postgres
                                                                            ? u"postgresql://app@db.example:5432/shop"_s
                                                                            : u"mysql://app@db.example:3306/shop"_s));
    }
    if (spec.database.isEmpty() || spec.database.contains(u'/')) {
        return specError(where, Tr::tr("the URL names no database"), Tr::tr("Add the database after the port: .../shop."));
    }
    const QUrlQuery query(url);
    for (const auto &[rawKey, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = rawKey.toLower();
        if (key == u"sslmode" || key == u"ssl-mode" || key == u"ssl_mode") {
            auto mode = normaliseTlsMode(spec.dialect, value, where);
            if (!mode) {
                return mode.error();
            }
            spec.tlsMode = *mode;
        } else if (key == u"sslrootcert" || key == u"ssl-ca" || key == u"ssl_ca") {
            spec.tlsRootCert = value;
        } else if (key == u"password" || key == u"pass" || key == u"pwd") {
            return specError(where, Tr::tr("the URL contains a password parameter"),
                             Tr::tr("Passwords never go in URLs. Remove it and set PGPASSWORD / MWB_PASSWORD or store "
                                    "it in the keychain."));
        } else {
            return specError(where, Tr::tr("unknown URL parameter \"%1\"").arg(rawKey),
                             Tr::tr("Supported parameters: sslmode (or ssl-mode) and sslrootcert (or ssl-ca)."));
        }
    }
    if (spec.tlsMode.isEmpty()) {
        spec.tlsMode = defaultTlsMode(spec);
    }
    return spec;
}

Core::Result<ConnectionSpec> readProfile(const QString &profileName, const QString &projectDir)
{
    const QString file = QDir(projectDir.isEmpty() ? QDir::currentPath() : projectDir).filePath(u"connections.json"_s);
    if (!QFileInfo::exists(file)) {
        return Core::Error::inFile(file, Tr::tr("no connection profile \"%1\": connections.json does not exist").arg(profileName),
                                   Tr::tr("Pass a URL such as postgresql://user@host:5432/db, or add the profile to "
                                          "connections.json in the project folder."));
    }
    auto bytes = Core::readFile(file);
    if (!bytes) {
        return bytes.error();
    }
    auto json = Core::parseJson(*bytes, file);
    if (!json) {
        return json.error();
    }
    const Core::Json &root = *json;
    if (!root.is_object() || !root.contains("profiles") || !root["profiles"].is_object()) {
        return Core::Error::inFile(file, Tr::tr("connections.json has no \"profiles\" object"),
                                   Tr::tr("Write {\"profiles\": {\"name\": {\"url\": \"postgresql://user@host/db\"}}}."));
    }
    const Core::Json &profiles = root["profiles"];
    const auto it = profiles.find(Core::toStd(profileName));
    if (it == profiles.end() || !it->is_object()) {
        QStringList known;
        for (auto p = profiles.begin(); p != profiles.end(); ++p) {
            known << Core::fromStd(p.key());
        }
        return Core::Error::inFile(file, Tr::tr("no connection profile \"%1\"").arg(profileName),
                                   known.isEmpty() ? Tr::tr("The file defines no profiles.")
                                                   : Tr::tr("Known profiles: %1.").arg(known.join(u", "_s)));
    }
    const Core::Json &profile = *it;
    for (auto field = profile.begin(); field != profile.end(); ++field) {
        const QString key = Core::fromStd(field.key());
        static const QStringList known { u"url"_s,         u"sslmode"_s,  u"ssl-mode"_s, u"sslrootcert"_s,
                                         u"ssl-ca"_s,      u"keychain"_s, u"description"_s };
        if (key.contains(u"password"_s, Qt::CaseInsensitive) || key.compare(u"secret"_s, Qt::CaseInsensitive) == 0) {
            return Core::Error::inFile(file, Tr::tr("profile \"%1\" stores a password in connections.json").arg(profileName),
                                       Tr::tr("Project files never hold secrets. Remove \"%1\" and store the password in "
                                              "the keychain (key \"%2\") or set PGPASSWORD / MWB_PASSWORD.")
                                           .arg(key, profileName));
        }
        if (!known.contains(key)) {
            return Core::Error::inFile(file, Tr::tr("profile \"%1\" has an unknown field \"%2\"").arg(profileName, key),
                                       Tr::tr("Known fields: %1.").arg(known.join(u", "_s)));
        }
    }
    const QString url = Core::stringValue(profile, "url");
    if (url.isEmpty()) {
        return Core::Error::inFile(file, Tr::tr("profile \"%1\" has no \"url\"").arg(profileName),
                                   Tr::tr("Add \"url\": \"postgresql://user@host:5432/db\"."));
    }
    auto spec = parseConnectionUrl(url);
    if (!spec) {
        Core::Error error = spec.error();
        error.message = Tr::tr("profile \"%1\": %2").arg(profileName, error.message);
        error.file = file;
        return error;
    }
    spec->profile = profileName;
    QString mode = Core::stringValue(profile, "sslmode");
    if (mode.isEmpty()) {
        mode = Core::stringValue(profile, "ssl-mode");
    }
    if (!mode.isEmpty()) {
        auto normalised = normaliseTlsMode(spec->dialect, mode, file);
        if (!normalised) {
            Core::Error error = normalised.error();
            error.message = Tr::tr("profile \"%1\": %2").arg(profileName, error.message);
            return error;
        }
        spec->tlsMode = *normalised;
    }
    QString ca = Core::stringValue(profile, "sslrootcert");
    if (ca.isEmpty()) {
        ca = Core::stringValue(profile, "ssl-ca");
    }
    if (!ca.isEmpty()) {
        spec->tlsRootCert = ca;
    }
    spec->keychainKey = Core::stringValue(profile, "keychain", profileName);
    return spec;
}

Core::Result<ConnectionSpec> resolveConnection(const QString &urlOrProfile, const QString &projectDir)
{
    if (urlOrProfile.contains(u"://"_s)) {
        return parseConnectionUrl(urlOrProfile);
    }
    if (urlOrProfile.trimmed().isEmpty()) {
        return specError(Tr::tr("connection"), Tr::tr("no connection given"),
                         Tr::tr("Pass a URL such as postgresql://user@host:5432/db or a profile name from connections.json."));
    }
    return readProfile(urlOrProfile, projectDir);
}

} // namespace Mwb::Db
