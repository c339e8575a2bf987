// SPDX-License-Identifier: GPL-3.0-or-later
// The Messages API client against the local stand-in (common/messagesstandin.h): the published
// request shape and headers, retries with backoff and retry-after, key errors that never show the
// key, timeouts, usage and cost, and the settings read from the environment.

#include "common/messagesstandin.h"
#include "llm/anthropicclient.h"

#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTemporaryDir>
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
using Mwb::Llm::UsageMeter;
using Mwb::Test::MessagesStandIn;

namespace {

const QString testKey = u"sk-ant-test-0123456789abcdef"_s;

LlmSettings settingsFor(const MessagesStandIn &standIn)
{
    LlmSettings settings;
    settings.endpoint = standIn.url();
    settings.model = u"claude-test-model"_s;
    settings.apiKey = testKey;
    settings.requestTimeout = 5s;
    settings.maxRetries = 3;
    settings.initialBackoff = 1ms; // tests must not sleep through real backoffs
    settings.maxBackoff = 4ms;
    settings.meter = std::make_shared<UsageMeter>();
    return settings;
}

MessagesRequest helloRequest()
{
    MessagesRequest request;
    request.messages = { Message { u"user"_s, { ContentBlock::textBlock(u"Hello"_s) } } };
    return request;
}

QString dumped(const Json &json)
{
    return QString::fromStdString(json.dump());
}

// Sets or unsets environment variables for one test and puts the old values back.
class EnvironmentGuard
{
public:
    EnvironmentGuard() = default;
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;
    ~EnvironmentGuard()
    {
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            if (it.value()) {
                qputenv(it.key().constData(), *it.value());
            } else {
                qunsetenv(it.key().constData());
            }
        }
    }
    void set(const char *name, const QByteArray &value)
    {
        save(name);
        qputenv(name, value);
    }
    void unset(const char *name)
    {
        save(name);
        qunsetenv(name);
    }

private:
    void save(const char *name)
    {
        if (!m_saved.contains(name)) {
            m_saved.insert(name, qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
        }
    }
    QHash<QByteArray, std::optional<QByteArray>> m_saved;
};

} // namespace

class TestAnthropicClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsThePublishedRequestShape();
    void decodesTextAndToolUse();
    void retriesRateLimitThenServerErrorHonouringRetryAfter();
    void retriesTransientStatus_data();
    void retriesTransientStatus();
    void givesUpAfterMaxRetries();
    void rejectedKeyIsAClearErrorWithoutTheKey_data();
    void rejectedKeyIsAClearErrorWithoutTheKey();
    void badRequestCarriesTheApiMessage();
    void standInRejectsUnansweredToolUse();
    void timeoutIsRetried();
    void timeoutAfterAllRetriesIsAnError();
    void connectionRefusedIsRetriedThenReported();
    void usageAndCostAddUpAcrossClients();
    void settingsFromEnvironment();
    void settingsDefaults();
    void missingKeySaysWhereToPutIt();
    void invalidEnvironmentValuesAreErrors_data();
    void invalidEnvironmentValuesAreErrors();
};

void TestAnthropicClient::sendsThePublishedRequestShape()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.setExpectedKey(testKey);
    AnthropicClient client(settingsFor(standIn));

    MessagesRequest request;
    request.system = u"You judge cells."_s;
    request.maxTokens = 321;
    request.temperature = 0.25;
    ContentBlock use;
    use.kind = ContentBlock::Kind::ToolUse;
    use.toolUseId = u"toolu_1"_s;
    use.toolName = u"read_cell"_s;
    use.input = Json { { "index", 3 } };
    request.messages = {
        Message { u"user"_s, { ContentBlock::textBlock(u"Hello"_s) } },
        Message { u"assistant"_s, { ContentBlock::textBlock(u"Let me look."_s), use } },
        Message { u"user"_s,
            { ContentBlock::toolResult(u"toolu_1"_s, u"print(1)"_s, true), ContentBlock::textBlock(u"Go on"_s) } },
    };
    ToolDefinition tool;
    tool.name = u"read_cell"_s;
    tool.description = u"Reads a cell"_s;
    tool.inputSchema = Json { { "type", "object" }, { "properties", { { "index", { { "type", "integer" } } } } } };
    request.tools = { tool };

    const auto response = client.send(request);
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().toString()));
    QCOMPARE(standIn.requests().size(), 1);
    const MessagesStandIn::Request received = standIn.requests().constFirst();
    QCOMPARE(received.path, u"/v1/messages"_s);
    QCOMPARE(received.header("x-api-key"), testKey.toUtf8());
    QCOMPARE(received.header("anthropic-version"), QByteArray("2023-06-01"));
    QVERIFY(received.header("content-type").startsWith("application/json"));

    const Json &body = received.body;
    QCOMPARE(dumped(body["model"]), u"\"claude-test-model\""_s);
    QCOMPARE(body["max_tokens"].get<int>(), 321);
    QCOMPARE(dumped(body["system"]), u"\"You judge cells.\""_s);
    QCOMPARE(body["temperature"].get<double>(), 0.25);
    QCOMPARE(body["messages"].size(), size_t(3));
    QCOMPARE(dumped(body["messages"][0]),
        dumped(Json::parse(R"({"role":"user","content":[{"type":"text","text":"Hello"}]})")));
    QCOMPARE(dumped(body["messages"][1]["content"][1]),
        dumped(Json::parse(R"({"type":"tool_use","id":"toolu_1","name":"read_cell","input":{"index":3}})")));
    QCOMPARE(dumped(body["messages"][2]["content"][0]),
        dumped(
            Json::parse(R"js({"type":"tool_result","tool_use_id":"toolu_1","content":"print(1)","is_error":true})js")));
    QCOMPARE(dumped(body["tools"][0]),
        dumped(
            Json { { "name", "read_cell" }, { "description", "Reads a cell" }, { "input_schema", tool.inputSchema } }));

    QCOMPARE(response->text(), u"stand-in reply"_s);
    QCOMPARE(response->model, u"claude-test-model"_s);
    QCOMPARE(response->stopReason, u"end_turn"_s);
    QVERIFY(!response->id.isEmpty());
    QCOMPARE(response->usage.inputTokens, 10);
    QCOMPARE(response->usage.outputTokens, 5);
    QCOMPARE(client.retries(), 0);
}

void TestAnthropicClient::decodesTextAndToolUse()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.setHandler([](const Json &) {
        return Json::parse(R"({"content": [
            {"type": "text", "text": "First."},
            {"type": "text", "text": "Then a tool."},
            {"type": "tool_use", "id": "toolu_9", "name": "run_cell", "input": {"code": "1+1"}}],
            "stop_reason": "tool_use", "usage": {"input_tokens": 120, "output_tokens": 33}})");
    });
    AnthropicClient client(settingsFor(standIn));
    const auto response = client.send(helloRequest());
    QVERIFY(response.ok());
    QCOMPARE(response->stopReason, u"tool_use"_s);
    QCOMPARE(response->text(), u"First.\nThen a tool."_s);
    QCOMPARE(response->content.size(), 3);
    const auto uses = response->toolUses();
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses.constFirst().toolUseId, u"toolu_9"_s);
    QCOMPARE(uses.constFirst().toolName, u"run_cell"_s);
    QCOMPARE(dumped(uses.constFirst().input), u"{\"code\":\"1+1\"}"_s);
    QCOMPARE(response->usage.inputTokens, 120);
    QCOMPARE(response->usage.outputTokens, 33);
}

void TestAnthropicClient::retriesRateLimitThenServerErrorHonouringRetryAfter()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.enqueueStatus(429,
        MessagesStandIn::errorBody(
            u"rate_limit_error"_s, u"Number of request tokens has exceeded your per-minute rate limit"_s),
        { { "retry-after", "1" } });
    standIn.enqueueStatus(500, MessagesStandIn::errorBody(u"api_error"_s, u"Internal server error"_s));
    standIn.setHandler([](const Json &) { return MessagesStandIn::textReply(u"after two retries"_s); });
    AnthropicClient client(settingsFor(standIn));

    QElapsedTimer timer;
    timer.start();
    const auto response = client.send(helloRequest());
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().toString()));
    QCOMPARE(response->text(), u"after two retries"_s);
    QCOMPARE(client.retries(), 2);
    QCOMPARE(standIn.requests().size(), 3);
    // The backoff is 1 ms; only the server's retry-after of one second explains the wait.
    QVERIFY2(timer.elapsed() >= 950, qPrintable(u"waited only %1 ms"_s.arg(timer.elapsed())));
    // A retry sends the same request again.
    QCOMPARE(dumped(standIn.requestBody(2)), dumped(standIn.requestBody(0)));
    QCOMPARE(client.settings().meter->requests(), 1);
}

void TestAnthropicClient::retriesTransientStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("408 request timeout") << 408 << u"timeout_error"_s;
    QTest::newRow("429 rate limited without retry-after") << 429 << u"rate_limit_error"_s;
    QTest::newRow("500 api error") << 500 << u"api_error"_s;
    QTest::newRow("502 bad gateway") << 502 << u"api_error"_s;
    QTest::newRow("503 unavailable") << 503 << u"api_error"_s;
    QTest::newRow("529 overloaded") << 529 << u"overloaded_error"_s;
}

void TestAnthropicClient::retriesTransientStatus()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.enqueueStatus(status, MessagesStandIn::errorBody(type, u"temporary"_s));
    AnthropicClient client(settingsFor(standIn));
    const auto response = client.send(helloRequest());
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().toString()));
    QCOMPARE(client.retries(), 1);
    QCOMPARE(standIn.requests().size(), 2);
}

void TestAnthropicClient::givesUpAfterMaxRetries()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    for (int i = 0; i < 3; ++i) {
        standIn.enqueueStatus(529, MessagesStandIn::errorBody(u"overloaded_error"_s, u"Overloaded"_s));
    }
    LlmSettings settings = settingsFor(standIn);
    settings.maxRetries = 2;
    AnthropicClient client(settings);
    const auto response = client.send(helloRequest());
    QVERIFY(!response.ok());
    const QString text = response.error().toString();
    QVERIFY2(text.contains(u"after 3 attempt"_s), qPrintable(text));
    QVERIFY2(text.contains(u"529"_s) && text.contains(u"overloaded_error"_s) && text.contains(u"Overloaded"_s),
        qPrintable(text));
    QVERIFY2(!response.error().hint.isEmpty(), "the error says what to do next");
    QCOMPARE(client.retries(), 2);
    QCOMPARE(standIn.requests().size(), 3);
    QCOMPARE(client.settings().meter->requests(), 0);

    // The API is back: the same client works again.
    QVERIFY(client.send(helloRequest()).ok());
}

void TestAnthropicClient::rejectedKeyIsAClearErrorWithoutTheKey_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("401 from a server that expects another key") << 401 << QByteArray();
    QTest::newRow("403 permission error")
        << 403
        << MessagesStandIn::errorBody(
               u"permission_error"_s, u"Your API key does not have permission to use the specified resource."_s);
    QTest::newRow("401 whose message echoes the key")
        << 401 << MessagesStandIn::errorBody(u"authentication_error"_s, u"invalid x-api-key "_s + testKey);
}

void TestAnthropicClient::rejectedKeyIsAClearErrorWithoutTheKey()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    if (body.isEmpty()) {
        standIn.setExpectedKey(u"sk-ant-the-right-key"_s);
    } else {
        standIn.enqueueStatus(status, body);
    }
    AnthropicClient client(settingsFor(standIn));
    const auto response = client.send(helloRequest());
    QVERIFY(!response.ok());
    const QString text = response.error().toString();
    QVERIFY2(text.contains(u"API key was rejected"_s), qPrintable(text));
    QVERIFY2(text.contains(QString::number(status)), qPrintable(text));
    QVERIFY2(text.contains(u"ANTHROPIC_API_KEY"_s) && text.contains(u"keychain"_s), qPrintable(text));
    QVERIFY2(!text.contains(testKey), qPrintable(text));
    QCOMPARE(client.retries(), 0); // a wrong key does not become right by asking again
    QCOMPARE(standIn.requests().size(), 1);
}

void TestAnthropicClient::badRequestCarriesTheApiMessage()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.enqueueStatus(400,
        MessagesStandIn::errorBody(
            u"invalid_request_error"_s, u"prompt is too long: 250000 tokens > 200000 maximum"_s));
    AnthropicClient client(settingsFor(standIn));
    const auto response = client.send(helloRequest());
    QVERIFY(!response.ok());
    const QString text = response.error().toString();
    QVERIFY2(text.contains(u"prompt is too long: 250000 tokens > 200000 maximum"_s), qPrintable(text));
    QVERIFY2(text.contains(u"400"_s) && text.contains(u"invalid_request_error"_s), qPrintable(text));
    QVERIFY2(text.contains(standIn.url().toString() + u"/v1/messages"_s), qPrintable(text));
    QCOMPARE(client.retries(), 0);
}

void TestAnthropicClient::standInRejectsUnansweredToolUse()
{
    // The stand-in enforces the API's tool-use pairing, which the tool loop tests rely on.
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    AnthropicClient client(settingsFor(standIn));
    MessagesRequest request = helloRequest();
    ContentBlock use;
    use.kind = ContentBlock::Kind::ToolUse;
    use.toolUseId = u"toolu_open"_s;
    use.toolName = u"read_cell"_s;
    request.messages << Message { u"assistant"_s, { use } }
                     << Message { u"user"_s, { ContentBlock::textBlock(u"and?"_s) } };
    const auto response = client.send(request);
    QVERIFY(!response.ok());
    QVERIFY2(response.error().message.contains(u"toolu_open"_s), qPrintable(response.error().toString()));
}

void TestAnthropicClient::timeoutIsRetried()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.enqueueNoAnswer();
    standIn.setHandler([](const Json &) { return MessagesStandIn::textReply(u"second attempt"_s); });
    LlmSettings settings = settingsFor(standIn);
    settings.requestTimeout = 300ms;
    AnthropicClient client(settings);
    QElapsedTimer timer;
    timer.start();
    const auto response = client.send(helloRequest());
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().toString()));
    QCOMPARE(response->text(), u"second attempt"_s);
    QCOMPARE(client.retries(), 1);
    QCOMPARE(standIn.requests().size(), 2);
    QVERIFY(timer.elapsed() >= 290);
}

void TestAnthropicClient::timeoutAfterAllRetriesIsAnError()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.enqueueNoAnswer();
    standIn.enqueueNoAnswer();
    LlmSettings settings = settingsFor(standIn);
    settings.requestTimeout = 200ms;
    settings.maxRetries = 1;
    AnthropicClient client(settings);
    QElapsedTimer timer;
    timer.start();
    const auto response = client.send(helloRequest());
    QVERIFY(!response.ok());
    const QString text = response.error().toString();
    QVERIFY2(text.contains(u"no answer within 200 millisecond"_s), qPrintable(text));
    QVERIFY2(text.contains(u"after 2 attempt"_s), qPrintable(text));
    QCOMPARE(client.retries(), 1);
    QCOMPARE(standIn.requests().size(), 2);
    QVERIFY2(timer.elapsed() < 3000, "the client gives up after its timeouts, not later");
}

void TestAnthropicClient::connectionRefusedIsRetriedThenReported()
{
    quint16 port = 0;
    {
        QTcpServer server; // a port that was free a moment ago and has no listener now
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    LlmSettings settings;
    settings.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    settings.apiKey = testKey;
    settings.maxRetries = 2;
    settings.initialBackoff = 1ms;
    settings.maxBackoff = 2ms;
    AnthropicClient client(settings);
    const auto response = client.send(helloRequest());
    QVERIFY(!response.ok());
    const QString text = response.error().toString();
    QVERIFY2(text.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(testKey), qPrintable(text));
    QCOMPARE(client.retries(), 2);
}

void TestAnthropicClient::usageAndCostAddUpAcrossClients()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    int served = 0;
    standIn.setHandler([&served](const Json &) {
        ++served;
        return served == 1 ? MessagesStandIn::textReply(u"a"_s, 1000, 200)
                           : MessagesStandIn::textReply(u"b"_s, 500, 100);
    });
    LlmSettings settings = settingsFor(standIn);
    settings.meter->setPrices(3.0, 15.0);
    // Two clients (two worker threads in a run) share one meter through their settings.
    AnthropicClient first(settings);
    AnthropicClient second(settings);
    QVERIFY(first.send(helloRequest()).ok());
    QVERIFY(second.send(helloRequest()).ok());
    standIn.enqueueStatus(400, MessagesStandIn::errorBody(u"invalid_request_error"_s, u"no"_s));
    QVERIFY(!second.send(helloRequest()).ok());

    const auto total = settings.meter->total();
    QCOMPARE(total.inputTokens, 1500);
    QCOMPARE(total.outputTokens, 300);
    QCOMPARE(settings.meter->requests(), 2); // a failed request has no usage
    // 1500 * $3 / M + 300 * $15 / M
    QVERIFY(qFuzzyCompare(settings.meter->costUsd(), 0.009));
}

void TestAnthropicClient::settingsFromEnvironment()
{
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    standIn.setExpectedKey(u"sk-ant-from-env"_s);
    standIn.setHandler([](const Json &) { return MessagesStandIn::textReply(u"ok"_s, 1000000, 1000000); });
    EnvironmentGuard environment;
    environment.set("ANTHROPIC_API_KEY", " sk-ant-from-env\n");
    environment.set("MWB_ANTHROPIC_BASE_URL", standIn.url().toString().toUtf8());
    environment.set("MWB_LLM_MODEL", "claude-env-model");
    environment.set("MWB_LLM_PRICE_INPUT", "1.5");
    environment.set("MWB_LLM_PRICE_OUTPUT", "7.5");

    auto settings = LlmSettings::fromEnvironment();
    QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().toString()));
    QCOMPARE(settings->apiKey, u"sk-ant-from-env"_s);
    QCOMPARE(settings->endpoint, standIn.url());
    QCOMPARE(settings->model, u"claude-env-model"_s);
    QVERIFY(settings->meter);

    settings->initialBackoff = 1ms;
    AnthropicClient client(*settings);
    QVERIFY(client.send(helloRequest()).ok());
    QCOMPARE(dumped(standIn.requestBody(0)["model"]), u"\"claude-env-model\""_s);
    QVERIFY(qFuzzyCompare(settings->meter->costUsd(), 1.5 + 7.5));
}

void TestAnthropicClient::settingsDefaults()
{
    EnvironmentGuard environment;
    environment.set("ANTHROPIC_API_KEY", "sk-ant-default-test");
    environment.unset("MWB_ANTHROPIC_BASE_URL");
    environment.unset("MWB_LLM_MODEL");
    environment.unset("MWB_LLM_PRICE_INPUT");
    environment.unset("MWB_LLM_PRICE_OUTPUT");
    const auto settings = LlmSettings::fromEnvironment();
    QVERIFY(settings.ok());
    QCOMPARE(settings->endpoint, QUrl(u"https://api.anthropic.com"_s));
    QCOMPARE(settings->model, u"claude-sonnet-4-5"_s);
    QVERIFY(settings->maxRetries > 0);
    QVERIFY(settings->meter);
    settings->meter->add(settings->model, { 1000000, 1000000 });
    QVERIFY(qFuzzyCompare(settings->meter->costUsd(), 3.0 + 15.0));
}

void TestAnthropicClient::missingKeySaysWhereToPutIt()
{
    QTemporaryDir runtimeDir; // no D-Bus session bus in it: the keychain cannot answer
    QVERIFY(runtimeDir.isValid());
    EnvironmentGuard environment;
    environment.unset("ANTHROPIC_API_KEY");
    environment.unset("DBUS_SESSION_BUS_ADDRESS");
    environment.set("XDG_RUNTIME_DIR", runtimeDir.path().toUtf8());
    QElapsedTimer timer;
    timer.start();
    const auto settings = LlmSettings::fromEnvironment();
    QVERIFY(!settings.ok());
    QVERIFY2(timer.elapsed() < 2000, "a missing keychain means no key, quickly");
    const QString text = settings.error().toString();
    QVERIFY2(text.contains(u"ANTHROPIC_API_KEY"_s), qPrintable(text));
    QVERIFY2(
        text.contains(u"keychain"_s) && text.contains(u"MigrationWorkbench"_s) && text.contains(u"anthropic-api-key"_s),
        qPrintable(text));

    // A client without a key says the same before it sends anything.
    MessagesStandIn standIn;
    QVERIFY(standIn.start());
    LlmSettings keyless = settingsFor(standIn);
    keyless.apiKey.clear();
    AnthropicClient client(keyless);
    const auto response = client.send(helloRequest());
    QVERIFY(!response.ok());
    QVERIFY(response.error().toString().contains(u"ANTHROPIC_API_KEY"_s));
    QCOMPARE(standIn.requests().size(), 0);
}

void TestAnthropicClient::invalidEnvironmentValuesAreErrors_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("base URL without a scheme") << QByteArray("MWB_ANTHROPIC_BASE_URL") << QByteArray("localhost:8080");
    QTest::newRow("base URL with another scheme")
        << QByteArray("MWB_ANTHROPIC_BASE_URL") << QByteArray("ftp://example.com");
    QTest::newRow("input price not a number") << QByteArray("MWB_LLM_PRICE_INPUT") << QByteArray("three");
    QTest::newRow("negative output price") << QByteArray("MWB_LLM_PRICE_OUTPUT") << QByteArray("-1");
}

void TestAnthropicClient::invalidEnvironmentValuesAreErrors()
{
    QFETCH(QByteArray, variable);
    QFETCH(QByteArray, value);
    EnvironmentGuard environment;
    environment.set("ANTHROPIC_API_KEY", "sk-ant-test");
    environment.unset("MWB_ANTHROPIC_BASE_URL");
    environment.unset("MWB_LLM_PRICE_INPUT");
    environment.unset("MWB_LLM_PRICE_OUTPUT");
    environment.set(variable.constData(), value);
    const auto settings = LlmSettings::fromEnvironment();
    QVERIFY(!settings.ok());
    QVERIFY2(settings.error().message.contains(QString::fromLatin1(variable)), qPrintable(settings.error().toString()));
    QVERIFY(!settings.error().hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnthropicClient)
#include "tst_anthropicclient.moc"
