// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/diffexport.h"

#include "diff/tr.h"
#include "notebook/language.h"

using namespace Qt::StringLiterals;

namespace Mwb::Diff {

namespace {

// The HTML of a line with character ranges wrapped in <tag>.
QString markedLine(const QString &line, const QList<CharRange> &ranges, const QString &tag)
{
    QString out;
    qsizetype position = 0;
    for (const CharRange &range : ranges) {
        out += line.mid(position, range.start - position).toHtmlEscaped();
        out += u'<' + tag + u'>' + line.mid(range.start, range.length).toHtmlEscaped() + u"</"_s + tag + u'>';
        position = range.start + range.length;
    }
    out += line.mid(position).toHtmlEscaped();
    return out;
}

QString cellLanguage(const Notebook::Notebook *notebook, qsizetype index)
{
    if (!notebook || index < 0 || index >= notebook->cells.size()) {
        return {};
    }
    return Notebook::languageName(notebook->cells.at(index).language(notebook->language));
}

QString changeName(const CellDiff &cell)
{
    switch (cell.change) {
    case CellChange::Unchanged:
        return Tr::tr("unchanged");
    case CellChange::Modified:
        return cell.sourceChanged ? Tr::tr("modified") : cell.outputsChanged ? Tr::tr("outputs differ") : Tr::tr("metadata differs");
    case CellChange::Added:
        return Tr::tr("added");
    case CellChange::Removed:
        return Tr::tr("removed");
    }
    return {};
}

QString cellTitle(const DiffExportInput &input, const CellDiff &cell)
{
    const qsizetype index = cell.right >= 0 ? cell.right : cell.left;
    const Notebook::Notebook *notebook = cell.right >= 0 ? input.right : input.left;
    //: Diff export cell heading: cell number, language, change
    return Tr::tr("Cell %1 · %2 · %3").arg(index + 1).arg(cellLanguage(notebook, index), changeName(cell));
}

// Indices of the rows shown: changes with `context` rows around them (all rows of a cell that
// was added, removed or changed only in outputs/metadata).
QList<bool> visibleRows(const CellDiff &cell, int context)
{
    QList<bool> visible(cell.rows.size(), cell.change != CellChange::Modified || !cell.sourceChanged);
    for (qsizetype i = 0; i < cell.rows.size(); ++i) {
        if (cell.rows.at(i).kind == RowKind::Equal) {
            continue;
        }
        for (qsizetype k = qMax<qsizetype>(0, i - context); k <= qMin(cell.rows.size() - 1, i + context); ++k) {
            visible[k] = true;
        }
    }
    return visible;
}

} // namespace

QString renderDiffHtml(const DiffExportInput &input)
{
    QString html;
    const QString title = Tr::tr("Notebook diff: %1 → %2").arg(input.leftTitle, input.rightTitle);
    html += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>"_s + title.toHtmlEscaped()
        + u"</title>\n<style>\n"_s
        u"body{font-family:system-ui,sans-serif;margin:1.5em;color:#1f2328;background:#fff}\n"
        u"h1{font-size:1.3em}h2{font-size:1em;margin:1.4em 0 .3em;padding:.3em .5em;background:#eef2f8;border-radius:4px}\n"
        u"table{border-collapse:collapse;width:100%;table-layout:fixed;font-family:'DejaVu Sans Mono',monospace;font-size:12px}\n"
        u"td{vertical-align:top;padding:0 .4em;white-space:pre-wrap;word-break:break-all}\n"
        u"td.n{width:3.5em;text-align:right;color:#6e7781;background:#f6f8fa;user-select:none}\n"
        u"td.del{background:#ffebe9}td.add{background:#e6ffec}td.fill{background:repeating-linear-gradient(135deg,#f6f8fa,#f6f8fa 4px,#eaeef2 4px,#eaeef2 8px)}\n"
        u"del{background:#ffc1c0;text-decoration:none}ins{background:#abf2bc;text-decoration:none}\n"
        u"tr.gap td{color:#6e7781;background:#f6f8fa;font-style:italic}\n"
        u"p.summary{color:#57606a}\n"
        u"@media (prefers-color-scheme: dark){body{background:#0d1117;color:#e6edf3}h2{background:#161b22}"
        u"td.n,tr.gap td{background:#161b22;color:#8b949e}td.del{background:#3c1618}td.add{background:#12261e}"
        u"del{background:#8e1519}ins{background:#1f6f3b}td.fill{background:#161b22}}\n"
        u"</style></head><body>\n"_s;
    html += u"<h1>"_s + title.toHtmlEscaped() + u"</h1>\n"_s;
    const NotebookDiff &diff = *input.diff;
    html += u"<p class=\"summary\">"_s
        + Tr::tr("%n changed cell(s), ", nullptr, int(diff.changedCells())).toHtmlEscaped()
        + Tr::tr("%n changed line(s)", nullptr, int(diff.changedLines())).toHtmlEscaped() + u"</p>\n"_s;
    for (const CellDiff &cell : diff.cells) {
        if (cell.change == CellChange::Unchanged && !input.includeUnchangedCells) {
            continue;
        }
        html += u"<h2>"_s + cellTitle(input, cell).toHtmlEscaped() + u"</h2>\n<table>\n"_s;
        const QList<bool> visible = visibleRows(cell, input.contextLines);
        bool gapOpen = false;
        for (qsizetype i = 0; i < cell.rows.size(); ++i) {
            if (!visible.at(i)) {
                if (!gapOpen) {
                    qsizetype hidden = 0;
                    for (qsizetype k = i; k < cell.rows.size() && !visible.at(k); ++k) {
                        ++hidden;
                    }
                    html += u"<tr class=\"gap\"><td class=\"n\"></td><td colspan=\"3\">"_s
                        + Tr::tr("⋯ %n unchanged line(s)", nullptr, int(hidden)).toHtmlEscaped() + u"</td></tr>\n"_s;
                    gapOpen = true;
                }
                continue;
            }
            gapOpen = false;
            const DiffRow &row = cell.rows.at(i);
            const auto side = [&](qsizetype line, bool right) -> QString {
                if (line < 0) {
                    return u"<td class=\"n\"></td><td class=\"fill\"></td>"_s;
                }
                const QString &text = right ? cell.rightLines.at(line) : cell.leftLines.at(line);
                const QString cls = row.kind == RowKind::Equal ? QString() : right ? u" class=\"add\""_s : u" class=\"del\""_s;
                const QString body = row.kind == RowKind::Changed
                    ? markedLine(text, right ? row.chars.added : row.chars.removed, right ? u"ins"_s : u"del"_s)
                    : text.toHtmlEscaped();
                return u"<td class=\"n\">"_s + QString::number(line + 1) + u"</td><td"_s + cls + u'>' + body + u"</td>"_s;
            };
            html += u"<tr>"_s + side(row.leftLine, false) + side(row.rightLine, true) + u"</tr>\n"_s;
        }
        if (cell.rows.isEmpty()) {
            html += u"<tr class=\"gap\"><td class=\"n\"></td><td colspan=\"3\">"_s
                + (cell.outputsChanged ? Tr::tr("Outputs differ; the source is the same.")
                                       : Tr::tr("Metadata differs; the source is the same."))
                      .toHtmlEscaped()
                + u"</td></tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }
    html += u"</body></html>\n"_s;
    return html;
}

QString renderDiffText(const DiffExportInput &input)
{
    QString out;
    for (const CellDiff &cell : input.diff->cells) {
        if (cell.change == CellChange::Unchanged) {
            continue;
        }
        out += u"--- "_s + input.leftTitle
            + (cell.left >= 0 ? u" cell "_s + QString::number(cell.left + 1) : u" (none)"_s) + u'\n';
        out += u"+++ "_s + input.rightTitle
            + (cell.right >= 0 ? u" cell "_s + QString::number(cell.right + 1) : u" (none)"_s) + u'\n';
        const QList<bool> visible = visibleRows(cell, input.contextLines);
        qsizetype i = 0;
        while (i < cell.rows.size()) {
            if (!visible.at(i)) {
                ++i;
                continue;
            }
            // A hunk: consecutive visible rows.
            qsizetype end = i;
            while (end < cell.rows.size() && visible.at(end)) {
                ++end;
            }
            qsizetype leftStart = -1, rightStart = -1, leftCount = 0, rightCount = 0;
            QString body;
            for (qsizetype k = i; k < end; ++k) {
                const DiffRow &row = cell.rows.at(k);
                if (row.leftLine >= 0) {
                    leftStart = leftStart < 0 ? row.leftLine : leftStart;
                    ++leftCount;
                }
                if (row.rightLine >= 0) {
                    rightStart = rightStart < 0 ? row.rightLine : rightStart;
                    ++rightCount;
                }
            }
            // Unified order: within a changed block all removals, then all additions.
            QStringList removed, added;
            const auto flush = [&] {
                for (const QString &line : std::as_const(removed)) {
                    body += u'-' + line + u'\n';
                }
                for (const QString &line : std::as_const(added)) {
                    body += u'+' + line + u'\n';
                }
                removed.clear();
                added.clear();
            };
            for (qsizetype k = i; k < end; ++k) {
                const DiffRow &row = cell.rows.at(k);
                if (row.kind == RowKind::Equal) {
                    flush();
                    body += u' ' + cell.leftLines.at(row.leftLine) + u'\n';
                    continue;
                }
                if (row.leftLine >= 0) {
                    removed.append(cell.leftLines.at(row.leftLine));
                }
                if (row.rightLine >= 0) {
                    added.append(cell.rightLines.at(row.rightLine));
                }
            }
            flush();
            out += u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(leftStart + 1).arg(leftCount).arg(rightStart + 1).arg(rightCount) + body;
            i = end;
        }
        if (cell.rows.isEmpty() || !cell.sourceChanged) {
            out += cell.outputsChanged ? Tr::tr("(outputs differ)") + u'\n' : QString();
            out += cell.metadataChanged ? Tr::tr("(metadata differs)") + u'\n' : QString();
        }
    }
    return out;
}

} // namespace Mwb::Diff
