// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/celloutputtext.h"
#include "notebook/notebookcellwidget.h"
#include "notebook/notebookview.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTest>

using namespace Qt::StringLiterals;

using Mwb::Notebook::Cell;
using Mwb::Notebook::CellKind;
using Mwb::Notebook::Language;
using Mwb::Notebook::Notebook;
using Mwb::Widgets::NotebookCellWidget;
using Mwb::Widgets::NotebookView;

namespace {

Cell codeCell(const QString &source, Mwb::Core::Json outputs = Mwb::Core::Json::array())
{
    Cell cell;
    cell.source = source;
    cell.extra["outputs"] = std::move(outputs);
    return cell;
}

Cell markdownCell(const QString &source)
{
    Cell cell;
    cell.kind = CellKind::Markdown;
    cell.source = source;
    return cell;
}

Notebook sampleNotebook()
{
    Notebook notebook;
    notebook.name = u"ingest_orders"_s;
    notebook.language = Language::Python;
    notebook.cells << markdownCell(u"# Ingest orders\nReads the **raw** orders."_s);
    Cell query = codeCell(u"%sql\nSELECT count(*) FROM orders"_s,
        { { { "output_type", "execute_result" }, { "data", { { "text/plain", { "count(1)\n", "42" } } } },
            { "execution_count", 2 } } });
    query.title = u"Count the orders"_s;
    query.showTitle = true;
    notebook.cells << query;
    notebook.cells << codeCell(u"df = spark.table(\"orders\")\nprint(df.count())"_s,
        { { { "output_type", "stream" }, { "name", "stdout" }, { "text", "42\n" } },
            { { "output_type", "error" }, { "ename", "AnalysisException" },
                { "evalue", "\x1b[0;31mTable not found\x1b[0m" }, { "traceback", Mwb::Core::Json::array() } } });
    return notebook;
}

} // namespace

class TestNotebookView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryCellWithHeaderAndLanguage();
    void outputsAreShownAsText();
    void heightFollowsTheWrappedText();
    void selectAllAndCopy();
    void largeNotebookOpensQuickly();
};

void TestNotebookView::showsEveryCellWithHeaderAndLanguage()
{
    NotebookView view;
    view.setNotebook(sampleNotebook(), u"/ws/retail/ingest_orders.ipynb"_s);
    QCOMPARE(view.cellCount(), 3);
    QCOMPARE(view.notebookName(), u"ingest_orders"_s);
    QCOMPARE(view.findChildren<NotebookCellWidget *>().size(), 3);
    QCOMPARE(view.cellWidget(0)->language(), u"markdown"_s);
    QCOMPARE(view.cellWidget(1)->language(), u"sql"_s);
    QCOMPARE(view.cellWidget(1)->title(), u"Count the orders"_s);
    QCOMPARE(view.cellWidget(2)->language(), u"python"_s);
    QCOMPARE(view.cellWidget(2)->number(), 3);
    QVERIFY(view.cellWidget(1)->highlighter() != nullptr);
    QVERIFY(view.cellWidget(2)->highlighter() != nullptr);
    QCOMPARE(view.cellWidget(3), nullptr);

    // Showing another notebook replaces the cells.
    Notebook small;
    small.cells << codeCell(u"1"_s);
    view.setNotebook(small);
    QCOMPARE(view.cellCount(), 1);
    QTRY_COMPARE(view.findChildren<NotebookCellWidget *>().size(), 1);
}

void TestNotebookView::outputsAreShownAsText()
{
    const Notebook notebook = sampleNotebook();
    QCOMPARE(Mwb::Widgets::cellOutputText(notebook.cells.at(0)), QString());
    QCOMPARE(Mwb::Widgets::cellOutputText(notebook.cells.at(1)), u"count(1)\n42"_s);
    QCOMPARE(Mwb::Widgets::cellOutputText(notebook.cells.at(2)), u"42\nAnalysisException: Table not found"_s);

    NotebookView view;
    view.setNotebook(notebook);
    QCOMPARE(view.cellWidget(0)->outputText(), QString());
    QCOMPARE(view.cellWidget(2)->outputText(), u"42\nAnalysisException: Table not found"_s);
}

void TestNotebookView::heightFollowsTheWrappedText()
{
    Notebook notebook;
    notebook.cells << codeCell(u"x = 1"_s) << codeCell(QStringList(40, u"y = 2"_s).join(u'\n'))
                   << codeCell(QString(2000, u'z'));
    NotebookView view;
    view.setNotebook(notebook);
    const NotebookCellWidget *one = view.cellWidget(0);
    const NotebookCellWidget *forty = view.cellWidget(1);
    const NotebookCellWidget *longLine = view.cellWidget(2);
    QVERIFY(one->hasHeightForWidth());
    QVERIFY(forty->heightForWidth(600) > one->heightForWidth(600) + 30 * one->fontMetrics().height());
    // A long line wraps instead of being cut off: narrower means taller.
    QVERIFY(longLine->heightForWidth(300) > longLine->heightForWidth(900));
}

void TestNotebookView::selectAllAndCopy()
{
    NotebookView view;
    view.setNotebook(sampleNotebook());
    NotebookCellWidget *cell = view.cellWidget(2);
    QCOMPARE(cell->selectedText(), QString());
    cell->selectAll();
    QCOMPARE(cell->selectedText(), u"df = spark.table(\"orders\")\nprint(df.count())"_s);
    cell->clearSelection();
    QCOMPARE(cell->selectedText(), QString());
}

void TestNotebookView::largeNotebookOpensQuickly()
{
    // WORKBENCH_UI.md: a 300-cell notebook opens and scrolls without stutter.
    Notebook notebook;
    for (int i = 0; i < 300; ++i) {
        notebook.cells << codeCell(u"# step %1\nfor row in spark.table(\"t%1\").collect():\n    print(row)\n"_s.arg(i),
            { { { "output_type", "stream" }, { "name", "stdout" }, { "text", "Row(a=1)\n" } } });
    }
    NotebookView view;
    view.resize(1000, 700);
    QElapsedTimer timer;
    timer.start();
    view.setNotebook(notebook);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents(); // deferred highlighting
    const qint64 openMs = timer.elapsed();
    qInfo("300 cells shown in %lld ms", openMs);
    QVERIFY2(openMs < 5000, "opening a 300-cell notebook took longer than 5 s");
    QCOMPARE(view.cellCount(), 300);
    QVERIFY(view.verticalScrollBar()->maximum() > 300 * 4 * view.fontMetrics().height());
    // Narrowing re-wraps every cell; that must stay interactive too.
    timer.restart();
    view.resize(700, 700);
    QCoreApplication::processEvents();
    qInfo("300 cells re-laid out for a new width in %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() < 5000, "re-laying out a 300-cell notebook took longer than 5 s");
    view.scrollToCell(299);
    QVERIFY(view.verticalScrollBar()->value() > 0);
}

QTEST_MAIN(TestNotebookView)
#include "tst_notebookview.moc"
