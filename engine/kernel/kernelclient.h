// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "kernel/executionresult.h"
#include "kernel/kernelmessage.h"
#include "kernel/kernelservice.h"
#include "kernel/wireformat.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Mwb::Kernel {

class KernelChannel;

struct KernelOptions
{
    std::chrono::milliseconds cellTimeout = std::chrono::hours(2); // AIDP executor default 7200 s
    // "kernel hung" when no status busy for our request within this time (mission_anchors.md §1.6).
    std::chrono::milliseconds busyTimeout = std::chrono::seconds(60);
    std::chrono::milliseconds pingInterval = std::chrono::seconds(30);
    int missedPongsAllowed = 3; // then the socket counts as dead and is re-attached
    std::chrono::milliseconds connectTimeout = std::chrono::seconds(60);
    std::chrono::milliseconds reconnectDelay = std::chrono::milliseconds(250);
    int reconnectAttempts = 8;
    // After a stop request (SIGTERM) the running cell may finish for this long, then it is interrupted.
    std::chrono::milliseconds stopGrace = std::chrono::seconds(5);
    bool offerV1 = true; // offer v1.kernel.websocket.jupyter.org; false forces the legacy format
    QString username = QStringLiteral("mwb");
};

// A live kernel: its REST handle plus the channels WebSocket. Runs one request at a time,
// collects what belongs to it (every message is matched by parent_header.msg_id) and watches
// liveness: busy timeout, per-cell timeout, kernel death, pings, and re-attaching a dropped
// socket with the same session id so the server replays what it buffered meanwhile.
// Lives on one thread; the blocking helpers spin a local event loop.
class KernelClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KernelClient)
public:
    KernelClient(std::shared_ptr<KernelService> service, KernelOptions options, QObject *parent = nullptr);
    ~KernelClient() override;

    // Starts a kernel for `notebookName` and connects to it (waits for kernel_info_reply).
    Core::Result<void> start(const QString &notebookName, const QString &kernelName = {});
    // Connects to an existing kernel.
    Core::Result<void> attach(const KernelHandle &kernel);
    // Shuts the kernel (and its session) down and closes the socket.
    Core::Result<void> shutdown();

    // Sends an execute_request; the result comes with executionFinished. One request at a time:
    // returns an empty id (and finishes nothing) when another is still running.
    QString execute(const QString &code, bool silent = false);
    // execute() and wait. `timeout` overrides the per-cell time limit for this call.
    ExecutionResult run(const QString &code, std::optional<std::chrono::milliseconds> timeout = {}, bool silent = false);

    Core::Result<void> interrupt();
    // Restarts the kernel (REST; the namespace is lost). A running request ends as Interrupted.
    Core::Result<void> restart();

    bool isBusy() const { return m_pending.has_value(); }
    bool isConnected() const;
    WireFormat wireFormat() const { return m_format; }
    KernelHandle handle() const { return m_kernel; }
    QString clientSession() const { return m_clientSession; }
    KernelService &service() { return *m_service; }
    const KernelOptions &options() const { return m_options; }
    void setOptions(const KernelOptions &options) { m_options = options; }
    // Polled during run(): once true, the cell gets stopGrace to finish, then it is interrupted.
    void setStopCheck(std::function<bool()> check) { m_stopCheck = std::move(check); }
    // The language_info of kernel_info_reply.
    Core::Json languageInfo() const { return m_languageInfo; }

    // Drops the TCP connection as a network failure would; the client re-attaches by itself.
    void dropConnection();

Q_SIGNALS:
    void outputReceived(const Mwb::Kernel::CellOutput &output);
    void executionFinished(const Mwb::Kernel::ExecutionResult &result);
    void kernelStatusChanged(const QString &executionState);
    void reconnected();
    void connectionLost(const QString &reason);

private:
    Core::Result<void> connectChannels();
    void openChannel();
    void onOpened(WireFormat format);
    void onClosed(const QString &reason);
    void onMessage(const KernelMessage &message);
    void handlePending(const KernelMessage &message);
    void addOutput(CellOutput output);
    void finishPending(ExecutionStatus status, const QString &message = {});
    void maybeFinish();
    void onPing();
    void scheduleReconnect();
    void onStopPoll();
    void interruptAndFinish(ExecutionStatus status, const QString &message);
    void replaceChannel();
    Core::Result<void> reconnectFresh();

    struct Pending
    {
        QString msgId;
        ExecutionResult result;
        bool gotBusy = false;
        bool gotReply = false;
        bool gotIdle = false;
        bool clearOnNextOutput = false;
        // Set when we interrupted the cell (timeout, stop): the result to report once the kernel
        // has answered the interrupt, so the next request is not aborted by stop_on_error.
        std::optional<std::pair<ExecutionStatus, QString>> forced;
        QElapsedTimer clock;
    };

    std::shared_ptr<KernelService> m_service;
    KernelOptions m_options;
    KernelHandle m_kernel;
    QString m_clientSession;
    KernelChannel *m_channel;
    WireFormat m_format = WireFormat::Legacy;
    std::optional<Pending> m_pending;
    QTimer m_busyTimer;
    QTimer m_cellTimer;
    QTimer m_pingTimer;
    QTimer m_reconnectTimer;
    QTimer m_stopTimer;
    QTimer m_drainTimer;
    QElapsedTimer m_stopClock;
    int m_missedPongs = 0;
    int m_reconnectsLeft = 0;
    bool m_wantConnected = false;
    bool m_everOpened = false;
    bool m_kernelRestarted = false; // by the server after a death: reconnect before the next request
    QString m_lastCloseReason;
    QString m_infoRequestId;
    bool m_infoReceived = false;
    Core::Json m_languageInfo;
    std::function<bool()> m_stopCheck;
};

} // namespace Mwb::Kernel
