// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/celleditor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

QString indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t')) {
        ++i;
    }
    return line.left(i).toString();
}

QString commented(QStringView line, const QString &prefix)
{
    const QString indent = indentOf(line);
    const QStringView rest = line.mid(indent.size());
    if (rest.isEmpty()) {
        return indent + prefix;
    }
    return indent + prefix + u' ' + rest;
}

} // namespace

QString commentPrefix(Dialect dialect)
{
    // The same comment syntax as the notebook languages of Databricks source files.
    static constexpr Notebook::Language languages[] = { Notebook::Language::Python, Notebook::Language::Scala,
                                                        Notebook::Language::Sql, Notebook::Language::R };
    return Notebook::lineCommentPrefix(languages[static_cast<int>(dialect)]);
}

QString modificationNote(const QString &reason)
{
    return u"Oracle tool modification: "_s + reason;
}

CellEditor::CellEditor(const QString &original, Dialect dialect, const TokenizedCode &tokens, bool magicFirstLine)
    : m_original(original)
    , m_shown(original)
    , m_dialect(dialect)
    , m_tokens(tokens)
    , m_lines(original)
    , m_magicFirstLine(magicFirstLine)
{
}

bool CellEditor::overlaps(qsizetype start, qsizetype end) const
{
    // m_edits is sorted by start and its ranges do not overlap (a commented-out statement spans
    // its whole lines), so only the neighbours of the insertion point can collide.
    const auto next = std::lower_bound(m_edits.cbegin(), m_edits.cend(), start,
                                       [](const Edit &e, qsizetype s) { return e.start < s; });
    if (next != m_edits.cend() && (next->start < end || next->start == start)) {
        return true;
    }
    if (next != m_edits.cbegin()) {
        const auto prev = std::prev(next);
        if (prev->end > start || (prev->commentOut && prev->end >= start)) {
            return true;
        }
    }
    return false;
}

void CellEditor::insertSorted(Edit edit)
{
    const auto at = std::lower_bound(m_edits.begin(), m_edits.end(), edit.start,
                                     [](const Edit &e, qsizetype s) { return e.start < s; });
    m_edits.insert(at, std::move(edit));
}

bool CellEditor::replace(qsizetype start, qsizetype end, const QString &text, QStringView ruleId, const QString &reason,
                         bool trailing)
{
    if (overlaps(start, end) || QStringView(m_original).mid(start, end - start) == text) {
        return false;
    }
    insertSorted({ start, end, text, ruleId.toString(), reason, false, {}, trailing });
    return true;
}

bool CellEditor::commentOut(qsizetype from, qsizetype to, QStringView ruleId, const QString &reason,
                            const QStringList &addedLines)
{
    const qsizetype a = m_lines.lineStart(m_lines.lineOf(from));
    const qsizetype b = m_lines.lineEnd(m_lines.lineOf(std::max(from, to - 1)));
    if (overlaps(a, b)) {
        return false;
    }
    insertSorted({ a, b, QString(), ruleId.toString(), reason, true, addedLines, true });
    return true;
}

void CellEditor::insertAtTop(const QString &line, QStringView ruleId, const QString &reason)
{
    m_inserts.append({ line, ruleId.toString(), reason });
}

void CellEditor::redact(qsizetype start, qsizetype end)
{
    for (qsizetype i = start; i < end && i < m_shown.size(); ++i) {
        m_shown[i] = u'*';
    }
}

QString CellEditor::prefixAt(qsizetype pos) const
{
    const Token *t = m_tokens.tokenAt(pos);
    if (!t || t->start == pos) {
        return commentPrefix(m_dialect);
    }
    if (t->kind == Token::Kind::String && m_sqlStrings.contains(t->start)) {
        return u"--"_s;
    }
    return {};
}

bool CellEditor::continues(int line) const
{
    if (m_dialect != Dialect::Python) {
        return false;
    }
    const QStringView masked = QStringView(m_tokens.masked).mid(m_lines.lineStart(line),
                                                                m_lines.lineEnd(line) - m_lines.lineStart(line));
    return masked.trimmed().endsWith(u'\\');
}

QString CellEditor::trailingAt(qsizetype lineEndPos, int line) const
{
    if (continues(line)) {
        return {};
    }
    const Token *t = m_tokens.tokenAt(lineEndPos);
    if (!t || lineEndPos >= m_original.size()) {
        return commentPrefix(m_dialect);
    }
    if (t->kind == Token::Kind::String && m_sqlStrings.contains(t->start)) {
        return u"--"_s;
    }
    return {};
}

QString CellEditor::render(int cellNumber, QList<ChangeRecord> *records, QList<int> *lineMap) const
{
    const QList<Edit> &edits = m_edits; // sorted by start

    // Group edits into blocks of whole lines; a Python backslash continuation joins lines.
    struct Block
    {
        int first = 0;
        int last = 0;
        QList<const Edit *> edits;
    };
    QList<Block> blocks;
    for (const Edit &e : std::as_const(edits)) {
        int first = m_lines.lineOf(e.start);
        int last = m_lines.lineOf(std::max(e.start, e.end - 1));
        while (first > 0 && continues(first - 1)) {
            --first;
        }
        while (last + 1 < m_lines.lineCount() && continues(last)) {
            ++last;
        }
        if (!blocks.isEmpty() && first <= blocks.last().last) {
            blocks.last().last = std::max(blocks.last().last, last);
            blocks.last().edits.append(&e);
        } else {
            blocks.append({ first, last, { &e } });
        }
    }

    QStringList out;
    QList<int> map;
    int current = 0; // source line of what is appended now
    const auto append = [&](const QString &text) {
        out.append(text);
        map.append(current);
    };
    const auto appendAll = [&](const QStringList &texts) {
        for (const QString &t : texts) {
            append(t);
        }
    };
    const int lineCount = m_lines.lineCount();
    auto lineText = [&](const QString &text, int line) {
        return QStringView(text).mid(m_lines.lineStart(line), m_lines.lineEnd(line) - m_lines.lineStart(line));
    };
    const QString c = commentPrefix(m_dialect);

    // Insertions go below a magic line, else on top.
    const int insertAfter = m_magicFirstLine ? 0 : -1;
    auto emitInserts = [&]() {
        for (const Insert &ins : m_inserts) {
            append(ins.line + u"  "_s + c + u' ' + modificationNote(ins.reason));
            if (records) {
                records->append({ cellNumber, 1, ins.ruleId, QString(), ins.line, ins.reason });
            }
        }
    };
    if (insertAfter < 0) {
        emitInserts();
    }

    qsizetype b = 0;
    for (int line = 0; line < lineCount;) {
        if (b < blocks.size() && blocks.at(b).first == line) {
            const Block &block = blocks.at(b++);
            current = block.first;
            const bool commentBlock = std::any_of(block.edits.cbegin(), block.edits.cend(),
                                                  [](const Edit *e) { return e->commentOut; });
            QStringList reasons;
            for (const Edit *e : block.edits) {
                if (!reasons.contains(e->reason)) {
                    reasons.append(e->reason);
                }
            }
            const QString reason = reasons.join(u"; "_s);
            QStringList prefixes;
            bool allPrefixes = true;
            for (int l = block.first; l <= block.last; ++l) {
                prefixes.append(prefixAt(m_lines.lineStart(l)));
                allPrefixes = allPrefixes && !prefixes.last().isEmpty();
            }
            QStringList originals;
            for (int l = block.first; l <= block.last; ++l) {
                originals.append(commented(lineText(m_shown, l), prefixes.at(l - block.first)));
            }
            const QString firstIndent = indentOf(lineText(m_original, block.first));
            if (commentBlock) {
                const Edit *e = block.edits.first();
                if (allPrefixes) {
                    append(firstIndent + prefixes.first() + u' ' + modificationNote(reason));
                    appendAll(originals);
                } else {
                    for (int l = block.first; l <= block.last; ++l) {
                        append(lineText(m_original, l).toString());
                    }
                }
                for (const QString &added : e->addedLines) {
                    append(firstIndent + added);
                }
                if (records) {
                    QStringList before;
                    for (int l = block.first; l <= block.last; ++l) {
                        before.append(lineText(m_shown, l).toString());
                    }
                    records->append({ cellNumber, block.first + 1, e->ruleId, before.join(u'\n'), originals.join(u'\n')
                                          + (e->addedLines.isEmpty() ? QString() : u'\n' + e->addedLines.join(u'\n')),
                                      e->reason });
                }
            } else {
                // Apply the block's edits to its text.
                const qsizetype blockStart = m_lines.lineStart(block.first);
                const qsizetype blockEnd = m_lines.lineEnd(block.last);
                QString text;
                qsizetype pos = blockStart;
                for (const Edit *e : block.edits) {
                    text += QStringView(m_original).mid(pos, e->start - pos);
                    text += e->text;
                    pos = e->end;
                    if (records) {
                        records->append({ cellNumber, m_lines.lineOf(e->start) + 1, e->ruleId,
                                          m_shown.mid(e->start, e->end - e->start), e->text, e->reason });
                    }
                }
                text += QStringView(m_original).mid(pos, blockEnd - pos);
                QStringList newLines = text.split(u'\n');
                const bool trailingAllowed = std::all_of(block.edits.cbegin(), block.edits.cend(),
                                                         [](const Edit *e) { return e->trailing; });
                const QString trailing = trailingAllowed ? trailingAt(blockEnd, block.last) : QString();
                const QString note = modificationNote(reason);
                if (!trailing.isEmpty()) {
                    newLines.last() += u"  "_s + trailing + u' ' + note;
                }
                const bool below = m_magicFirstLine && block.first == 0;
                if (!allPrefixes) {
                    appendAll(newLines);
                } else if (below) {
                    appendAll(newLines);
                    if (trailing.isEmpty()) {
                        append(c + u' ' + note);
                    }
                    appendAll(originals);
                } else {
                    if (trailing.isEmpty()) {
                        append(firstIndent + prefixes.first() + u' ' + note);
                    }
                    appendAll(originals);
                    appendAll(newLines);
                }
            }
            line = block.last + 1;
            if (insertAfter >= 0 && block.first <= insertAfter && insertAfter <= block.last) {
                emitInserts();
            }
            continue;
        }
        current = line;
        append(lineText(m_original, line).toString());
        if (line == insertAfter) {
            emitInserts();
        }
        ++line;
    }
    if (lineMap) {
        *lineMap = map;
    }
    return out.join(u'\n');
}

} // namespace Mwb::Rewrite
