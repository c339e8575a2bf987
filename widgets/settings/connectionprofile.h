// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/connectionspec.h"

#include <QList>
#include <QString>

namespace Mwb::Widgets {

// One profile of <project>/connections.json as the Connections page edits it (the format of
// engine/db/connectionspec.h). Holds no secret: the password lives in the keychain under
// `keychain` (or in session memory), never in the file.
struct ConnectionProfile
{
    QString name;
    QString url; // without a password; sqlite:///abs.db, postgresql://user@host:port/db, mysql://...
    QString tlsMode; // written as "sslmode" (PostgreSQL) or "ssl-mode" (MySQL); empty for SQLite
    QString tlsRootCert; // "sslrootcert"; optional
    QString keychain; // keychain key of the password; empty = the profile name (as the engine reads it)
    QString description; // optional

    QString keychainKey() const { return keychain.isEmpty() ? name : keychain; }
    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// The engine's view of the profile (validated exactly as `mwb` will read it from connections.json):
// the error says what is wrong with the URL or the TLS mode.
Core::Result<Db::ConnectionSpec> connectionSpecOf(const ConnectionProfile &profile);

// The profiles of <projectDir>/connections.json, in file order. A missing file is an empty list.
Core::Result<QList<ConnectionProfile>> readConnectionProfiles(const QString &projectDir);

// Writes <projectDir>/connections.json atomically (engine/core/atomicfile.h), keeping any other
// top-level keys of an existing file.
Core::Result<void> writeConnectionProfiles(const QString &projectDir, const QList<ConnectionProfile> &profiles);

} // namespace Mwb::Widgets
