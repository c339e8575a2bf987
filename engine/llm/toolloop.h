// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "llm/messages.h"

#include <functional>

namespace Mwb::Llm {

class AnthropicClient;

// What a tool handler returns for one tool_use block.
struct ToolOutcome
{
    QString output;     // fed back as the tool_result (bounded by ToolLoop::maxToolOutput)
    bool isError = false;
    bool finish = false; // the loop ends after this tool (submit_code, fixup_cell)
};

// The tool-use conversation: send, run each requested tool through the handler, send the results
// back, until the model ends its turn, a tool says finish, or maxTurns requests were made.
// Tool output is untrusted text from notebooks and kernels: it is cut to maxToolOutput characters
// (with a note saying how much was cut) before it goes back to the model.
class ToolLoop
{
public:
    using Handler = std::function<ToolOutcome(const QString &tool, const Core::Json &input)>;

    ToolLoop(AnthropicClient &client, Handler handler);
    void setMaxTurns(int turns) { m_maxTurns = turns; }
    void setMaxToolOutput(int characters) { m_maxToolOutput = characters; }

    struct Outcome
    {
        QList<Message> transcript; // the whole conversation, request messages included
        QString finalText;         // text of the last assistant message
        bool finishedByTool = false;
        int turns = 0;
    };
    // Fails when a request fails after the client's retries.
    Core::Result<Outcome> run(MessagesRequest request);

private:
    ToolOutcome callTool(const ContentBlock &use) const;

    AnthropicClient &m_client;
    Handler m_handler;
    int m_maxTurns = 12;
    int m_maxToolOutput = 8000;
};

} // namespace Mwb::Llm
