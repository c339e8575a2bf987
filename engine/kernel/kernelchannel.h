// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/kernelmessage.h"
#include "kernel/wireformat.h"

#include <QAbstractSocket>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QWebSocket;
class QTcpSocket;

namespace Mwb::Kernel {

// The /api/kernels/{id}/channels WebSocket: one socket carrying shell, iopub, stdin and control.
// Offers the v1 subprotocol when asked and decodes in whichever format the server selected
// (protocols.md §1.4: the server echoes the subprotocol it picked; none means legacy).
class KernelChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KernelChannel)
public:
    explicit KernelChannel(QObject *parent = nullptr);
    ~KernelChannel() override;

    // `request` carries the ws:// or wss:// URL and any authentication headers.
    void open(const QNetworkRequest &request, bool offerV1);
    void close();
    // Drops the TCP connection without a close handshake, as a network failure would.
    void abort();
    bool isOpen() const;
    WireFormat wireFormat() const { return m_format; }
    void send(const KernelMessage &message);
    void ping();

Q_SIGNALS:
    void opened(Mwb::Kernel::WireFormat format);
    void messageReceived(const Mwb::Kernel::KernelMessage &message);
    // The socket closed or could not open; `reason` is for the user.
    void closed(const QString &reason);
    void pongReceived(quint64 elapsedMs);
    // A frame that is not a kernel message; the connection stays up.
    void decodeFailed(const QString &reason);

private:
    void onConnected();
    void onDisconnected();
    void onBinary(const QByteArray &frame);
    void onText(const QString &frame);
    void armQuickAck();

    QWebSocket *m_socket;
    QPointer<QTcpSocket> m_tcp;
    WireFormat m_format = WireFormat::Legacy;
    bool m_open = false;
    QString m_lastError;
};

} // namespace Mwb::Kernel
