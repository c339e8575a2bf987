// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historychart.h"

#include "history/historymodel.h"

#include <algorithm>
#include <cmath>

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

constexpr double LeftMargin = 58;
constexpr double RightMargin = 10;
constexpr double TopMargin = 26;
constexpr double BottomMargin = 36;
constexpr double MaxBarWidth = 28;
constexpr double MinBarHeight = 3; // a run that took no time still gets a visible mark

double scaled(qint64 ms)
{
    return std::log10(1.0 + std::max<qint64>(0, ms) / 1000.0);
}

// The y axis ticks: 1 s, 10 s, 1 min, 10 min, 1 h, 10 h, 4 days.
constexpr qint64 TickValues[] = { 1000, 10'000, 60'000, 600'000, 3'600'000, 36'000'000, 86'400'000 * 4 };
constexpr double MinTickSpacing = 14; // pixels between two labelled ticks

} // namespace

HistoryChart::HistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(QString()); // tooltips come per bar from event()
}

HistoryChart::~HistoryChart() = default;

void HistoryChart::setModel(QAbstractItemModel *model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    if (model) {
        const auto changed = [this] { rebuild(); };
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(model, &QAbstractItemModel::dataChanged, this, changed);
        connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    }
    rebuild();
}

void HistoryChart::setCurrentRunId(const QString &runId)
{
    if (runId != m_current) {
        m_current = runId;
        update();
    }
}

void HistoryChart::rebuild()
{
    m_marks.clear();
    if (m_model) {
        const int rows = m_model->rowCount();
        m_marks.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model->index(row, HistoryModel::TitleColumn);
            Mark mark;
            mark.runId = index.data(HistoryModel::RunIdRole).toString();
            mark.kind = index.data(HistoryModel::KindRole).toString();
            mark.title = index.data(Qt::DisplayRole).toString();
            mark.started = index.data(HistoryModel::StartedRole).toDateTime();
            mark.durationMs = index.data(HistoryModel::DurationRole).toLongLong();
            mark.result = RunResult(index.data(HistoryModel::ResultRole).toInt());
            m_marks.append(mark);
        }
        std::stable_sort(m_marks.begin(), m_marks.end(), [](const Mark &a, const Mark &b) {
            return a.started < b.started || (a.started == b.started && a.runId < b.runId);
        });
    }
    update();
}

QString HistoryChart::markRunId(int mark) const
{
    return mark >= 0 && mark < m_marks.size() ? m_marks.at(mark).runId : QString();
}

RunResult HistoryChart::markResult(int mark) const
{
    return mark >= 0 && mark < m_marks.size() ? m_marks.at(mark).result : RunResult::Unknown;
}

QRectF HistoryChart::plotRect() const
{
    return QRectF(LeftMargin, TopMargin, std::max(10.0, width() - LeftMargin - RightMargin),
        std::max(10.0, height() - TopMargin - BottomMargin));
}

double HistoryChart::maxScale() const
{
    qint64 longest = 0;
    for (const Mark &mark : m_marks) {
        longest = std::max(longest, mark.durationMs);
    }
    // The axis ends at the first tick above the longest run, so the tallest bar never touches the top.
    for (const qint64 tick : TickValues) {
        if (tick >= longest) {
            return scaled(tick);
        }
    }
    return scaled(longest);
}

QRectF HistoryChart::markRect(int mark) const
{
    if (mark < 0 || mark >= m_marks.size()) {
        return {};
    }
    const QRectF plot = plotRect();
    const double slot = plot.width() / double(m_marks.size());
    const double barWidth = std::clamp(slot * 0.7, 1.0, MaxBarWidth);
    const double x = plot.left() + slot * (mark + 0.5) - barWidth / 2;
    const qint64 ms = m_marks.at(mark).durationMs;
    const double height = std::max(MinBarHeight, ms < 0 ? 0.0 : scaled(ms) / maxScale() * plot.height());
    return QRectF(x, plot.bottom() - height, barWidth, height);
}

int HistoryChart::markAt(const QPointF &position) const
{
    const QRectF plot = plotRect();
    if (m_marks.isEmpty() || position.x() < plot.left() || position.x() > plot.right() || position.y() < plot.top()
        || position.y() > plot.bottom() + 4) {
        return -1;
    }
    // The whole column of a slot counts, so that short bars are easy to hit.
    const double slot = plot.width() / double(m_marks.size());
    const int mark = int((position.x() - plot.left()) / slot);
    return mark >= 0 && mark < m_marks.size() ? mark : -1;
}

QString HistoryChart::tickLabel(qint64 ms)
{
    if (ms < 60'000) {
        return tr("%1 s").arg(ms / 1000);
    }
    if (ms < 3'600'000) {
        return tr("%1 min").arg(ms / 60'000);
    }
    if (ms < 86'400'000) {
        return tr("%1 h").arg(ms / 3'600'000);
    }
    return tr("%1 d").arg(ms / 86'400'000);
}

QString HistoryChart::markToolTip(int mark) const
{
    if (mark < 0 || mark >= m_marks.size()) {
        return {};
    }
    const Mark &m = m_marks.at(mark);
    QStringList lines;
    lines << m.title;
    lines << tr("%1 · %2").arg(runKindLabel(m.kind), runResultLabel(m.result, m.kind));
    if (m.started.isValid()) {
        lines << tr("Started %1").arg(QLocale().toString(m.started.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s));
    }
    if (m.durationMs >= 0) {
        lines << tr("Duration %1").arg(formatDuration(m.durationMs));
    }
    lines << tr("Run id %1").arg(m.runId);
    return lines.join(u'\n');
}

QSize HistoryChart::sizeHint() const
{
    return QSize(640, 200);
}

QSize HistoryChart::minimumSizeHint() const
{
    return QSize(240, 140);
}

bool HistoryChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int mark = markAt(help->pos());
        if (mark >= 0) {
            QToolTip::showText(help->globalPos(), markToolTip(mark), this, markRect(mark).toAlignedRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void HistoryChart::mousePressEvent(QMouseEvent *event)
{
    const int mark = markAt(event->position());
    if (mark >= 0 && event->button() == Qt::LeftButton) {
        Q_EMIT runClicked(m_marks.at(mark).runId);
        return;
    }
    QWidget::mousePressEvent(event);
}

void HistoryChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    QColor axisText = text;
    axisText.setAlphaF(0.75);
    const QRectF plot = plotRect();
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    painter.setFont(small);
    const QFontMetricsF metrics(small);

    // Title and legend along the top.
    painter.setPen(text);
    const QString title = tr("Duration (log scale) by run, oldest to newest");
    painter.drawText(QPointF(8, 4 + metrics.ascent()), title);
    if (m_marks.isEmpty()) {
        painter.setPen(axisText);
        painter.drawText(plot, Qt::AlignCenter, tr("No runs to chart"));
        return;
    }
    {
        QList<RunResult> present;
        for (const RunResult result : { RunResult::Passed, RunResult::Partial, RunResult::Failed,
                 RunResult::Interrupted, RunResult::Running, RunResult::Unknown }) {
            if (std::any_of(m_marks.cbegin(), m_marks.cend(), [result](const Mark &m) { return m.result == result; })) {
                present << result;
            }
        }
        double x = width() - RightMargin;
        for (auto it = present.crbegin(); it != present.crend(); ++it) {
            const QString label = runResultLabel(*it);
            x -= metrics.horizontalAdvance(label);
            painter.setPen(text);
            painter.drawText(QPointF(x, 4 + metrics.ascent()), label);
            x -= 14;
            painter.fillRect(QRectF(x, 4 + metrics.ascent() - 9, 10, 10), runResultColor(*it));
            x -= 14;
        }
    }

    // Y axis: ticks at 1 s, 10 s, 1 min, 10 min, 1 h, 10 h, 4 days, up to the top of the scale; a tick
    // too close to the one below it is left out.
    const double top = maxScale();
    double lastY = plot.bottom() + MinTickSpacing;
    for (const qint64 tick : TickValues) {
        const double v = scaled(tick);
        if (v > top + 1e-9) {
            break;
        }
        const double y = plot.bottom() - v / top * plot.height();
        if (lastY - y < std::max(MinTickSpacing, metrics.height())) {
            continue;
        }
        lastY = y;
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(axisText);
        painter.drawText(QRectF(0, y - metrics.height() / 2, LeftMargin - 6, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickLabel(tick));
    }
    painter.setPen(axisText);
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));

    // Bars; the current run gets an outline in the highlight colour and a marker under the axis.
    for (int i = 0; i < m_marks.size(); ++i) {
        const QRectF bar = markRect(i);
        QColor color = runResultColor(m_marks.at(i).result);
        painter.fillRect(bar, color);
        if (m_marks.at(i).result == RunResult::Running) {
            // Still going: the bar grows; a lighter cap says it is not finished.
            QColor cap = color.lighter(150);
            painter.fillRect(QRectF(bar.left(), bar.top(), bar.width(), std::min(4.0, bar.height())), cap);
        }
        if (m_marks.at(i).runId == m_current) {
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(bar.adjusted(-2, -2, 2, 2));
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.setPen(Qt::NoPen);
            const double cx = bar.center().x();
            painter.drawPolygon(QPolygonF({ QPointF(cx, plot.bottom() + 2), QPointF(cx - 4, plot.bottom() + 7),
                QPointF(cx + 4, plot.bottom() + 7) }));
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
    }

    // X axis: start times under as many bars as fit without overlapping.
    const bool oneDay
        = m_marks.constFirst().started.toLocalTime().date() == m_marks.constLast().started.toLocalTime().date();
    const QString format = oneDay ? u"HH:mm"_s : u"MM-dd HH:mm"_s;
    const double labelWidth = metrics.horizontalAdvance(u"00-00 00:00"_s) + 12;
    const double slot = plot.width() / double(m_marks.size());
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    painter.setPen(axisText);
    for (int i = 0; i < m_marks.size(); i += every) {
        const QDateTime started = m_marks.at(i).started;
        if (!started.isValid()) {
            continue;
        }
        const double cx = plot.left() + slot * (i + 0.5);
        const QString label = QLocale().toString(started.toLocalTime(), format);
        QRectF box(cx - labelWidth / 2, plot.bottom() + 8, labelWidth, metrics.height());
        // Keep the first and last labels inside the widget.
        if (box.left() < 0) {
            box.moveLeft(0);
        }
        if (box.right() > width()) {
            box.moveRight(width());
        }
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, label);
    }
    if (!oneDay) {
        return;
    }
    // All on one day: say which, once, at the right end.
    const QString day = QLocale().toString(m_marks.constFirst().started.toLocalTime().date(), QLocale::ShortFormat);
    painter.drawText(QRectF(plot.left(), plot.bottom() + 8 + metrics.height(), plot.width(), metrics.height()),
        Qt::AlignRight | Qt::AlignTop, day);
}

} // namespace Mwb::Widgets
