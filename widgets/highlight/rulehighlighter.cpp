// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight/rulehighlighter.h"

#include <algorithm>
#include <vector>

#include <QPalette>
#include <QTextDocument>

namespace Mwb::Widgets {

namespace {

// QSyntaxHighlighter::previousBlockState() is -1 for the first block and for blocks nothing was left open in.
constexpr int noOpenSpan = -1;

// The first match of one pattern at or after an offset. Offsets only grow along a line, so a pattern is searched
// again only once the text it matched has been passed; without this a long line (a minified JSON cell) would be
// rescanned by every rule once per string in it.
class NextMatch
{
public:
    const QRegularExpressionMatch &at(const QRegularExpression &pattern, const QString &text, qsizetype offset,
        QRegularExpression::MatchOptions options)
    {
        // A miss is final: no match starting at or after an earlier offset means none after a later one.
        if (!m_searched || (m_match.hasMatch() && m_match.capturedStart() < offset)) {
            m_match = pattern.match(text, offset, QRegularExpression::NormalMatch, options);
            m_searched = true;
        }
        return m_match;
    }

private:
    QRegularExpressionMatch m_match;
    bool m_searched = false;
};

struct FormatRun
{
    qsizetype start = 0;
    qsizetype length = 0;
    TokenKind kind = TokenKind::Keyword;
};

struct ScannedLine
{
    QList<FormatRun> runs; // in application order: a later run overrides an earlier one where they overlap
    int openSpan = noOpenSpan; // index of the span still open at the end of the line
};

// Spans (strings, comments, fences) claim their text first, the one starting earliest winning and ties going to
// table order; token rules then fill the gaps between them.
ScannedLine scanLine(const LanguageRules &rules, const QString &text, int carriedSpan)
{
    ScannedLine line;
    // PCRE2 validates the whole subject on every match() unless told not to, which makes long lines quadratic.
    // Validate once here; text that is not valid UTF-16 keeps the checked path, where PCRE2 rejects it safely.
    const QRegularExpression::MatchOptions options = text.isValidUtf16()
        ? QRegularExpression::DontCheckSubjectStringMatchOption
        : QRegularExpression::NoMatchOption;
    std::vector<NextMatch> spanMatches(static_cast<std::size_t>(rules.spans.size()));
    std::vector<NextMatch> tokenMatches(static_cast<std::size_t>(rules.tokens.size()));

    // Matching runs on the whole line, not a substring, so look-behinds and '^' see the real context; results are
    // clipped to the gap.
    const auto addTokens = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = 0; i < rules.tokens.size(); ++i) {
            const TokenRule &rule = rules.tokens[i];
            qsizetype offset = from;
            while (offset < to) {
                const QRegularExpressionMatch &match
                    = tokenMatches[static_cast<std::size_t>(i)].at(rule.pattern, text, offset, options);
                if (!match.hasMatch() || match.capturedStart() >= to) {
                    break;
                }
                const qsizetype start = match.capturedStart(rule.group);
                if (start >= 0 && start < to) {
                    line.runs.append({ start, std::min(match.capturedEnd(rule.group), to) - start, rule.kind });
                }
                offset = std::max(match.capturedEnd(), match.capturedStart() + 1);
            }
        }
    };
    // Returns where span `index` closes, or -1 when it stays open past the end of the line.
    const auto continueSpan = [&](qsizetype index, qsizetype from) -> qsizetype {
        const SpanRule &span = rules.spans[index];
        const QRegularExpressionMatch end = span.end.match(
            text, from, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption | options);
        if (!end.hasMatch()) {
            line.runs.append({ from, text.size() - from, span.kind });
            line.openSpan = static_cast<int>(index);
            return -1;
        }
        line.runs.append({ from, end.capturedEnd() - from, span.kind });
        return end.capturedEnd();
    };

    qsizetype position = 0;
    if (carriedSpan >= 0 && carriedSpan < rules.spans.size()) {
        position = continueSpan(carriedSpan, 0);
        if (position < 0) {
            return line;
        }
    }
    while (position < text.size()) {
        qsizetype first = -1;
        qsizetype openerStart = 0;
        qsizetype openerEnd = 0;
        for (qsizetype i = 0; i < rules.spans.size(); ++i) {
            const QRegularExpressionMatch &match
                = spanMatches[static_cast<std::size_t>(i)].at(rules.spans[i].start, text, position, options);
            if (match.hasMatch() && (first < 0 || match.capturedStart() < openerStart)) {
                first = i;
                openerStart = match.capturedStart();
                openerEnd = match.capturedEnd();
            }
        }
        if (first < 0) {
            break;
        }
        addTokens(position, openerStart);
        line.runs.append({ openerStart, openerEnd - openerStart, rules.spans[first].kind });
        // A span rule never matches empty text; the max() only guards against a bad table entry looping forever.
        position = std::max(openerEnd, openerStart + 1);
        if (rules.spans[first].spansLines()) {
            position = continueSpan(first, openerEnd);
            if (position < 0) {
                return line;
            }
        }
    }
    addTokens(position, text.size());
    return line;
}

} // namespace

RuleHighlighter::RuleHighlighter(QTextDocument *document, RuleLanguage language, const QPalette &palette)
    : QSyntaxHighlighter(document)
    , m_language(language)
    , m_rules(&highlightRules(language))
    , m_formats(tokenFormats(palette))
{
}

void RuleHighlighter::setPalette(const QPalette &palette)
{
    m_formats = tokenFormats(palette);
    rehighlight();
}

QTextCharFormat RuleHighlighter::tokenFormat(TokenKind kind) const
{
    return m_formats[static_cast<std::size_t>(kind)];
}

void RuleHighlighter::highlightBlock(const QString &text)
{
    const ScannedLine line = scanLine(*m_rules, text, previousBlockState());
    for (const FormatRun &run : line.runs) {
        setFormat(
            static_cast<int>(run.start), static_cast<int>(run.length), m_formats[static_cast<std::size_t>(run.kind)]);
    }
    setCurrentBlockState(line.openSpan);
}

} // namespace Mwb::Widgets
