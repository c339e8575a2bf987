// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/diffexport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Diff;
using Mwb::Notebook::Cell;
using Mwb::Notebook::Notebook;

class TestDiffExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_left = Notebook();
        for (int i = 0; i < 3; ++i) {
            Cell cell;
            cell.source = u"a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\ng = 7\nx = dbutils.widgets.get('p')\nh = <8>"_s;
            m_left.cells.append(cell);
        }
        m_right = m_left;
        m_right.cells[1].source.replace(u"dbutils.widgets.get"_s, u"oidlUtils.parameters.getParameter"_s);
        m_diff = diffNotebooks(m_left, m_right);
        m_input.left = &m_left;
        m_input.right = &m_right;
        m_input.leftTitle = u"src/job.py"_s;
        m_input.rightTitle = u"out/job.ipynb"_s;
        m_input.diff = &m_diff;
    }

    void htmlIsSelfContainedAndMarksCharacters()
    {
        const QString html = renderDiffHtml(m_input);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(QRegularExpression(u"(src|href)=\"https?:"_s)));
        // Only the changed cell, with its changed words marked, not whole lines.
        QCOMPARE(html.count(u"<h2>"_s), 1);
        QVERIFY(html.contains(u"Cell 2"_s));
        QVERIFY(html.contains(u"<del>dbutils.widgets.get</del>"_s));
        QVERIFY(html.contains(u"<ins>oidlUtils.parameters.getParameter</ins>"_s));
        // Text is escaped.
        QVERIFY(html.contains(u"h = &lt;8&gt;"_s));
        // Three context lines above the change; the four lines before them collapse.
        QVERIFY(html.contains(u"4 unchanged line"_s));
        QVERIFY(!html.contains(u">a = 1<"_s));
        QVERIFY(html.contains(u">e = 5<"_s));
    }

    void unchangedCellsOnRequest()
    {
        m_input.includeUnchangedCells = true;
        QCOMPARE(renderDiffHtml(m_input).count(u"<h2>"_s), 3);
    }

    void unifiedText()
    {
        const QString text = renderDiffText(m_input);
        const QString expected = u"--- src/job.py cell 2\n"
                                 "+++ out/job.ipynb cell 2\n"
                                 "@@ -5,5 +5,5 @@\n"
                                 " e = 5\n f = 6\n g = 7\n"
                                 "-x = dbutils.widgets.get('p')\n"
                                 "+x = oidlUtils.parameters.getParameter('p')\n"
                                 " h = <8>\n"_s;
        QCOMPARE(text, expected);
    }

private:
    Notebook m_left;
    Notebook m_right;
    NotebookDiff m_diff;
    DiffExportInput m_input;
};

QTEST_GUILESS_MAIN(TestDiffExport)
#include "tst_diffexport.moc"
