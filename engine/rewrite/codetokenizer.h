// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notebook/language.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Mwb::Rewrite {

// The languages the rewriter tokenises. R shares Python's comments and quotes without the
// triple-quoted and prefixed forms.
enum class Dialect { Python, Scala, Sql, R }; // order used by commentPrefix()

// A comment or a string literal of a cell. Everything between tokens is code.
struct Token
{
    enum class Kind { Comment, String, QuotedIdentifier };
    Kind kind = Kind::String;
    qsizetype start = 0;        // first character, string prefix included
    qsizetype end = 0;          // one past the closing quote (or the end of the comment)
    qsizetype contentStart = 0; // first character inside the quotes
    qsizetype contentEnd = 0;   // one past the last character inside the quotes
    bool interpolated = false;  // f"..." (Python) or s"..."/f"..." (Scala): placeholders in the content
    bool triple = false;
    bool unterminated = false;
};

// One pass over a cell: comments and strings as tokens, plus a "masked" copy of the text in which
// comments and string contents are blanked (same length, line breaks kept), so that code rules can
// scan the masked text without ever matching inside a comment or a literal.
struct TokenizedCode
{
    QString masked;
    QList<Token> tokens;
    // First structural problem (unterminated string, unbalanced bracket), 0 when none.
    qsizetype problemOffset = -1;
    QString problem;

    // The token containing position pos (start <= pos < end), or nullptr when pos is code.
    const Token *tokenAt(qsizetype pos) const;
    bool isCode(qsizetype pos) const { return tokenAt(pos) == nullptr; }
};

TokenizedCode tokenize(QStringView code, Dialect dialect);

// The dialect of a cell language (%run lines are IPython, so Python); nullopt for markdown, %sh, ...
std::optional<Dialect> dialectOf(Notebook::Language language);

// First position of `name` in masked code at an identifier boundary (not after a letter, digit,
// '_' or '.', so "mydbutils" and "x.dbutils" do not count), followed, after spaces, by `next`;
// -1 when there is none.
qsizetype findIdentifier(const QString &masked, QStringView name, QChar next);

// Line starts of a text, for offset -> line lookups in O(log n).
class LineIndex
{
public:
    explicit LineIndex(QStringView text);
    // 0-based line of an offset.
    int lineOf(qsizetype offset) const;
    qsizetype lineStart(int line) const { return m_starts.at(line); }
    // One past the last character of the line, before its '\n'.
    qsizetype lineEnd(int line) const;
    int lineCount() const { return static_cast<int>(m_starts.size()); }

private:
    QList<qsizetype> m_starts;
    qsizetype m_size = 0;
};

} // namespace Mwb::Rewrite
