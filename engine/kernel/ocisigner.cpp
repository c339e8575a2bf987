// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/ocisigner.h"

#include "kernel/tr.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QNetworkRequest>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

struct OciSigner::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

OciSigner::~OciSigner() = default;

Core::Result<std::unique_ptr<OciSigner>> OciSigner::create(const OciConfig &config)
{
    auto keyId = config.keyId();
    if (!keyId) {
        return keyId.error();
    }
    QFile file(config.keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return Core::Error::inFile(config.keyFile, Tr::tr("cannot read the OCI API key: %1").arg(file.errorString()),
                                   Tr::tr("Check key_file in profile [%1].").arg(config.profile));
    }
    const QByteArray pem = file.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    QByteArray passPhrase = config.passPhrase.toUtf8();
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, passPhrase.isEmpty() ? nullptr : passPhrase.data());
    BIO_free(bio);
    passPhrase.fill('\0');
    if (!pkey) {
        return Core::Error::inFile(config.keyFile, Tr::tr("the OCI API key is not a readable PEM private key"),
                                   Tr::tr("Check the file and pass_phrase in profile [%1].").arg(config.profile));
    }
    if (EVP_PKEY_get_base_id(pkey) != EVP_PKEY_RSA) {
        EVP_PKEY_free(pkey);
        return Core::Error::inFile(config.keyFile, Tr::tr("the OCI API key is not an RSA key"),
                                   Tr::tr("OCI request signatures use RSA keys; upload an RSA API key."));
    }
    std::unique_ptr<OciSigner> signer(new OciSigner);
    signer->m_key = std::make_unique<Key>();
    signer->m_key->pkey = pkey;
    signer->m_keyId = *keyId;
    return signer;
}

QByteArray OciSigner::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const QString scheme = url.scheme();
    const int defaultPort = scheme == u"https" || scheme == u"wss" ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort) {
        host += ':' + QByteArray::number(url.port());
    }
    return host;
}

QByteArray OciSigner::requestTarget(const QByteArray &method, const QUrl &url)
{
    QByteArray target = method.toLower() + ' ' + url.path(QUrl::FullyEncoded).toLatin1();
    if (target.endsWith(' ')) {
        target += '/';
    }
    if (url.hasQuery()) {
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    }
    return target;
}

QByteArray OciSigner::httpDate(const QDateTime &utc)
{
    // RFC 7231 IMF-fixdate, always in English.
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

bool OciSigner::methodHasBody(const QByteArray &method)
{
    const QByteArray upper = method.toUpper();
    return upper == "POST" || upper == "PUT" || upper == "PATCH";
}

Core::Result<QByteArray> OciSigner::sign(const QByteArray &signingString) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    bool ok = context && EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestSign(context, nullptr, &length,
                          reinterpret_cast<const unsigned char *>(signingString.constData()),
                          static_cast<size_t>(signingString.size()))
            == 1;
    if (ok) {
        signature.resize(static_cast<qsizetype>(length));
        ok = EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                            reinterpret_cast<const unsigned char *>(signingString.constData()),
                            static_cast<size_t>(signingString.size()))
            == 1;
        signature.resize(static_cast<qsizetype>(length));
    }
    EVP_MD_CTX_free(context);
    if (!ok) {
        return Core::Error::inFile({}, Tr::tr("OpenSSL could not sign the request"),
                                   Tr::tr("Check that the OCI API key is a valid RSA key."));
    }
    return signature.toBase64();
}

Core::Result<void> OciSigner::authenticate(QNetworkRequest &request, const QByteArray &method,
                                           const QByteArray &body) const
{
    const QUrl url = request.url();
    const QByteArray date = httpDate(m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc());
    QList<std::pair<QByteArray, QByteArray>> signed_ {
        {"date", date}, {"(request-target)", requestTarget(method, url)}, {"host", hostHeader(url)}};
    request.setRawHeader("date", date);
    if (methodHasBody(method)) {
        QByteArray contentType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (contentType.isEmpty()) {
            contentType = "application/json";
            request.setRawHeader("content-type", contentType);
        }
        const QByteArray sha = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64();
        const QByteArray length = QByteArray::number(body.size());
        request.setRawHeader("content-length", length);
        request.setRawHeader("x-content-sha256", sha);
        signed_ << std::pair {QByteArray("content-length"), length} << std::pair {QByteArray("content-type"), contentType}
                << std::pair {QByteArray("x-content-sha256"), sha};
    }
    QByteArrayList names;
    QByteArrayList lines;
    for (const auto &[name, value] : std::as_const(signed_)) {
        names << name;
        lines << name + ": " + value;
    }
    auto signature = sign(lines.join('\n'));
    if (!signature) {
        return signature.error();
    }
    const QByteArray authorization = "Signature version=\"1\",keyId=\"" + m_keyId.toUtf8()
        + "\",algorithm=\"rsa-sha256\",headers=\"" + names.join(' ') + "\",signature=\"" + *signature + '"';
    request.setRawHeader("authorization", authorization);
    return {};
}

Core::Result<void> OciSigner::authenticateWebSocket(QNetworkRequest &request) const
{
    const QUrl original = request.url();
    QUrl https = original;
    https.setScheme(original.scheme() == u"ws" ? u"http"_s : u"https"_s);
    request.setUrl(https);
    auto ok = authenticate(request, QByteArrayLiteral("GET"), {});
    request.setUrl(original);
    return ok;
}

} // namespace Mwb::Kernel
