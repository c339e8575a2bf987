// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "llm/messages.h"

#include <QMutex>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

namespace Mwb::Llm {

// Token use and cost of a run, shared by every client of the run (thread-safe).
class UsageMeter
{
public:
    void add(const QString &model, const Usage &usage);
    // Adds another meter's tokens and requests (a task's meter into its run's).
    void merge(const UsageMeter &other);
    Usage total() const;
    int requests() const;
    // US dollars at the per-million-token prices of LlmSettings (0 when unknown).
    double costUsd() const;
    void setPrices(double inputPerMTok, double outputPerMTok);

private:
    mutable QMutex m_mutex;
    Usage m_total;
    int m_requests = 0;
    double m_inputPrice = 0.0;
    double m_outputPrice = 0.0;
};

struct LlmSettings
{
    // https://api.anthropic.com by default; MWB_ANTHROPIC_BASE_URL overrides (local stand-ins).
    QUrl endpoint;
    QString model;  // MWB_LLM_MODEL overrides the default
    QString apiKey; // never logged, never in errors or events
    std::chrono::milliseconds requestTimeout = std::chrono::seconds(180);
    int maxRetries = 5; // on 429, 5xx (529 overloaded included), timeouts and network errors
    std::chrono::milliseconds initialBackoff = std::chrono::seconds(2); // doubled per retry; retry-after wins
    std::chrono::milliseconds maxBackoff = std::chrono::seconds(60);
    std::shared_ptr<UsageMeter> meter; // may be null

    // Defaults plus the environment: ANTHROPIC_API_KEY (else the keychain entry "anthropic-api-key"
    // of service "MigrationWorkbench"), MWB_ANTHROPIC_BASE_URL, MWB_LLM_MODEL. Fails with a message
    // that says where to put the key when there is none.
    static Core::Result<LlmSettings> fromEnvironment();
};

// A blocking client of the Messages API over QNetworkAccessManager (spins a local event loop; one
// client per thread). Retries with exponential backoff on 429/5xx/timeouts; a 401/403 is an error
// that says the key is invalid; every error text is free of the key.
class AnthropicClient
{
public:
    explicit AnthropicClient(LlmSettings settings);
    ~AnthropicClient();
    AnthropicClient(const AnthropicClient &) = delete;
    AnthropicClient &operator=(const AnthropicClient &) = delete;

    Core::Result<MessagesResponse> send(const MessagesRequest &request);
    const LlmSettings &settings() const { return m_settings; }
    // Retries done so far by this client (tests and the run's runtime metadata).
    int retries() const { return m_retries; }

private:
    LlmSettings m_settings;
    int m_retries = 0;
};

} // namespace Mwb::Llm
