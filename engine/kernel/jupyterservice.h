// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/kernelservice.h"

#include <QUrl>

#include <memory>

namespace Mwb::Kernel {

class RequestAuthenticator;

// A Jupyter Server (jupyter-server 1.x/2.x, JupyterHub single-user servers) with token auth.
class JupyterService final : public KernelService
{
public:
    // `url` is the server root (http://host:port[/base_url]); the token comes from the caller's
    // environment or keychain, never from argv. An empty token is allowed (a server without auth).
    JupyterService(const QUrl &url, const QString &token);
    ~JupyterService() override;

    RestClient &rest() override { return *m_rest; }
    QString describe() const override;
    Core::Result<KernelHandle> startKernel(const QString &notebookName, const QString &kernelName) override;
    Core::Result<QNetworkRequest> channelsRequest(const KernelHandle &kernel, const QString &clientSession) override;

private:
    QUrl m_url;
    std::shared_ptr<const RequestAuthenticator> m_authenticator;
    std::unique_ptr<RestClient> m_rest;
};

} // namespace Mwb::Kernel
