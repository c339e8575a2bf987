// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rewrite/changerecord.h"
#include "rewrite/codetokenizer.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Mwb::Rewrite {

// Collects the edits of one cell and renders the migrated text the way REWRITE_RULES.md asks:
// each changed line keeps its original, commented out, directly above it, and carries an
// "Oracle tool modification: <reason>" comment (trailing where the line ends in code, preceding
// otherwise). Lines inside a SQL string are commented with "--"; lines inside any other string
// cannot hold a comment and get only the change record. Edits never overlap: the first one wins.
class CellEditor
{
public:
    // original: the cell text; tokens: of the same-length normalised text; magicFirstLine: line 1
    // is a magic ("%sql", "%run ...") that must stay first, so its original goes below it.
    CellEditor(const QString &original, Dialect dialect, const TokenizedCode &tokens, bool magicFirstLine);

    // trailing = false: the line cannot end in a comment (a %run or cell magic line), so the note
    // goes on a line of its own.
    bool replace(qsizetype start, qsizetype end, const QString &text, QStringView ruleId, const QString &reason,
                 bool trailing = true);
    // Comments out every line of [from, to); addedLines follow the commented lines (same indent).
    bool commentOut(qsizetype from, qsizetype to, QStringView ruleId, const QString &reason,
                    const QStringList &addedLines = {});
    // A new line at the top of the cell (below a magic line).
    void insertAtTop(const QString &line, QStringView ruleId, const QString &reason);
    // The content of this string token is SQL: lines inside it are commented with "--".
    void markSqlString(qsizetype tokenStart) { m_sqlStrings.insert(tokenStart); }
    // Hide a secret in every copy of the original that the output or a record keeps.
    void redact(qsizetype start, qsizetype end);

    bool overlaps(qsizetype start, qsizetype end) const;
    bool isEmpty() const { return m_edits.isEmpty() && m_inserts.isEmpty(); }

    // The migrated text. lineMap (optional) receives, for every output line, the 0-based line of
    // the original it comes from.
    QString render(int cellNumber, QList<ChangeRecord> *records, QList<int> *lineMap = nullptr) const;

private:
    struct Edit
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString text;
        QString ruleId;
        QString reason;
        bool commentOut = false;
        QStringList addedLines;
        bool trailing = true;
    };
    struct Insert
    {
        QString line;
        QString ruleId;
        QString reason;
    };

    void insertSorted(Edit edit);
    // Comment prefix usable at the start of line `line` ("" when the line starts inside a string).
    QString prefixAt(qsizetype pos) const;
    QString trailingAt(qsizetype lineEndPos, int line) const;
    bool continues(int line) const; // Python backslash continuation at the end of the line

    QString m_original;
    QString m_shown; // the original with secrets starred out
    Dialect m_dialect;
    const TokenizedCode &m_tokens;
    LineIndex m_lines;
    bool m_magicFirstLine;
    QList<Edit> m_edits;
    QList<Insert> m_inserts;
    QSet<qsizetype> m_sqlStrings;
};

QString commentPrefix(Dialect dialect);
// "Oracle tool modification: <reason>", the marker every changed line carries.
QString modificationNote(const QString &reason);

} // namespace Mwb::Rewrite
