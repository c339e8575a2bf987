// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqltext.h"

#include "db/dialect.h"

using namespace Qt::StringLiterals;

namespace Mwb::Db::SqlText {

namespace {

QChar closingQuote(QChar open)
{
    return open == u'[' ? u']' : open;
}

bool isQuote(QChar c)
{
    return c == u'\'' || c == u'"' || c == u'`' || c == u'[';
}

// Moves pos past the quoted run that starts at pos (doubled quotes stay inside).
qsizetype skipQuoted(const QString &text, qsizetype pos)
{
    const QChar close = closingQuote(text.at(pos));
    qsizetype i = pos + 1;
    while (i < text.size()) {
        if (text.at(i) == close) {
            if (close != u']' && i + 1 < text.size() && text.at(i + 1) == close) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return text.size();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

} // namespace

QStringList splitTopLevel(const QString &text, QChar separator)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isQuote(c)) {
            i = skipQuoted(text, i);
            continue;
        }
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == separator && depth == 0) {
            parts << text.mid(start, i - start).trimmed();
            start = i + 1;
        }
        ++i;
    }
    const QString last = text.mid(start).trimmed();
    if (!last.isEmpty() || !parts.isEmpty()) {
        parts << last;
    }
    return parts;
}

qsizetype matchingParen(const QString &text, qsizetype open)
{
    int depth = 0;
    qsizetype i = open;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isQuote(c)) {
            i = skipQuoted(text, i);
            continue;
        }
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            if (--depth == 0) {
                return i;
            }
        }
        ++i;
    }
    return -1;
}

QString stripOuterParens(const QString &text)
{
    QString t = text.trimmed();
    while (t.startsWith(u'(') && matchingParen(t, 0) == t.size() - 1) {
        t = t.mid(1, t.size() - 2).trimmed();
    }
    return t;
}

QString readIdentifier(const QString &text, qsizetype &pos)
{
    while (pos < text.size() && text.at(pos).isSpace()) {
        ++pos;
    }
    if (pos >= text.size()) {
        return {};
    }
    const QChar c = text.at(pos);
    if (c == u'"' || c == u'`' || c == u'[') {
        const qsizetype end = skipQuoted(text, pos);
        const QChar close = closingQuote(c);
        QString inner = text.mid(pos + 1, end - pos - 2);
        if (close != u']') {
            inner.replace(QString(close) + close, QString(close));
        }
        pos = end;
        return inner;
    }
    const qsizetype start = pos;
    while (pos < text.size() && isWordChar(text.at(pos))) {
        ++pos;
    }
    return text.mid(start, pos - start);
}

QString readWord(const QString &text, qsizetype &pos)
{
    while (pos < text.size() && text.at(pos).isSpace()) {
        ++pos;
    }
    const qsizetype start = pos;
    while (pos < text.size() && isWordChar(text.at(pos))) {
        ++pos;
    }
    return text.mid(start, pos - start).toUpper();
}

QString requoteIdentifiers(const QString &sql, DialectKind from, DialectKind to, const QString &dropQualifier)
{
    const Dialect &target = Dialect::forKind(to);
    QString out;
    out.reserve(sql.size() + 16);
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c == u'\'') {
            const qsizetype end = skipQuoted(sql, i);
            QString literal = sql.mid(i, end - i);
            if (from == DialectKind::Mysql && to != DialectKind::Mysql) {
                literal.replace(u"\\'"_s, u"''"_s); // MySQL backslash-escaped quote
            }
            out += literal;
            i = end;
            continue;
        }
        const bool identifierQuote = c == u'"' ? from != DialectKind::Mysql : (c == u'`' || (c == u'[' && from == DialectKind::Sqlite));
        if (identifierQuote) {
            qsizetype pos = i;
            const QString name = readIdentifier(sql, pos);
            i = pos;
            if (!dropQualifier.isEmpty() && name == dropQualifier && i < sql.size() && sql.at(i) == u'.') {
                ++i; // drop "`db`."
                continue;
            }
            out += target.quoteIdentifier(name);
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

bool containsWord(const QString &sql, const QString &word)
{
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (isQuote(c)) {
            i = skipQuoted(sql, i);
            continue;
        }
        if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < sql.size() && isWordChar(sql.at(i))) {
                ++i;
            }
            if (sql.mid(start, i - start).compare(word, Qt::CaseInsensitive) == 0) {
                return true;
            }
            continue;
        }
        ++i;
    }
    return false;
}

} // namespace Mwb::Db::SqlText
