// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historyrun.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace Mwb::Widgets {

// Results and durations over time (WORKBENCH_UI.md "Run history"): one bar per run of a history
// model (usually the filtered one), in start order from left to right; height = duration on a log
// scale (runs take from under a second to hours), colour = result. Painted with QPainter from the
// palette, so it follows light and dark themes. Hovering a bar shows the run, clicking selects it.
//
// Runs are spaced evenly rather than on a linear time axis: runs come in bursts (a job and its
// validation minutes apart, then nothing for days), and a time axis would stack a burst into one bar.
// The axis labels carry the start times.
class HistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChart)

public:
    explicit HistoryChart(QWidget *parent = nullptr);
    ~HistoryChart() override;

    // Rows with HistoryModel's roles (RunIdRole, StartedRole, DurationRole, ResultRole, KindRole);
    // the chart follows the model's changes.
    void setModel(QAbstractItemModel *model);
    void setCurrentRunId(const QString &runId);
    QString currentRunId() const { return m_current; }

    // The marks as painted, in start order: one per run of the model.
    int markCount() const { return int(m_marks.size()); }
    QString markRunId(int mark) const;
    RunResult markResult(int mark) const;
    QRectF markRect(int mark) const;
    int markAt(const QPointF &position) const; // -1 when no bar is there
    QString markToolTip(int mark) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void runClicked(const QString &runId);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Mark
    {
        QString runId;
        QString kind;
        QString title;
        QDateTime started;
        qint64 durationMs = -1;
        RunResult result = RunResult::Unknown;
    };

    void rebuild();
    static QString tickLabel(qint64 ms); // "10 s", "1 min", "10 h", "4 d"
    QRectF plotRect() const;
    double maxScale() const; // the top of the y axis, log10(1 + seconds)

    QPointer<QAbstractItemModel> m_model;
    QList<Mark> m_marks;
    QString m_current;
};

} // namespace Mwb::Widgets
