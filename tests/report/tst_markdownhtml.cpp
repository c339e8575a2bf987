// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown subset of our reports as HTML: what a reader of an exported report sees, and that no
// text from a report (cell output, task names) can become markup.
#include "report/markdownhtml.h"
#include "run/jobreport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

class TestMarkdownHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void converts_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");

        QTest::newRow("headings of every level, closing hashes dropped")
            << u"# Job report: DailyETL\n## Task Results ##\n###### six"_s
            << u"<h1>Job report: DailyETL</h1>\n<h2>Task Results</h2>\n<h6>six</h6>\n"_s;
        QTest::newRow("seven hashes is a paragraph") << u"####### no"_s << u"<p>####### no</p>\n"_s;
        QTest::newRow("paragraph lines join until a blank line")
            << u"one\ntwo\n\nthree"_s << u"<p>one\ntwo</p>\n<p>three</p>\n"_s;
        QTest::newRow("bullet list") << u"- Date: 2026-11-22\n- Tasks: 2\n* star\n+ plus"_s
                                     << u"<ul>\n<li>Date: 2026-11-22</li>\n<li>Tasks: 2</li>\n<li>star</li>\n"
                                        "<li>plus</li>\n</ul>\n"_s;
        QTest::newRow("ordered list after a bullet list")
            << u"- a\n1. first\n2. second"_s
            << u"<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n"_s;
        QTest::newRow("pipe table with alignment")
            << u"| Task | Status | OK |\n|---|:---:|---:|\n| ingest | PASS | 4 |\n| report | FAIL | 0 |"_s
            << u"<table>\n<thead>\n<tr><th>Task</th><th style=\"text-align: center\">Status</th>"
               "<th style=\"text-align: right\">OK</th></tr>\n</thead>\n<tbody>\n"
               "<tr><td>ingest</td><td style=\"text-align: center\">PASS</td><td style=\"text-align: "
               "right\">4</td></tr>\n"
               "<tr><td>report</td><td style=\"text-align: center\">FAIL</td><td style=\"text-align: "
               "right\">0</td></tr>\n"
               "</tbody>\n</table>\n"_s;
        QTest::newRow("escaped pipe stays in its cell")
            << u"| Task | Note |\n|---|---|\n| a\\|b | x \\| y |"_s
            << u"<table>\n<thead>\n<tr><th>Task</th><th>Note</th></tr>\n</thead>\n<tbody>\n"
               "<tr><td>a|b</td><td>x | y</td></tr>\n</tbody>\n</table>\n"_s;
        QTest::newRow("short rows padded, long rows cut")
            << u"| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |"_s
            << u"<table>\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n<tbody>\n"
               "<tr><td>1</td><td></td></tr>\n<tr><td>1</td><td>2</td></tr>\n</tbody>\n</table>\n"_s;
        QTest::newRow("a pipe without a delimiter row is text") << u"a | b"_s << u"<p>a | b</p>\n"_s;
        QTest::newRow("fenced code keeps markup characters as text")
            << u"```json\n{\"a\": \"<b>|</b>\"}\n# not a heading\n```"_s
            << u"<pre><code class=\"language-json\">{&quot;a&quot;: &quot;&lt;b&gt;|&lt;/b&gt;&quot;}\n"
               "# not a heading\n</code></pre>\n"_s;
        QTest::newRow("longer fence contains a shorter one")
            << u"````\n```\nx\n```\n````\nafter"_s << u"<pre><code>```\nx\n```\n</code></pre>\n<p>after</p>\n"_s;
        QTest::newRow("unclosed fence runs to the end") << u"~~~\nx"_s << u"<pre><code>x\n</code></pre>\n"_s;
        QTest::newRow("script tag in a paragraph is text")
            << u"<script>alert('x')</script>"_s << u"<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>\n"_s;
        QTest::newRow("script tag in a table cell and a heading is text")
            << u"# <script>x</script>\n\n| a |\n|---|\n| <img src=x onerror=alert(1)> |"_s
            << u"<h1>&lt;script&gt;x&lt;/script&gt;</h1>\n<table>\n<thead>\n<tr><th>a</th></tr>\n</thead>\n<tbody>\n"
               "<tr><td>&lt;img src=x onerror=alert(1)&gt;</td></tr>\n</tbody>\n</table>\n"_s;
        QTest::newRow("script in a fence's info string is escaped")
            << u"```\"><script>\nx\n```"_s
            << u"<pre><code class=\"language-&quot;&gt;&lt;script&gt;\">x\n</code></pre>\n"_s;
        QTest::newRow("inline code, strong, backslash escapes")
            << u"**FAIL** in `df.write` \\*not emphasis\\* \\<b>"_s
            << u"<p><strong>FAIL</strong> in <code>df.write</code> *not emphasis* &lt;b&gt;</p>\n"_s;
        QTest::newRow("unmatched markers are text") << u"2 ** 3 and `open"_s << u"<p>2 ** 3 and `open</p>\n"_s;
        QTest::newRow("ampersands and quotes") << u"a & b \"c\""_s << u"<p>a &amp; b &quot;c&quot;</p>\n"_s;
        QTest::newRow("rule") << u"a\n\n---\n\nb"_s << u"<p>a</p>\n<hr>\n<p>b</p>\n"_s;
        QTest::newRow("CRLF line ends") << u"# T\r\n- x\r\n"_s << u"<h1>T</h1>\n<ul>\n<li>x</li>\n</ul>\n"_s;
    }

    void converts()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(Report::markdownToHtml(markdown), html);
    }

    // A JOB_REPORT.md as migrate-job writes it, with hostile task names and notes: every task row is
    // a table row with its name intact, and nothing from the report becomes a tag.
    void jobReportRendersSafely()
    {
        Run::JobReport report;
        report.job = u"Daily<script>ETL"_s;
        report.date = u"2026-11-22T10:15:00Z"_s;
        report.parametersJson = u"{\"env\":\"prod\"}"_s;
        report.tasks = { { u"ingest|raw"_s, u"PASS"_s, 4, 0, 1 }, { u"<b>report</b>"_s, u"FAIL"_s, 1, 2, 0 } };
        report.notes
            = { { u"<b>report</b>"_s, 3, u"NameError: name 'spark' is not defined <script>alert(1)</script>"_s } };
        report.unmappedTriggersJson = u"{\"x\": \"</code></pre><script>\"}"_s;
        const QString html = Report::markdownToHtml(report.toMarkdown());
        QVERIFY2(!html.contains(u"<script"_s), qPrintable(html));
        QVERIFY2(!html.contains(u"<b>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<h1>Job Report: Daily&lt;script&gt;ETL</h1>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<tr><td>ingest|raw</td><td>PASS</td><td>4</td><td>0</td><td>1</td></tr>"_s),
            qPrintable(html));
        QVERIFY2(html.contains(u"<tr><td>&lt;b&gt;report&lt;/b&gt;</td><td>FAIL</td>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<pre><code class=\"language-json\">"_s), qPrintable(html));
        QCOMPARE(html.count(u"<table>"_s), 1);
    }

    void pageIsSelfContained()
    {
        const QString page = Report::htmlPage(u"Run <1>"_s, Report::markdownToHtml(u"# x"_s));
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(page.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(page.contains(u"<title>Run &lt;1&gt;</title>"_s));
        QVERIFY(page.contains(u"<h1>x</h1>"_s));
        // Nothing loaded from elsewhere: no scripts, links, or remote references.
        QVERIFY(!page.contains(u"<script"_s));
        QVERIFY(!page.contains(u"<link"_s));
        QVERIFY(!page.contains(u"http://"_s) && !page.contains(u"https://"_s));
        QVERIFY(!page.contains(u"src="_s));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownHtml)
#include "tst_markdownhtml.moc"
