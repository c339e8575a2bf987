// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/runsnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace Mwb::Widgets {

class FailedRowsView;
class HistoryPoller;
class RunLogModel;
class RunLogView;
class RunProcess;
class TableProgressModel;

// The data-job monitor (WORKBENCH_UI.md "Launching and watching jobs"): per-table progress and rows/s,
// overall progress, Stop, Resume for interrupted or failed jobs (`mwb data resume JOB_ID --events -`),
// the live log and a viewer for the isolated rows. Watches a RunProcess this GUI started, or re-attaches
// to a job through its history row and checkpoint status (polled about once a second).
//
// Validation runs (`mwb validate --events -`, or `mwb data start --validate`) are shown here too: the
// validate_table events mark each table validated or differing, validate_finished gives the verdict.
class DataJobMonitor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataJobMonitor)

public:
    explicit DataJobMonitor(QWidget *parent = nullptr);
    ~DataJobMonitor() override;

    // Watches process; attach before RunProcess::start(). Not owned.
    void attach(RunProcess *process);
    // Shows data job jobId of projectDir from history and its checkpoint.
    void attachToRun(const QString &projectDir, const QString &jobId);
    // Environment for Resume (the passwords of the job's connection profiles, as the launch dialog gave
    // them to the first run; never arguments).
    void setResumeEnvironment(const QProcessEnvironment &environment) { m_resumeEnvironment = environment; }

    QString jobId() const { return m_jobId; }
    QString projectDir() const { return m_projectDir; }
    bool isRunning() const;
    // PASS, PARTIAL, FAIL, INTERRUPTED once over; empty while running.
    QString result() const { return m_result; }
    // The validation verdict, when a validation ran: "PASS" or "FAIL".
    QString validationResult() const { return m_validation; }
    bool canResume() const;

    TableProgressModel *tableModel() const { return m_tables; }
    RunLogModel *logModel() const;
    FailedRowsView *failedRows() const { return m_failed; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *resumeButton() const { return m_resume; }
    // The RunProcess of the last Resume (owned by the monitor), or the attached one.
    RunProcess *process() const { return m_process; }

public Q_SLOTS:
    void stop();
    // Starts `mwb data resume <job> --events -` in the project and watches it.
    bool resume();

Q_SIGNALS:
    void runIdKnown(const QString &jobId);
    void titleChanged(const QString &title);
    void finished(const QString &result);

private:
    void watch(RunProcess *process, bool keepTables);
    void handleEvent(const QJsonObject &event);
    void handleSnapshot(const RunSnapshot &snapshot);
    void finish(const QString &result);
    void updateStatus();

    QPointer<RunProcess> m_process;
    HistoryPoller *m_poller;
    TableProgressModel *m_tables;
    QTreeView *m_tableView;
    RunLogView *m_log;
    FailedRowsView *m_failed;
    QTabWidget *m_tabs;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_time;
    QProgressBar *m_overall;
    QPushButton *m_stop;
    QPushButton *m_resume;
    QTimer m_clock;
    QProcessEnvironment m_resumeEnvironment;

    QString m_projectDir;
    QString m_jobId;
    QString m_result;
    QString m_validation;
    QString m_jobStatus; // the status document's status, for Resume
    bool m_isDataJob = false;
    bool m_stopping = false;
    qint64 m_attachedPid = 0;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};

} // namespace Mwb::Widgets
