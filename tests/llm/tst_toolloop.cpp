// SPDX-License-Identifier: GPL-3.0-or-later
// The tool-use conversation against the Messages API stand-in: tool results go back under the
// right tool_use_id, a finishing tool ends the loop, maxTurns bounds it, tool output is cut, and
// malformed input or a throwing handler becomes an error result instead of escaping.

#include "common/messagesstandin.h"
#include "llm/anthropicclient.h"
#include "llm/toolloop.h"

#include <stdexcept>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mwb::Core::Json;
using Mwb::Llm::AnthropicClient;
using Mwb::Llm::ContentBlock;
using Mwb::Llm::LlmSettings;
using Mwb::Llm::Message;
using Mwb::Llm::MessagesRequest;
using Mwb::Llm::ToolDefinition;
using Mwb::Llm::ToolLoop;
using Mwb::Llm::ToolOutcome;
using Mwb::Test::MessagesStandIn;

namespace {

LlmSettings settingsFor(const MessagesStandIn &standIn)
{
    LlmSettings settings;
    settings.endpoint = standIn.url();
    settings.model = u"claude-test-model"_s;
    settings.apiKey = u"sk-ant-toolloop-test"_s;
    settings.requestTimeout = 5s;
    settings.maxRetries = 0;
    settings.initialBackoff = 1ms;
    settings.maxBackoff = 1ms;
    return settings;
}

MessagesRequest fixRequest()
{
    MessagesRequest request;
    request.system = u"You fix notebook cells."_s;
    request.messages = { Message { u"user"_s, { ContentBlock::textBlock(u"Cell 3 fails; fix it."_s) } } };
    ToolDefinition readCell;
    readCell.name = u"read_cell"_s;
    readCell.description = u"Reads a cell of the notebook"_s;
    readCell.inputSchema = Json { { "type", "object" }, { "properties", { { "index", { { "type", "integer" } } } } } };
    ToolDefinition submit;
    submit.name = u"submit_code"_s;
    submit.description = u"Submits the fixed code"_s;
    submit.inputSchema = Json { { "type", "object" }, { "properties", { { "code", { { "type", "string" } } } } } };
    request.tools = { readCell, submit };
    return request;
}

// The tool_result blocks of the last user message of a request body the stand-in received.
Json lastToolResults(const Json &body)
{
    Json results = Json::array();
    const Json &last = body["messages"].back();
    for (const Json &block : last["content"]) {
        if (block.value("type", std::string()) == "tool_result") {
            results.push_back(block);
        }
    }
    return results;
}

QString str(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString::fromStdString(value.dump());
}

} // namespace

class TestToolLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolResultGoesBackUnderItsToolUseId();
    void finishingToolEndsTheLoop();
    void toolsAfterAFinishingToolAreAnsweredNotRun();
    void maxTurnsBoundsTheConversation();
    void toolOutputIsCut();
    void malformedInputIsAnErrorResult();
    void throwingHandlerIsAnErrorResult();
    void failedRequestFailsTheRun();
};

void TestToolLoop::toolResultGoesBackUnderItsToolUseId()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.setHandler([](const Json &request) {
        if (request["messages"].size() == 1) {
            return MessagesStandIn::toolUseReply(u"toolu_01"_s, u"read_cell"_s, Json { { "index", 3 } }, 100, 20);
        }
        return MessagesStandIn::textReply(u"The cell reads a table that was renamed."_s, 150, 30);
    });
    AnthropicClient client(settingsFor(standIn));
    QStringList calls;
    ToolLoop loop(client, [&calls](const QString &tool, const Json &input) {
        calls << tool + u':' + str(input["index"]);
        ToolOutcome outcome;
        outcome.output = u"df = spark.table('sales.orders')"_s;
        return outcome;
    });
    const auto outcome = loop.run(fixRequest());
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(calls, QStringList { u"read_cell:3"_s });
    QCOMPARE(outcome->turns, 2);
    QVERIFY(!outcome->finishedByTool);
    QCOMPARE(outcome->finalText, u"The cell reads a table that was renamed."_s);

    // user, assistant(tool_use), user(tool_result), assistant(text)
    QCOMPARE(outcome->transcript.size(), 4);
    QCOMPARE(outcome->transcript.at(1).role, u"assistant"_s);
    QCOMPARE(outcome->transcript.at(2).role, u"user"_s);
    QCOMPARE(outcome->transcript.at(2).content.constFirst().kind, ContentBlock::Kind::ToolResult);

    // What the API saw on the second turn: the assistant's tool_use, then our result for it.
    QCOMPARE(standIn.requests().size(), 2);
    const Json second = standIn.requestBody(1);
    QCOMPARE(second["messages"].size(), size_t(3));
    const Json &use = second["messages"][1]["content"][0];
    QCOMPARE(str(use["type"]), u"tool_use"_s);
    QCOMPARE(str(use["id"]), u"toolu_01"_s);
    QCOMPARE(str(use["input"]), u"{\"index\":3}"_s);
    const Json results = lastToolResults(second);
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(str(results[0]["tool_use_id"]), u"toolu_01"_s);
    QCOMPARE(str(results[0]["content"]), u"df = spark.table('sales.orders')"_s);
    QCOMPARE(results[0]["is_error"].get<bool>(), false);
    // The tools and the system prompt go with every turn.
    QCOMPARE(second["tools"].size(), size_t(2));
    QCOMPARE(str(second["system"]), u"You fix notebook cells."_s);
    QVERIFY(!client.settings().meter); // no meter is fine too
}

void TestToolLoop::finishingToolEndsTheLoop()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.setHandler([](const Json &) {
        return MessagesStandIn::toolUseReply(u"toolu_submit"_s, u"submit_code"_s, Json { { "code", "print(2)" } });
    });
    AnthropicClient client(settingsFor(standIn));
    QString submitted;
    ToolLoop loop(client, [&submitted](const QString &, const Json &input) {
        submitted = str(input["code"]);
        ToolOutcome outcome;
        outcome.output = u"accepted"_s;
        outcome.finish = true;
        return outcome;
    });
    const auto outcome = loop.run(fixRequest());
    QVERIFY(outcome.ok());
    QCOMPARE(submitted, u"print(2)"_s);
    QVERIFY(outcome->finishedByTool);
    QCOMPARE(outcome->turns, 1);
    QCOMPARE(standIn.requests().size(), 1); // nothing is sent after the finishing tool
    // Its result is still recorded in the transcript.
    QCOMPARE(outcome->transcript.size(), 3);
    const ContentBlock &result = outcome->transcript.constLast().content.constFirst();
    QCOMPARE(result.kind, ContentBlock::Kind::ToolResult);
    QCOMPARE(result.toolUseId, u"toolu_submit"_s);
    QCOMPARE(result.text, u"accepted"_s);
}

void TestToolLoop::toolsAfterAFinishingToolAreAnsweredNotRun()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.setHandler([](const Json &) {
        return Json::parse(R"({"content": [
            {"type": "tool_use", "id": "toolu_a", "name": "submit_code", "input": {"code": "x = 1"}},
            {"type": "tool_use", "id": "toolu_b", "name": "read_cell", "input": {"index": 4}}]})");
    });
    AnthropicClient client(settingsFor(standIn));
    QStringList calls;
    ToolLoop loop(client, [&calls](const QString &tool, const Json &) {
        calls << tool;
        ToolOutcome outcome;
        outcome.finish = tool == u"submit_code";
        return outcome;
    });
    const auto outcome = loop.run(fixRequest());
    QVERIFY(outcome.ok());
    QCOMPARE(calls, QStringList { u"submit_code"_s });
    const Message &results = outcome->transcript.constLast();
    QCOMPARE(results.content.size(), 2); // every tool_use is answered
    QCOMPARE(results.content.at(1).toolUseId, u"toolu_b"_s);
    QVERIFY(results.content.at(1).isError);
    QVERIFY(results.content.at(1).text.contains(u"not run"_s));
}

void TestToolLoop::maxTurnsBoundsTheConversation()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    int served = 0;
    standIn.setHandler([&served](const Json &) {
        ++served;
        return MessagesStandIn::toolUseReply(u"toolu_%1"_s.arg(served), u"read_cell"_s, Json { { "index", served } });
    });
    AnthropicClient client(settingsFor(standIn));
    int calls = 0;
    ToolLoop loop(client, [&calls](const QString &, const Json &) {
        ++calls;
        return ToolOutcome { u"more"_s, false, false };
    });
    loop.setMaxTurns(3);
    const auto outcome = loop.run(fixRequest());
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->turns, 3);
    QCOMPARE(standIn.requests().size(), 3);
    QCOMPARE(calls, 3);
    QVERIFY(!outcome->finishedByTool);
    // Each turn answered the previous turn's tool_use.
    QCOMPARE(str(lastToolResults(standIn.requestBody(2))[0]["tool_use_id"]), u"toolu_2"_s);
}

void TestToolLoop::toolOutputIsCut()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.setHandler([](const Json &request) {
        if (request["messages"].size() == 1) {
            return MessagesStandIn::toolUseReply(u"toolu_big"_s, u"read_cell"_s, Json { { "index", 1 } });
        }
        return MessagesStandIn::textReply(u"done"_s);
    });
    AnthropicClient client(settingsFor(standIn));
    const QString output = u"Traceback (most recent call last):\n"_s + QString(10000, u'x') + u"\nKeyError: 'tags'"_s;
    ToolLoop loop(client, [&output](const QString &, const Json &) { return ToolOutcome { output, false, false }; });
    loop.setMaxToolOutput(1000);
    const auto outcome = loop.run(fixRequest());
    QVERIFY(outcome.ok());

    const QString sent = str(lastToolResults(standIn.requestBody(1))[0]["content"]);
    const int cut = int(output.size()) - 1000;
    const QString note = u"[... %1 characters cut]"_s.arg(cut);
    QVERIFY2(sent.contains(note), qPrintable(sent.left(200)));
    QCOMPARE(sent.size(), 1000 + note.size() + 2); // the kept characters, the note and its two line breaks
    // Both ends survive: the start of the traceback and the exception line.
    QVERIFY(sent.startsWith(u"Traceback (most recent call last):"_s));
    QVERIFY(sent.endsWith(u"KeyError: 'tags'"_s));
    // The transcript holds what was sent, not the full output.
    QCOMPARE(outcome->transcript.at(2).content.constFirst().text, sent);
}

void TestToolLoop::malformedInputIsAnErrorResult()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.setHandler([](const Json &request) {
        if (request["messages"].size() == 1) {
            return MessagesStandIn::toolUseReply(u"toolu_bad"_s, u"read_cell"_s, Json::array({ 1, 2 }));
        }
        return MessagesStandIn::textReply(u"sorry"_s);
    });
    AnthropicClient client(settingsFor(standIn));
    int calls = 0;
    ToolLoop loop(client, [&calls](const QString &, const Json &) {
        ++calls;
        return ToolOutcome {};
    });
    const auto outcome = loop.run(fixRequest());
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(calls, 0); // the handler never sees a non-object input
    const Json results = lastToolResults(standIn.requestBody(1));
    QCOMPARE(str(results[0]["tool_use_id"]), u"toolu_bad"_s);
    QCOMPARE(results[0]["is_error"].get<bool>(), true);
    QVERIFY(str(results[0]["content"]).contains(u"JSON object"_s));
    QCOMPARE(outcome->finalText, u"sorry"_s);
}

void TestToolLoop::throwingHandlerIsAnErrorResult()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.setHandler([](const Json &request) {
        if (request["messages"].size() == 1) {
            return MessagesStandIn::toolUseReply(u"toolu_throw"_s, u"read_cell"_s, Json { { "index", "three" } });
        }
        return MessagesStandIn::textReply(u"I will pass an integer."_s);
    });
    AnthropicClient client(settingsFor(standIn));
    ToolLoop loop(client, [](const QString &, const Json &input) -> ToolOutcome {
        // nlohmann throws type_error on a string where an integer was expected
        const int index = input.at("index").get<int>();
        return ToolOutcome { QString::number(index), false, false };
    });
    const auto outcome = loop.run(fixRequest());
    QVERIFY(outcome.ok());
    const Json results = lastToolResults(standIn.requestBody(1));
    QCOMPARE(results[0]["is_error"].get<bool>(), true);
    QVERIFY(str(results[0]["content"]).contains(u"read_cell"_s));
    QCOMPARE(outcome->turns, 2);
}

void TestToolLoop::failedRequestFailsTheRun()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.enqueueStatus(
        400, MessagesStandIn::errorBody(u"invalid_request_error"_s, u"tools.0.name: String should match pattern"_s));
    AnthropicClient client(settingsFor(standIn));
    ToolLoop loop(client, [](const QString &, const Json &) { return ToolOutcome {}; });
    const auto outcome = loop.run(fixRequest());
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error().toString().contains(u"String should match pattern"_s));
}

QTEST_GUILESS_MAIN(TestToolLoop)
#include "tst_toolloop.moc"
