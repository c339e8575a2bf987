// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/toolloop.h"

#include "llm/anthropicclient.h"

#include <exception>

using namespace Qt::StringLiterals;

namespace Mwb::Llm {

namespace {

// Tool results are read by the model, not by a user: they are not translated.
ToolOutcome errorOutcome(const QString &text)
{
    ToolOutcome outcome;
    outcome.output = text;
    outcome.isError = true;
    return outcome;
}

} // namespace

ToolLoop::ToolLoop(AnthropicClient &client, Handler handler)
    : m_client(client)
    , m_handler(std::move(handler))
{
}

ToolOutcome ToolLoop::callTool(const ContentBlock &use) const
{
    // The input comes from the model: a non-object never reaches a handler, and no exception of a
    // handler may unwind through the conversation (the model is told instead and can correct itself).
    if (!use.input.is_object()) {
        return errorOutcome(u"error: the input of tool \""_s + use.toolName
            + u"\" must be a JSON object matching its input_schema, got: "_s
            + Core::fromStd(use.input.dump(-1, ' ', false, Core::Json::error_handler_t::replace)).left(200));
    }
    if (!m_handler) {
        return errorOutcome(u"error: no tool named \""_s + use.toolName + u"\" is available"_s);
    }
    try {
        return m_handler(use.toolName, use.input);
    } catch (const std::exception &exception) {
        return errorOutcome(
            u"error: tool \""_s + use.toolName + u"\" failed: "_s + QString::fromLocal8Bit(exception.what()));
    } catch (...) {
        return errorOutcome(u"error: tool \""_s + use.toolName + u"\" failed"_s);
    }
}

Core::Result<ToolLoop::Outcome> ToolLoop::run(MessagesRequest request)
{
    Outcome outcome;
    outcome.transcript = std::move(request.messages);
    const int maxTurns = qMax(1, m_maxTurns);
    while (outcome.turns < maxTurns) {
        request.messages = outcome.transcript;
        auto response = m_client.send(request);
        if (!response) {
            return response.error();
        }
        ++outcome.turns;
        outcome.transcript.append(Message { u"assistant"_s, response->content });
        outcome.finalText = response->text();
        const QList<ContentBlock> uses = response->toolUses();
        if (response->stopReason != u"tool_use" || uses.isEmpty()) {
            break;
        }
        // Every tool_use must be answered in the one user message that follows (Messages API).
        Message results { u"user"_s, {} };
        QString finishedBy;
        for (const ContentBlock &use : uses) {
            if (!finishedBy.isEmpty()) {
                // Tools after a finishing one are not run (the attempt is over), but still answered
                // so the transcript remains a valid conversation.
                results.content << ContentBlock::toolResult(
                    use.toolUseId, u"not run: \""_s + finishedBy + u"\" ended the conversation"_s, true);
                continue;
            }
            const ToolOutcome tool = callTool(use);
            results.content << ContentBlock::toolResult(
                use.toolUseId, boundedText(tool.output, m_maxToolOutput), tool.isError);
            if (tool.finish) {
                finishedBy = use.toolName;
            }
        }
        outcome.transcript.append(results);
        if (!finishedBy.isEmpty()) {
            outcome.finishedByTool = true;
            break;
        }
    }
    return outcome;
}

} // namespace Mwb::Llm
