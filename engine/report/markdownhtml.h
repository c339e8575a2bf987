// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::Report {

// Markdown to HTML for the subset our reports write (JOB_REPORT.md, validation.md, data-job
// summaries): ATX headings, "-"/"*"/"+" and "1." lists, GFM pipe tables with alignment, fenced code
// (``` or ~~~, any length), "---" rules, paragraphs; inline `code`, **strong** and backslash escapes
// (CommonMark: a backslash before ASCII punctuation makes it literal, so "\|" is a pipe inside a
// table cell). Everything else is text: every character of the input reaches the output
// HTML-escaped, so raw HTML in a report (a cell's "<script>") is shown, never run.
QString markdownToHtml(const QString &markdown);

// One self-contained page (inline CSS, no scripts, no external references) around a fragment from
// markdownToHtml(). The title is escaped here.
QString htmlPage(const QString &title, const QString &bodyHtml);

// &, <, >, " and ' as entities.
QString escapeHtml(QStringView text);

} // namespace Mwb::Report
