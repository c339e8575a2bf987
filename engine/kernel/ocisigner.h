// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/ociconfig.h"
#include "kernel/requestauthenticator.h"

#include <QDateTime>
#include <QUrl>

#include <memory>

namespace Mwb::Kernel {

// OCI API request signing (docs.oracle.com/iaas/Content/API/Concepts/signingrequests.htm, signature
// version 1, based on draft-cavage-http-signatures-08): RSA-SHA256 over the headers
// "date (request-target) host", plus "content-length content-type x-content-sha256" for requests with
// a body (POST, PUT, PATCH), sent as
//   Authorization: Signature version="1",keyId="<tenancy>/<user>/<fingerprint>",algorithm="rsa-sha256",
//                  headers="...",signature="<base64>"
class OciSigner final : public RequestAuthenticator
{
public:
    ~OciSigner() override;
    OciSigner(const OciSigner &) = delete;
    OciSigner &operator=(const OciSigner &) = delete;

    // Loads the profile's private key (PEM, PKCS#1 or PKCS#8, optionally encrypted with pass_phrase).
    static Core::Result<std::unique_ptr<OciSigner>> create(const OciConfig &config);

    Core::Result<void> authenticate(QNetworkRequest &request, const QByteArray &method,
                                    const QByteArray &body) const override;
    // AIDP's channels handshake: the signature of a GET on the https:// form of the wss:// URL, sent as
    // "date" and "authorization" only (a second Host header makes the gateway answer 400).
    Core::Result<void> authenticateWebSocket(QNetworkRequest &request) const override;

    // The parts of the signature, exposed for tests and for stand-ins that verify it.
    static QByteArray hostHeader(const QUrl &url);
    static QByteArray requestTarget(const QByteArray &method, const QUrl &url);
    static QByteArray httpDate(const QDateTime &utc);
    static bool methodHasBody(const QByteArray &method);

    // Fixes the clock for tests; an invalid time means "now".
    void setClockForTesting(const QDateTime &utc) { m_fixedNow = utc; }

private:
    OciSigner() = default;
    Core::Result<QByteArray> sign(const QByteArray &signingString) const;

    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_keyId;
    QDateTime m_fixedNow;
};

} // namespace Mwb::Kernel
