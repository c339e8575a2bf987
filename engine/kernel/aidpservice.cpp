// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/aidpservice.h"

#include "kernel/requestauthenticator.h"
#include "kernel/restclient.h"
#include "kernel/tr.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

namespace {

void waitFor(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool isExecutionContextNotReady(const Core::Error &error)
{
    const QString text = error.message.toLower();
    return (text.contains(u"http 400"_s) || text.contains(u"http 404"_s))
        && (text.contains(u"execution context"_s) || text.contains(u"execution_context"_s));
}

QString isoMillis(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AidpService::AidpService(AidpTarget target, std::shared_ptr<const RequestAuthenticator> signer, AidpOptions options)
    : m_target(std::move(target))
    , m_signer(std::move(signer))
    , m_options(std::move(options))
    , m_notebook(std::make_unique<RestClient>(m_target.notebookUrl(), m_signer))
    , m_workspace(std::make_unique<RestClient>(m_target.workspaceUrl(), m_signer))
{
}

AidpService::~AidpService() = default;

QString AidpService::describe() const
{
    return Tr::tr("AIDP workspace %1 (cluster %2, %3)").arg(m_target.workspace, m_target.cluster, m_target.region);
}

Core::Result<KernelHandle> AidpService::startKernel(const QString &notebookName, const QString &kernelName)
{
    const QString name = (notebookName.isEmpty() ? u"mwb"_s : notebookName) + u".ipynb"_s;
    const QString path = u"Workspace/"_s + name;
    const QString kernel = kernelName.isEmpty() ? m_options.kernelName : kernelName;
    KernelHandle handle;
    handle.kernelName = kernel;

    auto existing = m_notebook->call("GET", u"api/sessions?path="_s + QString::fromLatin1(QUrl::toPercentEncoding(path)));
    if (existing) {
        const Core::Json list = existing->json();
        if (list.is_array()) {
            for (const auto &session : list) {
                const QString kernelId = Core::stringValue(session.value("kernel", Core::Json::object()), "id");
                if (Core::stringValue(session, "path") == path && !kernelId.isEmpty()) {
                    handle.sessionId = Core::stringValue(session, "id");
                    handle.kernelId = kernelId;
                    return handle;
                }
            }
        }
    }

    Core::Json body = Core::Json::object();
    body["type"] = "notebook";
    body["name"] = Core::toStd(name);
    body["kernel"] = Core::Json::object({{"name", Core::toStd(kernel)}});
    body["path"] = Core::toStd(path);
    body["cluster_id"] = Core::toStd(m_target.cluster);
    Core::Result<HttpReply> created = Core::Error {};
    for (int attempt = 0;; ++attempt) {
        created = m_notebook->call("POST", u"api/sessions"_s, body);
        if (created || attempt >= m_options.sessionRetries || !isExecutionContextNotReady(created.error())) {
            break;
        }
        waitFor(m_options.sessionRetryDelay);
    }
    if (!created) {
        Core::Error error = created.error();
        if (error.message.contains(u"HTTP 5"_s)) {
            error.hint = Tr::tr("The cluster %1 appears to be down; start it in AIDP and retry.").arg(m_target.cluster);
        }
        return error;
    }
    Core::Json session = created->json();
    handle.sessionId = Core::stringValue(session, "id");
    handle.kernelId = Core::stringValue(session.value("kernel", Core::Json::object()), "id");
    // While the cluster warms up the session's kernel is null; poll the session.
    const QDeadlineTimer deadline(m_options.kernelPollTimeout);
    while (handle.kernelId.isEmpty() && !handle.sessionId.isEmpty() && !deadline.hasExpired()) {
        waitFor(m_options.kernelPollInterval);
        auto polled = m_notebook->session(handle.sessionId);
        if (polled) {
            handle.kernelId = Core::stringValue(polled->value("kernel", Core::Json::object()), "id");
        }
    }
    if (handle.kernelId.isEmpty()) {
        return Core::Error::inFile({}, Tr::tr("%1 created session %2 but no kernel appeared").arg(describe(), handle.sessionId),
                                   Tr::tr("Check that the cluster is ACTIVE, then retry."));
    }
    return handle;
}

Core::Result<QNetworkRequest> AidpService::channelsRequest(const KernelHandle &kernel, const QString &clientSession)
{
    QNetworkRequest request(m_target.channelsUrl(kernel.kernelId, clientSession, kernel.sessionId));
    if (auto ok = m_signer->authenticateWebSocket(request); !ok) {
        return ok.error();
    }
    return request;
}

Core::Result<QString> AidpService::clusterState()
{
    auto reply = m_workspace->call("GET", u"clusters/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_target.cluster)));
    if (!reply) {
        return reply.error();
    }
    const QString state = Core::stringValue(reply->json(), "lifecycleState");
    if (state.isEmpty()) {
        return Core::Error::inFile({}, Tr::tr("the cluster %1 reported no lifecycleState").arg(m_target.cluster));
    }
    return state;
}

bool AidpService::isTerminalState(const QString &state)
{
    return state == u"STOPPED" || state == u"FAILED" || state == u"TERMINATED" || state == u"DELETED";
}

bool AidpService::computeIsGone(const KernelHandle &kernel)
{
    Q_UNUSED(kernel)
    auto state = clusterState();
    if (!state) {
        return false;
    }
    m_terminalSeen = isTerminalState(*state) ? m_terminalSeen + 1 : 0;
    return m_terminalSeen >= 2;
}

Core::Result<void> AidpService::waitForActiveCluster(std::chrono::milliseconds timeout, std::chrono::milliseconds interval)
{
    const QDeadlineTimer deadline(timeout);
    int terminal = 0;
    QString last;
    while (true) {
        auto state = clusterState();
        if (state) {
            last = *state;
            if (last == u"ACTIVE") {
                return {};
            }
            terminal = isTerminalState(last) ? terminal + 1 : 0;
            if (terminal >= 2) {
                return Core::Error::inFile({}, Tr::tr("the cluster %1 is %2").arg(m_target.cluster, last),
                                           Tr::tr("Start the cluster in AIDP, then run again."));
            }
        }
        if (deadline.hasExpired()) {
            return Core::Error::inFile({}, Tr::tr("the cluster %1 did not become ACTIVE (last state: %2)")
                                               .arg(m_target.cluster, last.isEmpty() ? Tr::tr("unknown") : last),
                                       Tr::tr("Check the cluster in AIDP."));
        }
        waitFor(interval);
    }
}

Core::Result<QStringList> AidpService::searchDriverErrors(const QDateTime &from, const QDateTime &to)
{
    Core::Json body = Core::Json::object();
    body["timeBegin"] = Core::toStd(isoMillis(from));
    body["timeEnd"] = Core::toStd(isoMillis(to));
    body["logContentTypeContains"] = "driver";
    body["subjectContains"] = "spark-driver";
    body["logLevel"] = "error";
    auto reply = m_workspace->call(
        "POST", u"clusters/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_target.cluster)) + u"/actions/searchLogs"_s, body);
    if (!reply) {
        return reply.error();
    }
    // The answer is a list of log records, bare or under "items" (OCI list convention).
    Core::Json records = reply->json();
    if (records.is_object()) {
        records = records.value("items", Core::Json::array());
    }
    QStringList lines;
    if (!records.is_array()) {
        return Core::Error::inFile({}, Tr::tr("the driver-log search answered in an unknown shape"));
    }
    for (const auto &record : records) {
        QString text;
        for (const char *key : {"message", "logContent", "content", "data"}) {
            text = Core::stringValue(record, key);
            if (!text.isEmpty()) {
                break;
            }
        }
        if (text.isEmpty() && record.is_string()) {
            text = Core::fromStd(record.get<std::string>());
        }
        if (!text.trimmed().isEmpty()) {
            lines << text.trimmed();
        }
    }
    return lines;
}

} // namespace Mwb::Kernel
