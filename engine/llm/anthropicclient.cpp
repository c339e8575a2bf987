// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/anthropicclient.h"

#include "llm/tr.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Mwb::Llm {

namespace {

// The API version this client speaks; the header is required (docs.anthropic.com/en/api/versioning).
const QByteArray anthropicVersion = QByteArrayLiteral("2023-06-01");
const auto defaultEndpoint = u"https://api.anthropic.com"_s;
const auto defaultModel = u"claude-sonnet-4-5"_s;
const char *const keychainService = "MigrationWorkbench";
const char *const keychainKey = "anthropic-api-key";
// List prices of Claude Sonnet 4.5 in USD per million tokens; MWB_LLM_PRICE_* override them.
constexpr double defaultInputPrice = 3.0;
constexpr double defaultOutputPrice = 15.0;
// A retry-after beyond this is capped: a wrong header must not park a job for hours.
constexpr std::chrono::milliseconds maxRetryAfter = 5min;

// --- JSON of the Messages API (https://docs.anthropic.com/en/api/messages) ---

Core::Json encodeBlock(const ContentBlock &block)
{
    Core::Json out = Core::Json::object();
    switch (block.kind) {
    case ContentBlock::Kind::Text:
        out["type"] = "text";
        out["text"] = Core::toStd(block.text);
        break;
    case ContentBlock::Kind::ToolUse:
        out["type"] = "tool_use";
        out["id"] = Core::toStd(block.toolUseId);
        out["name"] = Core::toStd(block.toolName);
        // The API requires an object; a malformed input the model produced was answered with an
        // error tool_result (ToolLoop) and goes back as an empty object so the history stays valid.
        out["input"] = block.input.is_object() ? block.input : Core::Json::object();
        break;
    case ContentBlock::Kind::ToolResult:
        out["type"] = "tool_result";
        out["tool_use_id"] = Core::toStd(block.toolUseId);
        out["content"] = Core::toStd(block.text);
        out["is_error"] = block.isError;
        break;
    }
    return out;
}

Core::Json encodeRequest(const MessagesRequest &request, const QString &model)
{
    Core::Json body = Core::Json::object();
    body["model"] = Core::toStd(model);
    body["max_tokens"] = request.maxTokens;
    if (!request.system.isEmpty()) {
        body["system"] = Core::toStd(request.system);
    }
    Core::Json messages = Core::Json::array();
    for (const Message &message : request.messages) {
        Core::Json content = Core::Json::array();
        for (const ContentBlock &block : message.content) {
            // The API answers 400 to an empty text block ("text content blocks must be non-empty").
            if (block.kind == ContentBlock::Kind::Text && block.text.isEmpty()) {
                continue;
            }
            content.push_back(encodeBlock(block));
        }
        Core::Json item = Core::Json::object();
        item["role"] = Core::toStd(message.role);
        item["content"] = std::move(content);
        messages.push_back(std::move(item));
    }
    body["messages"] = std::move(messages);
    if (!request.tools.isEmpty()) {
        Core::Json tools = Core::Json::array();
        for (const ToolDefinition &tool : request.tools) {
            Core::Json item = Core::Json::object();
            item["name"] = Core::toStd(tool.name);
            item["description"] = Core::toStd(tool.description);
            item["input_schema"] = tool.inputSchema.is_object() ? tool.inputSchema : Core::Json::object();
            tools.push_back(std::move(item));
        }
        body["tools"] = std::move(tools);
    }
    body["temperature"] = request.temperature;
    return body;
}

qint64 integerValue(const Core::Json &object, const char *key)
{
    if (!object.is_object()) {
        return 0;
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<qint64>() : 0;
}

// Null when the body is not a message (no "content" array).
std::optional<MessagesResponse> decodeResponse(const Core::Json &body)
{
    if (!body.is_object()) {
        return std::nullopt;
    }
    const auto content = body.find("content");
    if (content == body.end() || !content->is_array()) {
        return std::nullopt;
    }
    MessagesResponse response;
    response.id = Core::stringValue(body, "id");
    response.model = Core::stringValue(body, "model");
    response.stopReason = Core::stringValue(body, "stop_reason");
    for (const Core::Json &item : *content) {
        const QString type = Core::stringValue(item, "type");
        if (type == u"text") {
            response.content << ContentBlock::textBlock(Core::stringValue(item, "text"));
        } else if (type == u"tool_use") {
            ContentBlock block;
            block.kind = ContentBlock::Kind::ToolUse;
            block.toolUseId = Core::stringValue(item, "id");
            block.toolName = Core::stringValue(item, "name");
            const auto input = item.find("input");
            // Kept as sent, even when not an object: ToolLoop answers that with an error result.
            block.input = input != item.end() ? *input : Core::Json();
            response.content << block;
        }
        // Other block types (thinking, server tools) are never requested by this client.
    }
    const auto usage = body.find("usage");
    if (usage != body.end()) {
        response.usage.inputTokens = integerValue(*usage, "input_tokens");
        response.usage.outputTokens = integerValue(*usage, "output_tokens");
    }
    return response;
}

// --- HTTP ---

struct Attempt
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QByteArray retryAfter;
    bool timedOut = false;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
};

Attempt post(QNetworkAccessManager &network, const QNetworkRequest &request, const QByteArray &payload,
    std::chrono::milliseconds timeout)
{
    QNetworkReply *reply = network.post(request, payload);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    Attempt attempt;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        attempt.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeout);
    if (!reply->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    attempt.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) { // an aborted reply is closed
        attempt.body = reply->readAll();
    }
    attempt.retryAfter = reply->rawHeader("retry-after");
    attempt.networkError = reply->error();
    attempt.networkErrorText = reply->errorString();
    reply->deleteLater();
    return attempt;
}

// Transport failures worth another try: the connection broke or never came up. TLS and redirect
// problems are configuration errors that another try does not fix.
bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::OperationCanceledError:
        return false;
    default:
        break;
    }
    return (error >= QNetworkReply::ConnectionRefusedError && error <= QNetworkReply::UnknownNetworkError)
        || error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyConnectionClosedError
        || error == QNetworkReply::ProxyTimeoutError;
}

// Anthropic documents 429 (rate_limit_error), 500 (api_error) and 529 (overloaded_error) as
// temporary; 408 is a timeout on the way. Every other 5xx of a proxy or load balancer is too.
bool isTransientStatus(int status)
{
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

// retry-after is in seconds (Anthropic's rate-limit docs); RFC 9110 §10.2.3 also allows a date.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok && std::isfinite(seconds) && seconds >= 0) {
        return std::chrono::milliseconds(std::llround(seconds * 1000.0));
    }
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (date.isValid()) {
        return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(date)));
    }
    return std::nullopt;
}

void pause(std::chrono::milliseconds delay)
{
    if (delay <= 0ms) {
        return;
    }
    // An event loop rather than a sleep: the thread's other sockets and timers keep running.
    QEventLoop loop;
    QTimer::singleShot(delay, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

struct ApiError
{
    QString type;
    QString message;
};

// The API's error body: {"type": "error", "error": {"type": "...", "message": "..."}}.
ApiError apiError(const QByteArray &body)
{
    const Core::Json json = Core::Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    ApiError error;
    if (json.is_object()) {
        const auto inner = json.find("error");
        if (inner != json.end()) {
            error.type = Core::stringValue(*inner, "type");
            error.message = Core::stringValue(*inner, "message");
        }
    }
    if (error.message.isEmpty()) {
        error.message = QString::fromUtf8(body.left(300)).trimmed();
    }
    if (error.type.isEmpty()) {
        error.type = u"unknown_error"_s;
    }
    return error;
}

// "3 seconds", or "250 milliseconds" for the short timeouts of tests and stand-ins.
QString durationText(std::chrono::milliseconds duration)
{
    const auto ms = static_cast<int>(duration.count());
    return ms % 1000 == 0 ? Tr::tr("%n second(s)", nullptr, ms / 1000) : Tr::tr("%n millisecond(s)", nullptr, ms);
}

QString keyHint()
{
    return Tr::tr("Set ANTHROPIC_API_KEY, or store the key in the keychain (service \"%1\", key \"%2\").")
        .arg(QString::fromLatin1(keychainService), QString::fromLatin1(keychainKey));
}

// The key saved by the GUI (QtKeychain). Any failure (no backend, no D-Bus session, the entry
// missing, no answer) means "no key": the caller then says where to put one.
QString readKeychainKey()
{
    if (QCoreApplication::instance() == nullptr) {
        return {}; // the job reports through the event loop
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Secret Service and KWallet live on the D-Bus session bus; without one (CI, containers, ssh)
    // asking would only wait for the timeout.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtimeDir.isEmpty() || !QFileInfo::exists(runtimeDir + u"/bus"_s)) {
            return {};
        }
    }
#endif
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(keychainService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext fallback (as engine/db)
    job->setKey(QString::fromLatin1(keychainKey));
    QEventLoop loop;
    bool finished = false;
    QString key;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        finished = true;
        if (job->error() == QKeychain::NoError) {
            key = job->textData().trimmed();
        }
        loop.quit();
    });
    // Long enough for an unlock prompt of a locked keyring, as engine/db waits.
    QTimer::singleShot(10s, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        return {};
    }
    return key;
}

Core::Result<double> priceFromEnvironment(const char *variable, double fallback)
{
    if (qEnvironmentVariableIsEmpty(variable)) {
        return fallback;
    }
    const QString text = qEnvironmentVariable(variable).trimmed();
    bool ok = false;
    const double price = text.toDouble(&ok);
    if (!ok || !std::isfinite(price) || price < 0) {
        return Core::Error::inFile({}, Tr::tr("%1 is \"%2\", not a price").arg(QString::fromLatin1(variable), text),
            Tr::tr("Give US dollars per million tokens, e.g. 3.0, or unset it."));
    }
    return price;
}

} // namespace

// --- UsageMeter ---

// One price pair per run (LlmSettings) for now, so the model does not change the cost yet.
void UsageMeter::add([[maybe_unused]] const QString &model, const Usage &usage)
{
    QMutexLocker lock(&m_mutex);
    m_total.inputTokens += usage.inputTokens;
    m_total.outputTokens += usage.outputTokens;
    ++m_requests;
}

void UsageMeter::merge(const UsageMeter &other)
{
    const Usage usage = other.total();
    const int requests = other.requests();
    QMutexLocker lock(&m_mutex);
    m_total.inputTokens += usage.inputTokens;
    m_total.outputTokens += usage.outputTokens;
    m_requests += requests;
}

Usage UsageMeter::total() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

int UsageMeter::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

double UsageMeter::costUsd() const
{
    QMutexLocker lock(&m_mutex);
    return (double(m_total.inputTokens) * m_inputPrice + double(m_total.outputTokens) * m_outputPrice) / 1e6;
}

void UsageMeter::setPrices(double inputPerMTok, double outputPerMTok)
{
    QMutexLocker lock(&m_mutex);
    m_inputPrice = inputPerMTok;
    m_outputPrice = outputPerMTok;
}

// --- LlmSettings ---

Core::Result<LlmSettings> LlmSettings::fromEnvironment()
{
    LlmSettings settings;
    settings.endpoint = QUrl(defaultEndpoint);
    if (!qEnvironmentVariableIsEmpty("MWB_ANTHROPIC_BASE_URL")) {
        const QString text = qEnvironmentVariable("MWB_ANTHROPIC_BASE_URL").trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
            return Core::Error::inFile({}, Tr::tr("MWB_ANTHROPIC_BASE_URL is \"%1\", not an http(s) URL").arg(text),
                Tr::tr("Give the API's base URL, e.g. https://api.anthropic.com, or unset it."));
        }
        settings.endpoint = url;
    }
    settings.model
        = qEnvironmentVariableIsEmpty("MWB_LLM_MODEL") ? defaultModel : qEnvironmentVariable("MWB_LLM_MODEL").trimmed();
    auto inputPrice = priceFromEnvironment("MWB_LLM_PRICE_INPUT", defaultInputPrice);
    if (!inputPrice) {
        return inputPrice.error();
    }
    auto outputPrice = priceFromEnvironment("MWB_LLM_PRICE_OUTPUT", defaultOutputPrice);
    if (!outputPrice) {
        return outputPrice.error();
    }
    settings.meter = std::make_shared<UsageMeter>();
    settings.meter->setPrices(*inputPrice, *outputPrice);

    settings.apiKey = qEnvironmentVariable("ANTHROPIC_API_KEY").trimmed();
    if (settings.apiKey.isEmpty()) {
        settings.apiKey = readKeychainKey();
    }
    if (settings.apiKey.isEmpty()) {
        return Core::Error::inFile({},
            Tr::tr("no Anthropic API key: ANTHROPIC_API_KEY is not set and the keychain "
                   "has no entry for it"),
            keyHint());
    }
    return settings;
}

// --- AnthropicClient ---

AnthropicClient::AnthropicClient(LlmSettings settings)
    : m_settings(std::move(settings))
{
}

AnthropicClient::~AnthropicClient() = default;

Core::Result<MessagesResponse> AnthropicClient::send(const MessagesRequest &request)
{
    if (m_settings.apiKey.isEmpty()) {
        return Core::Error::inFile({}, Tr::tr("no Anthropic API key is configured"), keyHint());
    }
    const QString model = m_settings.model.isEmpty() ? defaultModel : m_settings.model;
    QUrl url = m_settings.endpoint.isEmpty() ? QUrl(defaultEndpoint) : m_settings.endpoint;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u"/v1/messages"_s);
    const QString where = u"POST "_s + url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    // Error texts quote the server; none may carry the key, whatever the server echoes.
    const auto redacted = [this](QString text) {
        if (m_settings.apiKey.size() >= 4) {
            text.replace(m_settings.apiKey, u"[redacted]"_s);
        }
        return text;
    };

    QNetworkRequest httpRequest(url);
    httpRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    httpRequest.setRawHeader("accept", "application/json");
    httpRequest.setRawHeader("anthropic-version", anthropicVersion);
    httpRequest.setRawHeader("x-api-key", m_settings.apiKey.toUtf8());
    const std::string text = encodeRequest(request, model).dump(-1, ' ', false, Core::Json::error_handler_t::replace);
    const QByteArray payload(text.data(), static_cast<qsizetype>(text.size()));

    // One manager per call: the client is used from whichever worker thread owns it, and a
    // QNetworkAccessManager must live on the thread that uses it.
    QNetworkAccessManager network;
    const int attempts = qMax(0, m_settings.maxRetries) + 1;
    QString lastProblem;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const Attempt reply = post(network, httpRequest, payload, m_settings.requestTimeout);
        if (reply.status >= 200 && reply.status < 300) {
            const Core::Json body
                = Core::Json::parse(reply.body.constData(), reply.body.constData() + reply.body.size(), nullptr, false);
            auto response = decodeResponse(body);
            if (!response) {
                return Core::Error::inFile({},
                    redacted(Tr::tr("%1 answered HTTP %2 with a body that is not a message: %3")
                                 .arg(where)
                                 .arg(reply.status)
                                 .arg(QString::fromUtf8(reply.body.left(200)))),
                    Tr::tr("Check that MWB_ANTHROPIC_BASE_URL points at the Messages API."));
            }
            if (m_settings.meter) {
                m_settings.meter->add(response->model.isEmpty() ? model : response->model, response->usage);
            }
            return *std::move(response);
        }

        bool transient = false;
        if (reply.timedOut) {
            transient = true;
            lastProblem = Tr::tr("no answer within %1").arg(durationText(m_settings.requestTimeout));
        } else if (reply.status == 0) {
            transient = isTransientNetworkError(reply.networkError);
            lastProblem = reply.networkErrorText;
            if (!transient) {
                return Core::Error::inFile({}, redacted(Tr::tr("%1: %2").arg(where, reply.networkErrorText)),
                    Tr::tr("Check MWB_ANTHROPIC_BASE_URL, the proxy and the TLS setup."));
            }
        } else {
            const ApiError api = apiError(reply.body);
            lastProblem = Tr::tr("HTTP %1 (%2): %3").arg(reply.status).arg(api.type, api.message);
            transient = isTransientStatus(reply.status);
            if (reply.status == 401 || reply.status == 403) {
                return Core::Error::inFile({},
                    redacted(Tr::tr("the Anthropic API key was rejected (%1 answered HTTP %2: %3)")
                                 .arg(where)
                                 .arg(reply.status)
                                 .arg(api.message)),
                    Tr::tr("Check the key: set ANTHROPIC_API_KEY to a valid key, or store it in the keychain "
                           "(service \"%1\", key \"%2\").")
                        .arg(QString::fromLatin1(keychainService), QString::fromLatin1(keychainKey)));
            }
            if (!transient) {
                QString hint;
                if (reply.status == 400) {
                    hint = Tr::tr("The API says what it objected to; a prompt that is too long or an unknown "
                                  "parameter are the usual causes.");
                } else if (reply.status == 404) {
                    hint = Tr::tr("Check the model name (MWB_LLM_MODEL) and MWB_ANTHROPIC_BASE_URL.");
                } else if (reply.status == 413) {
                    hint = Tr::tr("The request is larger than the API accepts; the cell or its output is too big.");
                }
                return Core::Error::inFile({},
                    redacted(
                        Tr::tr("%1 answered HTTP %2 (%3): %4").arg(where).arg(reply.status).arg(api.type, api.message)),
                    hint);
            }
        }
        if (attempt + 1 >= attempts) {
            break;
        }
        // Exponential backoff, doubled per retry and capped; the server's retry-after wins.
        auto delay = m_settings.initialBackoff;
        for (int i = 0; i < attempt && delay < m_settings.maxBackoff; ++i) {
            delay *= 2;
        }
        delay = std::min(delay, m_settings.maxBackoff);
        if (const auto retryAfter = parseRetryAfter(reply.retryAfter)) {
            delay = std::min(*retryAfter, std::max(maxRetryAfter, m_settings.maxBackoff));
        }
        ++m_retries;
        pause(delay);
    }
    return Core::Error::inFile({},
        redacted(Tr::tr("%1 did not succeed after %n attempt(s); the last one: %2", nullptr, attempts)
                     .arg(where, lastProblem)),
        Tr::tr("Anthropic may be overloaded or rate limiting this key, or the network is "
               "down; wait a few minutes and run the job again."));
}

} // namespace Mwb::Llm
