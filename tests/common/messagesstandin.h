// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A local stand-in for the Anthropic Messages API (POST /v1/messages), the one paid remote API the
// LLM tests cannot call (STYLE.md: stand-ins follow the published API, the real client runs
// against them). It checks what the real API checks first: the x-api-key (401), the
// anthropic-version and content-type headers and the request's shape (400), including that every
// tool_use of an assistant turn is answered by a tool_result in the next user turn. Errors carry
// the API's body {"type": "error", "error": {"type": ..., "message": ...}}.
//
// It lives on the thread that creates it and answers from that thread's event loop: a blocking
// client on the same thread (AnthropicClient spins a local loop) is served; a test waiting for a
// child process must wait with QTRY_* or QSignalSpy::wait, not QProcess::waitForFinished().

#include "core/jsonio.h"

#include <functional>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QQueue>
#include <QString>
#include <QUrl>

namespace Mwb::Test {

class MessagesStandIn
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Handler = std::function<Core::Json(const Core::Json &request)>;

    struct Request
    {
        QByteArray method;
        QString path;
        Core::Json body; // null when the body is not JSON
        Headers headers; // as received
        // The value of a header, name compared case-insensitively; empty when absent.
        QByteArray header(const QByteArray &name) const;
    };

    MessagesStandIn();
    ~MessagesStandIn();
    MessagesStandIn(const MessagesStandIn &) = delete;
    MessagesStandIn &operator=(const MessagesStandIn &) = delete;

    // Listens on 127.0.0.1 on a free port.
    bool start();
    // http://127.0.0.1:<port> (the base URL: clients append /v1/messages), for
    // LlmSettings::endpoint or MWB_ANTHROPIC_BASE_URL.
    QUrl url() const;

    // Requests whose x-api-key differs get 401 authentication_error. Empty (the default): any key.
    void setExpectedKey(const QString &key);
    // Injected answers, served first-in first-out before normal replies, one per valid request.
    void enqueueStatus(int status, const QByteArray &body, const Headers &headers = {});
    // The next valid request is never answered (the connection stays open): client timeouts.
    void enqueueNoAnswer();
    // Produces the 200 body from the request body. Missing "id", "type", "role", "model",
    // "stop_reason" and "usage" are filled in. Without a handler: textReply("stand-in reply").
    void setHandler(Handler handler);

    // Every request received, valid or not, in order.
    QList<Request> requests() const;
    // A request body of requests(), for brevity in tests; null when out of range.
    Core::Json requestBody(qsizetype index) const;

    // A complete message with one text block (stop_reason "end_turn").
    static Core::Json textReply(const QString &text, qint64 inputTokens = 10, qint64 outputTokens = 5);
    // A complete message with one tool_use block (stop_reason "tool_use").
    static Core::Json toolUseReply(const QString &id, const QString &name, const Core::Json &input,
        qint64 inputTokens = 10, qint64 outputTokens = 5);
    // The API's error body, e.g. errorBody("overloaded_error", "Overloaded") for a 529.
    static QByteArray errorBody(const QString &type, const QString &message);

private:
    class Server;
    struct Injected
    {
        int status = 0; // 0: no answer
        QByteArray body;
        Headers headers;
    };

    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
    QString m_expectedKey;
    QQueue<Injected> m_injected;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace Mwb::Test
