// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace Mwb::Db {

enum class DialectKind { Sqlite, Postgres, Mysql };

// "sqlite", "postgres", "mysql" (the --target-dialect spelling).
QString dialectName(DialectKind kind);
// Accepts sqlite, postgres, postgresql, mysql, mariadb (case-insensitive).
std::optional<DialectKind> dialectFromName(const QString &name);

// Where a connection goes. Holds no secret: the password is looked up when the connection is
// opened (connection.h), from the environment or the keychain, never from a URL or a file
// (reliability.md §7.1).
struct ConnectionSpec
{
    DialectKind dialect = DialectKind::Sqlite;
    QString profile;  // profile name when resolved from connections.json; empty for a URL
    QString host;     // empty for SQLite
    int port = 0;     // 0 = the dialect's default
    QString user;
    QString database; // SQLite: absolute file path
    // Validated and normalised TLS mode: PostgreSQL disable|allow|prefer|require|verify-ca|verify-full,
    // MySQL DISABLED|PREFERRED|REQUIRED|VERIFY_CA|VERIFY_IDENTITY; empty for SQLite. Defaults to
    // verify-full / VERIFY_IDENTITY for non-loopback hosts and prefer / PREFERRED on loopback.
    // (MySQL VERIFY_* cannot be enforced through QMYSQL on MariaDB Connector/C and is refused
    // by Connection::open; REQUIRED is the visible downgrade.)
    QString tlsMode;
    QString tlsRootCert; // optional CA file (sslrootcert / SSL_CA)
    QString keychainKey; // keychain entry ("<service>/<key>" form not needed: key within service "MigrationWorkbench")

    bool isLoopback() const;
    int effectivePort() const;
    // A printable URL without any secret, e.g. "postgresql://mwb@db.example:5432/shop?sslmode=verify-full".
    QString displayUrl() const;
    // "profile 'prod'" or the display URL: for error messages.
    QString describe() const;
};

// Parses sqlite:///abs/path.db, postgresql://user@host:5432/db?sslmode=...,
// mysql://user@host:3306/db?ssl-mode=... (also postgres://, mariadb://). A password in the URL,
// a relative SQLite path, an unknown query parameter or a mistyped TLS mode is an error.
Core::Result<ConnectionSpec> parseConnectionUrl(const QString &url);

// Named profiles in <projectDir>/connections.json:
//   {"profiles": {"prod": {"url": "postgresql://app@db:5432/shop", "sslmode": "verify-full",
//                          "sslrootcert": "/etc/ca.pem", "keychain": "prod"}}}
// A "password" key in the file is an error that says why. `urlOrProfile` containing "://" is a
// URL; anything else is a profile name.
Core::Result<ConnectionSpec> resolveConnection(const QString &urlOrProfile, const QString &projectDir);
Core::Result<ConnectionSpec> readProfile(const QString &profileName, const QString &projectDir);

} // namespace Mwb::Db
