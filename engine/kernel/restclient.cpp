// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/restclient.h"

#include "kernel/requestauthenticator.h"
#include "kernel/tr.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

Core::Json HttpReply::json() const
{
    if (body.trimmed().isEmpty()) {
        return {};
    }
    Core::Json value = Core::Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    return value.is_discarded() ? Core::Json() : value;
}

RestClient::RestClient(const QUrl &base, std::shared_ptr<const RequestAuthenticator> authenticator, QObject *parent)
    : QObject(parent)
    , m_base(base)
    , m_authenticator(std::move(authenticator))
    , m_network(new QNetworkAccessManager(this))
{
    if (!m_base.path().endsWith(u'/')) {
        m_base.setPath(m_base.path() + u'/');
    }
}

RestClient::~RestClient() = default;

QUrl RestClient::resolve(const QString &relativePath) const
{
    // QUrl::resolved would drop the query of the base; paths are appended instead.
    QUrl url = m_base;
    const qsizetype question = relativePath.indexOf(u'?');
    url.setPath(m_base.path() + (question < 0 ? relativePath : relativePath.left(question)));
    if (question >= 0) {
        url.setQuery(relativePath.mid(question + 1));
    }
    return url;
}

Core::Result<HttpReply> RestClient::send(const QByteArray &method, const QUrl &url, const Core::Json &body,
                                         std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    QByteArray payload;
    if (!body.is_null()) {
        const std::string text = body.dump();
        payload = QByteArray(text.data(), static_cast<qsizetype>(text.size()));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    request.setRawHeader("Accept", "application/json");
    if (m_authenticator) {
        if (auto ok = m_authenticator->authenticate(request, method, payload); !ok) {
            return ok.error();
        }
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeout);
    if (!reply->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    const QString where = QString::fromLatin1(method) + u' ' + url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    if (timedOut) {
        return Core::Error::inFile({}, Tr::tr("%1: no answer within %n second(s)", nullptr, int(timeout.count() / 1000)).arg(where),
                                   Tr::tr("Check that the server is running and reachable."));
    }
    if (result.status == 0 && error != QNetworkReply::NoError) {
        return Core::Error::inFile({}, Tr::tr("%1: %2").arg(where, errorText),
                                   Tr::tr("Check the server URL and that the server is running."));
    }
    return result;
}

Core::Result<HttpReply> RestClient::call(const QByteArray &method, const QString &relativePath, const Core::Json &body,
                                         std::chrono::milliseconds timeout)
{
    const QUrl url = resolve(relativePath);
    auto reply = send(method, url, body, timeout);
    if (!reply || (reply->status >= 200 && reply->status < 300)) {
        return reply;
    }
    QString serverMessage = Core::stringValue(reply->json(), "message");
    if (serverMessage.isEmpty()) {
        serverMessage = QString::fromUtf8(reply->body.left(300)).trimmed();
    }
    const QString where = QString::fromLatin1(method) + u' ' + url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    QString hint;
    if (reply->status == 401 || reply->status == 403) {
        hint = Tr::tr("The server rejected the credentials: check the token (MWB_JUPYTER_TOKEN) or the OCI profile (an OCI "
                      "session token expires after about an hour: run \"oci session authenticate\" again).");
    } else if (reply->status == 404) {
        hint = Tr::tr("Check the server URL; the kernel or session may be gone.");
    } else if (reply->status >= 500) {
        hint = Tr::tr("The server failed; see its log, and retry.");
    }
    return Core::Error::inFile({}, Tr::tr("%1 answered HTTP %2: %3").arg(where).arg(reply->status).arg(serverMessage), hint);
}

namespace {

Core::Result<Core::Json> jsonOf(Core::Result<HttpReply> reply)
{
    if (!reply) {
        return reply.error();
    }
    return reply->json();
}

Core::Result<void> voidOf(const Core::Result<HttpReply> &reply)
{
    if (!reply) {
        return reply.error();
    }
    return {};
}

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

Core::Result<Core::Json> RestClient::serverStatus()
{
    return jsonOf(call("GET", u"api/status"_s));
}

Core::Result<Core::Json> RestClient::kernelSpecs()
{
    return jsonOf(call("GET", u"api/kernelspecs"_s));
}

Core::Result<Core::Json> RestClient::kernels()
{
    return jsonOf(call("GET", u"api/kernels"_s));
}

Core::Result<Core::Json> RestClient::kernel(const QString &kernelId)
{
    return jsonOf(call("GET", u"api/kernels/"_s + encoded(kernelId)));
}

Core::Result<Core::Json> RestClient::startKernel(const QString &name)
{
    Core::Json body = Core::Json::object();
    if (!name.isEmpty()) {
        body["name"] = Core::toStd(name);
    }
    return jsonOf(call("POST", u"api/kernels"_s, body));
}

Core::Result<void> RestClient::interruptKernel(const QString &kernelId)
{
    return voidOf(call("POST", u"api/kernels/"_s + encoded(kernelId) + u"/interrupt"_s, Core::Json::object()));
}

Core::Result<Core::Json> RestClient::restartKernel(const QString &kernelId)
{
    return jsonOf(call("POST", u"api/kernels/"_s + encoded(kernelId) + u"/restart"_s, Core::Json::object()));
}

Core::Result<void> RestClient::deleteKernel(const QString &kernelId)
{
    return voidOf(call("DELETE", u"api/kernels/"_s + encoded(kernelId)));
}

Core::Result<Core::Json> RestClient::sessions()
{
    return jsonOf(call("GET", u"api/sessions"_s));
}

Core::Result<Core::Json> RestClient::createSession(const Core::Json &body)
{
    return jsonOf(call("POST", u"api/sessions"_s, body));
}

Core::Result<Core::Json> RestClient::session(const QString &sessionId)
{
    return jsonOf(call("GET", u"api/sessions/"_s + encoded(sessionId)));
}

Core::Result<void> RestClient::deleteSession(const QString &sessionId)
{
    return voidOf(call("DELETE", u"api/sessions/"_s + encoded(sessionId)));
}

} // namespace Mwb::Kernel
