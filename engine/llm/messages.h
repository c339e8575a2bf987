// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"

#include <QList>
#include <QString>

namespace Mwb::Llm {

// The Anthropic Messages API's shapes (POST /v1/messages), reduced to what the fixer and the judge
// use: text and tool use. https://docs.anthropic.com/en/api/messages
struct ToolDefinition
{
    QString name;
    QString description;
    Core::Json inputSchema = Core::Json::object(); // JSON Schema of the tool's input object
};

struct ContentBlock
{
    enum class Kind { Text, ToolUse, ToolResult };
    Kind kind = Kind::Text;
    QString text;                           // Text; ToolResult: the result fed back
    QString toolUseId;                      // ToolUse: "id"; ToolResult: "tool_use_id"
    QString toolName;                       // ToolUse
    Core::Json input = Core::Json::object(); // ToolUse
    bool isError = false;                   // ToolResult

    static ContentBlock textBlock(const QString &text);
    static ContentBlock toolResult(const QString &toolUseId, const QString &text, bool isError = false);
};

struct Message
{
    QString role; // "user" or "assistant"
    QList<ContentBlock> content;
};

struct MessagesRequest
{
    QString system;
    QList<Message> messages;
    QList<ToolDefinition> tools;
    int maxTokens = 4096;
    double temperature = 0.0;
};

struct Usage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
};

struct MessagesResponse
{
    QString id;
    QString model;
    QString stopReason; // end_turn, tool_use, max_tokens, stop_sequence
    QList<ContentBlock> content;
    Usage usage;

    // The text blocks joined by newlines.
    QString text() const;
    QList<ContentBlock> toolUses() const;
};

// `text` cut to at most maxCharacters characters when longer: the head and the tail are kept (a
// traceback's last line matters as much as the first) and a note between them says how many
// characters were cut. Tool output and cell text are untrusted and unbounded; this keeps them from
// crowding out the conversation.
QString boundedText(const QString &text, int maxCharacters);

} // namespace Mwb::Llm
