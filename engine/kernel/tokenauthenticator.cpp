// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/tokenauthenticator.h"

#include <QNetworkRequest>

namespace Mwb::Kernel {

Core::Result<void> TokenAuthenticator::authenticate(QNetworkRequest &request, const QByteArray &method,
                                                    const QByteArray &body) const
{
    Q_UNUSED(method)
    Q_UNUSED(body)
    if (!m_token.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("token ") + m_token.toUtf8());
    }
    return {};
}

} // namespace Mwb::Kernel
