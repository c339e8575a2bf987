// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/requestauthenticator.h"

#include <QString>

namespace Mwb::Kernel {

// Jupyter Server token authentication: "Authorization: token <token>" (jupyter_server
// auth/login.py; 2.x also accepts "bearer", "token" works with both). Token-authenticated
// requests skip the XSRF and Origin checks, so nothing else is needed. An empty token adds nothing.
class TokenAuthenticator final : public RequestAuthenticator
{
public:
    explicit TokenAuthenticator(QString token) : m_token(std::move(token)) { }
    Core::Result<void> authenticate(QNetworkRequest &request, const QByteArray &method,
                                    const QByteArray &body) const override;

private:
    QString m_token;
};

} // namespace Mwb::Kernel
