// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>

class QNetworkRequest;

namespace Mwb::Kernel {

// Adds credentials to a request to a kernel server: a Jupyter token, or an OCI request signature
// for AIDP (protocols.md §5 "a pluggable auth provider"). Implementations never log the secret.
class RequestAuthenticator
{
public:
    virtual ~RequestAuthenticator() = default;
    // `method` is the HTTP verb in upper case; `body` the exact bytes that will be sent.
    virtual Core::Result<void> authenticate(QNetworkRequest &request, const QByteArray &method,
                                            const QByteArray &body) const = 0;
    // The handshake of the channels WebSocket (ws:// or wss:// URL).
    virtual Core::Result<void> authenticateWebSocket(QNetworkRequest &request) const
    {
        return authenticate(request, QByteArrayLiteral("GET"), {});
    }
};

} // namespace Mwb::Kernel
