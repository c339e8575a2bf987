// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/kernelclient.h"

#include "kernel/kernelchannel.h"
#include "kernel/outputnormalizer.h"
#include "kernel/tr.h"

#include <QEventLoop>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

namespace {

int seconds(std::chrono::milliseconds duration)
{
    return static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(duration).count());
}

QStringList toStringList(const Core::Json &value)
{
    QStringList out;
    if (value.is_array()) {
        for (const auto &item : value) {
            out << (item.is_string() ? Core::fromStd(item.get<std::string>()) : Core::fromStd(item.dump()));
        }
    }
    return out;
}

} // namespace

KernelClient::KernelClient(std::shared_ptr<KernelService> service, KernelOptions options, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_options(std::move(options))
    , m_clientSession(QUuid::createUuid().toString(QUuid::Id128))
    , m_channel(nullptr)
{
    replaceChannel();
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] {
        if (m_pending && m_pending->forced) {
            const auto [status, message] = *m_pending->forced;
            finishPending(status, message);
        }
    });
    m_busyTimer.setSingleShot(true);
    m_cellTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_busyTimer, &QTimer::timeout, this, [this] {
        if (m_pending && !m_pending->gotBusy) {
            finishPending(ExecutionStatus::Hung,
                          Tr::tr("kernel hung: no \"busy\" status within %n second(s) of sending the cell", nullptr,
                                 seconds(m_options.busyTimeout)));
        }
    });
    connect(&m_cellTimer, &QTimer::timeout, this, [this] {
        if (!m_pending) {
            return;
        }
        interruptAndFinish(ExecutionStatus::TimedOut,
                           Tr::tr("the cell ran longer than its time limit of %n second(s) and was interrupted", nullptr,
                                  seconds(m_options.cellTimeout)));
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &KernelClient::onPing);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &KernelClient::openChannel);
    m_stopTimer.setInterval(100);
    connect(&m_stopTimer, &QTimer::timeout, this, &KernelClient::onStopPoll);
}

void KernelClient::replaceChannel()
{
    // A fresh socket object per connection: a late "closed" of the old one cannot reach us.
    if (m_channel) {
        m_channel->disconnect(this);
        m_channel->abort();
        m_channel->deleteLater();
    }
    m_channel = new KernelChannel(this);
    connect(m_channel, &KernelChannel::opened, this, &KernelClient::onOpened);
    connect(m_channel, &KernelChannel::closed, this, &KernelClient::onClosed);
    connect(m_channel, &KernelChannel::messageReceived, this, &KernelClient::onMessage);
    connect(m_channel, &KernelChannel::pongReceived, this, [this] { m_missedPongs = 0; });
}

KernelClient::~KernelClient()
{
    m_wantConnected = false;
}

bool KernelClient::isConnected() const
{
    return m_channel->isOpen();
}

Core::Result<void> KernelClient::start(const QString &notebookName, const QString &kernelName)
{
    auto kernel = m_service->startKernel(notebookName, kernelName);
    if (!kernel) {
        return kernel.error();
    }
    return attach(*kernel);
}

Core::Result<void> KernelClient::attach(const KernelHandle &kernel)
{
    m_kernel = kernel;
    return connectChannels();
}

Core::Result<void> KernelClient::connectChannels()
{
    m_wantConnected = true;
    m_everOpened = false;
    m_infoReceived = false;
    m_lastCloseReason.clear();
    m_reconnectsLeft = 0; // the first connection is not retried: a wrong URL or token should fail fast
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool failed = false;
    const auto quitOnInfo = connect(this, &KernelClient::kernelStatusChanged, &loop, [&] {
        if (m_infoReceived) {
            loop.quit();
        }
    });
    const auto quitOnLost = connect(this, &KernelClient::connectionLost, &loop, [&] {
        failed = true;
        loop.quit();
    });
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(m_options.connectTimeout);
    openChannel();
    if (!m_infoReceived && !failed) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    disconnect(quitOnInfo);
    disconnect(quitOnLost);
    if (m_infoReceived) {
        m_reconnectsLeft = m_options.reconnectAttempts;
        return {};
    }
    m_wantConnected = false;
    m_channel->abort();
    const QString where = m_service->describe();
    if (failed || !m_everOpened) {
        return Core::Error::inFile({}, Tr::tr("cannot open the kernel channels of %1: %2").arg(where, m_lastCloseReason),
                                   Tr::tr("Check the URL and the credentials, and that the kernel %1 exists.").arg(m_kernel.kernelId));
    }
    return Core::Error::inFile({}, Tr::tr("the kernel on %1 did not answer kernel_info_request within %n second(s)", nullptr,
                                          seconds(m_options.connectTimeout))
                                       .arg(where),
                               Tr::tr("The kernel may still be starting or may be stuck; restart it and retry."));
}

void KernelClient::openChannel()
{
    if (!m_wantConnected) {
        return;
    }
    auto request = m_service->channelsRequest(m_kernel, m_clientSession);
    if (!request) {
        m_lastCloseReason = request.error().toString();
        Q_EMIT connectionLost(m_lastCloseReason);
        return;
    }
    request->setTransferTimeout(static_cast<int>(m_options.connectTimeout.count()));
    m_channel->open(*request, m_options.offerV1);
}

void KernelClient::onOpened(WireFormat format)
{
    const bool isReconnect = m_everOpened;
    m_everOpened = true;
    m_format = format;
    m_missedPongs = 0;
    m_reconnectsLeft = m_options.reconnectAttempts;
    if (m_options.pingInterval.count() > 0) {
        m_pingTimer.start(m_options.pingInterval);
    }
    if (isReconnect) {
        Q_EMIT reconnected();
        return;
    }
    // kernel_info_request confirms the kernel answers; AIDP's executor sends it after connecting too.
    KernelMessage info = KernelMessage::request(u"shell"_s, u"kernel_info_request"_s, m_clientSession, m_options.username,
                                                Core::Json::object());
    m_infoRequestId = info.msgId();
    m_channel->send(info);
}

void KernelClient::onClosed(const QString &reason)
{
    m_pingTimer.stop();
    m_lastCloseReason = reason;
    if (!m_wantConnected) {
        return;
    }
    if (!m_everOpened || m_reconnectsLeft <= 0) {
        const QString message = Tr::tr("the connection to the kernel was lost and could not be re-established: %1").arg(reason);
        if (m_pending) {
            finishPending(ExecutionStatus::ConnectionLost, message);
        }
        m_wantConnected = false;
        Q_EMIT connectionLost(message);
        return;
    }
    scheduleReconnect();
}

void KernelClient::scheduleReconnect()
{
    --m_reconnectsLeft;
    // Same client session id: jupyter-server buffers the kernel's messages for this session while no
    // socket is attached and replays them on reconnect (ZMQChannelsHandler.open), so nothing is lost.
    m_reconnectTimer.start(m_options.reconnectDelay);
}

void KernelClient::dropConnection()
{
    m_channel->abort();
}

void KernelClient::onPing()
{
    if (!m_channel->isOpen()) {
        return;
    }
    if (m_missedPongs >= m_options.missedPongsAllowed) {
        // No pong for several intervals: the peer is gone though TCP has not noticed; start over.
        m_channel->abort();
        return;
    }
    ++m_missedPongs;
    m_channel->ping();
}

void KernelClient::onMessage(const KernelMessage &message)
{
    const QString type = message.msgType();
    if (message.channel == u"iopub" && type == u"status") {
        const QString state = Core::stringValue(message.content, "execution_state");
        // "restarting" / "dead" come with an empty parent: the kernel died under whatever ran
        // (protocols.md §1.6 item 7); no execute_reply will ever arrive for it.
        if (state == u"restarting" || state == u"dead") {
            m_kernelRestarted = true;
            if (m_pending) {
                finishPending(ExecutionStatus::KernelDied,
                              state == u"dead" ? Tr::tr("kernel died: the kernel process exited and could not be restarted")
                                               : Tr::tr("kernel died: the kernel process exited while running this cell; it "
                                                        "was restarted and its variables are gone"));
            }
            Q_EMIT kernelStatusChanged(state);
            return;
        }
    }
    if (!m_infoReceived && !m_infoRequestId.isEmpty() && type == u"kernel_info_reply"
        && message.parentMsgId() == m_infoRequestId) {
        m_infoReceived = true;
        m_languageInfo = message.content.value("language_info", Core::Json::object());
        Q_EMIT kernelStatusChanged(u"ready"_s);
        return;
    }
    if (m_pending && message.parentMsgId() == m_pending->msgId) {
        handlePending(message);
    }
}

void KernelClient::handlePending(const KernelMessage &message)
{
    Pending &pending = *m_pending;
    const QString type = message.msgType();
    const Core::Json &content = message.content;
    if (message.channel == u"shell") {
        if (type == u"execute_reply") {
            pending.gotReply = true;
            const QString status = Core::stringValue(content, "status");
            if (content.contains("execution_count") && content["execution_count"].is_number_integer()) {
                pending.result.executionCount = content["execution_count"].get<int>();
            }
            if (status == u"error") {
                pending.result.status = ExecutionStatus::Error;
                pending.result.ename = Core::stringValue(content, "ename");
                pending.result.evalue = Core::stringValue(content, "evalue");
                pending.result.traceback = toStringList(content.value("traceback", Core::Json::array()));
            } else if (status == u"aborted") {
                pending.result.status = ExecutionStatus::Aborted;
            }
            maybeFinish();
        }
        return;
    }
    if (message.channel != u"iopub") {
        return;
    }
    if (type == u"status") {
        const QString state = Core::stringValue(content, "execution_state");
        if (state == u"busy") {
            pending.gotBusy = true;
            m_busyTimer.stop();
        } else if (state == u"idle") {
            pending.gotIdle = true;
            maybeFinish();
        }
        return;
    }
    if (type == u"execute_input") {
        if (content.contains("execution_count") && content["execution_count"].is_number_integer()) {
            pending.result.executionCount = content["execution_count"].get<int>();
        }
        return;
    }
    if (type == u"clear_output") {
        if (Core::boolValue(content, "wait")) {
            pending.clearOnNextOutput = true;
        } else {
            pending.result.outputs.clear();
        }
        return;
    }
    CellOutput output;
    if (type == u"stream") {
        if (isEventStream(message.metadata)) {
            return;
        }
        output.kind = CellOutput::Kind::Stream;
        output.streamName = Core::stringValue(content, "name", u"stdout"_s);
        output.text = unwrapTextPlain(Core::stringValue(content, "text"));
    } else if (type == u"display_data" || type == u"update_display_data" || type == u"execute_result") {
        output.kind = type == u"execute_result" ? CellOutput::Kind::ExecuteResult : CellOutput::Kind::DisplayData;
        output.data = content.value("data", Core::Json::object());
        output.metadata = content.value("metadata", Core::Json::object());
        if (content.contains("execution_count") && content["execution_count"].is_number_integer()) {
            output.executionCount = content["execution_count"].get<int>();
        }
    } else if (type == u"error") {
        output.kind = CellOutput::Kind::Error;
        output.ename = Core::stringValue(content, "ename");
        output.evalue = Core::stringValue(content, "evalue");
        output.traceback = toStringList(content.value("traceback", Core::Json::array()));
    } else {
        return;
    }
    addOutput(std::move(output));
}

void KernelClient::addOutput(CellOutput output)
{
    Pending &pending = *m_pending;
    if (pending.clearOnNextOutput) {
        pending.result.outputs.clear();
        pending.clearOnNextOutput = false;
    }
    Q_EMIT outputReceived(output);
    // Consecutive chunks of one stream become one output, as Jupyter front ends store them.
    if (output.kind == CellOutput::Kind::Stream && !pending.result.outputs.isEmpty()) {
        CellOutput &last = pending.result.outputs.last();
        if (last.kind == CellOutput::Kind::Stream && last.streamName == output.streamName) {
            last.text += output.text;
            return;
        }
    }
    pending.result.outputs << std::move(output);
}

void KernelClient::maybeFinish()
{
    if (m_pending && m_pending->gotReply && m_pending->gotIdle) {
        if (m_pending->forced) {
            const auto [status, message] = *m_pending->forced;
            finishPending(status, message);
            return;
        }
        finishPending(m_pending->result.status);
    }
}

void KernelClient::interruptAndFinish(ExecutionStatus status, const QString &message)
{
    if (!m_pending || m_pending->forced) {
        return;
    }
    m_cellTimer.stop();
    m_busyTimer.stop();
    m_stopTimer.stop();
    m_pending->forced = std::pair {status, message};
    // Report only after the interrupted cell's reply and idle (or a short wait for them), so the next cell
    // never meets the KeyboardInterrupt still being handled.
    if (!interrupt() || !m_pending->gotBusy) {
        finishPending(status, message);
        return;
    }
    m_drainTimer.start(std::chrono::seconds(5));
}

void KernelClient::finishPending(ExecutionStatus status, const QString &message)
{
    if (!m_pending) {
        return;
    }
    m_busyTimer.stop();
    m_cellTimer.stop();
    m_stopTimer.stop();
    m_drainTimer.stop();
    ExecutionResult result = std::move(m_pending->result);
    result.elapsedMs = m_pending->clock.elapsed();
    m_pending.reset();
    result.status = status;
    if (!message.isEmpty()) {
        result.message = message;
    }
    if (status == ExecutionStatus::Error && result.ename == QLatin1String(notebookExitName)) {
        // The shim's notebook.exit(value): a clean end of the notebook, not a failure.
        result.status = ExecutionStatus::Exited;
        result.exitValue = result.evalue;
        result.ename.clear();
        result.evalue.clear();
        result.traceback.clear();
        result.outputs.removeIf([](const CellOutput &output) {
            return output.kind == CellOutput::Kind::Error && output.ename == QLatin1String(notebookExitName);
        });
    }
    Q_EMIT executionFinished(result);
}

QString KernelClient::execute(const QString &code, bool silent)
{
    if (m_pending) {
        return {};
    }
    if (m_kernelRestarted) {
        if (auto ok = reconnectFresh(); !ok) {
            m_lastCloseReason = ok.error().message;
        }
    }
    Core::Json content = Core::Json::object();
    content["code"] = Core::toStd(code);
    content["silent"] = silent;
    content["store_history"] = !silent;
    content["user_expressions"] = Core::Json::object();
    content["allow_stdin"] = false; // unattended: input() fails instead of waiting forever
    // One cell at a time, and errors are ours to handle: with stop_on_error the kernel aborts the requests it
    // receives until it has processed its own "stop aborting" message, and a client that sends the next cell
    // right after the error's reply and idle can lose that race (ipykernel 6.17: the next cell comes back
    // "aborted"; ipython/ipykernel#609).
    content["stop_on_error"] = false;
    KernelMessage request = KernelMessage::request(u"shell"_s, u"execute_request"_s, m_clientSession, m_options.username,
                                                   std::move(content));
    m_pending.emplace();
    m_pending->msgId = request.msgId();
    m_pending->result.msgId = request.msgId();
    m_pending->clock.start();
    m_stopClock.invalidate();
    if (!m_channel->isOpen() && !m_wantConnected) {
        const QString id = m_pending->msgId;
        // Deferred so a caller connected to executionFinished after execute() still hears it.
        QTimer::singleShot(0, this, [this, id] {
            if (m_pending && m_pending->msgId == id) {
                finishPending(ExecutionStatus::ConnectionLost,
                              Tr::tr("not connected to the kernel: %1").arg(m_lastCloseReason));
            }
        });
        return id;
    }
    // A closed QWebSocket discards writes: while a dropped socket is being re-attached, the request
    // goes out once the reconnect succeeded.
    if (m_channel->isOpen()) {
        m_channel->send(request);
    } else {
        const QString id = request.msgId();
        auto sendLater = std::make_shared<QMetaObject::Connection>();
        *sendLater = connect(this, &KernelClient::reconnected, this, [this, request, id, sendLater] {
            disconnect(*sendLater);
            if (m_pending && m_pending->msgId == id) {
                m_channel->send(request);
            }
        });
    }
    if (m_options.busyTimeout.count() > 0) {
        m_busyTimer.start(m_options.busyTimeout);
    }
    if (m_options.cellTimeout.count() > 0) {
        m_cellTimer.start(m_options.cellTimeout);
    }
    if (m_stopCheck) {
        m_stopTimer.start();
    }
    return request.msgId();
}

ExecutionResult KernelClient::run(const QString &code, std::optional<std::chrono::milliseconds> timeout, bool silent)
{
    const auto savedTimeout = m_options.cellTimeout;
    if (timeout) {
        m_options.cellTimeout = *timeout;
    }
    ExecutionResult result;
    bool done = false;
    QString id;
    QEventLoop loop;
    const auto connection = connect(this, &KernelClient::executionFinished, &loop, [&](const ExecutionResult &finished) {
        if (finished.msgId == id) {
            result = finished;
            done = true;
            loop.quit();
        }
    });
    id = execute(code, silent);
    m_options.cellTimeout = savedTimeout;
    if (id.isEmpty()) {
        disconnect(connection);
        result.status = ExecutionStatus::Aborted;
        result.message = Tr::tr("another cell is still running on this kernel");
        return result;
    }
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    disconnect(connection);
    return result;
}

void KernelClient::onStopPoll()
{
    if (!m_pending || !m_stopCheck || !m_stopCheck()) {
        return;
    }
    if (!m_stopClock.isValid()) {
        m_stopClock.start();
    }
    if (m_stopClock.elapsed() >= m_options.stopGrace.count()) {
        interruptAndFinish(ExecutionStatus::Interrupted, Tr::tr("stopped on request; the cell was interrupted"));
    }
}

Core::Result<void> KernelClient::interrupt()
{
    auto ok = m_service->interrupt(m_kernel);
    if (!ok && m_channel->isOpen()) {
        // interrupt_request on control (messaging 5.3) reaches kernels whose REST interrupt failed.
        m_channel->send(KernelMessage::request(u"control"_s, u"interrupt_request"_s, m_clientSession, m_options.username,
                                               Core::Json::object()));
        return {};
    }
    return ok;
}

Core::Result<void> KernelClient::restart()
{
    if (m_pending) {
        finishPending(ExecutionStatus::Interrupted, Tr::tr("the kernel was restarted while this cell ran"));
    }
    if (auto ok = m_service->restart(m_kernel); !ok) {
        return ok;
    }
    return reconnectFresh();
}

Core::Result<void> KernelClient::reconnectFresh()
{
    // jupyter-server 1.23 keeps the socket open across a kernel restart, but requests sent while the
    // new kernel starts can get lost in its ZMQ streams (seen: no "busy" ever). JupyterLab reconnects
    // after a restart, and so do we, with a new client session (there is nothing to replay), waiting
    // for kernel_info_reply, which the new kernel answers once it is ready.
    m_kernelRestarted = false;
    m_wantConnected = false;
    replaceChannel();
    m_clientSession = QUuid::createUuid().toString(QUuid::Id128);
    return connectChannels();
}

Core::Result<void> KernelClient::shutdown()
{
    if (m_pending) {
        finishPending(ExecutionStatus::Interrupted, Tr::tr("the kernel was shut down while this cell ran"));
    }
    m_wantConnected = false;
    m_pingTimer.stop();
    m_reconnectTimer.stop();
    m_channel->close();
    if (m_kernel.kernelId.isEmpty()) {
        return {};
    }
    auto ok = m_service->shutdown(m_kernel);
    m_kernel = {};
    return ok;
}

} // namespace Mwb::Kernel
