// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/changeannotation.h"
#include "diff/diffrows.h"
#include "diff/diffviewcontent.h"
#include "diff/notebookdiff.h"
#include "notebook/notebook.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace Mwb::Widgets {

class DiffPane;

// The review desk's notebook diff (WORKBENCH_UI.md "Notebook review"): source left, migrated
// right (or one inline column), aligned cell by cell with filler rows, changed lines and
// characters painted, unchanged cells and long unchanged runs collapsed, next/previous change,
// find, and the rule id and reason of each changed line as its tooltip. The diff is computed on
// a worker thread; a busy note appears only when that takes longer than ~100 ms.
class NotebookDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookDiffView)

public:
    explicit NotebookDiffView(QWidget *parent = nullptr);
    ~NotebookDiffView() override;

    // Starts computing the diff; diffReady() follows. Titles label the two sides.
    void setNotebooks(const Notebook::Notebook &left, const Notebook::Notebook &right, const QString &leftTitle,
                      const QString &rightTitle);
    void setAnnotations(const QList<ChangeAnnotation> &annotations);
    // Run status per migrated cell index ("OK", "FIXED 2", "FAILED").
    void setCellStatuses(const QHash<qsizetype, QString> &statuses);

    bool isReady() const { return m_content != nullptr; }
    const Diff::NotebookDiff *diff() const { return m_content ? &m_content->diff : nullptr; }

    DiffLayoutMode layoutMode() const { return m_rowOptions.mode; }
    void setLayoutMode(DiffLayoutMode mode);
    bool hidesUnchangedCells() const { return m_rowOptions.hideUnchangedCells; }
    void setHideUnchangedCells(bool hide);
    void setIgnoreWhitespace(bool ignore);
    void setHorizontalScrollSync(bool sync);

    // Changes are blocks of consecutive changed lines (or a cell whose outputs/metadata differ).
    qsizetype changeCount() const { return m_changes.size(); }
    qsizetype currentChange() const { return m_currentChange; }
    // Row range of a change in the visible pane(s).
    QPair<qsizetype, qsizetype> changeRows(qsizetype change) const { return m_changes.value(change, {-1, -1}); }
    bool goToChange(qsizetype change);
    bool nextChange();
    bool previousChange();
    // Finds the next row (after the current match, wrapping) whose text contains `text`.
    bool findNext(const QString &text);
    // Scrolls to a line of a migrated cell (0-based), expanding what hides it.
    bool goToMigratedLine(qsizetype cell, qsizetype line);

    const Notebook::Notebook &leftNotebook() const { return m_leftNotebook; }
    const Notebook::Notebook &rightNotebook() const { return m_rightNotebook; }

    DiffPane *leftPane() const { return m_left; }
    DiffPane *rightPane() const { return m_right; }
    DiffPane *inlinePane() const { return m_inline; }
    QLabel *busyIndicator() const { return m_busy; }

Q_SIGNALS:
    void diffReady();
    void currentChangeChanged(qsizetype index, qsizetype count);
    // A cell was selected (clicked); -1 for the side the cell does not exist on.
    void cellSelected(qsizetype leftCell, qsizetype rightCell);

private:
    void createToolBar();
    void startDiff();
    void diffFinished(quint64 generation, const Diff::NotebookDiff &diff);
    void rebuildRows();
    void expandRow(qsizetype row);
    void updateChangeMarks();
    DiffPane *activePane() const;

    Notebook::Notebook m_leftNotebook;
    Notebook::Notebook m_rightNotebook;
    Diff::NotebookDiffOptions m_diffOptions;
    DiffRowOptions m_rowOptions;
    QList<ChangeAnnotation> m_annotations;
    QHash<qsizetype, QString> m_statuses;
    std::shared_ptr<DiffViewContent> m_content;
    QList<QPair<qsizetype, qsizetype>> m_changes;
    qsizetype m_currentChange = -1;
    qsizetype m_findRow = -1;
    QString m_findText;
    quint64 m_generation = 0;

    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    DiffPane *m_left;
    DiffPane *m_right;
    DiffPane *m_inline;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    QLabel *m_busy;
    QTimer *m_busyTimer;
    QLineEdit *m_find;
    QLabel *m_changeLabel;
    QAction *m_sideBySideAction = nullptr;
    QAction *m_inlineAction = nullptr;
    QAction *m_hideUnchangedAction = nullptr;
    QAction *m_whitespaceAction = nullptr;
    bool m_syncHorizontal = false;
};

} // namespace Mwb::Widgets
