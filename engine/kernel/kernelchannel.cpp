// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/kernelchannel.h"

#include "kernel/tr.h"

#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

KernelChannel::KernelChannel(QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    // Kernel messages can be large (a display of a big DataFrame); Qt's default limits are far above
    // anything a kernel sends, so only the defaults apply.
    connect(m_socket, &QWebSocket::connected, this, &KernelChannel::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &KernelChannel::onDisconnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &KernelChannel::onBinary);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &KernelChannel::onText);
    connect(m_socket, &QWebSocket::pong, this, [this](quint64 elapsed, const QByteArray &) { Q_EMIT pongReceived(elapsed); });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        m_lastError = m_socket->errorString();
    });
}

KernelChannel::~KernelChannel()
{
    // No close() here: closed() must not reach a half-destroyed owner.
    m_socket->disconnect(this);
    m_socket->abort();
}

void KernelChannel::open(const QNetworkRequest &request, bool offerV1)
{
    m_open = false;
    m_tcp = nullptr;
    m_lastError.clear();
    QWebSocketHandshakeOptions options;
    if (offerV1) {
        options.setSubprotocols({QString::fromLatin1(v1Subprotocol)});
    }
    m_socket->open(request, options);
}

void KernelChannel::close()
{
    m_socket->close();
}

void KernelChannel::abort()
{
    m_socket->abort();
}

bool KernelChannel::isOpen() const
{
    return m_open;
}

void KernelChannel::send(const KernelMessage &message)
{
    const QByteArray frame = encodeMessage(message, m_format);
    if (m_format == WireFormat::V1 || !message.buffers.isEmpty()) {
        m_socket->sendBinaryMessage(frame);
    } else {
        m_socket->sendTextMessage(QString::fromUtf8(frame));
    }
}

void KernelChannel::ping()
{
    m_socket->ping();
}

void KernelChannel::onConnected()
{
    m_open = true;
    m_format = m_socket->subprotocol() == QLatin1String(v1Subprotocol) ? WireFormat::V1 : WireFormat::Legacy;
    // QWebSocket keeps its QTcpSocket as a child; its descriptor lets us answer the server promptly.
    m_tcp = m_socket->findChild<QTcpSocket *>();
    if (m_tcp) {
        m_tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_tcp, &QTcpSocket::readyRead, this, &KernelChannel::armQuickAck, Qt::UniqueConnection);
    }
    armQuickAck();
    Q_EMIT opened(m_format);
}

void KernelChannel::armQuickAck()
{
    // protocols.md §7: jupyter-server writes busy/execute_input/stream/reply/idle as separate small
    // frames with Nagle on, so each waits for our ACK, which Linux delays up to 40 ms. TCP_QUICKACK
    // is not sticky and is re-armed after every read; that brings a cell from ~48 ms to ~7 ms.
#ifdef TCP_QUICKACK
    if (m_tcp && m_tcp->socketDescriptor() >= 0) {
        const int one = 1;
        ::setsockopt(static_cast<int>(m_tcp->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    }
#endif
}

void KernelChannel::onDisconnected()
{
    const bool wasOpen = m_open;
    m_open = false;
    m_tcp = nullptr;
    QString reason = m_lastError;
    if (reason.isEmpty()) {
        reason = m_socket->closeReason();
    }
    if (reason.isEmpty()) {
        reason = wasOpen ? Tr::tr("the server closed the kernel connection (code %1)").arg(int(m_socket->closeCode()))
                         : Tr::tr("the kernel connection could not be opened");
    }
    Q_EMIT closed(reason);
}

void KernelChannel::onBinary(const QByteArray &frame)
{
    auto message = decodeBinaryFrame(frame, m_format);
    if (!message) {
        Q_EMIT decodeFailed(message.error().message);
        return;
    }
    Q_EMIT messageReceived(*message);
}

void KernelChannel::onText(const QString &frame)
{
    auto message = decodeTextFrame(frame.toUtf8());
    if (!message) {
        Q_EMIT decodeFailed(message.error().message);
        return;
    }
    Q_EMIT messageReceived(*message);
}

} // namespace Mwb::Kernel
