// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight/highlightrules.h"

#include <utility>

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QStringList>

namespace Mwb::Widgets {

using namespace Qt::StringLiterals;

namespace {

QRegularExpression compiled(const QString &pattern, QRegularExpression::PatternOptions options = {})
{
    QRegularExpression expression(pattern, options);
    Q_ASSERT_X(expression.isValid(), "highlightRules", qPrintable(pattern + u": "_s + expression.errorString()));
    // Compile (and JIT) now, while the table is built, rather than on the first block that is highlighted.
    expression.optimize();
    return expression;
}

SpanRule span(const QString &pattern, TokenKind kind)
{
    return { compiled(pattern), {}, kind };
}

SpanRule multiLineSpan(const QString &start, const QString &end, TokenKind kind)
{
    return { compiled(start), compiled(end), kind };
}

TokenRule token(const QString &pattern, TokenKind kind, int group = 0)
{
    return { compiled(pattern), kind, group };
}

// `wordList` is space-separated. A word only counts when it is not part of a longer identifier or a member access
// (`t.count`, `self.sum`); `extraWordChars` adds the characters a language allows inside identifiers beyond \w
// (R: `data.frame`, shell: `spark-submit`), already escaped for a character class.
TokenRule wordRule(const QString &wordList, TokenKind kind, Qt::CaseSensitivity caseSensitivity = Qt::CaseSensitive,
    const QString &extraWordChars = {})
{
    QStringList alternatives;
    const QStringList list = wordList.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : list) {
        alternatives.append(QRegularExpression::escape(word));
    }
    const QString pattern = u"(?<![\\w."_s + extraWordChars + u"])(?:"_s + alternatives.join(u'|') + u")(?![\\w"_s
        + extraWordChars + u"])"_s;
    return { compiled(pattern,
                 caseSensitivity == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                        : QRegularExpression::NoPatternOption),
        kind, 0 };
}

// Integers, decimals, exponents, hex/binary/octal, and the suffixes of Python (j), Scala (L, f, d) and R (L, i).
TokenRule numbers()
{
    const QString radix = uR"(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+)"_s;
    const QString decimal = uR"((?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)"_s;
    return token(uR"((?<![\w.])(?:)"_s + radix + u'|' + decimal + uR"()[jJlLfFdDi]?(?![\w.]))"_s, TokenKind::Number);
}

// Jupyter line/cell magics (%sql, %%scala), Databricks cell magics (%run, %pip, %md) and IPython shell escapes
// (!pip); all of them are only recognised at the start of a line.
TokenRule magics()
{
    return token(uR"(^\s*((?:%%?|!)[A-Za-z_][\w.-]*))"_s, TokenKind::Magic, 1);
}

// Matches the rest of a double-quoted string after its opening quote: backslash escapes, unterminated at the end
// of the line (the user is still typing it).
const QString doubleQuotedBody = uR"((?:[^"\\]|\\.)*+"?)"_s;
const QString singleQuotedBody = uR"((?:[^'\\]|\\.)*+'?)"_s;

// C-style block comment body up to and including the closer; shared by SQL and Scala.
const QString blockCommentEnd = uR"((?:[^*]|\*(?!/))*+\*/)"_s;

LanguageRules pythonRules()
{
    // String prefixes: r, b, u, f and their two-letter combinations (Python reference, 2.4.1 "String literals").
    const QString prefix = uR"((?:\b[rRbBuUfF]{1,2})?)"_s;
    LanguageRules rules;
    rules.spans = {
        span(u"#.*"_s, TokenKind::Comment),
        // Triple-quoted strings are listed before the one-line forms so `"""` is not read as `""` + `"`.
        multiLineSpan(prefix + uR"(""")"_s, uR"((?:[^"\\]|\\.|"(?!""))*+""")"_s, TokenKind::String),
        multiLineSpan(prefix + uR"(''')"_s, uR"((?:[^'\\]|\\.|'(?!''))*+''')"_s, TokenKind::String),
        span(prefix + u'"' + doubleQuotedBody, TokenKind::String),
        span(prefix + u'\'' + singleQuotedBody, TokenKind::String),
    };
    rules.tokens = {
        wordRule(u"and as assert async await break class continue def del elif else except finally for from global if "
                 "import in is lambda nonlocal not or pass raise return try while with yield"_s,
            TokenKind::Keyword),
        // Includes the globals Databricks and Jupyter notebooks predefine (spark, dbutils, display).
        wordRule(
            u"abs all any bool bytes callable chr classmethod dict dir divmod enumerate filter float format frozenset "
            "getattr hasattr hash hex id input int isinstance issubclass iter len list map max min next object open "
            "ord pow print property range repr reversed round set setattr slice sorted staticmethod str sum super "
            "tuple type vars zip self cls Exception ValueError TypeError KeyError IndexError RuntimeError "
            "spark sc sqlContext dbutils display displayHTML"_s,
            TokenKind::Builtin),
        wordRule(u"True False None"_s, TokenKind::Literal),
        numbers(),
        // At line start only: elsewhere `@` is the matrix-multiplication operator.
        token(uR"(^\s*(@[A-Za-z_][\w.]*))"_s, TokenKind::Decorator, 1),
        magics(),
    };
    return rules;
}

LanguageRules sqlRules()
{
    LanguageRules rules;
    rules.spans = {
        span(u"--.*"_s, TokenKind::Comment),
        multiLineSpan(uR"(/\*)"_s, blockCommentEnd, TokenKind::Comment),
        // SQL escapes a quote by doubling it ('it''s'), not with a backslash (SQL:2016 5.3 <character string literal>).
        span(uR"('(?:[^']|'')*+'?)"_s, TokenKind::String),
        // Delimited identifiers of standard SQL and PostgreSQL; Spark and MySQL read them as strings by default,
        // either way they are quoted text that must not show keywords inside.
        span(uR"("(?:[^"]|"")*+"?)"_s, TokenKind::Identifier),
        // Backtick-quoted identifiers: MySQL/MariaDB and Spark SQL.
        span(uR"(`(?:[^`]|``)*+`?)"_s, TokenKind::Identifier),
    };
    rules.tokens = {
        wordRule(
            u"add all alter analyze and as asc begin between by cascade case check column comment commit constraint "
            "create cross current database default delete desc describe distinct do drop else end escape except "
            "exists explain fetch first following for foreign from full function grant group having if ilike in "
            "index inner insert intersect interval into is join key language last lateral left like limit location "
            "merge natural not nulls of offset on only optimize or order outer over partition partitioned pivot "
            "preceding primary procedure qualify range recursive references rename replace returning returns "
            "revoke right rollback row rows schema select sequence set show table tblproperties temp temporary then "
            "to transaction trigger truncate unbounded union unique unpivot update using vacuum values view when "
            "where window with zorder"_s,
            TokenKind::Keyword, Qt::CaseInsensitive),
        wordRule(
            u"abs array avg bigint binary bool boolean bytea cast ceil char coalesce collect_list collect_set concat "
            "count current_date current_timestamp date date_add date_trunc datediff decimal dense_rank double "
            "explode extract first_value float floor greatest ifnull int integer jsonb lag last_value lead least "
            "length lower map max min nullif numeric nvl rank real regexp_replace round row_number serial size "
            "smallint split string struct substr substring sum text timestamp timestamp_ntz tinyint to_date "
            "to_timestamp trim try_cast upper uuid varchar"_s,
            TokenKind::Builtin, Qt::CaseInsensitive),
        wordRule(u"null true false"_s, TokenKind::Literal, Qt::CaseInsensitive),
        numbers(),
        magics(),
    };
    return rules;
}

LanguageRules scalaRules()
{
    // Scala's standard string interpolators (Scala 2.13 spec 1.3.6).
    const QString interpolator = uR"((?:\b(?:s|f|raw))?)"_s;
    LanguageRules rules;
    rules.spans = {
        span(u"//.*"_s, TokenKind::Comment),
        multiLineSpan(uR"(/\*)"_s, blockCommentEnd, TokenKind::Comment),
        // A multi-line string ends at the last quote of a run of three or more (""""a"""" is `"a"`).
        multiLineSpan(interpolator + uR"(""")"_s, uR"(.*?"""(?!"))"_s, TokenKind::String),
        span(interpolator + u'"' + doubleQuotedBody, TokenKind::String),
        span(uR"('(?:[^'\\]|\\(?:u[0-9a-fA-F]{4}|.))')"_s, TokenKind::String),
        span(uR"(`[^`]*`?)"_s, TokenKind::Identifier),
    };
    rules.tokens = {
        wordRule(
            u"abstract case catch class def do else enum export extends final finally for forSome given if implicit "
            "import lazy match new object override package private protected return sealed super then this throw "
            "trait try type using val var while with yield"_s,
            TokenKind::Keyword),
        wordRule(u"Any AnyRef AnyVal Array BigDecimal BigInt Boolean Byte Char DataFrame Dataset Double Either Failure "
                 "Float Future Int Left List Long Map Nothing None Option Right Row Seq Set Short Some SparkSession "
                 "String Success Try Unit Vector assert print println require spark sc sqlContext dbutils display "
                 "displayHTML"_s,
            TokenKind::Builtin),
        wordRule(u"true false null"_s, TokenKind::Literal),
        numbers(),
        token(uR"(@[A-Za-z_][\w.]*)"_s, TokenKind::Decorator),
        magics(),
    };
    return rules;
}

LanguageRules rRules()
{
    // R identifiers may contain dots (`data.frame`, `is.na`).
    const QString dot = u"."_s;
    LanguageRules rules;
    rules.spans = {
        span(u"#.*"_s, TokenKind::Comment),
        span(u'"' + doubleQuotedBody, TokenKind::String),
        span(u'\'' + singleQuotedBody, TokenKind::String),
        span(uR"(`[^`]*`?)"_s, TokenKind::Identifier),
    };
    rules.tokens = {
        wordRule(
            u"if else repeat while function for in next break return"_s, TokenKind::Keyword, Qt::CaseSensitive, dot),
        wordRule(u"library require c list vector data.frame matrix factor print paste paste0 cat sprintf format length "
                 "names nrow ncol head tail summary str mean median sd var sum min max range round apply sapply lapply "
                 "vapply mapply seq seq_along seq_len rep which is.na is.null ifelse stop warning message tryCatch "
                 "invisible read.csv write.csv SparkR sparkR.session sql collect createDataFrame display"_s,
            TokenKind::Builtin, Qt::CaseSensitive, dot),
        wordRule(u"TRUE FALSE NULL NA NA_integer_ NA_real_ NA_character_ NA_complex_ Inf NaN"_s, TokenKind::Literal,
            Qt::CaseSensitive, dot),
        numbers(),
        // %in%, %>% and user-defined %op% infix operators; after the keywords so `in` inside `%in%` is not one.
        token(u"%[^%\\s]*%"_s, TokenKind::Builtin),
        magics(),
    };
    return rules;
}

LanguageRules markdownRules()
{
    LanguageRules rules;
    // Block structure follows CommonMark 0.30: fences (4.5) and ATX headings (4.2) may be indented up to three
    // spaces; a heading needs a space after its #s.
    rules.spans = {
        multiLineSpan(u"^ {0,3}`{3,}.*"_s, uR"(^ {0,3}`{3,}\s*$)"_s, TokenKind::Code),
        multiLineSpan(u"^ {0,3}~{3,}.*"_s, uR"(^ {0,3}~{3,}\s*$)"_s, TokenKind::Code),
        span(uR"(^ {0,3}#{1,6}(?:[ \t].*)?$)"_s, TokenKind::Heading),
        // A code span closes with a backtick run of the same length (CommonMark 6.1).
        span(uR"((`{1,2})(?:(?!\1).)+\1)"_s, TokenKind::Code),
    };
    rules.tokens = {
        token(uR"((?<![\w*])\*(?=[^\s*])[^*]*(?<=[^\s*])\*(?![\w*]))"_s, TokenKind::Emphasis),
        token(uR"((?<!\w)_(?=[^\s_])[^_]*(?<=[^\s_])_(?!\w))"_s, TokenKind::Emphasis),
        token(uR"((?<!\*)\*\*(?=[^\s*])(?:[^*]|\*(?!\*))*?(?<=[^\s*])\*\*(?!\*))"_s, TokenKind::Strong),
        token(uR"((?<!\w)__(?=[^\s_])(?:[^_]|_(?!_))*?(?<=[^\s_])__(?!\w))"_s, TokenKind::Strong),
        token(uR"re(!?\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\]))re"_s, TokenKind::Link),
        token(uR"(<(?:https?|mailto):[^>\s]*>)"_s, TokenKind::Link),
        magics(),
    };
    return rules;
}

LanguageRules shellRules()
{
    // Shell words may contain dashes (`spark-submit`, `apt-get`).
    const QString dash = uR"(\-)"_s;
    LanguageRules rules;
    rules.spans = {
        // '#' starts a comment only at the start of a word (POSIX Shell Command Language 2.3, rule 9): `a#b` is a word.
        span(uR"((?<![^\s;|&(])#.*)"_s, TokenKind::Comment),
        span(u'"' + doubleQuotedBody, TokenKind::String),
        // No escapes inside single quotes (POSIX 2.2.2).
        span(uR"('[^']*+'?)"_s, TokenKind::String),
    };
    rules.tokens = {
        wordRule(
            u"if then else elif fi for while until do done case esac in function select return break continue exit "
            "local export readonly declare unset shift source time"_s,
            TokenKind::Keyword, Qt::CaseSensitive, dash),
        wordRule(
            u"echo printf cd pwd ls cat grep sed awk head tail cp mv rm mkdir chmod chown curl wget tar unzip gzip "
            "find xargs python python3 pip pip3 conda git databricks hdfs hadoop spark-submit sudo apt-get"_s,
            TokenKind::Builtin, Qt::CaseSensitive, dash),
        token(uR"(\$(?:\{[^}]*\}|[A-Za-z_]\w*|[0-9?#@*$!-]))"_s, TokenKind::Identifier),
        numbers(),
        magics(),
    };
    return rules;
}

LanguageRules jsonRules()
{
    LanguageRules rules;
    const QString string = uR"("(?:[^"\\]|\\.)*+")"_s;
    rules.spans = {
        // A key is a string followed by ':' (RFC 8259 section 4); listed first so it wins over the plain string.
        span(string + uR"((?=\s*:))"_s, TokenKind::JsonKey),
        span(string + u"?"_s, TokenKind::String),
    };
    rules.tokens = {
        wordRule(u"true false null"_s, TokenKind::Literal),
        // RFC 8259 section 6: no leading zeros, no hex, optional minus.
        token(uR"((?<![\w.-])-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.]))"_s, TokenKind::Number),
    };
    return rules;
}

struct KindStyle
{
    TokenKind kind;
    QRgb light; // on a light editor background; 0 = keep the palette's text colour
    QRgb dark; // on a dark editor background
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

// Light colours keep at least 4.5:1 contrast on white and #f0f0f0, dark ones on #1e1e1e to #2d2d2d (WCAG 2.1, 1.4.3);
// tst_highlighter checks this. Every kind differs from the others in colour, weight or slant.
constexpr std::array<KindStyle, tokenKindCount> kindStyles = { {
    { TokenKind::Keyword, 0x1d4ed8, 0x93c5fd, true },
    { TokenKind::Builtin, 0x6d28d9, 0xc4b5fd },
    { TokenKind::Literal, 0xbe185d, 0xf9a8d4 },
    { TokenKind::Number, 0x9a3412, 0xfdba74 },
    { TokenKind::String, 0x166534, 0x86efac },
    { TokenKind::Comment, 0x57606a, 0x9ca3af, false, true },
    { TokenKind::Decorator, 0x854d0e, 0xfde047 },
    { TokenKind::Magic, 0x0e7490, 0x67e8f9, true },
    { TokenKind::Identifier, 0x92400e, 0xfcd34d },
    { TokenKind::Heading, 0x1e40af, 0xbfdbfe, true },
    { TokenKind::Emphasis, 0, 0, false, true },
    { TokenKind::Strong, 0, 0, true },
    { TokenKind::Code, 0xbe123c, 0xfda4af },
    { TokenKind::Link, 0x2563eb, 0x60a5fa, false, false, true },
    { TokenKind::JsonKey, 0x0369a1, 0x7dd3fc },
} };

// tokenFormats() indexes by kind; a missing or misplaced row would silently leave a kind unformatted.
constexpr bool stylesCoverEveryKindInOrder()
{
    for (std::size_t i = 0; i < kindStyles.size(); ++i) {
        if (static_cast<std::size_t>(kindStyles[i].kind) != i) {
            return false;
        }
    }
    return true;
}
static_assert(stylesCoverEveryKindInOrder());

constexpr std::size_t languageCount = static_cast<std::size_t>(RuleLanguage::Json) + 1;

LanguageRules buildRules(RuleLanguage language)
{
    switch (language) {
    case RuleLanguage::Python:
        return pythonRules();
    case RuleLanguage::Sql:
        return sqlRules();
    case RuleLanguage::Scala:
        return scalaRules();
    case RuleLanguage::R:
        return rRules();
    case RuleLanguage::Markdown:
        return markdownRules();
    case RuleLanguage::Shell:
        return shellRules();
    case RuleLanguage::Json:
        return jsonRules();
    }
    Q_UNREACHABLE();
}

} // namespace

const LanguageRules &highlightRules(RuleLanguage language)
{
    // Built on first use; C++ guarantees the initialisation is thread-safe, and the tables are read-only afterwards.
    static const std::array<LanguageRules, languageCount> tables = [] {
        std::array<LanguageRules, languageCount> built;
        for (std::size_t i = 0; i < languageCount; ++i) {
            built[i] = buildRules(static_cast<RuleLanguage>(i));
        }
        return built;
    }();
    return tables[static_cast<std::size_t>(language)];
}

std::optional<RuleLanguage> ruleLanguageForName(QStringView name)
{
    // The cell language names of Mwb::Notebook::languageName(). %pip, %run and %fs cells hold a shell-like command
    // line (magic, words, quoted arguments, $variables), so they share the shell rules; "raw" has no syntax.
    static constexpr std::array<std::pair<QStringView, RuleLanguage>, 10> names = { {
        { u"python", RuleLanguage::Python },
        { u"sql", RuleLanguage::Sql },
        { u"scala", RuleLanguage::Scala },
        { u"r", RuleLanguage::R },
        { u"markdown", RuleLanguage::Markdown },
        { u"sh", RuleLanguage::Shell },
        { u"pip", RuleLanguage::Shell },
        { u"run", RuleLanguage::Shell },
        { u"fs", RuleLanguage::Shell },
        { u"json", RuleLanguage::Json },
    } };
    const QStringView trimmed = name.trimmed();
    for (const auto &[known, language] : names) {
        if (trimmed.compare(known, Qt::CaseInsensitive) == 0) {
            return language;
        }
    }
    return std::nullopt;
}

bool isDarkPalette(const QPalette &palette)
{
    // Code is painted with Text on Base, which can differ from Window (a light window around a dark editor).
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

TokenFormats tokenFormats(const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    TokenFormats formats;
    for (const KindStyle &style : kindStyles) {
        QTextCharFormat &format = formats[static_cast<std::size_t>(style.kind)];
        const QRgb rgb = dark ? style.dark : style.light;
        if (rgb != 0) {
            format.setForeground(QColor::fromRgb(rgb));
        }
        if (style.bold) {
            format.setFontWeight(QFont::Bold);
        }
        if (style.italic) {
            format.setFontItalic(true);
        }
        if (style.underline) {
            format.setFontUnderline(true);
        }
    }
    return formats;
}

} // namespace Mwb::Widgets
