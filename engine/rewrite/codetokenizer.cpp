// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/codetokenizer.h"
#include "rewrite/tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Python string prefixes (PEP 3101 / lexical analysis §2.4.1), any case.
bool isPythonPrefix(QStringView word, bool *interpolated)
{
    if (word.size() > 2) {
        return false;
    }
    bool f = false;
    for (const QChar c : word) {
        const char16_t l = c.toLower().unicode();
        if (l == u'f') {
            f = true;
        } else if (l != u'r' && l != u'u' && l != u'b') {
            return false;
        }
    }
    *interpolated = f;
    return true;
}

class Scanner
{
public:
    Scanner(QStringView code, Dialect dialect)
        : m_code(code)
        , m_dialect(dialect)
    {
        m_out.masked = code.toString();
    }

    TokenizedCode run()
    {
        const qsizetype n = m_code.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_code[i];
            if (startsComment(i)) {
                i = comment(i);
            } else if (m_dialect == Dialect::Sql && c == u'`') {
                i = quoted(i, i, u'`', false, Token::Kind::QuotedIdentifier);
            } else if (c == u'"' || (c == u'\'' && m_dialect != Dialect::Scala)) {
                i = quoted(i, i, c, false, Token::Kind::String);
            } else if (c == u'\'' && m_dialect == Dialect::Scala) {
                i = scalaChar(i);
            } else if (isIdentStart(c) && (i == 0 || !isIdentChar(m_code[i - 1]))) {
                i = identifier(i);
            } else {
                bracket(i);
                ++i;
            }
        }
        if (!m_brackets.isEmpty() && m_out.problemOffset < 0) {
            setProblem(m_brackets.last().second, Tr::tr("unclosed bracket \"%1\"").arg(m_brackets.last().first));
        }
        return std::move(m_out);
    }

private:
    bool startsComment(qsizetype i) const
    {
        const QChar c = m_code[i];
        switch (m_dialect) {
        case Dialect::Python:
        case Dialect::R:
            return c == u'#';
        case Dialect::Scala:
            return c == u'/' && i + 1 < m_code.size() && (m_code[i + 1] == u'/' || m_code[i + 1] == u'*');
        case Dialect::Sql:
            return (c == u'-' && i + 1 < m_code.size() && m_code[i + 1] == u'-')
                || (c == u'/' && i + 1 < m_code.size() && m_code[i + 1] == u'*');
        }
        return false;
    }

    qsizetype comment(qsizetype i)
    {
        const qsizetype n = m_code.size();
        qsizetype end = n;
        if (m_code[i] == u'/' && m_code[i + 1] == u'*') {
            // Scala block comments nest (SLS §1.4); SQL ones do not.
            int depth = 0;
            qsizetype j = i;
            end = n;
            while (j + 1 < n) {
                if (m_code[j] == u'/' && m_code[j + 1] == u'*') {
                    ++depth;
                    j += 2;
                    continue;
                }
                if (m_code[j] == u'*' && m_code[j + 1] == u'/') {
                    --depth;
                    j += 2;
                    if (depth == 0 || m_dialect != Dialect::Scala) {
                        end = j;
                        break;
                    }
                    continue;
                }
                ++j;
            }
        } else {
            const qsizetype nl = m_code.indexOf(u'\n', i);
            end = nl < 0 ? n : nl;
        }
        Token t;
        t.kind = Token::Kind::Comment;
        t.start = t.contentStart = i;
        t.end = t.contentEnd = end;
        blank(i, end);
        m_out.tokens.append(t);
        return end;
    }

    qsizetype identifier(qsizetype i)
    {
        qsizetype j = i;
        while (j < m_code.size() && isIdentChar(m_code[j])) {
            ++j;
        }
        if (j < m_code.size() && (m_code[j] == u'"' || (m_code[j] == u'\'' && m_dialect == Dialect::Python))) {
            const QStringView word = m_code.mid(i, j - i);
            bool interpolated = false;
            if (m_dialect == Dialect::Python && isPythonPrefix(word, &interpolated)) {
                return quoted(i, j, m_code[j], interpolated, Token::Kind::String);
            }
            if (m_dialect == Dialect::Scala && m_code[j] == u'"') {
                // Any identifier directly before a quote is a Scala string interpolator (s, f, raw, ...).
                return quoted(i, j, m_code[j], true, Token::Kind::String);
            }
        }
        return j;
    }

    qsizetype quoted(qsizetype start, qsizetype quotePos, QChar q, bool interpolated, Token::Kind kind)
    {
        const qsizetype n = m_code.size();
        const bool tripleAllowed = kind == Token::Kind::String && (m_dialect == Dialect::Python || m_dialect == Dialect::Scala);
        const bool triple = tripleAllowed && quotePos + 2 < n && m_code[quotePos + 1] == q && m_code[quotePos + 2] == q;
        const qsizetype contentStart = quotePos + (triple ? 3 : 1);
        // Scala triple-quoted strings are raw; SQL doubles the quote to escape it.
        const bool backslashEscapes = !(m_dialect == Dialect::Scala && triple) && kind == Token::Kind::String;
        const bool doubledEscapes = m_dialect == Dialect::Sql;
        qsizetype j = contentStart;
        qsizetype contentEnd = n;
        qsizetype end = n;
        bool terminated = false;
        while (j < n) {
            const QChar c = m_code[j];
            if (c == u'\\' && backslashEscapes && j + 1 < n) {
                j += 2;
                continue;
            }
            if (c == q) {
                if (triple) {
                    if (j + 2 < n && m_code[j + 1] == q && m_code[j + 2] == q) {
                        // """" ends with the last three quotes (a quote inside the string's end).
                        qsizetype k = j;
                        while (k + 3 < n && m_code[k + 3] == q) {
                            ++k;
                        }
                        contentEnd = k;
                        end = k + 3;
                        terminated = true;
                        break;
                    }
                } else if (doubledEscapes && j + 1 < n && m_code[j + 1] == q) {
                    j += 2;
                    continue;
                } else {
                    contentEnd = j;
                    end = j + 1;
                    terminated = true;
                    break;
                }
            }
            if (c == u'\n' && !triple && m_dialect != Dialect::Sql && m_dialect != Dialect::R) {
                contentEnd = end = j;
                break;
            }
            ++j;
        }
        if (!terminated && j >= n) {
            contentEnd = end = n;
        }
        Token t;
        t.kind = kind;
        t.start = start;
        t.end = end;
        t.contentStart = contentStart;
        t.contentEnd = std::max(contentStart, contentEnd);
        t.interpolated = interpolated;
        t.triple = triple;
        t.unterminated = !terminated;
        if (kind == Token::Kind::String) {
            blank(t.contentStart, t.contentEnd);
            if (interpolated && m_dialect == Dialect::Python) {
                unmaskPlaceholders(t);
            }
        }
        if (!terminated) {
            setProblem(start, triple ? Tr::tr("unterminated triple-quoted string") : Tr::tr("unbalanced quote %1").arg(q));
        }
        m_out.tokens.append(t);
        return std::max(end, start + 1);
    }

    qsizetype scalaChar(qsizetype i)
    {
        // 'a' or '\n' is a character literal; anything else ('sym) is code.
        const qsizetype n = m_code.size();
        qsizetype close = -1;
        if (i + 2 < n && m_code[i + 1] != u'\\' && m_code[i + 2] == u'\'') {
            close = i + 2;
        } else if (i + 3 < n && m_code[i + 1] == u'\\' && m_code[i + 3] == u'\'') {
            close = i + 3;
        }
        if (close < 0) {
            return i + 1;
        }
        Token t;
        t.start = i;
        t.contentStart = i + 1;
        t.contentEnd = close;
        t.end = close + 1;
        blank(t.contentStart, t.contentEnd);
        m_out.tokens.append(t);
        return t.end;
    }

    // The {expressions} of a Python f-string are code (PEP 498): rules see them, so
    // f"{dbutils.widgets.get('x')}" is rewritten like any other call. "{{" is a literal brace.
    void unmaskPlaceholders(const Token &t)
    {
        qsizetype i = t.contentStart;
        while (i < t.contentEnd) {
            const QChar c = m_code[i];
            if ((c == u'{' || c == u'}') && i + 1 < t.contentEnd && m_code[i + 1] == c) {
                i += 2;
                continue;
            }
            if (c != u'{') {
                ++i;
                continue;
            }
            int depth = 0;
            qsizetype j = i;
            for (; j < t.contentEnd; ++j) {
                if (m_code[j] == u'{') {
                    ++depth;
                } else if (m_code[j] == u'}' && --depth == 0) {
                    break;
                }
            }
            if (j >= t.contentEnd) {
                return; // an unclosed placeholder stays masked
            }
            QChar *data = m_out.masked.data();
            for (qsizetype k = i; k <= j; ++k) {
                data[k] = m_code[k];
            }
            i = j + 1;
        }
    }

    void bracket(qsizetype i)
    {
        const QChar c = m_code[i];
        if (c == u'(' || c == u'[' || c == u'{') {
            m_brackets.append({ c, i });
            return;
        }
        if (c != u')' && c != u']' && c != u'}') {
            return;
        }
        const QChar open = c == u')' ? u'(' : (c == u']' ? u'[' : u'{');
        if (m_brackets.isEmpty() || m_brackets.last().first != open) {
            setProblem(i, Tr::tr("unbalanced bracket \"%1\"").arg(c));
            if (!m_brackets.isEmpty()) {
                m_brackets.removeLast();
            }
            return;
        }
        m_brackets.removeLast();
    }

    void blank(qsizetype from, qsizetype to)
    {
        QChar *data = m_out.masked.data();
        for (qsizetype k = from; k < to; ++k) {
            if (data[k] != u'\n') {
                data[k] = u' ';
            }
        }
    }

    void setProblem(qsizetype offset, const QString &message)
    {
        if (m_out.problemOffset < 0) {
            m_out.problemOffset = offset;
            m_out.problem = message;
        }
    }

    QStringView m_code;
    Dialect m_dialect;
    TokenizedCode m_out;
    QList<QPair<QChar, qsizetype>> m_brackets;
};

} // namespace

const Token *TokenizedCode::tokenAt(qsizetype pos) const
{
    auto it = std::upper_bound(tokens.cbegin(), tokens.cend(), pos,
                               [](qsizetype p, const Token &t) { return p < t.start; });
    if (it == tokens.cbegin()) {
        return nullptr;
    }
    --it;
    return pos < it->end ? &*it : nullptr;
}

TokenizedCode tokenize(QStringView code, Dialect dialect)
{
    return Scanner(code, dialect).run();
}

std::optional<Dialect> dialectOf(Notebook::Language language)
{
    switch (language) {
    case Notebook::Language::Python:
    case Notebook::Language::Run:
        return Dialect::Python;
    case Notebook::Language::Scala:
        return Dialect::Scala;
    case Notebook::Language::Sql:
        return Dialect::Sql;
    case Notebook::Language::R:
        return Dialect::R;
    default:
        return std::nullopt;
    }
}

qsizetype findIdentifier(const QString &masked, QStringView name, QChar next)
{
    qsizetype at = masked.indexOf(name);
    while (at >= 0) {
        const bool left = at == 0 || (!isIdentChar(masked.at(at - 1)) && masked.at(at - 1) != u'.');
        qsizetype after = at + name.size();
        while (after < masked.size() && masked.at(after) == u' ') {
            ++after;
        }
        if (left && after < masked.size() && masked.at(after) == next) {
            return at;
        }
        at = masked.indexOf(name, at + 1);
    }
    return -1;
}

LineIndex::LineIndex(QStringView text)
    : m_size(text.size())
{
    m_starts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            m_starts.append(i + 1);
        }
    }
}

int LineIndex::lineOf(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return static_cast<int>(it - m_starts.cbegin()) - 1;
}

qsizetype LineIndex::lineEnd(int line) const
{
    return line + 1 < m_starts.size() ? m_starts.at(line + 1) - 1 : m_size;
}

} // namespace Mwb::Rewrite
