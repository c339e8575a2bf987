// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/aidptarget.h"

#include "kernel/ociconfig.h"
#include "kernel/tr.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

namespace {

// The API version of the dataLakes paths Oracle's samples call (protocols.md §2.1).
const QString apiVersion = u"20240831"_s;

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path, QUrl::StrictMode);
    return url;
}

} // namespace

Core::Result<AidpTarget> AidpTarget::make(const QString &dataLake, const QString &workspace, const QString &cluster,
                                          const QString &region, const QUrl &controlBase, const QUrl &socketBase)
{
    QStringList missing;
    if (dataLake.isEmpty()) {
        missing << u"--datalake"_s;
    }
    if (workspace.isEmpty()) {
        missing << u"--workspace"_s;
    }
    if (cluster.isEmpty()) {
        missing << u"--cluster"_s;
    }
    if (!missing.isEmpty()) {
        return Core::Error::inFile({}, Tr::tr("AIDP needs %1").arg(missing.join(u", "_s)),
                                   Tr::tr("Give the data-lake OCID, the workspace id and the cluster id."));
    }
    AidpTarget target;
    target.dataLake = dataLake;
    target.workspace = workspace;
    target.cluster = cluster;
    target.region = region.isEmpty() ? regionFromOcid(dataLake) : region;
    if (target.region.isEmpty() && (controlBase.isEmpty() || socketBase.isEmpty())) {
        return Core::Error::inFile({}, Tr::tr("the data-lake OCID %1 names no region").arg(dataLake),
                                   Tr::tr("Check the OCID (ocid1.<type>.<realm>.<region>.<id>)."));
    }
    target.controlBase = controlBase.isEmpty() ? QUrl(u"https://aidp.%1.oci.oraclecloud.com"_s.arg(target.region)) : controlBase;
    target.socketBase = socketBase.isEmpty() ? QUrl(u"wss://c1.ws.aidp.%1.oci.oraclecloud.com"_s.arg(target.region)) : socketBase;
    return target;
}

QUrl AidpTarget::workspaceUrl() const
{
    return withPath(controlBase,
                    u"/"_s + apiVersion + u"/dataLakes/"_s + segment(dataLake) + u"/workspaces/"_s + segment(workspace) + u'/');
}

QUrl AidpTarget::notebookUrl() const
{
    QUrl url = workspaceUrl();
    url.setPath(url.path(QUrl::FullyEncoded) + u"notebook/"_s, QUrl::StrictMode);
    return url;
}

QUrl AidpTarget::channelsUrl(const QString &kernelId, const QString &clientSession, const QString &sessionId) const
{
    QUrl url = withPath(socketBase, u"/"_s + apiVersion + u"/dataLakes/"_s + segment(dataLake) + u"/notebook/workspaces/"_s
                                        + segment(workspace) + u"/api/kernels/"_s + segment(kernelId) + u"/channels"_s);
    QUrlQuery query;
    query.addQueryItem(u"session_id"_s, clientSession + u"---"_s + sessionId);
    url.setQuery(query);
    return url;
}

} // namespace Mwb::Kernel
