// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/diffpane.h"
#include "diff/notebookdiffview.h"

#include <QAction>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;
using Mwb::Notebook::Cell;
using Mwb::Notebook::Notebook;

namespace {

// 300 cells; every third is rewritten on its first line, as Pass-1 does for widgets.get.
void makePair(Notebook &left, Notebook &right)
{
    left = Notebook();
    left.language = Mwb::Notebook::Language::Python;
    for (int i = 0; i < 300; ++i) {
        Cell cell;
        cell.source = u"p%1 = dbutils.widgets.get('param_%1')\nprint(p%1)\nx = %1\ny = x * 2\nz = y + 1\nw = z - 3\n"
                      "print(w)\nprint('done %1')"_s.arg(i);
        left.cells.append(cell);
    }
    right = left;
    for (int i = 0; i < 300; i += 3) {
        right.cells[i].source.replace(u"dbutils.widgets.get"_s, u"oidlUtils.parameters.getParameter"_s);
    }
}

bool rowVisible(const DiffPane *pane, qsizetype row)
{
    const qsizetype first = pane->firstVisibleRow();
    const qsizetype visibleRows = pane->viewport()->height() / pane->rowHeight();
    return row >= first && row < first + visibleRows;
}

} // namespace

class TestNotebookDiffView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The view keeps the reviewer's choices in QSettings: keep them out of the user's files.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MigrationWorkbenchTest"_s);
        QSettings().clear();
    }

    void init()
    {
        m_view = new NotebookDiffView;
        m_view->resize(1200, 700);
        Notebook left, right;
        makePair(left, right);
        QSignalSpy ready(m_view, &NotebookDiffView::diffReady);
        m_view->setNotebooks(left, right, u"source.py"_s, u"migrated.ipynb"_s);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 10000);
    }
    void cleanup()
    {
        delete m_view;
        m_view = nullptr;
    }

    void sidesAreAlignedRowForRow()
    {
        const DiffPane *left = m_view->leftPane();
        const DiffPane *right = m_view->rightPane();
        QCOMPARE(left->rowCount(), right->rowCount());
        QVERIFY(left->rowCount() > 0);
        QCOMPARE(m_view->diff()->changedCells(), 100);
        // Every changed line pair sits in one row on both sides: left shows the old text, right the new.
        const DiffViewContent *content = left->content();
        int changedRows = 0;
        for (const DiffViewRow &row : content->rows) {
            if (row.type != DiffViewRow::Type::Line) {
                continue;
            }
            const auto kind = content->diff.cells.at(row.cell).rows.at(row.lineRow).kind;
            if (kind == Mwb::Diff::RowKind::Changed) {
                ++changedRows;
                QVERIFY(content->lineText(row, false).contains(u"dbutils.widgets.get"_s));
                QVERIFY(content->lineText(row, true).contains(u"oidlUtils.parameters.getParameter"_s));
            }
        }
        QCOMPARE(changedRows, 100);
        // 200 unchanged cells are hidden by default, in 100 collapsed runs.
        int collapsedCells = 0;
        for (const DiffViewRow &row : content->rows) {
            if (row.type == DiffViewRow::Type::CollapsedCells) {
                collapsedCells += int(row.count);
            }
        }
        QCOMPARE(collapsedCells, 200);
    }

    void navigationVisitsEveryChange()
    {
        QCOMPARE(m_view->changeCount(), 100);
        qsizetype previousRow = -1;
        for (int i = 0; i < 100; ++i) {
            QVERIFY(m_view->nextChange());
            QCOMPARE(m_view->currentChange(), i);
            const qsizetype row = m_view->changeRows(i).first;
            QVERIFY(row > previousRow);
            previousRow = row;
            QVERIFY2(rowVisible(m_view->leftPane(), row), qPrintable(u"change %1 at row %2"_s.arg(i).arg(row)));
            QVERIFY(rowVisible(m_view->rightPane(), row));
        }
        QVERIFY(m_view->nextChange()); // wraps
        QCOMPARE(m_view->currentChange(), 0);
        QVERIFY(m_view->previousChange());
        QCOMPARE(m_view->currentChange(), 99);
        // The shortcut drives the same navigation.
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view));
        m_view->rightPane()->setFocus();
        QTest::keyClick(m_view->rightPane(), Qt::Key_F7);
        QCOMPARE(m_view->currentChange(), 0);
    }

    void scrollingOneSideScrollsTheOther()
    {
        QScrollBar *left = m_view->leftPane()->verticalScrollBar();
        QScrollBar *right = m_view->rightPane()->verticalScrollBar();
        QVERIFY(left->maximum() > 0);
        left->setValue(left->maximum() / 2);
        QCOMPARE(right->value(), left->value());
        right->setValue(right->maximum());
        QCOMPARE(left->value(), right->maximum());
        // Horizontal sync is optional and off by default.
        m_view->setHorizontalScrollSync(true);
        QScrollBar *leftH = m_view->leftPane()->horizontalScrollBar();
        QScrollBar *rightH = m_view->rightPane()->horizontalScrollBar();
        if (leftH->maximum() > 0 && rightH->maximum() > 0) {
            leftH->setValue(qMin(leftH->maximum(), rightH->maximum()));
            QCOMPARE(rightH->value(), leftH->value());
        }
    }

    void inlineModeShowsBothLinesOfAPair()
    {
        const qsizetype sideBySideRows = m_view->leftPane()->rowCount();
        m_view->setLayoutMode(DiffLayoutMode::Inline);
        // Each of the 100 changed pairs takes two rows inline.
        QCOMPARE(m_view->inlinePane()->rowCount(), sideBySideRows + 100);
        QCOMPARE(m_view->changeCount(), 100);
        QVERIFY(m_view->goToChange(50));
        QVERIFY(rowVisible(m_view->inlinePane(), m_view->changeRows(50).first));
        QCOMPARE(m_view->changeRows(50).second - m_view->changeRows(50).first, 1);
    }

    void inlineBlocksListOldLinesThenNewLines()
    {
        Notebook left, right;
        Cell cell;
        cell.source = u"keep\na = 1\nb = 2\nkeep too"_s;
        left.cells.append(cell);
        cell.source = u"keep\nA = 1\nB = 2\nextra\nkeep too"_s;
        right.cells.append(cell);
        const auto diff = Mwb::Diff::diffNotebooks(left, right);
        DiffRowOptions options;
        options.mode = DiffLayoutMode::Inline;
        DiffViewContent content;
        content.diff = diff;
        content.rows = buildDiffRows(diff, options);
        QStringList shown;
        for (const DiffViewRow &row : std::as_const(content.rows)) {
            if (row.type != DiffViewRow::Type::Line) {
                continue;
            }
            const bool right = row.inlineSide == DiffViewRow::InlineSide::Right
                || (row.inlineSide == DiffViewRow::InlineSide::Both
                    && content.diff.cells.at(row.cell).rows.at(row.lineRow).kind == Mwb::Diff::RowKind::Added);
            shown << (right ? u"+"_s : u"-"_s) + content.lineText(row, right);
        }
        // Unchanged lines show once (as "-" here: the old side's text); the block is old, then new.
        QCOMPARE(shown, (QStringList {u"-keep"_s, u"-a = 1"_s, u"-b = 2"_s, u"+A = 1"_s, u"+B = 2"_s, u"+extra"_s,
                                      u"-keep too"_s}));
    }

    void expandingUnchangedCells()
    {
        const qsizetype collapsed = m_view->leftPane()->rowCount();
        m_view->setHideUnchangedCells(false);
        // 300 headers, 100 changed cells with 4 visible lines (change + 3 context) and one
        // collapsed run of 4 lines, 200 unchanged cells with all 8 lines.
        QCOMPARE(m_view->leftPane()->rowCount(), 300 + 100 * (4 + 1) + 200 * 8);
        QVERIFY(m_view->leftPane()->rowCount() > collapsed);
        QCOMPARE(m_view->changeCount(), 100);
    }

    void tooltipsExplainChangedLines()
    {
        m_view->setAnnotations({{.cell = 3, .line = 0, .onSource = true, .ruleId = u"widgets-get"_s,
                                 .reason = u"dbutils.widgets.get becomes a job parameter"_s, .severity = {}},
                                {.cell = 3, .line = 1, .onSource = false, .ruleId = u"lint.print"_s,
                                 .reason = u"print of a parameter"_s, .severity = u"nit"_s}});
        QVERIFY(m_view->goToMigratedLine(3, 0));
        const DiffPane *right = m_view->rightPane();
        qsizetype row = -1;
        for (qsizetype i = 0; i < right->rowCount(); ++i) {
            if (right->toolTipForRow(i).contains(u"widgets-get"_s)) {
                row = i;
            }
        }
        QVERIFY(row >= 0);
        QVERIFY(right->toolTipForRow(row).contains(u"job parameter"_s));
        QCOMPARE(right->content()->lineIndex(right->content()->rows.at(row), true), 0);
        // The unchanged line below carries only the finding anchored on it.
        QCOMPARE(right->toolTipForRow(row + 1), u"<b>nit lint.print</b>: print of a parameter"_s);
        QVERIFY(right->toolTipForRow(row + 2).isEmpty());
        // The source side explains the same block.
        QVERIFY(m_view->leftPane()->toolTipForRow(row).contains(u"widgets-get"_s));
    }

    void findScrollsToTheMatch()
    {
        QVERIFY(m_view->findNext(u"param_150"_s));
        const DiffPane *left = m_view->leftPane();
        bool found = false;
        for (qsizetype i = left->firstVisibleRow(); i < left->firstVisibleRow() + 20 && i < left->rowCount(); ++i) {
            found = found || left->content()->lineText(left->content()->rows.at(i), false).contains(u"param_150"_s);
        }
        QVERIFY(found);
        QVERIFY(!m_view->findNext(u"no such text anywhere"_s));
    }

    void choicesPersistForTheNextReview()
    {
        // A user's click on "Inline" becomes the default of the next view; programmatic calls do not.
        m_view->setHideUnchangedCells(false);
        QVERIFY(!QSettings().contains(u"review/hideUnchangedCells"_s));
        const auto actions = m_view->findChildren<QAction *>();
        QAction *inlineAction = nullptr;
        for (QAction *action : actions) {
            if (action->text() == u"Inline"_s) {
                inlineAction = action;
            }
        }
        QVERIFY(inlineAction != nullptr);
        inlineAction->trigger();
        QCOMPARE(m_view->layoutMode(), DiffLayoutMode::Inline);
        NotebookDiffView next;
        QCOMPARE(next.layoutMode(), DiffLayoutMode::Inline);
        QSettings().clear();
        NotebookDiffView fresh;
        QCOMPARE(fresh.layoutMode(), DiffLayoutMode::SideBySide);
        QVERIFY(fresh.hidesUnchangedCells());
    }

    void changedLinesArePainted()
    {
        QVERIFY(m_view->goToChange(0));
        const DiffPane *right = m_view->rightPane();
        const qsizetype changeRow = m_view->changeRows(0).first;
        const QImage image = right->viewport()->grab().toImage();
        const int rowY = int(changeRow * right->rowHeight() - right->verticalScrollBar()->value()) + right->rowHeight() / 2;
        const QColor base = right->palette().color(QPalette::Base);
        // Far right of a changed row: the added-line background, not the base colour.
        const QColor changed = image.pixelColor(image.width() - 5, rowY);
        QVERIFY2(changed != base, qPrintable(changed.name()));
        QVERIFY(changed.green() > changed.red());
        // A context row right below the change is plain.
        const QColor context = image.pixelColor(image.width() - 5, rowY + right->rowHeight());
        QCOMPARE(context.name(), base.name());
        QVERIFY(!m_view->busyIndicator()->isVisible());
    }

    void darkPaletteKeepsChangesDistinguishable()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
        m_view->setPalette(dark);
        QVERIFY(m_view->goToChange(0));
        const DiffPane *right = m_view->rightPane();
        const qsizetype changeRow = m_view->changeRows(0).first;
        const QImage image = right->viewport()->grab().toImage();
        const int rowY = int(changeRow * right->rowHeight() - right->verticalScrollBar()->value()) + right->rowHeight() / 2;
        const QColor changed = image.pixelColor(image.width() - 5, rowY);
        QVERIFY(changed.lightnessF() < 0.5); // still a dark row
        QVERIFY(changed.name() != QColor(0x1e, 0x1e, 0x1e).name());
    }

private:
    NotebookDiffView *m_view = nullptr;
};

QTEST_MAIN(TestNotebookDiffView)
#include "tst_notebookdiffview.moc"
