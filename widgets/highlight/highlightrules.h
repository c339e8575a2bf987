// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>

#include <QList>
#include <QRegularExpression>
#include <QStringView>
#include <QTextCharFormat>

class QPalette;

namespace Mwb::Widgets {

// The languages the built-in highlighter knows. Cell languages such as "pip" and "run" map onto one of these
// (see ruleLanguageForName).
enum class RuleLanguage { Python, Sql, Scala, R, Markdown, Shell, Json };

// What a piece of text is; each kind has one format per palette (tokenFormats).
enum class TokenKind {
    Keyword,
    Builtin, // built-in functions and types, notebook globals (spark, dbutils)
    Literal, // true/false/null and their spellings per language
    Number,
    String,
    Comment,
    Decorator, // Python decorators, Scala annotations
    Magic, // %sql, %%scala, !pip at the start of a line
    Identifier, // quoted identifiers (`col`, "col") and shell variables
    Heading,
    Emphasis,
    Strong,
    Code, // Markdown inline code and fenced blocks
    Link,
    JsonKey,
};
inline constexpr int tokenKindCount = static_cast<int>(TokenKind::JsonKey) + 1;

using TokenFormats = std::array<QTextCharFormat, tokenKindCount>;

// A word-level rule, applied only to text that no SpanRule claimed. Later rules in a table override earlier ones
// where they overlap.
struct TokenRule
{
    QRegularExpression pattern;
    TokenKind kind = TokenKind::Keyword;
    int group = 0; // capture group that receives the format, so a pattern can use context it does not colour
};

// A span (string, comment, fence) claims its text before any TokenRule runs, so a keyword or '#' inside a string
// stays part of the string. Among the spans, the one starting first on the line wins; ties go to table order.
struct SpanRule
{
    QRegularExpression start; // the whole span when `end` is empty; otherwise only its opening delimiter
    QRegularExpression end; // matched anchored where the text after the opener starts; consumes up to the closer
    TokenKind kind = TokenKind::String;

    bool spansLines() const { return !end.pattern().isEmpty(); }
};

struct LanguageRules
{
    QList<SpanRule> spans; // an index into this list is the block state of a span left open at the end of a line
    QList<TokenRule> tokens;
};

// The rules of one language, compiled once per process and shared read-only by every highlighter.
const LanguageRules &highlightRules(RuleLanguage language);

// "python", "sql", "scala", "r", "markdown", "sh", "pip", "run", "fs", "json" (case-insensitive); nullopt otherwise,
// including "raw".
std::optional<RuleLanguage> ruleLanguageForName(QStringView name);

// True when the palette draws light text on a dark editor background.
bool isDarkPalette(const QPalette &palette);

// One format per TokenKind, with colours chosen for the palette's background.
TokenFormats tokenFormats(const QPalette &palette);

} // namespace Mwb::Widgets
