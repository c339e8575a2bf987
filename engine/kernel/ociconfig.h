// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Mwb::Kernel {

// One profile of an OCI CLI/SDK configuration file (~/.oci/config, INI format: a [DEFAULT]
// section whose keys every named profile inherits). Holds paths, never key material.
struct OciConfig
{
    QString profile;
    QString user;        // ocid1.user...
    QString tenancy;     // ocid1.tenancy...
    QString fingerprint; // aa:bb:... of the API key
    QString keyFile;     // PEM private key, "~" expanded
    QString passPhrase;  // of an encrypted key; empty when none
    QString region;
    QString securityTokenFile; // session-token profiles ("oci session authenticate")

    // "<tenancy>/<user>/<fingerprint>", or "ST$<token>" for a session-token profile.
    Core::Result<QString> keyId() const;

    // The default location: $OCI_CLI_CONFIG_FILE, else ~/.oci/config.
    static QString defaultPath();
    static Core::Result<OciConfig> read(const QString &path, const QString &profile);
};

// The region of an OCID ("ocid1.<type>.<realm>.<region>.<unique>"), with the legacy three-letter
// region keys some OCIDs carry (iad, phx, ...) turned into region identifiers. Empty when the OCID
// names no region.
QString regionFromOcid(const QString &ocid);

} // namespace Mwb::Kernel
