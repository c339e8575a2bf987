// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/markdownhtml.h"

#include <optional>

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Mwb::Report {

namespace {

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2f) || (u >= 0x3a && u <= 0x40) || (u >= 0x5b && u <= 0x60) || (u >= 0x7b && u <= 0x7e);
}

qsizetype runLength(QStringView text, qsizetype from, QChar c)
{
    qsizetype n = 0;
    while (from + n < text.size() && text.at(from + n) == c) {
        ++n;
    }
    return n;
}

// The index of the next "**" that is not backslash-escaped and not inside a code span, or -1.
qsizetype closingStrong(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && isAsciiPunctuation(text.at(i + 1))) {
            ++i;
        } else if (c == u'`') {
            const qsizetype n = runLength(text, i, u'`');
            const qsizetype close = text.indexOf(QString(n, u'`'), i + n);
            i = close < 0 ? i + n - 1 : close + n - 1;
        } else if (c == u'*' && i + 1 < text.size() && text.at(i + 1) == u'*') {
            return i;
        }
    }
    return -1;
}

QString inlineHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && isAsciiPunctuation(text.at(i + 1))) {
            out += escapeHtml(text.mid(i + 1, 1));
            ++i;
            continue;
        }
        if (c == u'`') {
            // A code span ends at the next backtick run of the same length; unmatched runs are text.
            const qsizetype n = runLength(text, i, u'`');
            qsizetype close = i + n;
            while ((close = text.indexOf(QString(n, u'`'), close)) >= 0 && runLength(text, close, u'`') != n) {
                close += runLength(text, close, u'`');
            }
            if (close < 0) {
                out += QString(n, u'`');
                i += n - 1;
                continue;
            }
            QStringView code = text.mid(i + n, close - i - n);
            if (code.size() > 2 && code.startsWith(u' ') && code.endsWith(u' ')) {
                code = code.mid(1, code.size() - 2);
            }
            out += u"<code>"_s + escapeHtml(code) + u"</code>"_s;
            i = close + n - 1;
            continue;
        }
        if (c == u'*' && i + 1 < text.size() && text.at(i + 1) == u'*') {
            const qsizetype close = closingStrong(text, i + 2);
            if (close > i + 2) {
                out += u"<strong>"_s + inlineHtml(text.mid(i + 2, close - i - 2)) + u"</strong>"_s;
                i = close + 1;
                continue;
            }
        }
        out += escapeHtml(text.mid(i, 1));
    }
    return out;
}

// GFM: cells are split at pipes that are not backslash-escaped; a leading and a trailing pipe are
// optional. The escapes themselves are resolved later by inlineHtml().
QStringList splitRow(QStringView line)
{
    QStringView row = line.trimmed();
    if (row.startsWith(u'|')) {
        row = row.mid(1);
    }
    QStringList cells;
    QString cell;
    bool open = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (c == u'\\' && i + 1 < row.size()) {
            cell += c;
            cell += row.at(++i);
            open = true;
        } else if (c == u'|') {
            cells << cell.trimmed();
            cell.clear();
            open = false;
        } else {
            cell += c;
            open = open || !c.isSpace();
        }
    }
    if (open) {
        cells << cell.trimmed();
    }
    return cells;
}

enum class Align { None, Left, Center, Right };

// "|---|:--:|--:|": the alignments, or nothing when the line is not a delimiter row.
std::optional<QList<Align>> delimiterRow(QStringView line)
{
    if (!line.trimmed().contains(u'-')) {
        return std::nullopt;
    }
    QList<Align> aligns;
    for (const QString &cell : splitRow(line)) {
        QStringView c(cell);
        const bool left = c.startsWith(u':');
        const bool right = c.endsWith(u':');
        QStringView dashes = c.mid(left ? 1 : 0, c.size() - (left ? 1 : 0) - (right ? 1 : 0));
        if (dashes.isEmpty() || runLength(dashes, 0, u'-') != dashes.size()) {
            return std::nullopt;
        }
        aligns << (left && right ? Align::Center : right ? Align::Right : left ? Align::Left : Align::None);
    }
    if (aligns.isEmpty()) {
        return std::nullopt;
    }
    return aligns;
}

QString alignAttribute(Align align)
{
    switch (align) {
    case Align::Left:
        return u" style=\"text-align: left\""_s;
    case Align::Center:
        return u" style=\"text-align: center\""_s;
    case Align::Right:
        return u" style=\"text-align: right\""_s;
    case Align::None:
        break;
    }
    return {};
}

struct Fence
{
    QChar marker;
    qsizetype length = 0;
    QString info;
};

std::optional<Fence> fenceOpening(QStringView line)
{
    // Up to three spaces of indentation (CommonMark); more is an indented line, not a fence.
    if (runLength(line, 0, u' ') > 3) {
        return std::nullopt;
    }
    const QStringView text = line.trimmed();
    for (const QChar marker : { QChar(u'`'), QChar(u'~') }) {
        const qsizetype n = runLength(text, 0, marker);
        if (n >= 3) {
            const QString info = text.mid(n).trimmed().toString();
            if (marker == u'`' && info.contains(u'`')) {
                return std::nullopt;
            }
            return Fence { marker, n, info.section(u' ', 0, 0) };
        }
    }
    return std::nullopt;
}

bool closesFence(QStringView line, const Fence &fence)
{
    const QStringView text = line.trimmed();
    return runLength(text, 0, fence.marker) >= fence.length && runLength(text, 0, fence.marker) == text.size();
}

// "# Title" .. "###### Title": the level, or 0.
int headingLevel(QStringView line)
{
    const qsizetype n = runLength(line, 0, u'#');
    if (n < 1 || n > 6 || (n < line.size() && line.at(n) != u' ' && line.at(n) != u'\t')) {
        return 0;
    }
    return int(n);
}

QString headingText(QStringView line, int level)
{
    QStringView text = line.mid(level).trimmed();
    // An optional closing sequence of #s preceded by a space.
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == u'#') {
        --end;
    }
    if (end < text.size() && (end == 0 || text.at(end - 1) == u' ')) {
        text = text.left(end).trimmed();
    }
    return inlineHtml(text);
}

enum class ListKind { None, Bullet, Ordered };

// The list item's text when the line starts one.
std::optional<QStringView> listItem(QStringView line, ListKind *kind)
{
    const QStringView text = line.trimmed();
    if (text.size() >= 2 && (text.at(0) == u'-' || text.at(0) == u'*' || text.at(0) == u'+') && text.at(1) == u' ') {
        *kind = ListKind::Bullet;
        return text.mid(2).trimmed();
    }
    qsizetype digits = 0;
    while (digits < text.size() && digits < 9 && text.at(digits).isDigit()) {
        ++digits;
    }
    if (digits > 0 && digits + 1 < text.size() && (text.at(digits) == u'.' || text.at(digits) == u')')
        && text.at(digits + 1) == u' ') {
        *kind = ListKind::Ordered;
        return text.mid(digits + 2).trimmed();
    }
    return std::nullopt;
}

bool isRule(QStringView line)
{
    QString compact = line.toString();
    compact.remove(u' ');
    return compact.size() >= 3
        && (runLength(compact, 0, u'-') == compact.size() || runLength(compact, 0, u'*') == compact.size()
            || runLength(compact, 0, u'_') == compact.size());
}

bool startsTable(const QStringList &lines, qsizetype i)
{
    return i + 1 < lines.size() && lines.at(i).contains(u'|') && delimiterRow(lines.at(i + 1))
        && splitRow(lines.at(i)).size() == delimiterRow(lines.at(i + 1))->size();
}

} // namespace

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString markdownToHtml(const QString &markdown)
{
    QString normalized = markdown;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');
    QString out;
    QStringList paragraph;
    auto flushParagraph = [&] {
        if (!paragraph.isEmpty()) {
            out += u"<p>"_s + inlineHtml(paragraph.join(u'\n')) + u"</p>\n"_s;
            paragraph.clear();
        }
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            continue;
        }
        if (const auto fence = fenceOpening(line)) {
            flushParagraph();
            QString code;
            ++i;
            while (i < lines.size() && !closesFence(lines.at(i), *fence)) {
                code += lines.at(i) + u'\n';
                ++i;
            }
            // An unclosed fence runs to the end of the document (CommonMark).
            const QString language
                = fence->info.isEmpty() ? QString() : u" class=\"language-"_s + escapeHtml(fence->info) + u'"';
            out += u"<pre><code"_s + language + u'>' + escapeHtml(code) + u"</code></pre>\n"_s;
            continue;
        }
        if (const int level = headingLevel(line)) {
            flushParagraph();
            out += u"<h%1>"_s.arg(level) + headingText(line, level) + u"</h%1>\n"_s.arg(level);
            continue;
        }
        if (startsTable(lines, i)) {
            flushParagraph();
            const QList<Align> aligns = *delimiterRow(lines.at(i + 1));
            out += u"<table>\n<thead>\n<tr>"_s;
            const QStringList header = splitRow(lines.at(i));
            for (qsizetype c = 0; c < aligns.size(); ++c) {
                out += u"<th"_s + alignAttribute(aligns.at(c)) + u'>' + inlineHtml(header.value(c)) + u"</th>"_s;
            }
            out += u"</tr>\n</thead>\n<tbody>\n"_s;
            i += 2;
            // Body rows run to a blank line or a line without a pipe; short rows are padded and long
            // ones cut to the header's width (GFM).
            for (; i < lines.size() && !lines.at(i).trimmed().isEmpty() && lines.at(i).contains(u'|'); ++i) {
                const QStringList cells = splitRow(lines.at(i));
                out += u"<tr>"_s;
                for (qsizetype c = 0; c < aligns.size(); ++c) {
                    out += u"<td"_s + alignAttribute(aligns.at(c)) + u'>' + inlineHtml(cells.value(c)) + u"</td>"_s;
                }
                out += u"</tr>\n"_s;
            }
            --i;
            out += u"</tbody>\n</table>\n"_s;
            continue;
        }
        ListKind kind = ListKind::None;
        if (listItem(line, &kind)) {
            flushParagraph();
            const ListKind listKind = kind;
            const QString tag = listKind == ListKind::Bullet ? u"ul"_s : u"ol"_s;
            out += u'<' + tag + u">\n"_s;
            for (; i < lines.size(); ++i) {
                ListKind next = ListKind::None;
                const auto item = listItem(lines.at(i), &next);
                if (!item || next != listKind) {
                    break;
                }
                out += u"<li>"_s + inlineHtml(*item) + u"</li>\n"_s;
            }
            --i;
            out += u"</"_s + tag + u">\n"_s;
            continue;
        }
        if (paragraph.isEmpty() && isRule(line)) {
            out += u"<hr>\n"_s;
            continue;
        }
        paragraph << line.trimmed();
    }
    flushParagraph();
    return out;
}

QString htmlPage(const QString &title, const QString &bodyHtml)
{
    // Inline style only; the Content-Security-Policy forbids scripts and remote loads should a
    // report ever carry markup past the escaping.
    return u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
           "<title>"_s
        + escapeHtml(title)
        + u"</title>\n<style>\n"
          "body { font-family: sans-serif; font-size: 11pt; color: #1a1a1a; margin: 2em; max-width: 60em; }\n"
          "h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.4em; } h3 { font-size: 12pt; }\n"
          "table { border-collapse: collapse; margin: 0.6em 0; }\n"
          "th, td { border: 1px solid #999999; padding: 3px 8px; vertical-align: top; }\n"
          "th { background-color: #e8e8e8; }\n"
          "code { font-family: monospace; }\n"
          "pre { font-family: monospace; background-color: #f2f2f2; padding: 6px; white-space: pre-wrap; }\n"
          "hr { border: 0; border-top: 1px solid #999999; }\n"
          "</style>\n</head>\n<body>\n"_s
        + bodyHtml + u"</body>\n</html>\n"_s;
}

} // namespace Mwb::Report
