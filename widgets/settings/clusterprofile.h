// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mwb::Widgets {

// A kernel target that `mwb exec` and `mwb migrate-job` take (app/cli/execcommand.cpp,
// migratejobcommand.cpp): a Jupyter server, or an Oracle AI Data Platform cluster reached with an
// ~/.oci/config profile. Stored without secrets in <project>/workbench.json under "clusters"
// (ARCHITECTURE.md "State on disk"); a Jupyter token lives in the keychain
// (SecretStore::jupyterTokenKey(name)) and reaches mwb as MWB_JUPYTER_TOKEN; AIDP signs requests
// with the key file that ~/.oci/config names.
struct ClusterProfile
{
    enum class Kind { Jupyter, Aidp };
    QString name;
    Kind kind = Kind::Jupyter;
    QString kernel; // kernel name; empty = mwb's default (python3; AIDP: notebook)
    QString jupyterUrl; // Jupyter: server URL without a token
    QString ociProfile; // AIDP: --aidp PROFILE
    QString ociConfig; // AIDP: --oci-config FILE; empty = ~/.oci/config
    QString datalake; // AIDP: --datalake OCID
    QString workspace; // AIDP: --workspace (exec) / --aidp-workspace (migrate-job)
    QString cluster; // AIDP: --cluster ID
    QString region; // AIDP: --region; empty = from the data-lake OCID
    QString endpoint; // AIDP: --aidp-endpoint; empty = default
    QString wsEndpoint; // AIDP: --aidp-ws-endpoint; empty = default

    enum class Command { Exec, MigrateJob };
    // The mwb options that select this target, e.g. {"--jupyter", "http://h:8888", "--kernel", "python3"}.
    QStringList arguments(Command command) const;
    // What is missing or wrong (empty name, a token in the Jupyter URL, AIDP without profile,
    // data lake, workspace or cluster); the error says what to fill in.
    Core::Result<void> validate() const;

    friend bool operator==(const ClusterProfile &, const ClusterProfile &) = default;
};

// "clusters" of <projectDir>/workbench.json, in file order; no file = empty list.
Core::Result<QList<ClusterProfile>> readClusterProfiles(const QString &projectDir);
// Replaces "clusters" in workbench.json (atomically), keeping every other key of the file.
Core::Result<void> writeClusterProfiles(const QString &projectDir, const QList<ClusterProfile> &profiles);

} // namespace Mwb::Widgets
