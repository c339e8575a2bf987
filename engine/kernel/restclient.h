// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "core/result.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace Mwb::Kernel {

class RequestAuthenticator;

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // The body as JSON; null when empty or not JSON.
    Core::Json json() const;
};

// REST calls against a Jupyter-compatible server (a plain jupyter-server, or AIDP's notebook API,
// which is the same API under a longer base path). Calls block in a local event loop, so callers
// run them on the connection's own thread; every request goes through the authenticator.
class RestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestClient)
public:
    // `base` ends where the Jupyter API's "api/..." paths start (a trailing slash is added).
    RestClient(const QUrl &base, std::shared_ptr<const RequestAuthenticator> authenticator, QObject *parent = nullptr);
    ~RestClient() override;

    QUrl base() const { return m_base; }
    QUrl resolve(const QString &relativePath) const;

    // One request; `body` null sends none. Any HTTP status is a reply; only transport failures
    // (refused, timeout, TLS) are errors.
    Core::Result<HttpReply> send(const QByteArray &method, const QUrl &url, const Core::Json &body = Core::Json(),
                                 std::chrono::milliseconds timeout = std::chrono::seconds(60));
    // send() that also turns a non-2xx status into an error naming the call and the server's message.
    Core::Result<HttpReply> call(const QByteArray &method, const QString &relativePath,
                                 const Core::Json &body = Core::Json(),
                                 std::chrono::milliseconds timeout = std::chrono::seconds(60));

    // jupyter_server services/api/api.yaml
    Core::Result<Core::Json> serverStatus();                      // GET api/status
    Core::Result<Core::Json> kernelSpecs();                       // GET api/kernelspecs
    Core::Result<Core::Json> kernels();                           // GET api/kernels
    Core::Result<Core::Json> kernel(const QString &kernelId);     // GET api/kernels/{id}
    Core::Result<Core::Json> startKernel(const QString &name);    // POST api/kernels
    Core::Result<void> interruptKernel(const QString &kernelId);  // POST api/kernels/{id}/interrupt
    Core::Result<Core::Json> restartKernel(const QString &kernelId); // POST api/kernels/{id}/restart
    Core::Result<void> deleteKernel(const QString &kernelId);     // DELETE api/kernels/{id}
    Core::Result<Core::Json> sessions();                          // GET api/sessions
    Core::Result<Core::Json> createSession(const Core::Json &body); // POST api/sessions
    Core::Result<Core::Json> session(const QString &sessionId);   // GET api/sessions/{id}
    Core::Result<void> deleteSession(const QString &sessionId);   // DELETE api/sessions/{id}

private:
    QUrl m_base;
    std::shared_ptr<const RequestAuthenticator> m_authenticator;
    QNetworkAccessManager *m_network;
};

} // namespace Mwb::Kernel
