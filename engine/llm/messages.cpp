// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/messages.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Mwb::Llm {

ContentBlock ContentBlock::textBlock(const QString &text)
{
    ContentBlock block;
    block.kind = Kind::Text;
    block.text = text;
    return block;
}

ContentBlock ContentBlock::toolResult(const QString &toolUseId, const QString &text, bool isError)
{
    ContentBlock block;
    block.kind = Kind::ToolResult;
    block.toolUseId = toolUseId;
    block.text = text;
    block.isError = isError;
    return block;
}

QString MessagesResponse::text() const
{
    QStringList parts;
    for (const ContentBlock &block : content) {
        if (block.kind == ContentBlock::Kind::Text) {
            parts << block.text;
        }
    }
    return parts.join(u'\n');
}

QList<ContentBlock> MessagesResponse::toolUses() const
{
    QList<ContentBlock> uses;
    for (const ContentBlock &block : content) {
        if (block.kind == ContentBlock::Kind::ToolUse) {
            uses << block;
        }
    }
    return uses;
}

QString boundedText(const QString &text, int maxCharacters)
{
    const qsizetype limit = qMax(0, maxCharacters);
    if (text.size() <= limit) {
        return text;
    }
    qsizetype head = limit / 2;
    qsizetype tailStart = text.size() - (limit - head);
    // Never split a surrogate pair: a lone half is not valid UTF-16 and would be sent as U+FFFD.
    if (head > 0 && text.at(head - 1).isHighSurrogate()) {
        --head;
    }
    if (tailStart < text.size() && text.at(tailStart).isLowSurrogate()) {
        ++tailStart;
    }
    const qsizetype cut = tailStart - head;
    // The note is read by the model, not by a user, so it is not translated.
    return text.left(head) + u"\n[... "_s + QString::number(cut) + u" characters cut]\n"_s + text.mid(tailStart);
}

} // namespace Mwb::Llm
