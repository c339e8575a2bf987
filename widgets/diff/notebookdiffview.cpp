// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/notebookdiffview.h"

#include "diff/diffpane.h"

#include <QAction>
#include <QActionGroup>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

constexpr int busyDelayMs = 100; // WORKBENCH_UI.md: a busy indicator only after ~100 ms

QStringList languagesOf(const Notebook::Notebook &notebook)
{
    QStringList languages;
    languages.reserve(notebook.cells.size());
    for (const Notebook::Cell &cell : notebook.cells) {
        languages.append(Notebook::languageName(cell.language(notebook.language)));
    }
    return languages;
}

QLabel *titleLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(6, 3, 6, 3);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

NotebookDiffView::NotebookDiffView(QWidget *parent)
    : QWidget(parent)
    , m_leftTitle(titleLabel(this))
    , m_rightTitle(titleLabel(this))
    , m_left(new DiffPane(DiffPane::Side::Left, this))
    , m_right(new DiffPane(DiffPane::Side::Right, this))
    , m_inline(new DiffPane(DiffPane::Side::Inline, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(this))
    , m_busy(new QLabel(tr("Computing differences…"), this))
    , m_busyTimer(new QTimer(this))
    , m_find(new QLineEdit(this))
    , m_changeLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar();

    auto *titles = new QHBoxLayout;
    titles->setContentsMargins(0, 0, 0, 0);
    titles->addWidget(m_leftTitle, 1);
    titles->addWidget(m_rightTitle, 1);
    layout->addLayout(titles);

    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_right);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_inline);
    layout->addWidget(m_stack, 1);

    m_busy->setAlignment(Qt::AlignCenter);
    m_busy->setAutoFillBackground(true);
    m_busy->hide();
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(busyDelayMs);
    connect(m_busyTimer, &QTimer::timeout, this, [this] {
        m_busy->setGeometry(m_stack->geometry());
        m_busy->raise();
        m_busy->show();
    });

    // Both sides scroll together, row for row (equal row heights make pixels rows).
    const auto syncVertical = [](DiffPane *from, DiffPane *to) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(), &QScrollBar::setValue);
    };
    syncVertical(m_left, m_right);
    syncVertical(m_right, m_left);
    // The reviewer's last choices are the defaults of the next review.
    const QSettings settings;
    if (settings.value(u"review/layout"_s).toString() == u"inline") {
        setLayoutMode(DiffLayoutMode::Inline);
    }
    setHideUnchangedCells(settings.value(u"review/hideUnchangedCells"_s, true).toBool());
    setIgnoreWhitespace(settings.value(u"review/ignoreWhitespace"_s, false).toBool());

    for (DiffPane *pane : {m_left, m_right, m_inline}) {
        connect(pane, &DiffPane::expandRequested, this, &NotebookDiffView::expandRow);
        connect(pane, &DiffPane::rowClicked, this, [this](qsizetype row) {
            if (m_content && row >= 0 && row < m_content->rows.size()) {
                const Diff::CellDiff &cell = m_content->diff.cells.at(m_content->rows.at(row).cell);
                Q_EMIT cellSelected(cell.left, cell.right);
            }
        });
    }
}

NotebookDiffView::~NotebookDiffView() = default;

void NotebookDiffView::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));

    auto *modes = new QActionGroup(this);
    m_sideBySideAction = bar->addAction(tr("Side by Side"));
    m_inlineAction = bar->addAction(tr("Inline"));
    for (QAction *action : {m_sideBySideAction, m_inlineAction}) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    m_sideBySideAction->setChecked(true);
    m_sideBySideAction->setToolTip(tr("Source and migrated notebook next to each other"));
    m_inlineAction->setToolTip(tr("One column: removed lines above the lines that replace them"));
    connect(m_sideBySideAction, &QAction::triggered, this, [this] {
        setLayoutMode(DiffLayoutMode::SideBySide);
        QSettings().setValue(u"review/layout"_s, u"side-by-side"_s);
    });
    connect(m_inlineAction, &QAction::triggered, this, [this] {
        setLayoutMode(DiffLayoutMode::Inline);
        QSettings().setValue(u"review/layout"_s, u"inline"_s);
    });
    bar->addSeparator();

    m_hideUnchangedAction = bar->addAction(tr("Hide Unchanged Cells"));
    m_hideUnchangedAction->setCheckable(true);
    m_hideUnchangedAction->setChecked(m_rowOptions.hideUnchangedCells);
    // triggered, not toggled: only the user's clicks become the saved default.
    connect(m_hideUnchangedAction, &QAction::triggered, this, [this](bool hide) {
        setHideUnchangedCells(hide);
        QSettings().setValue(u"review/hideUnchangedCells"_s, hide);
    });
    m_whitespaceAction = bar->addAction(tr("Ignore Whitespace"));
    m_whitespaceAction->setCheckable(true);
    connect(m_whitespaceAction, &QAction::triggered, this, [this](bool ignore) {
        setIgnoreWhitespace(ignore);
        QSettings().setValue(u"review/ignoreWhitespace"_s, ignore);
    });
    bar->addSeparator();

    QAction *previous = bar->addAction(tr("Previous Change"));
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    previous->setToolTip(tr("Previous change (Shift+F7)"));
    connect(previous, &QAction::triggered, this, &NotebookDiffView::previousChange);
    QAction *next = bar->addAction(tr("Next Change"));
    next->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    next->setToolTip(tr("Next change (F7)"));
    connect(next, &QAction::triggered, this, &NotebookDiffView::nextChange);
    // Shortcuts work wherever focus is inside the view, not only on the tool bar.
    addAction(previous);
    addAction(next);
    bar->addWidget(m_changeLabel);
    m_changeLabel->setContentsMargins(8, 0, 8, 0);

    m_find->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(240);
    bar->addWidget(m_find);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(findAction);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(m_find->text()); });
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            findNext(QString());
        }
    });

    static_cast<QVBoxLayout *>(layout())->addWidget(bar);
}

void NotebookDiffView::setNotebooks(const Notebook::Notebook &left, const Notebook::Notebook &right,
                                    const QString &leftTitle, const QString &rightTitle)
{
    m_leftNotebook = left;
    m_rightNotebook = right;
    m_leftTitle->setText(leftTitle);
    m_rightTitle->setText(rightTitle);
    m_leftTitle->setToolTip(leftTitle);
    m_rightTitle->setToolTip(rightTitle);
    startDiff();
}

void NotebookDiffView::startDiff()
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Diff::NotebookDiff>(this);
    connect(watcher, &QFutureWatcher<Diff::NotebookDiff>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        diffFinished(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([left = m_leftNotebook, right = m_rightNotebook, options = m_diffOptions] {
        return Diff::diffNotebooks(left, right, options);
    }));
    m_busyTimer->start();
}

void NotebookDiffView::diffFinished(quint64 generation, const Diff::NotebookDiff &diff)
{
    if (generation != m_generation) {
        return; // a newer request superseded this one
    }
    m_busyTimer->stop();
    m_busy->hide();
    auto content = std::make_shared<DiffViewContent>();
    content->diff = diff;
    content->leftLanguages = languagesOf(m_leftNotebook);
    content->rightLanguages = languagesOf(m_rightNotebook);
    m_content = content;
    setAnnotations(m_annotations); // fills content->annotations and rebuilds the rows
    Q_EMIT diffReady();
}

void NotebookDiffView::setAnnotations(const QList<ChangeAnnotation> &annotations)
{
    m_annotations = annotations;
    if (m_content) {
        m_content->sourceAnnotations.clear();
        m_content->migratedAnnotations.clear();
        for (const ChangeAnnotation &annotation : annotations) {
            (annotation.onSource ? m_content->sourceAnnotations : m_content->migratedAnnotations)
                .insert({annotation.cell, annotation.line}, annotation);
        }
        m_content->statusByRightCell = m_statuses;
        rebuildRows();
    }
}

void NotebookDiffView::setCellStatuses(const QHash<qsizetype, QString> &statuses)
{
    m_statuses = statuses;
    if (m_content) {
        m_content->statusByRightCell = statuses;
        activePane()->viewport()->update();
    }
}

void NotebookDiffView::setLayoutMode(DiffLayoutMode mode)
{
    m_rowOptions.mode = mode;
    (mode == DiffLayoutMode::Inline ? m_inlineAction : m_sideBySideAction)->setChecked(true);
    m_stack->setCurrentWidget(mode == DiffLayoutMode::Inline ? static_cast<QWidget *>(m_inline) : m_splitter);
    m_rightTitle->setVisible(mode == DiffLayoutMode::SideBySide);
    if (m_content) {
        rebuildRows();
    }
}

void NotebookDiffView::setHideUnchangedCells(bool hide)
{
    m_rowOptions.hideUnchangedCells = hide;
    m_rowOptions.expandedCellRuns.clear();
    m_hideUnchangedAction->setChecked(hide);
    if (m_content) {
        rebuildRows();
    }
}

void NotebookDiffView::setIgnoreWhitespace(bool ignore)
{
    if (m_diffOptions.ignoreWhitespace == ignore) {
        return;
    }
    m_diffOptions.ignoreWhitespace = ignore;
    m_whitespaceAction->setChecked(ignore);
    if (m_content) {
        startDiff();
    }
}

void NotebookDiffView::setHorizontalScrollSync(bool sync)
{
    if (sync == m_syncHorizontal) {
        return;
    }
    m_syncHorizontal = sync;
    QScrollBar *a = m_left->horizontalScrollBar();
    QScrollBar *b = m_right->horizontalScrollBar();
    if (sync) {
        connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
        connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
    } else {
        disconnect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
        disconnect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
    }
}

DiffPane *NotebookDiffView::activePane() const
{
    return m_rowOptions.mode == DiffLayoutMode::Inline ? m_inline : m_left;
}

void NotebookDiffView::rebuildRows()
{
    const qsizetype keepRow = activePane()->firstVisibleRow();
    m_content->rows = buildDiffRows(m_content->diff, m_rowOptions);
    m_changes.clear();
    const QList<DiffViewRow> &rows = m_content->rows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).changeStart) {
            continue;
        }
        qsizetype last = i;
        if (rows.at(i).type == DiffViewRow::Type::Line) {
            while (last + 1 < rows.size() && rows.at(last + 1).type == DiffViewRow::Type::Line
                   && !rows.at(last + 1).changeStart
                   && m_content->diff.cells.at(rows.at(last + 1).cell).rows.at(rows.at(last + 1).lineRow).kind
                       != Diff::RowKind::Equal) {
                ++last;
            }
        }
        m_changes.append({i, last});
    }
    // Panes share the content; a new shared_ptr copy makes them drop cached row geometry.
    std::shared_ptr<const DiffViewContent> shared = m_content;
    if (m_rowOptions.mode == DiffLayoutMode::Inline) {
        m_inline->setContent(shared);
    } else {
        m_left->setContent(shared);
        m_right->setContent(shared);
    }
    m_currentChange = -1;
    m_findRow = -1;
    activePane()->verticalScrollBar()->setValue(int(keepRow) * activePane()->rowHeight());
    updateChangeMarks();
}

void NotebookDiffView::updateChangeMarks()
{
    const auto rows = changeRows(m_currentChange);
    for (DiffPane *pane : {m_left, m_right, m_inline}) {
        pane->setCurrentChange(rows.first, rows.second);
        pane->setFindText(m_findText, m_findRow);
    }
    m_changeLabel->setText(m_changes.isEmpty() ? tr("No changes")
                                               //: position among the changes of the diff: "3 / 12"
                                               : tr("%1 / %2").arg(m_currentChange < 0 ? QString(u"–"_s)
                                                                                       : QString::number(m_currentChange + 1))
                                                     .arg(m_changes.size()));
    Q_EMIT currentChangeChanged(m_currentChange, m_changes.size());
}

bool NotebookDiffView::goToChange(qsizetype change)
{
    if (change < 0 || change >= m_changes.size()) {
        return false;
    }
    m_currentChange = change;
    activePane()->scrollToRow(m_changes.at(change).first);
    updateChangeMarks();
    return true;
}

bool NotebookDiffView::nextChange()
{
    if (m_changes.isEmpty()) {
        return false;
    }
    if (m_currentChange < 0) {
        // From the top of the screen: the first change at or below it.
        const qsizetype top = activePane()->firstVisibleRow();
        for (qsizetype i = 0; i < m_changes.size(); ++i) {
            if (m_changes.at(i).first >= top) {
                return goToChange(i);
            }
        }
        return goToChange(0);
    }
    return goToChange((m_currentChange + 1) % m_changes.size());
}

bool NotebookDiffView::previousChange()
{
    if (m_changes.isEmpty()) {
        return false;
    }
    return goToChange(m_currentChange <= 0 ? m_changes.size() - 1 : m_currentChange - 1);
}

bool NotebookDiffView::findNext(const QString &text)
{
    m_findText = text;
    if (text.isEmpty() || !m_content) {
        m_findRow = -1;
        updateChangeMarks();
        return false;
    }
    const QList<DiffViewRow> &rows = m_content->rows;
    const qsizetype count = rows.size();
    for (qsizetype step = 1; step <= count; ++step) {
        const qsizetype i = (qMax<qsizetype>(m_findRow, -1) + step) % count;
        const DiffViewRow &row = rows.at(i);
        if (row.type != DiffViewRow::Type::Line) {
            continue;
        }
        if (m_content->lineText(row, false).contains(text, Qt::CaseInsensitive)
            || m_content->lineText(row, true).contains(text, Qt::CaseInsensitive)) {
            m_findRow = i;
            activePane()->scrollToRow(i);
            updateChangeMarks();
            return true;
        }
    }
    m_findRow = -1;
    updateChangeMarks();
    return false;
}

bool NotebookDiffView::goToMigratedLine(qsizetype cell, qsizetype line)
{
    if (!m_content) {
        return false;
    }
    // Find the cell diff and line row, expand what hides it, then scroll there.
    for (qsizetype c = 0; c < m_content->diff.cells.size(); ++c) {
        const Diff::CellDiff &cellDiff = m_content->diff.cells.at(c);
        if (cellDiff.right != cell) {
            continue;
        }
        qsizetype lineRow = -1;
        for (qsizetype r = 0; r < cellDiff.rows.size(); ++r) {
            if (cellDiff.rows.at(r).rightLine == line) {
                lineRow = r;
                break;
            }
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QList<DiffViewRow> &rows = m_content->rows;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const DiffViewRow &row = rows.at(i);
                if (row.cell != c) {
                    if (row.type == DiffViewRow::Type::CollapsedCells && c >= row.cell && c < row.cell + row.count) {
                        m_rowOptions.expandedCellRuns.insert(row.cell);
                        rebuildRows();
                        break;
                    }
                    continue;
                }
                if (row.type == DiffViewRow::Type::CollapsedLines && lineRow >= row.firstLine
                    && lineRow < row.firstLine + row.count) {
                    m_rowOptions.expandedLineRuns.insert({c, row.firstLine});
                    rebuildRows();
                    break;
                }
                if ((row.type == DiffViewRow::Type::Line && row.lineRow == lineRow)
                    || (lineRow < 0 && row.type == DiffViewRow::Type::CellHeader)) {
                    m_findRow = i;
                    activePane()->scrollToRow(i);
                    updateChangeMarks();
                    return true;
                }
            }
        }
        return false;
    }
    return false;
}

void NotebookDiffView::expandRow(qsizetype index)
{
    if (!m_content || index < 0 || index >= m_content->rows.size()) {
        return;
    }
    const DiffViewRow &row = m_content->rows.at(index);
    if (row.type == DiffViewRow::Type::CollapsedCells) {
        m_rowOptions.expandedCellRuns.insert(row.cell);
    } else if (row.type == DiffViewRow::Type::CollapsedLines) {
        m_rowOptions.expandedLineRuns.insert({row.cell, row.firstLine});
    } else {
        return;
    }
    rebuildRows();
}

} // namespace Mwb::Widgets
