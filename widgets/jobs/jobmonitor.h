// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/runsnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace Mwb::Widgets {

class CellGridView;
class HistoryPoller;
class MigrationLogTail;
class RunLogView;
class RunLogModel;
class RunProcess;
class TaskProgressModel;

// The migrate-job monitor (WORKBENCH_UI.md "Launching and watching jobs"): per-task progress bars, a
// grid of cell statuses, the live log filtered by task and level, elapsed time and ETA, a graceful
// Stop and the final result. It watches a RunProcess this GUI started, or re-attaches to a run found
// in .mwb/history.sqlite (started by an earlier GUI session or by `mwb` in a terminal).
class JobMonitor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobMonitor)

public:
    explicit JobMonitor(QWidget *parent = nullptr);
    ~JobMonitor() override;

    // Watches process; attach before RunProcess::start() so that no event is missed. The monitor
    // does not own process (parent it to the monitor to tie their lifetimes).
    void attach(RunProcess *process);
    // Shows the run runId of projectDir from history, polled about once a second until it ends. A
    // running run (live pid) can be stopped from here (SIGTERM to the recorded pid).
    void attachToRun(const QString &projectDir, const QString &runId);

    QString runId() const { return m_runId; }
    QString projectDir() const { return m_projectDir; }
    bool isRunning() const;
    // PASS, PARTIAL, FAIL, INTERRUPTED once the run is over; empty before.
    QString result() const { return m_result; }
    // The JOB_REPORT.md of the run (absolute), once known.
    QString reportPath() const { return m_reportPath; }
    qint64 elapsedSeconds() const;
    // -1 while unknown (no cell finished yet, or the run is over).
    qint64 etaSeconds() const;

    TaskProgressModel *taskModel() const { return m_tasks; }
    RunLogModel *logModel() const;
    CellGridView *cellGrid() const { return m_grid; }
    QPushButton *stopButton() const { return m_stop; }

public Q_SLOTS:
    // Graceful: SIGTERM; the engine finishes the current cell, checkpoints and ends INTERRUPTED.
    void stop();

Q_SIGNALS:
    void runIdKnown(const QString &runId);
    // A short line for a tab or window title: "<job> — running", "<job> — PARTIAL".
    void titleChanged(const QString &title);
    void finished(const QString &result);
    void reportRequested(const QString &path);

private:
    void reset();
    void handleEvent(const QJsonObject &event);
    void handleSnapshot(const RunSnapshot &snapshot);
    void handleLogLine(const QString &line);
    void planFromManifest(const QString &manifestPath);
    void finish(const QString &result);
    void updateStatus();

    QPointer<RunProcess> m_process;
    HistoryPoller *m_poller;
    MigrationLogTail *m_tail;
    TaskProgressModel *m_tasks;
    QTreeView *m_taskView;
    CellGridView *m_grid;
    RunLogView *m_log;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_time;
    QProgressBar *m_overall;
    QPushButton *m_stop;
    QPushButton *m_report;
    QTimer m_clock;

    QString m_projectDir;
    QString m_runId;
    QString m_jobName;
    QString m_result;
    QString m_reportPath;
    QDateTime m_startedAt; // UTC
    QDateTime m_finishedAt; // UTC, invalid while running
    qint64 m_attachedPid = 0; // re-attached runs: the pid history recorded
    bool m_stopping = false;
    bool m_planned = false; // a re-attached run's tasks were planned from its manifest
};

} // namespace Mwb::Widgets
