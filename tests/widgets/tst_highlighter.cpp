// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight/codehighlighter.h"
#include "highlight/highlightrules.h"
#include "highlight/rulehighlighter.h"

#include <algorithm>
#include <cmath>

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

using Mwb::Widgets::RuleHighlighter;
using Mwb::Widgets::RuleLanguage;
using Mwb::Widgets::TokenKind;

namespace {

QString kindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Keyword:
        return u"keyword"_s;
    case TokenKind::Builtin:
        return u"builtin"_s;
    case TokenKind::Literal:
        return u"literal"_s;
    case TokenKind::Number:
        return u"number"_s;
    case TokenKind::String:
        return u"string"_s;
    case TokenKind::Comment:
        return u"comment"_s;
    case TokenKind::Decorator:
        return u"decorator"_s;
    case TokenKind::Magic:
        return u"magic"_s;
    case TokenKind::Identifier:
        return u"identifier"_s;
    case TokenKind::Heading:
        return u"heading"_s;
    case TokenKind::Emphasis:
        return u"emphasis"_s;
    case TokenKind::Strong:
        return u"strong"_s;
    case TokenKind::Code:
        return u"code"_s;
    case TokenKind::Link:
        return u"link"_s;
    case TokenKind::JsonKey:
        return u"json key"_s;
    }
    return u"?"_s;
}

QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

// A document as an editor holds it: QTextDocument only reports edits (and so only gets highlighted as it changes)
// once it has a layout, which a QTextEdit/QPlainTextEdit creates when the document is set on it.
void giveLayout(QTextDocument &document)
{
    QVERIFY(document.documentLayout() != nullptr);
}

QPalette lightPalette()
{
    return paletteWithBase(Qt::white, Qt::black);
}

QPalette darkPalette()
{
    return paletteWithBase(QColor(0x1e, 0x1e, 0x1e), QColor(0xd4, 0xd4, 0xd4));
}

// Names what the highlighter painted at one column: the token kind whose format it is, "plain" when nothing was
// applied, "unknown" for a format no kind uses. A failing row then reads `"comment" != "string"`.
QString paintedKind(const RuleHighlighter &highlighter, const QTextBlock &block, int column)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (column < range.start || column >= range.start + range.length) {
            continue;
        }
        for (int i = 0; i < Mwb::Widgets::tokenKindCount; ++i) {
            const auto kind = static_cast<TokenKind>(i);
            if (range.format == highlighter.tokenFormat(kind)) {
                return kindName(kind);
            }
        }
        return u"unknown"_s;
    }
    return u"plain"_s;
}

// WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesCompile();
    void tokens_data();
    void tokens();
    void closingTripleQuoteRehighlightsFollowingLines();
    void unterminatedBlockCommentCarriesToLaterLines();
    void languageNames_data();
    void languageNames();
    void everyKindLooksDifferent_data();
    void everyKindLooksDifferent();
    void coloursAreReadable_data();
    void coloursAreReadable();
    void paletteChangeRecolours();
};

void TestHighlighter::rulesCompile()
{
    // Release builds skip the Q_ASSERT on each pattern; an invalid one would silently never match.
    for (const RuleLanguage language : { RuleLanguage::Python, RuleLanguage::Sql, RuleLanguage::Scala, RuleLanguage::R,
             RuleLanguage::Markdown, RuleLanguage::Shell, RuleLanguage::Json }) {
        const Mwb::Widgets::LanguageRules &rules = Mwb::Widgets::highlightRules(language);
        QVERIFY(!rules.spans.isEmpty());
        for (const Mwb::Widgets::SpanRule &span : rules.spans) {
            QVERIFY2(span.start.isValid(), qPrintable(span.start.pattern() + u": "_s + span.start.errorString()));
            QVERIFY2(!span.spansLines() || span.end.isValid(),
                qPrintable(span.end.pattern() + u": "_s + span.end.errorString()));
        }
        for (const Mwb::Widgets::TokenRule &token : rules.tokens) {
            QVERIFY2(
                token.pattern.isValid(), qPrintable(token.pattern.pattern() + u": "_s + token.pattern.errorString()));
            QVERIFY(token.group <= token.pattern.captureCount());
        }
    }
}

void TestHighlighter::tokens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("block");
    // Every character of the first occurrence of `needle` in the block must be painted as `expected`.
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("expected");

    const QString python = u"python"_s;
    QTest::newRow("python: def is a keyword") << python << u"def load(path):"_s << 0 << u"def"_s << u"keyword"_s;
    QTest::newRow("python: keywords inside a string are string")
        << python << u"x = \"if else\""_s << 0 << u"if else"_s << u"string"_s;
    QTest::newRow("python: # inside a string is not a comment")
        << python << u"url = \"a#b\"  # tail"_s << 0 << u"\"a#b\""_s << u"string"_s;
    QTest::newRow("python: keyword in a later gap between strings")
        << python << u"x = \"in\" if y else \"or\" or \"is\" and z"_s << 0 << u"and"_s << u"keyword"_s;
    QTest::newRow("python: keyword-like text in a later string")
        << python << u"x = \"in\" if y else \"or\" or \"is\" and z"_s << 0 << u"\"is\""_s << u"string"_s;
    QTest::newRow("python: # after the string is a comment")
        << python << u"url = \"a#b\"  # tail"_s << 0 << u"# tail"_s << u"comment"_s;
    QTest::newRow("python: quote in a comment opens no string")
        << python << u"# don't stop\nx = 1"_s << 1 << u"1"_s << u"number"_s;
    QTest::newRow("python: escaped quote stays in the string")
        << python << u"s = 'it\\'s if'"_s << 0 << u"s if'"_s << u"string"_s;
    QTest::newRow("python: triple-quoted string, middle line")
        << python << u"doc = \"\"\"first\nif middle\nlast\"\"\"\nreturn doc"_s << 1 << u"if middle"_s << u"string"_s;
    QTest::newRow("python: triple-quoted string, closing line")
        << python << u"doc = \"\"\"first\nif middle\nlast\"\"\"\nreturn doc"_s << 2 << u"last\"\"\""_s << u"string"_s;
    QTest::newRow("python: code after a closed triple-quoted string")
        << python << u"doc = \"\"\"first\nif middle\nlast\"\"\"\nreturn doc"_s << 3 << u"return"_s << u"keyword"_s;
    QTest::newRow("python: # inside a triple-quoted string")
        << python << u"'''\n# not a comment\n'''"_s << 1 << u"# not a comment"_s << u"string"_s;
    QTest::newRow("python: raw triple-single-quoted string")
        << python << u"r'''a\nfor x'''"_s << 1 << u"for x'''"_s << u"string"_s;
    QTest::newRow("python: f-string") << python << u"f\"{x} if\""_s << 0 << u"f\"{x} if\""_s << u"string"_s;
    QTest::newRow("python: keyword prefix of an identifier is plain")
        << python << u"iffy = 1"_s << 0 << u"iffy"_s << u"plain"_s;
    QTest::newRow("python: builtin call") << python << u"print(len(xs))"_s << 0 << u"len"_s << u"builtin"_s;
    QTest::newRow("python: attribute named like a builtin is plain")
        << python << u"log.print(1)"_s << 0 << u"print"_s << u"plain"_s;
    QTest::newRow("python: notebook global") << python << u"spark.table('t')"_s << 0 << u"spark"_s << u"builtin"_s;
    QTest::newRow("python: None") << python << u"x = None"_s << 0 << u"None"_s << u"literal"_s;
    QTest::newRow("python: hex number") << python << u"n = 0x1F + 2.5e-3"_s << 0 << u"0x1F"_s << u"number"_s;
    QTest::newRow("python: float with exponent") << python << u"n = 0x1F + 2.5e-3"_s << 0 << u"2.5e-3"_s << u"number"_s;
    QTest::newRow("python: digit inside an identifier is plain") << python << u"x1 = y"_s << 0 << u"x1"_s << u"plain"_s;
    QTest::newRow("python: decorator") << python << u"@dataclass(frozen=True)"_s << 0 << u"@dataclass"_s
                                       << u"decorator"_s;
    QTest::newRow("python: @ operator is not a decorator") << python << u"c = a @ b"_s << 0 << u"@"_s << u"plain"_s;
    QTest::newRow("python: %sql magic") << python << u"%sql SELECT 1"_s << 0 << u"%sql"_s << u"magic"_s;
    QTest::newRow("python: %%scala cell magic") << python << u"%%scala"_s << 0 << u"%%scala"_s << u"magic"_s;
    QTest::newRow("python: !pip shell escape") << python << u"!pip install x"_s << 0 << u"!pip"_s << u"magic"_s;
    QTest::newRow("python: % mid-line is modulo, not a magic")
        << python << u"y = x %timeit"_s << 0 << u"%timeit"_s << u"plain"_s;

    const QString sql = u"sql"_s;
    QTest::newRow("sql: SELECT") << sql << u"SELECT a FROM t"_s << 0 << u"SELECT"_s << u"keyword"_s;
    QTest::newRow("sql: FROM") << sql << u"SELECT a FROM t"_s << 0 << u"FROM"_s << u"keyword"_s;
    QTest::newRow("sql: lower-case keyword") << sql << u"select 1"_s << 0 << u"select"_s << u"keyword"_s;
    QTest::newRow("sql: -- comment") << sql << u"SELECT 1 -- SELECT more"_s << 0 << u"-- SELECT more"_s << u"comment"_s;
    QTest::newRow("sql: -- inside a string is string")
        << sql << u"SELECT 'a -- b'"_s << 0 << u"'a -- b'"_s << u"string"_s;
    QTest::newRow("sql: doubled quote keeps the string open")
        << sql << u"SELECT 'it''s FROM'"_s << 0 << u"s FROM'"_s << u"string"_s;
    QTest::newRow("sql: block comment, middle line")
        << sql << u"/* header\nSELECT x\n*/ SELECT 1"_s << 1 << u"SELECT x"_s << u"comment"_s;
    QTest::newRow("sql: block comment, closing line")
        << sql << u"/* header\nSELECT x\n*/ SELECT 1"_s << 2 << u"*/"_s << u"comment"_s;
    QTest::newRow("sql: code after a closed block comment")
        << sql << u"/* header\nSELECT x\n*/ SELECT 1"_s << 2 << u"SELECT"_s << u"keyword"_s;
    QTest::newRow("sql: one-line block comment")
        << sql << u"SELECT /* FROM */ a"_s << 0 << u"/* FROM */"_s << u"comment"_s;
    QTest::newRow("sql: backtick identifier")
        << sql << u"SELECT `from` FROM t"_s << 0 << u"`from`"_s << u"identifier"_s;
    QTest::newRow("sql: double-quoted identifier")
        << sql << u"SELECT \"order\" FROM t"_s << 0 << u"\"order\""_s << u"identifier"_s;
    QTest::newRow("sql: function") << sql << u"SELECT count(*)"_s << 0 << u"count"_s << u"builtin"_s;
    QTest::newRow("sql: NULL") << sql << u"WHERE x IS NULL"_s << 0 << u"NULL"_s << u"literal"_s;
    QTest::newRow("sql: number") << sql << u"LIMIT 100"_s << 0 << u"100"_s << u"number"_s;
    QTest::newRow("sql: keyword prefix of a column is plain")
        << sql << u"SELECT selected_at"_s << 0 << u"selected_at"_s << u"plain"_s;
    QTest::newRow("sql: qualified column named like a function is plain")
        << sql << u"SELECT t.count"_s << 0 << u"count"_s << u"plain"_s;
    QTest::newRow("sql: %sql magic") << sql << u"%sql\nSELECT 1"_s << 0 << u"%sql"_s << u"magic"_s;

    const QString scala = u"scala"_s;
    QTest::newRow("scala: val") << scala << u"val x = 1"_s << 0 << u"val"_s << u"keyword"_s;
    QTest::newRow("scala: // comment") << scala << u"val x = 1 // val y"_s << 0 << u"// val y"_s << u"comment"_s;
    QTest::newRow("scala: // inside a string is string")
        << scala << u"val url = \"http://host\""_s << 0 << u"\"http://host\""_s << u"string"_s;
    QTest::newRow("scala: block comment, middle line")
        << scala << u"/* start\nval inside = 1\nend */ val y = 2"_s << 1 << u"val inside = 1"_s << u"comment"_s;
    QTest::newRow("scala: block comment, closing line")
        << scala << u"/* start\nval inside = 1\nend */ val y = 2"_s << 2 << u"end */"_s << u"comment"_s;
    QTest::newRow("scala: code after a closed block comment")
        << scala << u"/* start\nval inside = 1\nend */ val y = 2"_s << 2 << u"val"_s << u"keyword"_s;
    QTest::newRow("scala: triple-quoted interpolated string, middle line")
        << scala << u"val q = s\"\"\"\n  SELECT if\n\"\"\""_s << 1 << u"SELECT if"_s << u"string"_s;
    QTest::newRow("scala: annotation") << scala << u"@tailrec def go(n: Int): Int = n"_s << 0 << u"@tailrec"_s
                                       << u"decorator"_s;
    QTest::newRow("scala: standard type")
        << scala << u"@tailrec def go(n: Int): Int = n"_s << 0 << u"Int"_s << u"builtin"_s;
    QTest::newRow("scala: backtick identifier") << scala << u"val `type` = 1"_s << 0 << u"`type`"_s << u"identifier"_s;
    QTest::newRow("scala: char literal of a quote")
        << scala << u"val c = '\"'; var d = 1"_s << 0 << u"'\"'"_s << u"string"_s;
    QTest::newRow("scala: quote char opens no string")
        << scala << u"val c = '\"'; var d = 1"_s << 0 << u"var"_s << u"keyword"_s;
    QTest::newRow("scala: true") << scala << u"val ok = true"_s << 0 << u"true"_s << u"literal"_s;
    QTest::newRow("scala: long suffix") << scala << u"val n = 10L"_s << 0 << u"10L"_s << u"number"_s;
    QTest::newRow("scala: %scala magic") << scala << u"%scala\nval x = 1"_s << 0 << u"%scala"_s << u"magic"_s;

    const QString r = u"r"_s;
    QTest::newRow("r: function") << r << u"f <- function(x) x"_s << 0 << u"function"_s << u"keyword"_s;
    QTest::newRow("r: # inside a string is string") << r << u"p <- \"a # b\""_s << 0 << u"\"a # b\""_s << u"string"_s;
    QTest::newRow("r: comment") << r << u"x <- 1 # note"_s << 0 << u"# note"_s << u"comment"_s;
    QTest::newRow("r: dotted builtin") << r << u"df <- data.frame(a = 1)"_s << 0 << u"data.frame"_s << u"builtin"_s;
    QTest::newRow("r: dotted name containing a builtin is plain")
        << r << u"my.data.frame <- 1"_s << 0 << u"data.frame"_s << u"plain"_s;
    QTest::newRow("r: TRUE") << r << u"ok <- TRUE"_s << 0 << u"TRUE"_s << u"literal"_s;
    QTest::newRow("r: integer suffix") << r << u"n <- 10L"_s << 0 << u"10L"_s << u"number"_s;
    QTest::newRow("r: backtick name") << r << u"`my var` <- 1"_s << 0 << u"`my var`"_s << u"identifier"_s;
    QTest::newRow("r: %in% is an operator, not a magic") << r << u"x %in% y"_s << 0 << u"%in%"_s << u"builtin"_s;
    QTest::newRow("r: pipe at the start of a line is not a magic")
        << r << u"df\n%>% head()"_s << 1 << u"%>%"_s << u"builtin"_s;

    const QString markdown = u"markdown"_s;
    QTest::newRow("markdown: heading") << markdown << u"# Title here"_s << 0 << u"# Title here"_s << u"heading"_s;
    QTest::newRow("markdown: level-3 heading") << markdown << u"### Sub"_s << 0 << u"### Sub"_s << u"heading"_s;
    QTest::newRow("markdown: # without a space is not a heading")
        << markdown << u"#hashtag"_s << 0 << u"#hashtag"_s << u"plain"_s;
    QTest::newRow("markdown: emphasis") << markdown << u"some *soft* text"_s << 0 << u"*soft*"_s << u"emphasis"_s;
    QTest::newRow("markdown: underscore emphasis") << markdown << u"an _it_ word"_s << 0 << u"_it_"_s << u"emphasis"_s;
    QTest::newRow("markdown: snake_case is plain")
        << markdown << u"call my_func_name now"_s << 0 << u"my_func_name"_s << u"plain"_s;
    QTest::newRow("markdown: strong") << markdown << u"a **bold** b"_s << 0 << u"**bold**"_s << u"strong"_s;
    QTest::newRow("markdown: inline code") << markdown << u"run `if x` now"_s << 0 << u"`if x`"_s << u"code"_s;
    QTest::newRow("markdown: emphasis marks inside inline code are code")
        << markdown << u"`*a*` b"_s << 0 << u"*a*"_s << u"code"_s;
    QTest::newRow("markdown: fence line")
        << markdown << u"```python\n# not a heading\n```\nafter"_s << 0 << u"```python"_s << u"code"_s;
    QTest::newRow("markdown: fenced block content")
        << markdown << u"```python\n# not a heading\n```\nafter"_s << 1 << u"# not a heading"_s << u"code"_s;
    QTest::newRow("markdown: text after a closed fence")
        << markdown << u"```python\n# not a heading\n```\nafter"_s << 3 << u"after"_s << u"plain"_s;
    QTest::newRow("markdown: heading after a closed fence")
        << markdown << u"~~~\nx\n~~~\n# Next"_s << 3 << u"# Next"_s << u"heading"_s;
    QTest::newRow("markdown: link") << markdown << u"see [docs](https://x.y) now"_s << 0 << u"[docs](https://x.y)"_s
                                    << u"link"_s;
    QTest::newRow("markdown: %md magic") << markdown << u"%md\n# T"_s << 0 << u"%md"_s << u"magic"_s;

    const QString json = u"json"_s;
    const QString object = uR"({"name": "if", "n": -1.5e3, "ok": true, "none": null})"_s;
    QTest::newRow("json: key") << json << object << 0 << u"\"name\""_s << u"json key"_s;
    QTest::newRow("json: string value") << json << object << 0 << u"\"if\""_s << u"string"_s;
    QTest::newRow("json: negative number") << json << object << 0 << u"-1.5e3"_s << u"number"_s;
    QTest::newRow("json: true") << json << object << 0 << u"true"_s << u"literal"_s;
    QTest::newRow("json: null") << json << object << 0 << u"null"_s << u"literal"_s;
    QTest::newRow("json: colon inside a value") << json << uR"({"url": "a:b"})"_s << 0 << u"\"a:b\""_s << u"string"_s;
    QTest::newRow("json: key with spaces before the colon")
        << json << uR"({ "a" : 1 })"_s << 0 << u"\"a\""_s << u"json key"_s;
    QTest::newRow("json: literal text inside a string")
        << json << uR"(["true"])"_s << 0 << u"\"true\""_s << u"string"_s;

    QTest::newRow("sh: comment") << u"sh"_s << u"ls -la  # list"_s << 0 << u"# list"_s << u"comment"_s;
    QTest::newRow("sh: # inside a word is not a comment") << u"sh"_s << u"echo a#b"_s << 0 << u"a#b"_s << u"plain"_s;
    QTest::newRow("sh: # inside double quotes") << u"sh"_s << u"echo \"a # b\""_s << 0 << u"\"a # b\""_s << u"string"_s;
    QTest::newRow("sh: variable") << u"sh"_s << u"echo $HOME"_s << 0 << u"$HOME"_s << u"identifier"_s;
    QTest::newRow("sh: keyword") << u"sh"_s << u"if [ -f x ]; then"_s << 0 << u"then"_s << u"keyword"_s;
    QTest::newRow("sh: %sh magic") << u"sh"_s << u"%sh ls"_s << 0 << u"%sh"_s << u"magic"_s;
    QTest::newRow("pip: magic") << u"pip"_s << u"%pip install pandas==2.0  # pinned"_s << 0 << u"%pip"_s << u"magic"_s;
    QTest::newRow("pip: comment") << u"pip"_s << u"%pip install pandas==2.0  # pinned"_s << 0 << u"# pinned"_s
                                  << u"comment"_s;
    QTest::newRow("pip: version number") << u"pip"_s << u"%pip install pandas==2.0  # pinned"_s << 0 << u"2.0"_s
                                         << u"number"_s;
    QTest::newRow("run: magic") << u"run"_s << u"%run ./setup $env=\"dev\""_s << 0 << u"%run"_s << u"magic"_s;
    QTest::newRow("run: quoted argument")
        << u"run"_s << u"%run ./setup $env=\"dev\""_s << 0 << u"\"dev\""_s << u"string"_s;
    QTest::newRow("run: widget parameter")
        << u"run"_s << u"%run ./setup $env=\"dev\""_s << 0 << u"$env"_s << u"identifier"_s;
}

void TestHighlighter::tokens()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(int, block);
    QFETCH(QString, needle);
    QFETCH(QString, expected);

    const std::optional<RuleLanguage> ruleLanguage = Mwb::Widgets::ruleLanguageForName(language);
    QVERIFY(ruleLanguage.has_value());
    QTextDocument document;
    giveLayout(document);
    auto *highlighter = new RuleHighlighter(&document, *ruleLanguage, lightPalette());
    document.setPlainText(text);

    const QTextBlock textBlock = document.findBlockByNumber(block);
    QVERIFY2(textBlock.isValid(), qPrintable(u"no block %1"_s.arg(block)));
    const int start = static_cast<int>(textBlock.text().indexOf(needle));
    QVERIFY2(start >= 0, qPrintable(u"\"%1\" not in block %2: \"%3\""_s.arg(needle).arg(block).arg(textBlock.text())));
    for (int column = start; column < start + needle.size(); ++column) {
        const QString actual = paintedKind(*highlighter, textBlock, column);
        if (actual != expected) {
            QFAIL(qPrintable(u"column %1 ('%2') is %3, expected %4"_s.arg(column)
                                 .arg(textBlock.text().at(column))
                                 .arg(actual, expected)));
        }
    }
}

void TestHighlighter::closingTripleQuoteRehighlightsFollowingLines()
{
    // Typing the closing quotes must recolour the lines below, not just the edited one (block state cascade).
    QTextDocument document;
    giveLayout(document);
    auto *highlighter = new RuleHighlighter(&document, RuleLanguage::Python, lightPalette());
    document.setPlainText(u"x = \"\"\"\nif a:\n    pass"_s);
    const auto ifColumnKind = [&] { return paintedKind(*highlighter, document.findBlockByNumber(1), 0); };
    QCOMPARE(ifColumnKind(), u"string"_s);

    QTextCursor cursor(document.findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u"\"\"\""_s);
    QCOMPARE(ifColumnKind(), u"keyword"_s);

    cursor.deletePreviousChar();
    QCOMPARE(ifColumnKind(), u"string"_s);
}

void TestHighlighter::unterminatedBlockCommentCarriesToLaterLines()
{
    QTextDocument document;
    giveLayout(document);
    auto *highlighter = new RuleHighlighter(&document, RuleLanguage::Sql, lightPalette());
    document.setPlainText(u"SELECT 1; /* to do\nSELECT 2;\nSELECT 3;"_s);
    QCOMPARE(paintedKind(*highlighter, document.findBlockByNumber(0), 0), u"keyword"_s);
    QCOMPARE(paintedKind(*highlighter, document.findBlockByNumber(1), 0), u"comment"_s);
    QCOMPARE(paintedKind(*highlighter, document.findBlockByNumber(2), 0), u"comment"_s);
}

void TestHighlighter::languageNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("highlighted");
    QTest::addColumn<RuleLanguage>("ruleLanguage");

    QTest::newRow("python") << u"python"_s << true << RuleLanguage::Python;
    QTest::newRow("SQL, upper case") << u"SQL"_s << true << RuleLanguage::Sql;
    QTest::newRow("scala") << u"scala"_s << true << RuleLanguage::Scala;
    QTest::newRow("r") << u"r"_s << true << RuleLanguage::R;
    QTest::newRow("markdown") << u"markdown"_s << true << RuleLanguage::Markdown;
    QTest::newRow("sh") << u"sh"_s << true << RuleLanguage::Shell;
    QTest::newRow("pip uses shell rules") << u"pip"_s << true << RuleLanguage::Shell;
    QTest::newRow("run uses shell rules") << u"run"_s << true << RuleLanguage::Shell;
    QTest::newRow("fs uses shell rules") << u"fs"_s << true << RuleLanguage::Shell;
    QTest::newRow("json") << u"json"_s << true << RuleLanguage::Json;
    QTest::newRow("surrounding spaces") << u" python "_s << true << RuleLanguage::Python;
    QTest::newRow("raw stays plain") << u"raw"_s << false << RuleLanguage::Python;
    QTest::newRow("unknown stays plain") << u"cobol"_s << false << RuleLanguage::Python;
    QTest::newRow("empty stays plain") << QString() << false << RuleLanguage::Python;
}

void TestHighlighter::languageNames()
{
    QFETCH(QString, name);
    QFETCH(bool, highlighted);
    QFETCH(RuleLanguage, ruleLanguage);

    QTextDocument document;
    QSyntaxHighlighter *highlighter = Mwb::Widgets::createHighlighter(&document, name, lightPalette());
    QCOMPARE(highlighter != nullptr, highlighted);
    if (highlighter == nullptr) {
        return;
    }
    QCOMPARE(highlighter->document(), &document);
    QCOMPARE(highlighter->parent(), &document);
    auto *rules = qobject_cast<RuleHighlighter *>(highlighter);
    if (!Mwb::Widgets::usesKf6SyntaxHighlighting()) {
        QVERIFY(rules != nullptr);
    }
    if (rules != nullptr) {
        QCOMPARE(rules->language(), ruleLanguage);
    }
}

void TestHighlighter::everyKindLooksDifferent_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestHighlighter::everyKindLooksDifferent()
{
    QFETCH(QPalette, palette);
    const Mwb::Widgets::TokenFormats formats = Mwb::Widgets::tokenFormats(palette);
    for (int i = 0; i < Mwb::Widgets::tokenKindCount; ++i) {
        QVERIFY2(formats[i] != QTextCharFormat(), qPrintable(kindName(static_cast<TokenKind>(i))));
        for (int j = i + 1; j < Mwb::Widgets::tokenKindCount; ++j) {
            QVERIFY2(formats[i] != formats[j],
                qPrintable(kindName(static_cast<TokenKind>(i)) + u" == "_s + kindName(static_cast<TokenKind>(j))));
        }
    }
}

void TestHighlighter::coloursAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("white") << lightPalette();
    QTest::newRow("light grey") << paletteWithBase(QColor(0xf0, 0xf0, 0xf0), Qt::black);
    QTest::newRow("dark #1e1e1e") << darkPalette();
    QTest::newRow("dark #2d2d2d") << paletteWithBase(QColor(0x2d, 0x2d, 0x2d), Qt::white);
    QTest::newRow("Breeze dark") << paletteWithBase(QColor(0x23, 0x26, 0x29), QColor(0xfc, 0xfc, 0xfc));
}

void TestHighlighter::coloursAreReadable()
{
    // WCAG 2.1 AA asks 4.5:1 for body text (1.4.3); a light colour on a dark editor would fail this.
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    const Mwb::Widgets::TokenFormats formats = Mwb::Widgets::tokenFormats(palette);
    for (int i = 0; i < Mwb::Widgets::tokenKindCount; ++i) {
        if (!formats[i].hasProperty(QTextFormat::ForegroundBrush)) {
            continue; // keeps the palette's own text colour
        }
        const double ratio = contrastRatio(formats[i].foreground().color(), base);
        QVERIFY2(ratio >= 4.5,
            qPrintable(u"%1 has contrast %2:1"_s.arg(kindName(static_cast<TokenKind>(i))).arg(ratio, 0, 'f', 2)));
    }
}

void TestHighlighter::paletteChangeRecolours()
{
    QTextDocument document;
    giveLayout(document);
    QSyntaxHighlighter *highlighter = Mwb::Widgets::createHighlighter(&document, u"python"_s, lightPalette());
    QVERIFY(highlighter != nullptr);
    document.setPlainText(u"def f(): pass"_s);
    const QTextBlock block = document.firstBlock();
    const auto keywordColour = [&] {
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        return ranges.isEmpty() || ranges.first().start != 0 ? QColor() : ranges.first().format.foreground().color();
    };
    const QColor onLight = keywordColour();
    QVERIFY(onLight.isValid());

    Mwb::Widgets::updateHighlighterPalette(highlighter, darkPalette());
    const QColor onDark = keywordColour();
    QVERIFY(onDark.isValid());
    QVERIFY2(onDark.lightness() > onLight.lightness(),
        qPrintable(u"keyword %1 on light, %2 on dark"_s.arg(onLight.name(), onDark.name())));
}

QTEST_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
