// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqltext.h"

#include "db/dialect.h"

#include <QHash>

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

QString requoteIdentifiers(const QString &sql, DialectKind from, DialectKind to, const QString &dropQualifier,
                           const QStringList &bareNames)
{
    const Dialect &target = Dialect::forKind(to);
    static const QStringList keywords { u"SELECT"_s, u"FROM"_s,  u"WHERE"_s, u"GROUP"_s, u"ORDER"_s,  u"BY"_s,    u"AS"_s,
                                        u"AND"_s,    u"OR"_s,    u"NOT"_s,   u"NULL"_s,  u"IN"_s,     u"IS"_s,    u"LIKE"_s,
                                        u"BETWEEN"_s, u"CASE"_s, u"WHEN"_s,  u"THEN"_s,  u"ELSE"_s,   u"END"_s,   u"JOIN"_s,
                                        u"ON"_s,     u"LEFT"_s,  u"RIGHT"_s, u"INNER"_s, u"OUTER"_s,  u"DESC"_s,  u"ASC"_s,
                                        u"LIMIT"_s,  u"UNION"_s, u"ALL"_s,   u"DISTINCT"_s, u"HAVING"_s, u"NEW"_s, u"OLD"_s,
                                        u"SET"_s,    u"UPDATE"_s, u"INSERT"_s, u"INTO"_s, u"VALUES"_s, u"DELETE"_s, u"TRUE"_s,
                                        u"FALSE"_s,  u"CROSS"_s, u"FULL"_s,  u"USING"_s, u"EXISTS"_s, u"CAST"_s,  u"WITH"_s };
    QHash<QString, QString> bare;
    for (const QString &name : bareNames) {
        // Only names the target would not find unquoted (PostgreSQL folds to lower case).
        bool plain = !name.isEmpty() && !name.at(0).isDigit();
        for (const QChar ch : name) {
            plain = plain && ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'_');
        }
        if (!plain) {
            bare.insert(name.toLower(), name);
        }
    }
    QString out;
    out.reserve(sql.size() + 16);
    QString previousWord;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (!bare.isEmpty() && (c.isLetter() || c == u'_') && (i == 0 || !isWordChar(sql.at(i - 1)))) {
            qsizetype end = i;
            while (end < sql.size() && isWordChar(sql.at(end))) {
                ++end;
            }
            const QString word = sql.mid(i, end - i);
            qsizetype next = end;
            while (next < sql.size() && sql.at(next).isSpace()) {
                ++next;
            }
            // "name (" is a function call, except after INTO / TABLE / ... where it names a table.
            static const QStringList tableKeywords { u"INTO"_s, u"TABLE"_s, u"FROM"_s, u"JOIN"_s, u"UPDATE"_s, u"ON"_s };
            const bool call = next < sql.size() && sql.at(next) == u'(' && !tableKeywords.contains(previousWord);
            const auto it = bare.constFind(word.toLower());
            if (it != bare.constEnd() && !call && !keywords.contains(word.toUpper())) {
                out += target.quoteIdentifier(*it);
            } else {
                out += word;
            }
            previousWord = word.toUpper();
            i = end;
            continue;
        }
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
