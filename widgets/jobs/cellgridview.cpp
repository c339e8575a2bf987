// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/cellgridview.h"

#include "jobs/statuscolor.h"
#include "jobs/taskprogressmodel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {
constexpr int squareSize = 12;
constexpr int gap = 3;
constexpr int labelWidth = 150;
constexpr int margin = 4;
} // namespace

CellGridView::CellGridView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

CellGridView::~CellGridView() = default;

void CellGridView::setModel(TaskProgressModel *model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &CellGridView::relayout);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &CellGridView::relayout);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CellGridView::relayout);
        connect(m_model, &QAbstractItemModel::modelReset, this, &CellGridView::relayout);
    }
    relayout();
}

int CellGridView::layoutSquares(int width, QList<Square> *squares, QList<Label> *labels) const
{
    if (!m_model) {
        return 0;
    }
    const int lineHeight = qMax(squareSize, fontMetrics().height()) + gap;
    const int left = margin + labelWidth;
    const int perLine = qMax(1, (width - left - margin + gap) / (squareSize + gap));
    int y = margin;
    const auto &tasks = m_model->tasks();
    for (int row = 0; row < tasks.size(); ++row) {
        if (labels) {
            labels->append({ QRect(margin, y, labelWidth - gap, lineHeight - gap), row });
        }
        const int cells = qMax(1, int(tasks.at(row).cells.size()));
        for (int cell = 0; cell < tasks.at(row).cells.size(); ++cell) {
            const int x = left + (cell % perLine) * (squareSize + gap);
            const int top = y + (cell / perLine) * lineHeight + (lineHeight - gap - squareSize) / 2;
            if (squares) {
                squares->append({ QRect(x, top, squareSize, squareSize), row, cell });
            }
        }
        y += ((cells + perLine - 1) / perLine) * lineHeight;
    }
    return y + margin;
}

void CellGridView::relayout()
{
    m_squares.clear();
    m_labels.clear();
    const int height = layoutSquares(width(), &m_squares, &m_labels);
    if (height != minimumHeight()) {
        setMinimumHeight(height);
        updateGeometry();
    }
    update();
}

void CellGridView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QSize CellGridView::sizeHint() const
{
    return { 400, heightForWidth(400) };
}

int CellGridView::heightForWidth(int width) const
{
    return layoutSquares(width, nullptr, nullptr);
}

QRect CellGridView::cellRect(int row, int cell) const
{
    for (const Square &s : m_squares) {
        if (s.row == row && s.cell == cell) {
            return s.rect;
        }
    }
    return {};
}

QString CellGridView::toolTipAt(const QPoint &position) const
{
    if (!m_model) {
        return {};
    }
    for (const Square &s : m_squares) {
        if (s.rect.adjusted(-1, -1, 1, 1).contains(position)) {
            const TaskProgress &task = m_model->tasks().at(s.row);
            const CellProgress &cell = task.cells.at(s.cell);
            QString text = tr("%1, cell %2 of %3").arg(task.task).arg(s.cell + 1).arg(task.total) + u'\n';
            if (cell.status.isEmpty()) {
                text += tr("not run yet");
            } else {
                text += tr("%1 after %n attempt(s)", nullptr, cell.attempts)
                            .arg(TaskProgressModel::statusText(cell.status));
            }
            if (!cell.detail.isEmpty()) {
                text += u'\n' + cell.detail.left(300);
            }
            return text;
        }
    }
    return {};
}

bool CellGridView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void CellGridView::paintEvent(QPaintEvent *)
{
    if (!m_model) {
        return;
    }
    QPainter painter(this);
    const QPalette &pal = palette();
    QColor outline = pal.color(QPalette::WindowText);
    outline.setAlpha(90);
    for (const Label &label : std::as_const(m_labels)) {
        const TaskProgress &task = m_model->tasks().at(label.row);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter,
            fontMetrics().elidedText(task.task, Qt::ElideMiddle, label.rect.width()));
    }
    for (const Square &s : std::as_const(m_squares)) {
        const CellProgress &cell = m_model->tasks().at(s.row).cells.at(s.cell);
        const QColor fill = Mwb::Widgets::statusColor(cell.status);
        painter.setPen(outline);
        painter.setBrush(fill.isValid() ? QBrush(fill) : Qt::NoBrush);
        painter.drawRect(s.rect.adjusted(0, 0, -1, -1));
    }
}

} // namespace Mwb::Widgets
