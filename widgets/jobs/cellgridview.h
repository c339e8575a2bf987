// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QRect>
#include <QWidget>

namespace Mwb::Widgets {

class TaskProgressModel;

// A grid of cell statuses: one row per task (its name, then one small coloured square per code cell,
// wrapping), painted from a TaskProgressModel. Hovering a square shows its status and attempts.
class CellGridView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CellGridView)

public:
    explicit CellGridView(QWidget *parent = nullptr);
    ~CellGridView() override;

    void setModel(TaskProgressModel *model);

    // The tooltip of one square; (row, cell) are the task row and 0-based cell; empty outside cells.
    QString toolTipAt(const QPoint &position) const;
    // The square of a cell, in widget coordinates (for tests and hit testing).
    QRect cellRect(int row, int cell) const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Square
    {
        QRect rect;
        int row;
        int cell;
    };
    struct Label
    {
        QRect rect;
        int row;
    };
    int layoutSquares(int width, QList<Square> *squares, QList<Label> *labels) const;
    void relayout();

    TaskProgressModel *m_model = nullptr;
    QList<Square> m_squares;
    QList<Label> m_labels;
};

} // namespace Mwb::Widgets
