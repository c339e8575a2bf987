// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/sandboxtransform.h"

#include "rewrite/codetokenizer.h"
#include "rewrite/sqlscanner.h"
#include "rewrite/tablenames.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

struct Edit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString name; // table name (for tables) or path
    bool write = false;
    bool path = false;
};

QString normalizedName(const QStringList &parts)
{
    QStringList plain;
    for (const QString &p : parts) {
        plain.append(unquotedPart(p).toLower());
    }
    return plain.join(u'.');
}

void sqlEdits(QStringView sql, qsizetype offset, QList<Edit> &edits)
{
    const SqlScan scan = scanSql(sql);
    for (const SqlTableRef &ref : scan.tables) {
        edits.append({ offset + ref.start, offset + ref.end, normalizedName(ref.parts), ref.write, false });
    }
}

// The call chain ending at `dot` ("df.write.mode(...)" before ".parquet("), read backwards
// through identifiers, dots and balanced parentheses in masked code.
QStringView receiverChain(const QString &masked, qsizetype dot)
{
    qsizetype i = dot;
    while (i > 0) {
        qsizetype j = i - 1;
        while (j >= 0 && masked.at(j).isSpace()) {
            --j;
        }
        if (j >= 0 && masked.at(j) == u')') {
            int depth = 0;
            for (; j >= 0; --j) {
                depth += masked.at(j) == u')' ? 1 : (masked.at(j) == u'(' ? -1 : 0);
                if (depth == 0) {
                    break;
                }
            }
            --j;
        }
        while (j >= 0 && (masked.at(j).isLetterOrNumber() || masked.at(j) == u'_')) {
            --j;
        }
        i = j + 1;
        qsizetype k = j;
        while (k >= 0 && masked.at(k).isSpace()) {
            --k;
        }
        if (k < 0 || masked.at(k) != u'.') {
            break;
        }
        i = k;
    }
    return QStringView(masked).mid(i, dot - i);
}

} // namespace

QString sandboxTableName(const QString &table, const SandboxOptions &options)
{
    const auto parts = splitTableName(table);
    QStringList plain;
    for (const QString &p : parts.value_or(QStringList { table })) {
        plain.append(unquotedPart(p));
    }
    const QString t = plain.last();
    const QString db = plain.size() >= 2 ? plain.at(plain.size() - 2) : u"default"_s;
    return u"default."_s + options.schema + u'.' + db + u'_' + t;
}

SandboxResult redirectWrites(const QString &code, Notebook::Language language, const SandboxOptions &options,
                             SandboxState &state)
{
    SandboxResult result { code, {} };
    QList<Edit> edits;
    if (language == Notebook::Language::Sql) {
        const TokenizedCode tokens = tokenize(code, Dialect::Sql);
        QString text = tokens.masked;
        for (const Token &t : tokens.tokens) {
            if (t.kind != Token::Kind::Comment) {
                for (qsizetype i = t.start; i < t.end; ++i) {
                    text[i] = code.at(i);
                }
            }
        }
        if (text.startsWith(u'%')) { // the %sql magic line is not SQL
            for (qsizetype i = 0; i < text.size() && text.at(i) != u'\n'; ++i) {
                text[i] = u' ';
            }
        }
        sqlEdits(text, 0, edits);
    } else if (language == Notebook::Language::Python || language == Notebook::Language::Scala) {
        const Dialect dialect = language == Notebook::Language::Python ? Dialect::Python : Dialect::Scala;
        const TokenizedCode tokens = tokenize(code, dialect);
        const QString &masked = tokens.masked;
        static const QRegularExpression calls(
            u"\\.\\s*(saveAsTable|insertInto|writeTo|table|sql|save|parquet|csv|json|orc|text)\\s*\\(\\s*"_s);
        auto it = calls.globalMatch(masked);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString method = m.captured(1);
            const Token *t = tokens.tokenAt(m.capturedEnd());
            if (!t || t->kind != Token::Kind::String || t->start != m.capturedEnd()) {
                continue;
            }
            const QStringView content = QStringView(code).mid(t->contentStart, t->contentEnd - t->contentStart);
            if (method == u"sql") {
                sqlEdits(content, t->contentStart, edits);
                continue;
            }
            if (method == u"saveAsTable" || method == u"insertInto" || method == u"writeTo" || method == u"table") {
                if (const auto parts = splitTableName(content)) {
                    edits.append({ t->contentStart, t->contentEnd, normalizedName(*parts), method != u"table", false });
                }
                continue;
            }
            // DataFrameWriter file sinks: only when the receiver chain goes through .write.
            if (receiverChain(masked, m.capturedStart()).contains(u".write")) {
                edits.append({ t->contentStart, t->contentEnd, content.toString(), true, true });
            }
        }
    } else {
        return result;
    }
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.start < b.start; });
    // In text order, so that a read sees only the writes before it.
    QList<QPair<Edit, QString>> applied;
    for (const Edit &e : std::as_const(edits)) {
        QString replacement;
        if (e.path) {
            QString path = e.name;
            const qsizetype scheme = path.indexOf(u"://");
            if (scheme >= 0) {
                path = path.mid(scheme + 3);
                path.replace(QRegularExpression(u"^[^/]*@[^/]*"_s), QString()); // bucket@namespace of oci://
            }
            while (path.startsWith(u'/')) {
                path.remove(0, 1);
            }
            replacement = u"oci://"_s + options.bucket + u'@' + options.ociNamespace + u'/' + path;
        } else if (e.write) {
            replacement = sandboxTableName(e.name, options);
            state.writtenTables.insert(e.name, replacement);
        } else {
            const auto it = state.writtenTables.constFind(e.name);
            if (it == state.writtenTables.cend()) {
                continue;
            }
            replacement = *it;
        }
        applied.append({ e, replacement });
        result.redirects.append({ e.name, replacement, e.write });
    }
    for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
        result.code.replace(it->first.start, it->first.end - it->first.start, it->second);
    }
    return result;
}

} // namespace Mwb::Rewrite
