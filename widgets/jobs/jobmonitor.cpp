// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobmonitor.h"

#include "jobs/cellgridview.h"
#include "jobs/durationtext.h"
#include "jobs/historypoller.h"
#include "jobs/migrationlogtail.h"
#include "jobs/progressdelegate.h"
#include "jobs/runlogmodel.h"
#include "jobs/runlogview.h"
#include "jobs/runprocess.h"
#include "jobs/statuscolor.h"
#include "jobs/taskprogressmodel.h"
#include "workflow/manifest.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

// History statuses (runrecord.h) as the job results of the event stream.
QString resultOfHistory(const History::RunRecord &run)
{
    const QJsonObject summary = QJsonDocument::fromJson(run.summary.toUtf8()).object();
    const QString result = summary.value(u"result"_s).toString();
    if (!result.isEmpty()) {
        return result;
    }
    if (run.status == u"completed") {
        return u"PASS"_s;
    }
    if (run.status == u"completed_with_errors") {
        return u"PARTIAL"_s;
    }
    return run.status == u"interrupted" ? u"INTERRUPTED"_s : u"FAIL"_s;
}

} // namespace

JobMonitor::JobMonitor(QWidget *parent)
    : QWidget(parent)
    , m_poller(new HistoryPoller(this))
    , m_tail(new MigrationLogTail(this))
    , m_tasks(new TaskProgressModel(this))
    , m_taskView(new QTreeView(this))
    , m_grid(new CellGridView(this))
    , m_log(new RunLogView(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_time(new QLabel(this))
    , m_overall(new QProgressBar(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_report(new QPushButton(tr("Open &report"), this))
{
    m_title->setObjectName(u"title"_s);
    m_state->setObjectName(u"state"_s);
    m_time->setObjectName(u"time"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_stop->setToolTip(tr("Stop after the current cell; the run checkpoints and can be resumed (sends SIGTERM)"));
    m_stop->setEnabled(false);
    m_report->setVisible(false);
    m_overall->setFormat(tr("%v of %m cells"));
    m_overall->setRange(0, 0);
    m_overall->setVisible(false);

    m_taskView->setModel(m_tasks);
    m_taskView->setRootIsDecorated(false);
    m_taskView->setUniformRowHeights(true);
    m_taskView->setItemDelegateForColumn(
        TaskProgressModel::ProgressColumn, new ProgressDelegate(TaskProgressModel::ProgressRole, m_taskView));
    m_taskView->header()->setSectionResizeMode(TaskProgressModel::TaskColumn, QHeaderView::ResizeToContents);
    m_taskView->setColumnWidth(TaskProgressModel::ProgressColumn, 200);
    m_taskView->header()->setStretchLastSection(false);
    m_grid->setModel(m_tasks);
    auto *gridScroll = new QScrollArea(this);
    gridScroll->setWidget(m_grid);
    gridScroll->setWidgetResizable(true);
    gridScroll->setFrameShape(QFrame::NoFrame);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_state);
    header->addWidget(m_time);
    header->addWidget(m_report);
    header->addWidget(m_stop);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_taskView);
    splitter->addWidget(gridScroll);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_overall);
    layout->addWidget(splitter, 1);

    connect(m_stop, &QPushButton::clicked, this, &JobMonitor::stop);
    connect(m_report, &QPushButton::clicked, this, [this] { Q_EMIT reportRequested(m_reportPath); });
    connect(m_poller, &HistoryPoller::polled, this, &JobMonitor::handleSnapshot);
    connect(m_tail, &MigrationLogTail::lineRead, this, &JobMonitor::handleLogLine);
    connect(&m_clock, &QTimer::timeout, this, &JobMonitor::updateStatus);
    connect(m_tasks, &QAbstractItemModel::dataChanged, this, &JobMonitor::updateStatus);
    updateStatus();
}

JobMonitor::~JobMonitor() = default;

RunLogModel *JobMonitor::logModel() const
{
    return m_log->model();
}

void JobMonitor::reset()
{
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
    }
    m_process = nullptr;
    m_poller->stop();
    m_tail->stop();
    m_tasks->clear();
    m_log->model()->clear();
    m_runId.clear();
    m_jobName.clear();
    m_result.clear();
    m_reportPath.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_finishedAt = {};
    m_attachedPid = 0;
    m_stopping = false;
    m_planned = false;
    m_report->setVisible(false);
}

void JobMonitor::attach(RunProcess *process)
{
    reset();
    m_process = process;
    if (!process->projectDir().isEmpty()) {
        m_projectDir = process->projectDir(); // else start() sets it (see the started handler)
    }
    m_clock.start(1000);
    connect(process, &RunProcess::started, this, [this] {
        m_projectDir = m_process->projectDir();
        m_startedAt = QDateTime::currentDateTimeUtc();
        updateStatus();
    });
    connect(process, &RunProcess::eventReceived, this, &JobMonitor::handleEvent);
    connect(process, &RunProcess::runIdKnown, this, [this](const QString &runId) {
        m_runId = runId;
        Q_EMIT runIdKnown(runId);
    });
    connect(process, &RunProcess::logLine, this,
        [this](const QString &level, const QString &line) { m_log->model()->appendLine(level, line); });
    connect(process, &RunProcess::finished, this, [this](int, const QString &result) { finish(result); });
    updateStatus();
}

void JobMonitor::attachToRun(const QString &projectDir, const QString &runId)
{
    reset();
    m_projectDir = projectDir;
    m_runId = runId;
    m_startedAt = {};
    m_title->setText(runId);
    m_clock.start(1000);
    m_poller->start(projectDir, runId, HistoryPoller::Kind::MigrateJob);
    Q_EMIT runIdKnown(runId);
    updateStatus();
}

bool JobMonitor::isRunning() const
{
    if (m_process) {
        return m_process->isRunning();
    }
    return m_result.isEmpty() && m_attachedPid > 0;
}

void JobMonitor::stop()
{
    if (m_process && m_process->isRunning()) {
        m_process->stop();
    } else if (m_attachedPid > 0 && !RunProcess::terminateRun(m_attachedPid)) {
        m_log->model()->appendLine(
            u"warning"_s, tr("The run's process (pid %1) is gone; nothing to stop.").arg(m_attachedPid));
        return;
    }
    m_stopping = true;
    m_log->model()->appendLine(u"info"_s, tr("Stop requested: the run ends after the current cell."));
    updateStatus();
}

void JobMonitor::planFromManifest(const QString &manifestPath)
{
    // A manifest is a few kilobytes of JSON (ARCHITECTURE.md "Manifest"): read here, not worth a thread.
    const QString path = QDir(m_projectDir).absoluteFilePath(manifestPath);
    auto manifest = Workflow::readManifestFile(path);
    if (!manifest) {
        return;
    }
    for (const Workflow::ManifestJob &job : std::as_const(manifest->jobs)) {
        for (const QStringList &layer : job.executionLayers) {
            for (const QString &key : layer) {
                if (const Workflow::ManifestTask *task = job.task(key)) {
                    m_tasks->addPlannedTask(job.jobName, task->taskKey, task->codeCells);
                }
            }
        }
        if (m_jobName.isEmpty()) {
            m_jobName = job.jobName;
        }
    }
}

void JobMonitor::handleEvent(const QJsonObject &event)
{
    const QString name = event.value(u"event"_s).toString();
    const QString job = event.value(u"job"_s).toString();
    const QString task = event.value(u"task"_s).toString();
    if (name == u"run_started") {
        const QDateTime ts = QDateTime::fromString(event.value(u"ts"_s).toString(), Qt::ISODateWithMs);
        if (ts.isValid()) {
            m_startedAt = ts.toUTC();
        }
        const QString manifest = event.value(u"manifest"_s).toString();
        if (!manifest.isEmpty()) {
            planFromManifest(manifest);
        }
        m_title->setText(m_jobName.isEmpty() ? m_runId : m_jobName);
    } else if (name == u"task_started") {
        m_tasks->taskStarted(job, task);
    } else if (name == u"cell_finished") {
        const QString detail = event.value(u"error"_s).toString() + event.value(u"reason"_s).toString();
        m_tasks->cellFinished(job, task, event.value(u"index"_s).toInt(), event.value(u"total"_s).toInt(),
            event.value(u"status"_s).toString(), event.value(u"attempts"_s).toInt(), detail);
    } else if (name == u"task_finished") {
        m_tasks->taskFinished(job, task, event.value(u"result"_s).toString(), event.value(u"ok"_s).toInt(),
            event.value(u"failed"_s).toInt(), event.value(u"fixed"_s).toInt(), event.value(u"skipped"_s).toInt());
        if (!event.value(u"error"_s).toString().isEmpty()) {
            m_log->model()->append(
                { QDateTime::currentDateTime(), u"error"_s, task, event.value(u"error"_s).toString() });
        }
    } else if (name == u"log") {
        const QString message = event.value(u"message"_s).toString();
        m_log->model()->append({ QDateTime::currentDateTime(), event.value(u"level"_s).toString(),
            task.isEmpty() ? RunLogModel::taskOfLine(message) : task, message });
    } else if (name == u"run_finished") {
        m_reportPath = event.value(u"report"_s).toString();
        if (!event.value(u"error"_s).toString().isEmpty()) {
            m_log->model()->appendLine(u"error"_s, event.value(u"error"_s).toString());
        }
    }
}

void JobMonitor::handleSnapshot(const RunSnapshot &snapshot)
{
    if (!snapshot.found) {
        m_state->setText(snapshot.error.isEmpty() ? tr("run %1 is not in the history").arg(m_runId) : snapshot.error);
        return;
    }
    const History::RunRecord &run = snapshot.run;
    m_startedAt = QDateTime::fromString(run.startedAt, Qt::ISODateWithMs).toUTC();
    // While it runs, the history row's summary names the manifest: plan its tasks (in layer order) as
    // run_started would, before history fills in the finished ones.
    if (!m_planned && run.status == u"running") {
        m_planned = true;
        const QString manifest = QJsonDocument::fromJson(run.summary.toUtf8()).object().value(u"manifest"_s).toString();
        if (!manifest.isEmpty()) {
            planFromManifest(manifest);
        }
    }
    m_tasks->mergeHistory(snapshot.tasks, snapshot.attempts);
    if (m_title->text() == m_runId && !snapshot.tasks.isEmpty()) {
        m_title->setText(snapshot.tasks.constFirst().job);
        m_jobName = snapshot.tasks.constFirst().job;
    }
    if (run.status == u"running" && snapshot.processAlive) {
        m_attachedPid = run.pid;
        // The run's report path is its output base, where migration.log grows (jobmigrator.cpp).
        if (!m_tail->isActive() && !run.reportPath.isEmpty()) {
            m_tail->start(QDir(QDir(m_projectDir).absoluteFilePath(run.reportPath)).filePath(u"migration.log"_s));
        }
        updateStatus();
        return;
    }
    m_tail->poll(); // the last lines before the end
    m_tail->stop();
    m_poller->stop();
    m_attachedPid = 0;
    const QJsonObject summary = QJsonDocument::fromJson(run.summary.toUtf8()).object();
    const QJsonArray jobs = summary.value(u"jobs"_s).toArray();
    if (!jobs.isEmpty()) {
        m_reportPath = QDir(m_projectDir).absoluteFilePath(jobs.first().toObject().value(u"report"_s).toString());
    }
    if (run.status == u"running") {
        // A kill -9 or a crash leaves the row saying "running" with a dead pid (historystore.h).
        m_log->model()->appendLine(
            u"warning"_s, tr("The run's process (pid %1) ended without recording a result.").arg(run.pid));
        m_finishedAt = QDateTime::currentDateTimeUtc();
        finish(u"INTERRUPTED"_s);
        return;
    }
    m_finishedAt = QDateTime::fromString(run.finishedAt, Qt::ISODateWithMs).toUTC();
    finish(resultOfHistory(run));
}

void JobMonitor::handleLogLine(const QString &line)
{
    CellLogLine cell;
    QString job;
    QString task;
    QString level = u"info"_s;
    if (MigrationLogTail::parseCellLine(line, &cell)) {
        m_tasks->cellFinished(cell.job, cell.task, cell.index, cell.total, cell.status, cell.attempts, cell.detail);
        level = cell.status == u"FAILED" ? u"error"_s : u"info"_s;
    } else if (MigrationLogTail::parseTaskStart(line, &job, &task)) {
        m_tasks->taskStarted(job, task);
    } else if (line.contains(u"VERIFY FAIL"_s)) {
        level = u"warning"_s;
    }
    m_log->model()->appendLine(level, line);
}

void JobMonitor::finish(const QString &result)
{
    if (!m_result.isEmpty()) {
        return;
    }
    m_result = result;
    if (!m_finishedAt.isValid()) {
        m_finishedAt = QDateTime::currentDateTimeUtc();
    }
    m_tasks->markUnstarted(result == u"INTERRUPTED" ? u"INTERRUPTED"_s : u"not run"_s);
    m_clock.stop();
    m_report->setVisible(!m_reportPath.isEmpty() && QFileInfo::exists(m_reportPath));
    updateStatus();
    Q_EMIT finished(result);
}

qint64 JobMonitor::elapsedSeconds() const
{
    if (!m_startedAt.isValid()) {
        return 0;
    }
    return qMax<qint64>(0, m_startedAt.secsTo(m_finishedAt.isValid() ? m_finishedAt : QDateTime::currentDateTimeUtc()));
}

qint64 JobMonitor::etaSeconds() const
{
    const int done = m_tasks->cellsDone();
    const int total = m_tasks->cellsTotal();
    if (!m_result.isEmpty() || done <= 0 || total <= done) {
        return -1;
    }
    return elapsedSeconds() * (total - done) / done;
}

void JobMonitor::updateStatus()
{
    const int done = m_tasks->cellsDone();
    const int total = m_tasks->cellsTotal();
    m_overall->setVisible(total > 0);
    m_overall->setRange(0, qMax(total, 1));
    m_overall->setValue(done);

    QString state;
    if (!m_result.isEmpty()) {
        state = tr("Result: %1").arg(TaskProgressModel::statusText(m_result));
        const QColor colour = statusColor(m_result);
        m_state->setStyleSheet(
            colour.isValid() ? u"QLabel { color: %1; font-weight: bold; }"_s.arg(colour.name()) : QString());
    } else if (m_stopping) {
        state = tr("stopping…");
    } else if (isRunning()) {
        state = tr("running");
    } else if (!m_runId.isEmpty()) {
        state = tr("reading history…");
    }
    if (m_result.isEmpty()) {
        m_state->setStyleSheet(QString());
    }
    m_state->setText(state);

    QString time = tr("elapsed %1").arg(durationText(elapsedSeconds()));
    const qint64 eta = etaSeconds();
    if (eta >= 0) {
        time += u"  ·  "_s + tr("about %1 left").arg(durationText(eta));
    }
    m_time->setText(m_startedAt.isValid() ? time : QString());
    m_stop->setEnabled(isRunning() && !m_stopping);
    const QString name = m_jobName.isEmpty() ? m_runId : m_jobName;
    Q_EMIT titleChanged(name.isEmpty() ? tr("Job monitor") : name + u" — "_s + state);
}

} // namespace Mwb::Widgets
