// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/connectionspec.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

namespace Mwb::Db {

class Dialect;

// One open QSqlDatabase for the current thread, under a unique connection name (STYLE.md: one
// connection per thread). Move-only; the destructor closes and removes the connection, so it
// must be destroyed on the thread that opened it.
//
// Every connection is set up the same way on open: UTF-8 (MySQL: utf8mb4 or fail), session time
// zone UTC, PostgreSQL DateStyle ISO / bytea hex / standard_conforming_strings on, MySQL strict
// sql_mode with NO_AUTO_VALUE_ON_ZERO and multi-statements switched off, SQLite foreign_keys on.
// TLS per spec.tlsMode, checked after connecting (REQUIRED and up: refuse if not encrypted).
class Connection
{
public:
    Connection() = default;
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();

    enum class SqliteFile { MustExist, CreateIfMissing };
    // `purpose` becomes part of the unique connection name ("mwb-<purpose>-<n>"), handy in logs.
    // The password is `password` when given (a password typed in the GUI, held in memory only),
    // else resolvePassword(spec). A SQLite source must exist (QSQLITE would silently create an
    // empty file); pass CreateIfMissing for a target.
    static Core::Result<Connection> open(const ConnectionSpec &spec, const QString &purpose = {},
                                         SqliteFile sqliteFile = SqliteFile::MustExist,
                                         const std::optional<QString> &password = std::nullopt);

    bool isOpen() const;
    QSqlDatabase database() const; // QSqlDatabase::database(name(), false)
    QString name() const { return m_name; }
    const ConnectionSpec &spec() const { return m_spec; }
    const Dialect &dialect() const;
    // Native driver handle: PGconn* for QPSQL, MYSQL* for QMYSQL, sqlite3* for QSQLITE.
    void *nativeHandle() const;

    // A forward-only query with QSql::HighPrecision (decimals as exact strings).
    QSqlQuery query() const;
    // Runs one statement; the error names the statement's first line and the server's message.
    Core::Result<void> exec(const QString &sql) const;

    // "TLSv1.3 TLS_AES_256_GCM_SHA384" when the connection is encrypted, else empty.
    QString tlsDescription() const;

    void close();

private:
    QString m_name;
    ConnectionSpec m_spec;
};

// The password for spec: environment first (MWB_PASSWORD_<KEY> for the profile's keychain key,
// see passwordVariable(); then PGPASSWORD for PostgreSQL, then MWB_PASSWORD), then the keychain entry (service "MigrationWorkbench", key spec.keychainKey or the profile name).
// Empty (not an error) when neither has one: the server may not need one (trust, SQLite).
// Never logged, never part of an error message.
Core::Result<QString> resolvePassword(const ConnectionSpec &spec);

// "MWB_PASSWORD_" + the keychain key in upper case with every character other than A-Z and 0-9 as
// '_' ("prod-eu" -> MWB_PASSWORD_PROD_EU): how the GUI hands a run one password per profile when
// there is no keychain and source and target need different passwords.
QString passwordVariable(const QString &keychainKey);

} // namespace Mwb::Db
