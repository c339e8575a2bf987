// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace Mwb::Kernel {

// Where an AIDP workspace's notebooks run (protocols.md §2.3, mission_anchors.md §1.6): the data
// lake, the workspace and the cluster, plus the two hosts of the region
// (https://aidp.<region>.oci.oraclecloud.com for REST, wss://c1.ws.aidp.<region>... for kernels).
struct AidpTarget
{
    QString dataLake;  // ocid1.<type>.<realm>.<region>.<unique>
    QString workspace; // workspace id
    QString cluster;   // cluster id, sent as cluster_id when creating a session
    QString region;
    QUrl controlBase; // scheme + host (+port), no path
    QUrl socketBase;  // ws(s) scheme + host (+port), no path

    // The region comes from the data-lake OCID unless `region` is given; `controlBase`/`socketBase`
    // default to the public endpoints of the region (tests and other realms override them).
    static Core::Result<AidpTarget> make(const QString &dataLake, const QString &workspace, const QString &cluster,
                                         const QString &region = {}, const QUrl &controlBase = {},
                                         const QUrl &socketBase = {});

    // https://aidp.../20240831/dataLakes/{lake}/workspaces/{ws}/ : clusters, jobs
    QUrl workspaceUrl() const;
    // .../workspaces/{ws}/notebook/ : the Jupyter API (api/sessions, api/kernels, api/contents)
    QUrl notebookUrl() const;
    // wss://c1.ws.aidp.../20240831/dataLakes/{lake}/notebook/workspaces/{ws}/api/kernels/{id}/channels
    //   ?session_id=<client uuid>---<session id>
    QUrl channelsUrl(const QString &kernelId, const QString &clientSession, const QString &sessionId) const;
};

struct AidpOptions
{
    // Session creation fails with 400/404 "execution context" for 30-90 s after a cluster starts;
    // Oracle's executor retries 6 x 15 s.
    int sessionRetries = 6;
    std::chrono::milliseconds sessionRetryDelay = std::chrono::seconds(15);
    // A new session's kernel is null while the cluster warms up; poll every 5 s for up to 3 minutes.
    std::chrono::milliseconds kernelPollInterval = std::chrono::seconds(5);
    std::chrono::milliseconds kernelPollTimeout = std::chrono::minutes(3);
    QString kernelName = QStringLiteral("notebook");
};

} // namespace Mwb::Kernel
