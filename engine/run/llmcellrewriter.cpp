// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/llmcellrewriter.h"

#include "llm/llmjudge.h"

using namespace Qt::StringLiterals;

namespace Mwb::Run {

namespace {

constexpr qsizetype maxCellChars = 20000; // larger cells stay with the rules (the answer would be cut)

} // namespace

LlmCellRewriter::LlmCellRewriter(Llm::LlmSettings settings)
    : m_settings(std::move(settings))
{
}

std::optional<QString> LlmCellRewriter::extractCell(const QString &answer)
{
    const QString open = u"<migrated_cell>"_s;
    const QString close = u"</migrated_cell>"_s;
    const qsizetype start = answer.indexOf(open);
    const qsizetype end = answer.lastIndexOf(close);
    if (start < 0 || end < start + open.size()) {
        return std::nullopt;
    }
    QString cell = answer.mid(start + open.size(), end - start - open.size());
    if (cell.startsWith(u'\n')) {
        cell.remove(0, 1);
    }
    if (cell.endsWith(u'\n')) {
        cell.chop(1);
    }
    return cell;
}

std::optional<QString> LlmCellRewriter::rewriteCell(const Rewrite::LlmCellRequest &request)
{
    if (request.source.size() > maxCellChars) {
        return std::nullopt;
    }
    Llm::AnthropicClient client(m_settings);
    Llm::MessagesRequest messages;
    messages.system = Llm::promptText(u"rewrite"_s);
    messages.maxTokens = 8192;
    const QString user = u"Notebook %1, cell %2 (%3). Databricks markers still present: %4.\n\n<cell>\n%5\n</cell>\n"_s.arg(
                             request.notebookName)
                             .arg(request.cell)
                             .arg(Notebook::languageName(request.language), request.markers.join(u", "_s), request.source);
    messages.messages << Llm::Message {u"user"_s, {Llm::ContentBlock::textBlock(user)}};
    auto answer = client.send(messages);
    if (!answer) {
        return std::nullopt;
    }
    return extractCell(answer->text());
}

} // namespace Mwb::Run
