// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesstandin.h"

#include <exception>

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QSet>
#include <QStringList>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Mwb::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Overloaded"; // Anthropic's own code (overloaded_error)
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
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

QByteArray dump(const Core::Json &json)
{
    const std::string text = json.dump();
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

bool isNonEmptyString(const Core::Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() && !it->get<std::string>().empty();
}

// What the real API would reject with 400 invalid_request_error; empty when the request is fine.
// The checks follow the published request shape (docs.anthropic.com/en/api/messages) and its
// tool-use rules (every tool_use answered by a tool_result in the next user message).
QString shapeProblem(const Core::Json &body)
{
    if (!body.is_object()) {
        return u"body: expected a JSON object"_s;
    }
    if (!isNonEmptyString(body, "model")) {
        return u"model: Field required"_s;
    }
    const auto maxTokens = body.find("max_tokens");
    if (maxTokens == body.end() || !maxTokens->is_number_integer() || maxTokens->get<qint64>() < 1) {
        return u"max_tokens: Field required (an integer >= 1)"_s;
    }
    if (const auto temperature = body.find("temperature"); temperature != body.end()) {
        if (!temperature->is_number() || temperature->get<double>() < 0.0 || temperature->get<double>() > 1.0) {
            return u"temperature: Input should be a number between 0 and 1"_s;
        }
    }
    if (const auto system = body.find("system"); system != body.end() && !system->is_string() && !system->is_array()) {
        return u"system: Input should be a string or a list of text blocks"_s;
    }
    if (const auto tools = body.find("tools"); tools != body.end()) {
        if (!tools->is_array()) {
            return u"tools: Input should be a list"_s;
        }
        for (const Core::Json &tool : *tools) {
            if (!tool.is_object() || !isNonEmptyString(tool, "name") || !tool.contains("input_schema")
                || !tool["input_schema"].is_object()) {
                return u"tools: every tool needs a name and an input_schema object"_s;
            }
        }
    }
    const auto messages = body.find("messages");
    if (messages == body.end() || !messages->is_array() || messages->empty()) {
        return u"messages: Field required (at least one message)"_s;
    }
    QSet<QString> openToolUses; // of the previous assistant message
    for (size_t i = 0; i < messages->size(); ++i) {
        const Core::Json &message = (*messages)[i];
        const QString where = u"messages.%1"_s.arg(i);
        const QString role = Core::stringValue(message, "role");
        if (role != u"user" && role != u"assistant") {
            return where + u".role: Input should be 'user' or 'assistant'"_s;
        }
        const auto content = message.find("content");
        if (content == message.end() || (!content->is_string() && !content->is_array())) {
            return where + u".content: Field required"_s;
        }
        QSet<QString> toolUses;
        QSet<QString> toolResults;
        if (content->is_array()) {
            for (const Core::Json &block : *content) {
                const QString type = Core::stringValue(block, "type");
                if (type == u"text") {
                    if (!isNonEmptyString(block, "text")) {
                        return where + u": text content blocks must be non-empty"_s;
                    }
                } else if (type == u"tool_use") {
                    if (role != u"assistant" || !isNonEmptyString(block, "id") || !isNonEmptyString(block, "name")
                        || !block.contains("input") || !block["input"].is_object()) {
                        return where + u": tool_use blocks need id, name and an object input, in assistant messages"_s;
                    }
                    toolUses.insert(Core::stringValue(block, "id"));
                } else if (type == u"tool_result") {
                    if (role != u"user" || !isNonEmptyString(block, "tool_use_id")) {
                        return where + u": tool_result blocks need a tool_use_id, in user messages"_s;
                    }
                    toolResults.insert(Core::stringValue(block, "tool_use_id"));
                } else {
                    return where + u": unknown content block type '%1'"_s.arg(type);
                }
            }
        }
        for (const QString &id : std::as_const(toolResults)) {
            if (!openToolUses.contains(id)) {
                return where
                    + u": unexpected `tool_use_id` found in `tool_result` blocks: %1. Each `tool_result` "
                      u"block must have a corresponding `tool_use` block in the previous message."_s.arg(id);
            }
        }
        if (!openToolUses.isEmpty()) {
            QStringList missing;
            for (const QString &id : std::as_const(openToolUses)) {
                if (!toolResults.contains(id)) {
                    missing << id;
                }
            }
            if (!missing.isEmpty()) {
                return u"messages.%1: `tool_use` ids were found without `tool_result` blocks immediately after: %2. "
                       u"Each `tool_use` block must have a corresponding `tool_result` block in the next message."_s
                           .arg(i - 1)
                           .arg(missing.join(u", "_s));
            }
        }
        openToolUses = toolUses;
    }
    return {};
}

Core::Json message(const Core::Json &content, const char *stopReason, qint64 inputTokens, qint64 outputTokens)
{
    Core::Json reply = Core::Json::object();
    reply["type"] = "message";
    reply["role"] = "assistant";
    reply["content"] = content;
    reply["stop_reason"] = stopReason;
    reply["stop_sequence"] = nullptr;
    reply["usage"] = { { "input_tokens", inputTokens }, { "output_tokens", outputTokens } };
    return reply;
}

} // namespace

class MessagesStandIn::Server final : public QAbstractHttpServer
{
public:
    explicit Server(MessagesStandIn &owner)
        : m_owner(owner)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Request received;
        received.method = methodName(request.method());
        received.path = request.url().path();
        received.headers = request.headers();
        const QByteArray raw = request.body();
        received.body = Core::Json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
        if (received.body.is_discarded()) {
            received.body = Core::Json();
        }
        m_owner.m_requests << received;
        const int number = int(m_owner.m_requests.size());

        if (received.path != u"/v1/messages") {
            return error(socket, number, 404, "not_found_error", u"Not found"_s);
        }
        if (received.method != "POST") {
            return error(socket, number, 405, "invalid_request_error", u"Method not allowed"_s);
        }
        const QByteArray key = received.header("x-api-key");
        if (key.isEmpty()) {
            return error(socket, number, 401, "authentication_error", u"x-api-key header is required"_s);
        }
        if (!m_owner.m_expectedKey.isEmpty() && QString::fromUtf8(key) != m_owner.m_expectedKey) {
            return error(socket, number, 401, "authentication_error", u"invalid x-api-key"_s);
        }
        if (received.header("anthropic-version") != "2023-06-01") {
            return error(socket, number, 400, "invalid_request_error",
                u"anthropic-version: header is required and must be a supported version (2023-06-01)"_s);
        }
        if (!received.header("content-type").startsWith("application/json")) {
            return error(socket, number, 400, "invalid_request_error", u"content-type must be application/json"_s);
        }
        if (received.body.is_null()) {
            return error(socket, number, 400, "invalid_request_error", u"The request body is not valid JSON"_s);
        }
        if (const QString problem = shapeProblem(received.body); !problem.isEmpty()) {
            return error(socket, number, 400, "invalid_request_error", problem);
        }

        if (!m_owner.m_injected.isEmpty()) {
            const Injected injected = m_owner.m_injected.dequeue();
            if (injected.status != 0) {
                write(socket, number, injected.status, injected.body, injected.headers);
            }
            return true; // status 0: never answered; the client's timeout has to end it
        }

        Core::Json reply;
        try {
            reply = m_owner.m_handler ? m_owner.m_handler(received.body) : textReply(u"stand-in reply"_s);
        } catch (const std::exception &exception) {
            return error(socket, number, 500, "api_error",
                u"the stand-in's handler threw: "_s + QString::fromLocal8Bit(exception.what()));
        }
        if (!reply.is_object()) {
            return error(socket, number, 500, "api_error", u"the stand-in's handler returned no message object"_s);
        }
        complete(reply, received.body, number);
        write(socket, number, 200, dump(reply), {});
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    // Fills what a handler may leave out, as the real API always sends it.
    static void complete(Core::Json &reply, const Core::Json &request, int number)
    {
        if (!reply.contains("id")) {
            reply["id"] = "msg_standin_" + std::to_string(number);
        }
        if (!reply.contains("type")) {
            reply["type"] = "message";
        }
        if (!reply.contains("role")) {
            reply["role"] = "assistant";
        }
        if (!reply.contains("model")) {
            reply["model"] = request.value("model", std::string());
        }
        if (!reply.contains("content")) {
            reply["content"] = Core::Json::array();
        }
        if (!reply.contains("stop_reason")) {
            bool toolUse = false;
            for (const Core::Json &block : reply["content"]) {
                toolUse = toolUse || Core::stringValue(block, "type") == u"tool_use";
            }
            reply["stop_reason"] = toolUse ? "tool_use" : "end_turn";
        }
        if (!reply.contains("usage")) {
            reply["usage"] = { { "input_tokens", 10 }, { "output_tokens", 5 } };
        }
    }

    static bool error(QTcpSocket *socket, int number, int status, const char *type, const QString &message)
    {
        write(socket, number, status, MessagesStandIn::errorBody(QString::fromLatin1(type), message), {});
        return true;
    }

    // The response is written by hand: Qt 6.4's QHttpServerResponder::writeStatusLine throws
    // std::out_of_range for a status it has no reason phrase for, and the API's 529 is one.
    static void write(QTcpSocket *socket, int number, int status, const QByteArray &body, const Headers &headers)
    {
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        bool hasContentType = false;
        for (const auto &[name, value] : headers) {
            hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
            response += name + ": " + value + "\r\n";
        }
        if (!hasContentType) {
            response += "content-type: application/json\r\n";
        }
        response += "request-id: req_standin_" + QByteArray::number(number) + "\r\n";
        response += "content-length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        response += body;
        socket->write(response);
    }

    MessagesStandIn &m_owner;
};

QByteArray MessagesStandIn::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

MessagesStandIn::MessagesStandIn()
    : m_server(std::make_unique<Server>(*this))
{
}

MessagesStandIn::~MessagesStandIn() = default;

bool MessagesStandIn::start()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl MessagesStandIn::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

void MessagesStandIn::setExpectedKey(const QString &key)
{
    m_expectedKey = key;
}

void MessagesStandIn::enqueueStatus(int status, const QByteArray &body, const Headers &headers)
{
    m_injected.enqueue({ status, body, headers });
}

void MessagesStandIn::enqueueNoAnswer()
{
    m_injected.enqueue({ 0, {}, {} });
}

void MessagesStandIn::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

QList<MessagesStandIn::Request> MessagesStandIn::requests() const
{
    return m_requests;
}

Core::Json MessagesStandIn::requestBody(qsizetype index) const
{
    return index >= 0 && index < m_requests.size() ? m_requests.at(index).body : Core::Json();
}

Core::Json MessagesStandIn::textReply(const QString &text, qint64 inputTokens, qint64 outputTokens)
{
    Core::Json block = Core::Json::object();
    block["type"] = "text";
    block["text"] = Core::toStd(text);
    return message(Core::Json::array({ block }), "end_turn", inputTokens, outputTokens);
}

Core::Json MessagesStandIn::toolUseReply(
    const QString &id, const QString &name, const Core::Json &input, qint64 inputTokens, qint64 outputTokens)
{
    Core::Json block = Core::Json::object();
    block["type"] = "tool_use";
    block["id"] = Core::toStd(id);
    block["name"] = Core::toStd(name);
    block["input"] = input;
    return message(Core::Json::array({ block }), "tool_use", inputTokens, outputTokens);
}

QByteArray MessagesStandIn::errorBody(const QString &type, const QString &message)
{
    Core::Json body = Core::Json::object();
    body["type"] = "error";
    body["error"] = { { "type", Core::toStd(type) }, { "message", Core::toStd(message) } };
    return dump(body);
}

} // namespace Mwb::Test
