// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/dependencyscanner.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Workflow {

namespace {

using Notebook::Language;

bool isPythonStringPrefix(QStringView prefix)
{
    static const QStringList prefixes { u"r"_s, u"u"_s, u"b"_s, u"f"_s, u"br"_s, u"rb"_s, u"fr"_s, u"rf"_s };
    return prefixes.contains(prefix.toString().toLower());
}

// Parses a string literal starting at `pos` (after optional prefix); returns its value and moves
// pos past it, or nullopt when there is none or it is an f-string (dynamic).
std::optional<QString> parseStringLiteral(const QString &code, qsizetype &pos, bool *isFString = nullptr)
{
    qsizetype i = pos;
    qsizetype prefixStart = i;
    while (i < code.size() && code.at(i).isLetter() && i - prefixStart < 2) {
        ++i;
    }
    const QStringView prefix = QStringView(code).mid(prefixStart, i - prefixStart);
    if (!prefix.isEmpty() && !isPythonStringPrefix(prefix)) {
        return std::nullopt;
    }
    if (i >= code.size() || (code.at(i) != u'"' && code.at(i) != u'\'')) {
        return std::nullopt;
    }
    const bool raw = prefix.contains(u'r', Qt::CaseInsensitive);
    if (isFString) {
        *isFString = prefix.contains(u'f', Qt::CaseInsensitive);
    }
    const QChar quote = code.at(i);
    const bool triple = code.mid(i, 3) == QString(3, quote);
    i += triple ? 3 : 1;
    QString value;
    while (i < code.size()) {
        const QChar c = code.at(i);
        if (c == u'\\' && !raw && i + 1 < code.size()) {
            value += code.at(i + 1);
            i += 2;
            continue;
        }
        if (c == quote && (!triple || code.mid(i, 3) == QString(3, quote))) {
            pos = i + (triple ? 3 : 1);
            return value;
        }
        if (c == u'\n' && !triple) {
            return std::nullopt;
        }
        value += c;
        ++i;
    }
    return std::nullopt;
}

// The source text of the argument expression starting at pos, up to a top-level ',' or ')'.
QString argumentExpression(const QString &code, qsizetype pos)
{
    int depth = 0;
    qsizetype i = pos;
    while (i < code.size()) {
        const QChar c = code.at(i);
        if (c == u'"' || c == u'\'') {
            qsizetype j = i;
            if (parseStringLiteral(code, j)) {
                i = j;
                continue;
            }
        }
        if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            if (depth == 0) {
                break;
            }
            --depth;
        } else if (c == u',' && depth == 0) {
            break;
        }
        ++i;
    }
    return code.mid(pos, i - pos).trimmed();
}

// %run <path> [$name=value ...] [# comment]; path may be quoted.
std::optional<DependencyReference> parseRunLine(const QString &line)
{
    QString rest = line.trimmed();
    if (!rest.startsWith(u"%run")) {
        return std::nullopt;
    }
    rest = rest.mid(4);
    if (!rest.isEmpty() && !rest.at(0).isSpace()) {
        return std::nullopt; // %runfoo
    }
    rest = rest.trimmed();
    DependencyReference ref;
    ref.kind = DependencyReference::Kind::RunMagic;
    qsizetype pos = 0;
    if (rest.startsWith(u'"') || rest.startsWith(u'\'')) {
        const auto value = parseStringLiteral(rest, pos);
        if (!value) {
            return std::nullopt;
        }
        ref.target = *value;
    } else {
        while (pos < rest.size() && !rest.at(pos).isSpace()) {
            ++pos;
        }
        ref.target = rest.left(pos);
    }
    // Arguments: $name=value or $name="quoted value"; a '#' starts an inline comment.
    while (pos < rest.size()) {
        while (pos < rest.size() && rest.at(pos).isSpace()) {
            ++pos;
        }
        if (pos >= rest.size() || rest.at(pos) == u'#') {
            break;
        }
        qsizetype end = pos;
        while (end < rest.size() && !rest.at(end).isSpace() && rest.at(end) != u'=') {
            ++end;
        }
        QString name = rest.mid(pos, end - pos);
        if (name.startsWith(u'$')) {
            name.remove(0, 1);
        }
        QString value;
        pos = end;
        if (pos < rest.size() && rest.at(pos) == u'=') {
            ++pos;
            if (pos < rest.size() && (rest.at(pos) == u'"' || rest.at(pos) == u'\'')) {
                value = parseStringLiteral(rest, pos).value_or(QString());
            } else {
                const qsizetype valueStart = pos;
                while (pos < rest.size() && !rest.at(pos).isSpace()) {
                    ++pos;
                }
                value = rest.mid(valueStart, pos - valueStart);
            }
        }
        if (!name.isEmpty()) {
            ref.arguments.append({ name, value });
        }
    }
    if (ref.target.isEmpty() || ref.target.startsWith(u'$')) {
        ref.dynamic = true;
        ref.expression = ref.target;
        ref.target.clear();
    }
    return ref;
}

void scanNotebookRuns(const QString &code, Language language, int cellIndex, QList<DependencyReference> &out)
{
    const QString masked = maskCommentsAndStrings(code, language);
    static const QRegularExpression callRe(u"(?<![\\w.])(?:dbutils|oidlUtils|mssparkutils)\\s*\\.\\s*notebook\\s*\\.\\s*run\\s*\\("_s);
    auto it = callRe.globalMatch(masked);
    while (it.hasNext()) {
        const auto match = it.next();
        DependencyReference ref;
        ref.kind = DependencyReference::Kind::NotebookRun;
        ref.cell = cellIndex;
        ref.line = static_cast<int>(code.left(match.capturedStart()).count(u'\n')) + 1;
        qsizetype pos = match.capturedEnd();
        while (pos < code.size() && code.at(pos).isSpace()) {
            ++pos;
        }
        // path="..." keyword form
        static const QRegularExpression keywordRe(u"^path\\s*=\\s*"_s);
        const auto kw = keywordRe.match(QStringView(code).mid(pos));
        if (kw.hasMatch()) {
            pos += kw.capturedLength();
        }
        const qsizetype argStart = pos;
        bool fString = false;
        const auto literal = parseStringLiteral(code, pos, &fString);
        qsizetype after = pos;
        while (after < code.size() && code.at(after).isSpace()) {
            ++after;
        }
        const bool plainLiteral = literal && !fString && after < code.size()
            && (code.at(after) == u',' || code.at(after) == u')');
        if (plainLiteral && !literal->isEmpty()) {
            ref.target = *literal;
        } else {
            ref.dynamic = true;
            ref.expression = argumentExpression(code, argStart);
        }
        out.append(ref);
    }
}

} // namespace

QString dependencyKindName(DependencyReference::Kind kind)
{
    return kind == DependencyReference::Kind::RunMagic ? u"%run"_s : u"notebook.run"_s;
}

QString maskCommentsAndStrings(const QString &code, Language language)
{
    const bool scalaLike = language == Language::Scala;
    QString out = code;
    qsizetype i = 0;
    auto blank = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to && k < out.size(); ++k) {
            if (out.at(k) != u'\n') {
                out[k] = u' ';
            }
        }
    };
    while (i < code.size()) {
        const QChar c = code.at(i);
        const bool lineComment = scalaLike ? code.mid(i, 2) == u"//" : c == u'#';
        if (lineComment) {
            const qsizetype nl = code.indexOf(u'\n', i);
            const qsizetype end = nl < 0 ? code.size() : nl;
            blank(i, end);
            i = end;
            continue;
        }
        if (scalaLike && code.mid(i, 2) == u"/*") {
            const qsizetype close = code.indexOf(u"*/"_s, i + 2);
            const qsizetype end = close < 0 ? code.size() : close + 2;
            blank(i, end);
            i = end;
            continue;
        }
        if (c == u'"' || (c == u'\'' && !scalaLike)) {
            const bool triple = code.mid(i, 3) == QString(3, c);
            qsizetype j = i + (triple ? 3 : 1);
            while (j < code.size()) {
                if (code.at(j) == u'\\' && !triple) {
                    j += 2;
                    continue;
                }
                if (code.at(j) == u'\\' && triple) {
                    j += 2;
                    continue;
                }
                if (code.at(j) == c && (!triple || code.mid(j, 3) == QString(3, c))) {
                    j += triple ? 3 : 1;
                    break;
                }
                if (code.at(j) == u'\n' && !triple) {
                    break;
                }
                ++j;
            }
            // Keep the quotes so that the structure stays visible; blank only the contents.
            blank(i + (triple ? 3 : 1), std::max(i + (triple ? 3 : 1), j - (triple ? 3 : 1)));
            i = std::max(j, i + 1);
            continue;
        }
        ++i;
    }
    return out;
}

QList<DependencyReference> scanDependencies(const Notebook::Notebook &notebook)
{
    QList<DependencyReference> refs;
    int index = 0;
    for (const Notebook::Cell &cell : notebook.cells) {
        ++index;
        if (!cell.isCode()) {
            continue;
        }
        const Language language = cell.language(notebook.language);
        if (language == Language::Run || language == Language::Python) {
            // %run is a line magic: alone in a Databricks cell, possibly mid-cell in Jupyter.
            const QStringList lines = cell.source.split(u'\n');
            for (qsizetype n = 0; n < lines.size(); ++n) {
                if (auto ref = parseRunLine(lines.at(n))) {
                    ref->cell = index;
                    ref->line = static_cast<int>(n) + 1;
                    refs.append(*ref);
                }
            }
        }
        if (language == Language::Python || language == Language::Scala || language == Language::R) {
            scanNotebookRuns(cell.source, language, index, refs);
        }
    }
    return refs;
}

} // namespace Mwb::Workflow
