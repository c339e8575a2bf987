// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/jupyterservice.h"

#include "kernel/restclient.h"
#include "kernel/tokenauthenticator.h"
#include "kernel/tr.h"

#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

JupyterService::JupyterService(const QUrl &url, const QString &token)
    : m_url(url)
    , m_authenticator(std::make_shared<TokenAuthenticator>(token))
    , m_rest(std::make_unique<RestClient>(url, m_authenticator))
{
}

JupyterService::~JupyterService() = default;

QString JupyterService::describe() const
{
    return Tr::tr("Jupyter server %1").arg(m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

Core::Result<KernelHandle> JupyterService::startKernel(const QString &notebookName, const QString &kernelName)
{
    // A session rather than a bare kernel, as JupyterLab does: the server lists it by notebook, and
    // deleting the session takes the kernel with it. The path is unique so two runs never share.
    const QString unique = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString name = (notebookName.isEmpty() ? u"notebook"_s : notebookName) + u'-' + unique + u".ipynb"_s;
    Core::Json body = Core::Json::object();
    body["path"] = Core::toStd(u"mwb/"_s + name);
    body["name"] = Core::toStd(name);
    body["type"] = "notebook";
    body["kernel"] = Core::Json::object();
    if (!kernelName.isEmpty()) {
        body["kernel"]["name"] = Core::toStd(kernelName);
    }
    auto session = m_rest->createSession(body);
    if (!session) {
        return session.error();
    }
    KernelHandle handle;
    handle.sessionId = Core::stringValue(*session, "id");
    const Core::Json kernel = session->value("kernel", Core::Json::object());
    handle.kernelId = Core::stringValue(kernel, "id");
    handle.kernelName = Core::stringValue(kernel, "name", kernelName);
    if (handle.kernelId.isEmpty()) {
        return Core::Error::inFile({}, Tr::tr("%1 created a session without a kernel").arg(describe()),
                                   Tr::tr("Check the kernel name with GET /api/kernelspecs."));
    }
    return handle;
}

Core::Result<QNetworkRequest> JupyterService::channelsRequest(const KernelHandle &kernel, const QString &clientSession)
{
    QUrl url = m_rest->resolve(u"api/kernels/"_s + kernel.kernelId + u"/channels"_s);
    url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    QUrlQuery query;
    query.addQueryItem(u"session_id"_s, clientSession);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (auto ok = m_authenticator->authenticateWebSocket(request); !ok) {
        return ok.error();
    }
    return request;
}

} // namespace Mwb::Kernel
