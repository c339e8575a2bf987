// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A local stand-in for AIDP's control plane and kernel gateway (the one remote API the tests cannot
// reach). It follows the documented shapes (protocols.md §2.3, mission_anchors.md §1.6) and checks
// every request's OCI signature (signature version 1, draft-cavage-http-signatures-08) with the
// public half of a throw-away RSA key, answering 401 when it does not verify.

#include "kernel/kernelmessage.h"
#include "kernel/wireformat.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace Mwb::Test {

// A fresh RSA key pair: the private key as a PEM file for the signer, the public key for checking.
struct ThrowAwayKey
{
    EVP_PKEY *pkey = nullptr;
    QString pemPath;
    QString fingerprint; // OCI style: MD5 of the DER public key, "aa:bb:..."

    ThrowAwayKey(const ThrowAwayKey &) = delete;
    ThrowAwayKey &operator=(const ThrowAwayKey &) = delete;
    ThrowAwayKey(const QString &dir, const QString &name)
    {
        pkey = EVP_RSA_gen(2048);
        pemPath = dir + u'/' + name;
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        QFile file(pemPath);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(data, size);
        }
        BIO_free(bio);
        unsigned char *der = nullptr;
        const int derSize = i2d_PUBKEY(pkey, &der);
        const QByteArray md5 = QCryptographicHash::hash(QByteArray(reinterpret_cast<char *>(der), derSize), QCryptographicHash::Md5);
        OPENSSL_free(der);
        fingerprint = QString::fromLatin1(md5.toHex(':'));
    }
    ~ThrowAwayKey() { EVP_PKEY_free(pkey); }
};

// Returns an empty string when the request's signature verifies, else what is wrong.
inline QString verifyOciSignature(EVP_PKEY *publicKey, const QString &expectedKeyId, const QByteArray &method,
                                  const QByteArray &target, const QHash<QByteArray, QByteArray> &headers,
                                  const QByteArray &body)
{
    const QByteArray authorization = headers.value("authorization");
    if (!authorization.startsWith("Signature ")) {
        return QStringLiteral("no Signature authorization");
    }
    QHash<QByteArray, QByteArray> params;
    static const QRegularExpression pair(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    auto it = pair.globalMatch(QString::fromLatin1(authorization.mid(10)));
    while (it.hasNext()) {
        const auto m = it.next();
        params.insert(m.captured(1).toLatin1(), m.captured(2).toLatin1());
    }
    if (params.value("version") != "1" || params.value("algorithm") != "rsa-sha256") {
        return QStringLiteral("wrong version or algorithm");
    }
    if (QString::fromLatin1(params.value("keyId")) != expectedKeyId) {
        return QStringLiteral("unknown keyId");
    }
    const QByteArrayList names = params.value("headers").split(' ');
    QByteArrayList required {"date", "(request-target)", "host"};
    const bool hasBody = method == "POST" || method == "PUT" || method == "PATCH";
    if (hasBody) {
        required << "content-length" << "content-type" << "x-content-sha256";
    }
    for (const QByteArray &name : required) {
        if (!names.contains(name)) {
            return QStringLiteral("header %1 not signed").arg(QString::fromLatin1(name));
        }
    }
    if (hasBody) {
        if (headers.value("x-content-sha256") != QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64()) {
            return QStringLiteral("x-content-sha256 does not match the body");
        }
        if (headers.value("content-length").toLongLong() != body.size()) {
            return QStringLiteral("content-length does not match the body");
        }
    }
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(headers.value("date")),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    date.setTimeSpec(Qt::UTC);
    if (!date.isValid() || qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) > 300) {
        return QStringLiteral("date missing or more than 5 minutes off");
    }
    QByteArrayList lines;
    for (const QByteArray &name : names) {
        if (name == "(request-target)") {
            lines << "(request-target): " + method.toLower() + ' ' + target;
        } else {
            if (!headers.contains(name)) {
                return QStringLiteral("signed header %1 missing").arg(QString::fromLatin1(name));
            }
            lines << name + ": " + headers.value(name);
        }
    }
    const QByteArray signingString = lines.join('\n');
    const QByteArray signature = QByteArray::fromBase64(params.value("signature"));
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, publicKey) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(signingString.constData()), size_t(signingString.size()))
            == 1;
    EVP_MD_CTX_free(context);
    return ok ? QString() : QStringLiteral("signature does not verify");
}

class AidpStandIn final : public QAbstractHttpServer
{
public:
    AidpStandIn(EVP_PKEY *key, QString keyId, QString lake, QString workspace, QString cluster)
        : m_key(key), m_keyId(std::move(keyId)), m_lake(std::move(lake)), m_workspace(std::move(workspace)),
          m_cluster(std::move(cluster)), m_sockets(QStringLiteral("aidp-standin"), QWebSocketServer::NonSecureMode)
    {
        m_sockets.setSupportedSubprotocols({QString::fromLatin1(Kernel::v1Subprotocol)});
        QObject::connect(&m_sockets, &QWebSocketServer::newConnection, &m_sockets, [this] { onSocket(); });
    }

    quint16 httpPort = 0;
    quint16 wsPort = 0;
    bool start()
    {
        httpPort = listen(QHostAddress::LocalHost, 0);
        if (!m_sockets.listen(QHostAddress::LocalHost, 0)) {
            return false;
        }
        wsPort = m_sockets.serverPort();
        return httpPort != 0;
    }

    // What the tests look at.
    int verified = 0;
    QStringList rejected;           // reasons
    QList<QByteArray> sessionPosts; // bodies
    QByteArray searchLogsBody;
    QStringList clusterStates{QStringLiteral("ACTIVE")}; // answered in order; the last one repeats
    int sessionNotReadyAnswers = 1;                      // 400 "execution context" before the 201
    int kernelNullPolls = 1;                             // session GETs with kernel null
    QString kernelId = QStringLiteral("6f1c2a3b-1111-2222-3333-444455556666");
    QUrl socketUrl;          // of the last channels handshake
    bool socketSigned = false;
    QStringList executedCode;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHash<QByteArray, QByteArray> headers;
        for (const auto &[name, value] : request.headers()) {
            headers.insert(name.toLower(), value);
        }
        const QByteArray method = methodName(request.method());
        QByteArray target = request.url().path(QUrl::FullyEncoded).toLatin1();
        if (request.url().hasQuery()) {
            target += '?' + request.url().query(QUrl::FullyEncoded).toLatin1();
        }
        auto responder = makeResponder(request, socket);
        const QString problem = verifyOciSignature(m_key, m_keyId, method, target, headers, request.body());
        if (!problem.isEmpty()) {
            rejected << problem;
            responder.write(QByteArray(R"({"code": "NotAuthenticated", "message": "The required information to complete authentication was not provided or was incorrect."})"),
                            "application/json", QHttpServerResponder::StatusCode::Unauthorized);
            return true;
        }
        ++verified;
        const QString path = request.url().path();
        const QString ws = QStringLiteral("/20240831/dataLakes/%1/workspaces/%2/").arg(m_lake, m_workspace);
        using Status = QHttpServerResponder::StatusCode;
        auto json = [&](const QByteArray &body, Status status = Status::Ok) { responder.write(body, "application/json", status); };
        if (path == ws + QStringLiteral("notebook/api/sessions") && method == "GET") {
            json("[]");
        } else if (path == ws + QStringLiteral("notebook/api/sessions") && method == "POST") {
            sessionPosts << request.body();
            if (sessionNotReadyAnswers > 0) {
                --sessionNotReadyAnswers;
                json(R"({"message": "execution context not ready for cluster"})", Status::BadRequest);
            } else {
                json(R"({"id": "sess-1", "path": "Workspace/x.ipynb", "type": "notebook", "kernel": null})", Status::Created);
            }
        } else if (path == ws + QStringLiteral("notebook/api/sessions/sess-1") && method == "GET") {
            if (kernelNullPolls > 0) {
                --kernelNullPolls;
                json(R"({"id": "sess-1", "kernel": null})");
            } else {
                json(QStringLiteral(R"({"id": "sess-1", "kernel": {"id": "%1", "name": "notebook"}})").arg(kernelId).toUtf8());
            }
        } else if (path == ws + QStringLiteral("notebook/api/sessions/sess-1") && method == "DELETE") {
            responder.write(Status::NoContent);
        } else if (path == ws + QStringLiteral("notebook/api/kernels/%1/interrupt").arg(kernelId) && method == "POST") {
            responder.write(Status::NoContent);
        } else if (path == ws + QStringLiteral("clusters/") + m_cluster && method == "GET") {
            const QString state = clusterStates.size() > 1 ? clusterStates.takeFirst() : clusterStates.value(0);
            json(QStringLiteral(R"({"id": "%1", "lifecycleState": "%2"})").arg(m_cluster, state).toUtf8());
        } else if (path == ws + QStringLiteral("clusters/%1/actions/searchLogs").arg(m_cluster) && method == "POST") {
            searchLogsBody = request.body();
            json(R"({"items": [{"timestamp": "2026-01-01T00:00:00Z", "logLevel": "ERROR",
                     "message": "ERROR DAGScheduler: Job 4 failed: count at <stdin>:1"}]})");
        } else {
            json(R"({"message": "not found"})", Status::NotFound);
        }
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    static QByteArray methodName(QHttpServerRequest::Method method)
    {
        switch (method) {
        case QHttpServerRequest::Method::Get:
            return "GET";
        case QHttpServerRequest::Method::Post:
            return "POST";
        case QHttpServerRequest::Method::Put:
            return "PUT";
        case QHttpServerRequest::Method::Delete:
            return "DELETE";
        case QHttpServerRequest::Method::Patch:
            return "PATCH";
        default:
            return "OTHER";
        }
    }

    void onSocket()
    {
        QWebSocket *socket = m_sockets.nextPendingConnection();
        socket->setParent(&m_sockets);
        const QNetworkRequest request = socket->request();
        socketUrl = request.url();
        QHash<QByteArray, QByteArray> headers;
        for (const QByteArray &name : request.rawHeaderList()) {
            headers.insert(name.toLower(), request.rawHeader(name));
        }
        QByteArray target = socketUrl.path(QUrl::FullyEncoded).toLatin1();
        if (socketUrl.hasQuery()) {
            target += '?' + socketUrl.query(QUrl::FullyEncoded).toLatin1();
        }
        const QString problem = verifyOciSignature(m_key, m_keyId, "GET", target, headers, {});
        socketSigned = problem.isEmpty() && !headers.contains("content-length") && !headers.contains("x-content-sha256");
        if (!socketSigned) {
            rejected << (problem.isEmpty() ? QStringLiteral("content headers on the handshake") : problem);
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("NotAuthenticated"));
            return;
        }
        ++verified;
        const bool v1 = socket->subprotocol() == QLatin1String(Kernel::v1Subprotocol);
        QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket, [this, socket, v1](const QByteArray &frame) {
            auto message = Kernel::decodeBinaryFrame(frame, v1 ? Kernel::WireFormat::V1 : Kernel::WireFormat::Legacy);
            if (message) {
                answer(socket, *message);
            }
        });
    }

    void send(QWebSocket *socket, const Kernel::KernelMessage &request, const QString &channel, const QString &type,
              Core::Json content, Core::Json metadata = Core::Json::object())
    {
        Kernel::KernelMessage reply = Kernel::KernelMessage::request(channel, type, QStringLiteral("kernel-session"),
                                                                     QStringLiteral("aidp"), std::move(content));
        reply.parentHeader = request.header;
        reply.metadata = std::move(metadata);
        socket->sendBinaryMessage(Kernel::encodeMessage(reply, Kernel::WireFormat::V1));
    }

    void answer(QWebSocket *socket, const Kernel::KernelMessage &request)
    {
        const QString type = request.msgType();
        if (type == u"kernel_info_request") {
            send(socket, request, QStringLiteral("shell"), QStringLiteral("kernel_info_reply"),
                 Core::Json {{"status", "ok"}, {"protocol_version", "5.3"}, {"language_info", {{"name", "python"}}}});
            return;
        }
        if (type != u"execute_request") {
            return;
        }
        const QString code = Core::stringValue(request.content, "code");
        executedCode << code;
        send(socket, request, QStringLiteral("iopub"), QStringLiteral("status"), Core::Json {{"execution_state", "busy"}});
        // Spark job events come as streams marked metadata.type == "event"; they are not output.
        send(socket, request, QStringLiteral("iopub"), QStringLiteral("stream"),
             Core::Json {{"name", "stdout"}, {"text", "{\"jobId\": 7}"}}, Core::Json {{"type", "event"}});
        const std::string wrapped = Core::Json::array({Core::Json {{"type", "TEXT_PLAIN"}, {"value", "ran: " + code.toStdString() + "\n"}}}).dump();
        send(socket, request, QStringLiteral("iopub"), QStringLiteral("stream"), Core::Json {{"name", "stdout"}, {"text", wrapped}});
        send(socket, request, QStringLiteral("shell"), QStringLiteral("execute_reply"),
             Core::Json {{"status", "ok"}, {"execution_count", executedCode.size()}});
        send(socket, request, QStringLiteral("iopub"), QStringLiteral("status"), Core::Json {{"execution_state", "idle"}});
    }

    EVP_PKEY *m_key;
    QString m_keyId;
    QString m_lake;
    QString m_workspace;
    QString m_cluster;
    QWebSocketServer m_sockets;
};

} // namespace Mwb::Test
