// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/diffviewcontent.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QTextLayout>
#include <QTimer>

#include <memory>

namespace Mwb::Widgets {

// One side of the notebook diff (or the single inline column): paints the shared rows with a
// fixed row height, so row i sits at y = i * rowHeight() on every pane and scrolling one pane by
// pixels scrolls its twin to the same rows. Changed lines and characters are painted as
// backgrounds; the text itself is never altered (Qt Creator's DiffEditor does the same).
class DiffPane final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffPane)

public:
    enum class Side { Left, Right, Inline };

    explicit DiffPane(Side side, QWidget *parent = nullptr);
    ~DiffPane() override;

    Side side() const { return m_side; }
    void setContent(std::shared_ptr<const DiffViewContent> content);
    const DiffViewContent *content() const { return m_content.get(); }

    int rowHeight() const;
    qsizetype rowCount() const;
    // Row under a viewport y coordinate, -1 below the last row.
    qsizetype rowAt(int y) const;
    // Scrolls so that the row is a third down the viewport (or as close as the range allows).
    void scrollToRow(qsizetype row);
    qsizetype firstVisibleRow() const;

    // The current change (a band at the left edge) and the current find match.
    void setCurrentChange(qsizetype firstRow, qsizetype lastRow);
    void setFindText(const QString &text, qsizetype currentRow);

    // True once every cell's syntax colours are computed (done in idle-time chunks after
    // setContent, so scrolling never pays for highlighting a cell it reaches first).
    bool isWarm() const;

    // Tooltip text of a row: the rule ids and reasons of its line; empty when none.
    QString toolTipForRow(qsizetype row) const;

Q_SIGNALS:
    // A collapsed row was clicked: the view expands it.
    void expandRequested(qsizetype row);
    // Any other row was clicked (selects its cell).
    void rowClicked(qsizetype row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Colors;
    void updateScrollBars();
    void warmNextCells();
    void paintRow(QPainter &painter, const Colors &colors, qsizetype index, int y) const;
    void paintHeader(QPainter &painter, const Colors &colors, const DiffViewRow &row, int y) const;
    void paintCollapsed(QPainter &painter, const Colors &colors, const QString &text, int y) const;
    void paintLine(QPainter &painter, const Colors &colors, const DiffViewRow &row, int y) const;
    void paintText(QPainter &painter, const Colors &colors, const QString &line, qsizetype cell, bool rightSide,
                   qsizetype lineIndex, const QList<Diff::CharRange> &changed, const QColor &changedColor, int x,
                   int y) const;
    int gutterWidth() const;
    QString language(qsizetype cell, bool rightSide) const;
    const QList<QTextLayout::FormatRange> &formatsFor(qsizetype cell, bool rightSide, qsizetype line) const;

    Side m_side;
    std::shared_ptr<const DiffViewContent> m_content;
    qsizetype m_changeFirst = -1;
    qsizetype m_changeLast = -1;
    QString m_findText;
    qsizetype m_findRow = -1;
    int m_maxLineChars = 0;
    qsizetype m_warmCell = 0; // next cell diff to highlight in idle time
    QTimer *m_warmTimer;
    // Syntax formats per (cell, right side) and line, computed when first painted.
    mutable QHash<QPair<qsizetype, bool>, QList<QList<QTextLayout::FormatRange>>> m_formats;
};

} // namespace Mwb::Widgets
