// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/notebookview.h"

#include "notebook/notebookcellwidget.h"

#include <QDir>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

NotebookView::NotebookView(QWidget *parent)
    : QScrollArea(parent)
    , m_column(new QWidget)
    , m_layout(new QVBoxLayout(m_column))
    , m_summary(new QLabel(m_column))
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // cells wrap their text to the width
    m_column->setObjectName(u"notebookColumn"_s);
    m_column->setBackgroundRole(QPalette::Window);
    m_layout->setContentsMargins(16, 12, 16, 16);
    m_layout->setSpacing(14);
    m_summary->setObjectName(u"notebookSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_summary);
    m_layout->addStretch(1);
    setWidget(m_column);
    verticalScrollBar()->setSingleStep(24);
}

NotebookView::~NotebookView() = default;

void NotebookView::setNotebook(const Notebook::Notebook &notebook, const QString &filePath)
{
    m_filePath = filePath;
    m_name = notebook.name;
    // Building hundreds of cells repaints nothing until the column is complete.
    m_column->setUpdatesEnabled(false);
    qDeleteAll(m_cells);
    m_cells.clear();
    m_cells.reserve(notebook.cells.size());
    int number = 0;
    for (const Notebook::Cell &cell : notebook.cells) {
        auto *widget = new NotebookCellWidget(++number, cell, notebook.language, m_column);
        // Before the trailing stretch.
        m_layout->insertWidget(m_layout->count() - 1, widget);
        m_cells.append(widget);
    }

    const QString language = Notebook::languageName(notebook.language);
    const QString counts = tr("cells: %1 (code: %2)").arg(notebook.cells.size()).arg(notebook.codeCellCount());
    QString summary
        = u"<b>%1</b>&nbsp;&nbsp;·&nbsp;&nbsp;%2&nbsp;&nbsp;·&nbsp;&nbsp;%3&nbsp;&nbsp;·&nbsp;&nbsp;%4"_s.arg(
            notebook.name.toHtmlEscaped(), language, counts.toHtmlEscaped(), tr("read-only").toHtmlEscaped());
    if (!filePath.isEmpty()) {
        summary += u"<br><small>%1</small>"_s.arg(QDir::toNativeSeparators(filePath).toHtmlEscaped());
    }
    if (notebook.cells.isEmpty()) {
        summary += u"<p>%1</p>"_s.arg(tr("This notebook has no cells.").toHtmlEscaped());
    }
    m_summary->setText(summary);
    m_summary->setToolTip(QDir::toNativeSeparators(filePath));
    m_column->setUpdatesEnabled(true);
    verticalScrollBar()->setValue(0);
}

NotebookCellWidget *NotebookView::cellWidget(int index) const
{
    return index >= 0 && index < m_cells.size() ? m_cells.at(index) : nullptr;
}

void NotebookView::scrollToCell(int index)
{
    if (NotebookCellWidget *cell = cellWidget(index)) {
        m_column->layout()->activate();
        verticalScrollBar()->setValue(cell->y() - m_layout->contentsMargins().top());
    }
}

} // namespace Mwb::Widgets
