// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/sqlscanner.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

struct Lexeme
{
    enum class Kind { Word, Quoted, Dot, Comma, LParen, RParen, Semicolon, String, Placeholder, Number, Other };
    Kind kind = Kind::Other;
    qsizetype start = 0;
    qsizetype end = 0;
    QString upper; // Word only
};

using K = Lexeme::Kind;

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QList<Lexeme> lex(QStringView s, SqlScan &scan)
{
    QList<Lexeme> out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto push = [&](K kind, qsizetype a, qsizetype b) {
        Lexeme l;
        l.kind = kind;
        l.start = a;
        l.end = b;
        if (kind == K::Word) {
            l.upper = s.mid(a, b - a).toString().toUpper();
        }
        out.append(std::move(l));
    };
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < n && s[i + 1] == u'-') {
            const qsizetype nl = s.indexOf(u'\n', i);
            i = nl < 0 ? n : nl;
        } else if (c == u'/' && i + 1 < n && s[i + 1] == u'*') {
            const qsizetype close = s.indexOf(u"*/", i + 2);
            i = close < 0 ? n : close + 2;
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            qsizetype j = i + 1;
            while (j < n) {
                if (s[j] == u'\\' && c != u'`' && j + 1 < n) {
                    j += 2;
                    continue;
                }
                if (s[j] == c) {
                    if (j + 1 < n && s[j + 1] == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = std::min(j + 1, n);
            if (c == u'`') {
                push(K::Quoted, i, end);
            } else {
                push(K::String, i, end);
                scan.strings.append({ i + 1, std::min(j, n) });
            }
            i = end;
        } else if (c == u'{' || (c == u'$' && i + 1 < n && s[i + 1] == u'{')) {
            // f-string / Scala ${...} / Databricks {{param}} placeholders.
            int depth = 0;
            qsizetype j = i;
            while (j < n) {
                if (s[j] == u'{') {
                    ++depth;
                } else if (s[j] == u'}' && --depth == 0) {
                    break;
                }
                ++j;
            }
            push(K::Placeholder, i, std::min(j + 1, n));
            i = std::min(j + 1, n);
        } else if (c == u'$' && i + 1 < n && (s[i + 1].isLetter() || s[i + 1] == u'_')) {
            qsizetype j = i + 1;
            while (j < n && isIdentChar(s[j])) {
                ++j;
            }
            push(K::Placeholder, i, j);
            i = j;
        } else if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && (isIdentChar(s[j]) || s[j] == u'.')) {
                ++j;
            }
            push(K::Number, i, j);
            i = j;
        } else if (c.isLetter() || c == u'_') {
            qsizetype j = i;
            while (j < n && isIdentChar(s[j])) {
                ++j;
            }
            push(K::Word, i, j);
            i = j;
        } else {
            const K kind = c == u'.' ? K::Dot
                : c == u',' ? K::Comma
                : c == u'(' ? K::LParen
                : c == u')' ? K::RParen
                : c == u';' ? K::Semicolon
                : K::Other;
            push(kind, i, i + 1);
            ++i;
        }
    }
    return out;
}

const QSet<QString> &keywords()
{
    static const QSet<QString> set {
        u"SELECT"_s, u"FROM"_s, u"WHERE"_s, u"JOIN"_s, u"ON"_s, u"AS"_s, u"VALUES"_s, u"LATERAL"_s, u"DUAL"_s,
        u"SET"_s, u"TABLE"_s, u"WITH"_s, u"GROUP"_s, u"ORDER"_s, u"BY"_s, u"LIMIT"_s, u"UNION"_s, u"LEFT"_s,
        u"RIGHT"_s, u"INNER"_s, u"OUTER"_s, u"FULL"_s, u"CROSS"_s, u"NATURAL"_s, u"USING"_s, u"WHEN"_s,
        u"THEN"_s, u"ELSE"_s, u"END"_s, u"AND"_s, u"OR"_s, u"NOT"_s, u"IN"_s, u"EXISTS"_s, u"IF"_s, u"INTO"_s,
        u"OVERWRITE"_s, u"PARTITION"_s, u"UNNEST"_s, u"SEMI"_s, u"ANTI"_s, u"HAVING"_s, u"WINDOW"_s, u"CASE"_s,
        u"DISTINCT"_s, u"ALL"_s, u"CLUSTER"_s, u"DISTRIBUTE"_s, u"SORT"_s, u"LIKE"_s, u"IS"_s, u"NULL"_s,
        u"BETWEEN"_s, u"TABLESAMPLE"_s, u"PIVOT"_s, u"UNPIVOT"_s, u"QUALIFY"_s, u"EXCEPT"_s, u"INTERSECT"_s,
        u"MINUS"_s, u"REPLACE"_s, u"CREATE"_s, u"TEMPORARY"_s, u"TEMP"_s, u"VIEW"_s, u"GLOBAL"_s, u"LAZY"_s,
        u"EXTENDED"_s, u"FORMATTED"_s, u"DETAIL"_s, u"HISTORY"_s, u"FUNCTION"_s, u"DATABASE"_s, u"SCHEMA"_s,
        u"CATALOG"_s, u"QUERY"_s, u"COLUMNS"_s, u"RECURSIVE"_s, u"MATCHED"_s, u"INSERT"_s, u"UPDATE"_s,
        u"DELETE"_s, u"MERGE"_s, u"DROP"_s, u"ALTER"_s, u"TRUNCATE"_s, u"NAMESPACE"_s, u"VOLUME"_s, u"ONLY"_s,
    };
    return set;
}

const QSet<QString> &fileFormats()
{
    static const QSet<QString> set { u"delta"_s, u"parquet"_s, u"json"_s, u"csv"_s, u"orc"_s, u"text"_s,
                                     u"avro"_s, u"binaryfile"_s };
    return set;
}

bool touches(const QList<Lexeme> &lx, qsizetype k)
{
    const Lexeme &l = lx.at(k);
    return (k > 0 && lx.at(k - 1).kind == K::Placeholder && lx.at(k - 1).end == l.start)
        || (k + 1 < lx.size() && lx.at(k + 1).kind == K::Placeholder && lx.at(k + 1).start == l.end);
}

class Walker
{
public:
    Walker(QStringView sql, SqlScan &scan)
        : m_sql(sql)
        , m_scan(scan)
        , m_lx(lex(sql, scan))
    {
    }

    void run()
    {
        for (qsizetype k = 0; k < m_lx.size(); ++k) {
            const Lexeme &l = m_lx.at(k);
            switch (l.kind) {
            case K::LParen: {
                const bool function = k > 0 && m_lx.at(k - 1).kind == K::Word && m_lx.at(k - 1).end == l.start
                    && !keywords().contains(m_lx.at(k - 1).upper);
                m_parens.append(function);
                break;
            }
            case K::RParen:
                if (!m_parens.isEmpty()) {
                    m_parens.removeLast();
                }
                break;
            case K::Semicolon:
                m_statement.clear();
                m_statementStart = l.end;
                break;
            case K::Word:
                word(k);
                break;
            default:
                break;
            }
        }
    }

private:
    QString verb() const { return m_statement.value(0); }
    QString prevWord(qsizetype k) const
    {
        for (qsizetype j = k - 1; j >= 0; --j) {
            if (m_lx.at(j).kind == K::Word) {
                return m_lx.at(j).upper;
            }
        }
        return {};
    }
    bool isWord(qsizetype k, QStringView upper) const
    {
        return k < m_lx.size() && m_lx.at(k).kind == K::Word && m_lx.at(k).upper == upper;
    }

    void word(qsizetype k)
    {
        const QString &w = m_lx.at(k).upper;
        if (m_statement.size() < 8) {
            m_statement.append(w);
        }
        // CTE: WITH name AS (  /  , name AS (
        if (isWord(k + 1, u"AS") && k + 2 < m_lx.size() && m_lx.at(k + 2).kind == K::LParen && k > 0
            && (m_lx.at(k - 1).kind == K::Comma || isWord(k - 1, u"WITH") || isWord(k - 1, u"RECURSIVE"))) {
            m_scan.ctes.append(m_sql.mid(m_lx.at(k).start, m_lx.at(k).end - m_lx.at(k).start).toString().toLower());
            return;
        }
        const QString v = verb();
        const bool inFunction = !m_parens.isEmpty() && m_parens.last();
        if (w == u"FROM") {
            if (!inFunction) {
                reference(k + 1, prevWord(k) == u"DELETE", true);
            }
        } else if (w == u"JOIN") {
            reference(k + 1, false, false);
        } else if (w == u"INTO" || w == u"OVERWRITE") {
            const QString p = prevWord(k);
            if (p == u"INSERT" || p == u"MERGE") {
                reference(k + 1, true, false);
            }
        } else if (w == u"UPDATE") {
            if (v == u"UPDATE" && m_statement.size() == 1) {
                reference(k + 1, true, false);
            }
        } else if (w == u"USING") {
            if (v == u"MERGE") {
                reference(k + 1, false, false);
            }
        } else if (w == u"TABLE") {
            static const QSet<QString> writeVerbs { u"CREATE"_s, u"REPLACE"_s, u"DROP"_s, u"TRUNCATE"_s, u"ALTER"_s };
            static const QSet<QString> readVerbs { u"REFRESH"_s, u"CACHE"_s, u"UNCACHE"_s, u"ANALYZE"_s, u"MSCK"_s,
                                                   u"DESCRIBE"_s, u"DESC"_s };
            const QString p = prevWord(k);
            if (p == u"INTO" || p == u"OVERWRITE") {
                return; // INSERT INTO TABLE t: handled at INTO
            }
            if (writeVerbs.contains(v) && !m_statement.contains(u"AS"_s)) {
                reference(k + 1, true, false);
            } else if (readVerbs.contains(v)) {
                reference(k + 1, false, false);
            }
        } else if (w == u"VIEW") {
            if (v == u"CREATE" || v == u"DROP" || v == u"ALTER") {
                const bool temp = m_statement.contains(u"TEMPORARY"_s) || m_statement.contains(u"TEMP"_s);
                if (temp) {
                    qsizetype j = skipModifiers(k + 1);
                    if (j < m_lx.size() && m_lx.at(j).kind == K::Word) {
                        m_scan.tempViews.append(text(j).toLower());
                    }
                } else {
                    reference(k + 1, true, false);
                }
            }
        } else if ((w == u"DESCRIBE" || w == u"DESC") && m_statement.size() == 1) {
            qsizetype j = k + 1;
            static const QSet<QString> notTables { u"FUNCTION"_s, u"DATABASE"_s, u"SCHEMA"_s, u"CATALOG"_s,
                                                   u"QUERY"_s, u"NAMESPACE"_s, u"VOLUME"_s };
            if (j < m_lx.size() && m_lx.at(j).kind == K::Word && notTables.contains(m_lx.at(j).upper)) {
                return;
            }
            if (isWord(j, u"DETAIL")) {
                m_scan.describeDetail.append(m_lx.at(j).start);
            }
            if (!isWord(j, u"TABLE")) {
                reference(j, false, false);
            }
        } else if ((w == u"OPTIMIZE" || w == u"VACUUM") && m_statement.size() == 1) {
            reference(k + 1, false, false);
        } else if (w == u"SET" && m_statement.size() == 1) {
            const qsizetype j = k + 1;
            if (j < m_lx.size() && m_sql.mid(m_lx.at(j).start).startsWith(u"spark.databricks.", Qt::CaseInsensitive)) {
                qsizetype e = j;
                while (e < m_lx.size() && m_lx.at(e).kind != K::Semicolon) {
                    ++e;
                }
                const qsizetype end = e < m_lx.size() ? m_lx.at(e).end : m_lx.last().end;
                m_scan.databricksSets.append({ m_lx.at(k).start, end });
            }
        }
    }

    QString text(qsizetype k) const { return m_sql.mid(m_lx.at(k).start, m_lx.at(k).end - m_lx.at(k).start).toString(); }

    qsizetype skipModifiers(qsizetype j) const
    {
        static const QSet<QString> modifiers { u"IF"_s, u"NOT"_s, u"EXISTS"_s, u"TABLE"_s, u"EXTENDED"_s,
                                               u"FORMATTED"_s, u"DETAIL"_s, u"HISTORY"_s, u"LAZY"_s, u"ONLY"_s };
        while (j < m_lx.size() && m_lx.at(j).kind == K::Word && modifiers.contains(m_lx.at(j).upper)) {
            ++j;
        }
        return j;
    }

    // Parses a table name at j; `list` follows FROM's comma-separated list.
    void reference(qsizetype j, bool write, bool list)
    {
        j = skipModifiers(j);
        if (j >= m_lx.size()) {
            return;
        }
        const Lexeme &first = m_lx.at(j);
        if (first.kind != K::Word && first.kind != K::Quoted) {
            return;
        }
        if (first.kind == K::Word && keywords().contains(first.upper)) {
            return;
        }
        SqlTableRef ref;
        ref.start = first.start;
        ref.write = write;
        bool tainted = false;
        qsizetype k = j;
        while (true) {
            tainted = tainted || touches(m_lx, k);
            ref.parts.append(text(k));
            ref.end = m_lx.at(k).end;
            if (k + 2 < m_lx.size() && m_lx.at(k + 1).kind == K::Dot && m_lx.at(k + 1).start == ref.end
                && (m_lx.at(k + 2).kind == K::Word || m_lx.at(k + 2).kind == K::Quoted)
                && m_lx.at(k + 2).start == m_lx.at(k + 1).end) {
                tainted = tainted || touches(m_lx, k + 1);
                k += 2;
                continue;
            }
            if (k + 1 < m_lx.size() && m_lx.at(k + 1).kind == K::Dot && m_lx.at(k + 1).start == ref.end) {
                tainted = true; // "db.{table}" and the like
            }
            break;
        }
        const bool function = !write && k + 1 < m_lx.size() && m_lx.at(k + 1).kind == K::LParen;
        const bool fileQuery = ref.parts.size() == 2 && fileFormats().contains(ref.parts.first().toLower())
            && ref.parts.at(1).startsWith(u'`');
        const QString single = ref.parts.size() == 1 ? unquotedPart(ref.parts.first()).toLower() : QString();
        const bool cte = !single.isEmpty() && m_scan.ctes.contains(single);
        const bool globalTemp = ref.parts.size() == 2 && unquotedPart(ref.parts.first()).toLower() == u"global_temp";
        if (!tainted && !function && !fileQuery && !cte && !globalTemp) {
            m_scan.tables.append(ref);
        }
        if (!list) {
            return;
        }
        // FROM a x, b AS y, c
        qsizetype next = k + 1;
        if (isWord(next, u"AS")) {
            ++next;
        }
        if (next < m_lx.size() && m_lx.at(next).kind == K::Word && !keywords().contains(m_lx.at(next).upper)) {
            ++next;
        }
        if (next < m_lx.size() && m_lx.at(next).kind == K::Comma) {
            reference(next + 1, false, true);
        }
    }

    QStringView m_sql;
    SqlScan &m_scan;
    QList<Lexeme> m_lx;
    QList<bool> m_parens; // true: the parenthesis of a function call
    QStringList m_statement;
    qsizetype m_statementStart = 0;
};

} // namespace

QString unquotedPart(QStringView part)
{
    if (part.size() >= 2 && part.startsWith(u'`') && part.endsWith(u'`')) {
        return part.mid(1, part.size() - 2).toString().replace(u"``"_s, u"`"_s);
    }
    return part.toString();
}

SqlScan scanSql(QStringView sql)
{
    SqlScan scan;
    Walker(sql, scan).run();
    return scan;
}

} // namespace Mwb::Rewrite
