// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/datajobmonitor.h"

#include "db/jobstate.h"
#include "jobs/durationtext.h"
#include "jobs/failedrowsview.h"
#include "jobs/historypoller.h"
#include "jobs/progressdelegate.h"
#include "jobs/runlogmodel.h"
#include "jobs/runlogview.h"
#include "jobs/runprocess.h"
#include "jobs/tableprogressmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

// The data job's statuses (ARCHITECTURE.md "Data job status") as run results.
QString resultOfStatus(const QString &status)
{
    if (status == u"completed") {
        return u"PASS"_s;
    }
    if (status == u"completed_with_errors") {
        return u"PARTIAL"_s;
    }
    return status == u"interrupted" ? u"INTERRUPTED"_s : u"FAIL"_s;
}

QColor resultColor(const QString &result)
{
    if (result == u"PASS") {
        return QColor(0x3b, 0xa5, 0x5c);
    }
    return result == u"FAIL" ? QColor(0xd6, 0x45, 0x45) : QColor(0xc8, 0x8a, 0x10);
}

} // namespace

DataJobMonitor::DataJobMonitor(QWidget *parent)
    : QWidget(parent)
    , m_poller(new HistoryPoller(this))
    , m_tables(new TableProgressModel(this))
    , m_tableView(new QTreeView(this))
    , m_log(new RunLogView(this))
    , m_failed(new FailedRowsView(this))
    , m_tabs(new QTabWidget(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_time(new QLabel(this))
    , m_overall(new QProgressBar(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
{
    m_title->setObjectName(u"title"_s);
    m_state->setObjectName(u"state"_s);
    m_time->setObjectName(u"time"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_stop->setToolTip(tr("Stop after the current batch; the job checkpoints and can be resumed (sends SIGTERM)"));
    m_resume->setToolTip(tr("Continue the job after its last committed batch (mwb data resume)"));
    m_stop->setEnabled(false);
    m_resume->setEnabled(false);
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);

    m_tableView->setModel(m_tables);
    m_tableView->setRootIsDecorated(false);
    m_tableView->setUniformRowHeights(true);
    m_tableView->setItemDelegateForColumn(
        TableProgressModel::ProgressColumn, new ProgressDelegate(TableProgressModel::ProgressRole, m_tableView));
    m_tableView->header()->setSectionResizeMode(TableProgressModel::TableColumn, QHeaderView::ResizeToContents);
    m_tableView->setColumnWidth(TableProgressModel::StatusColumn, 160);
    m_tableView->setColumnWidth(TableProgressModel::ProgressColumn, 180);
    m_tableView->header()->setStretchLastSection(false);
    m_tableView->header()->setSectionResizeMode(TableProgressModel::RateColumn, QHeaderView::ResizeToContents);
    m_log->setSubjectIsTable();
    m_tabs->addTab(m_log, tr("&Log"));
    m_tabs->addTab(m_failed, tr("&Isolated rows"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_state);
    header->addWidget(m_time);
    header->addWidget(m_resume);
    header->addWidget(m_stop);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tableView);
    splitter->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_overall);
    layout->addWidget(splitter, 1);

    connect(m_stop, &QPushButton::clicked, this, &DataJobMonitor::stop);
    connect(m_resume, &QPushButton::clicked, this, &DataJobMonitor::resume);
    connect(m_poller, &HistoryPoller::polled, this, &DataJobMonitor::handleSnapshot);
    connect(&m_clock, &QTimer::timeout, this, &DataJobMonitor::updateStatus);
    connect(m_tables, &QAbstractItemModel::dataChanged, this, &DataJobMonitor::updateStatus);
    updateStatus();
}

DataJobMonitor::~DataJobMonitor() = default;

RunLogModel *DataJobMonitor::logModel() const
{
    return m_log->model();
}

void DataJobMonitor::watch(RunProcess *process, bool keepTables)
{
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
    }
    m_poller->stop();
    if (!keepTables) {
        m_tables->clear();
        m_log->model()->clear();
        m_jobId.clear();
        m_isDataJob = false;
    }
    m_process = process;
    if (!process->projectDir().isEmpty()) {
        m_projectDir = process->projectDir(); // else start() sets it (see the started handler)
    }
    m_result.clear();
    m_validation.clear();
    m_jobStatus.clear();
    m_stopping = false;
    m_attachedPid = 0;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_finishedAt = {};
    m_clock.start(1000);
    connect(process, &RunProcess::started, this, [this] {
        m_projectDir = m_process->projectDir();
        updateStatus();
    });
    connect(process, &RunProcess::eventReceived, this, &DataJobMonitor::handleEvent);
    connect(process, &RunProcess::runIdKnown, this, [this](const QString &runId) {
        const bool changed = runId != m_jobId;
        m_jobId = runId;
        if (changed) {
            Q_EMIT runIdKnown(runId);
        }
    });
    connect(process, &RunProcess::logLine, this,
        [this](const QString &level, const QString &line) { m_log->model()->appendLine(level, line); });
    connect(process, &RunProcess::finished, this, [this](int, const QString &result) { finish(result); });
    updateStatus();
}

void DataJobMonitor::attach(RunProcess *process)
{
    watch(process, false);
}

void DataJobMonitor::attachToRun(const QString &projectDir, const QString &jobId)
{
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
    }
    m_process = nullptr;
    m_tables->clear();
    m_log->model()->clear();
    m_projectDir = projectDir;
    m_jobId = jobId;
    m_result.clear();
    m_validation.clear();
    m_jobStatus.clear();
    m_isDataJob = true;
    m_stopping = false;
    m_attachedPid = 0;
    m_startedAt = {};
    m_finishedAt = {};
    m_title->setText(jobId);
    m_clock.start(1000);
    m_failed->setJobDir(Db::JobState::jobDir(projectDir, jobId));
    m_poller->start(projectDir, jobId, HistoryPoller::Kind::DataJob);
    Q_EMIT runIdKnown(jobId);
    updateStatus();
}

bool DataJobMonitor::isRunning() const
{
    if (m_process) {
        return m_process->isRunning();
    }
    return m_result.isEmpty() && m_attachedPid > 0;
}

bool DataJobMonitor::canResume() const
{
    return m_isDataJob && !m_jobId.isEmpty() && !isRunning() && (m_result == u"INTERRUPTED" || m_result == u"FAIL");
}

void DataJobMonitor::stop()
{
    if (m_process && m_process->isRunning()) {
        m_process->stop();
    } else if (m_attachedPid > 0 && !RunProcess::terminateRun(m_attachedPid)) {
        m_log->model()->appendLine(
            u"warning"_s, tr("The job's process (pid %1) is gone; nothing to stop.").arg(m_attachedPid));
        return;
    }
    m_stopping = true;
    m_log->model()->appendLine(u"info"_s, tr("Stop requested: the job ends after the current batch."));
    updateStatus();
}

bool DataJobMonitor::resume()
{
    if (!canResume()) {
        return false;
    }
    if (m_process && m_process->parent() == this) {
        m_process->deleteLater(); // a finished Resume of ours
    }
    auto *process = new RunProcess(this);
    watch(process, true);
    m_log->model()->appendLine(u"info"_s, tr("Resuming job %1").arg(m_jobId));
    return process->start(
        { u"data"_s, u"resume"_s, m_jobId, u"--events"_s, u"-"_s }, m_projectDir, m_resumeEnvironment);
}

void DataJobMonitor::handleEvent(const QJsonObject &event)
{
    const QString name = event.value(u"event"_s).toString();
    const QString table = event.value(u"table"_s).toString();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    auto count = [&event](const char *key, qint64 fallback = 0) {
        return event.value(QLatin1String(key)).toInteger(fallback);
    };
    if (name == u"run_started") {
        m_isDataJob = event.value(u"command"_s).toString().startsWith(u"data"_s);
        m_title->setText(event.value(u"source"_s).toString() + u" → "_s + event.value(u"target"_s).toString());
        if (m_isDataJob && !m_jobId.isEmpty()) {
            m_failed->setJobDir(Db::JobState::jobDir(m_projectDir, m_jobId));
            // The checkpoint lists every table with its source count before any is copied.
            m_poller->start(m_projectDir, m_jobId, HistoryPoller::Kind::DataJob, 2000);
        }
    } else if (name == u"table_started") {
        m_tables->tableStarted(table, at);
    } else if (name == u"table_progress") {
        m_tables->tableProgressed(table, count("rows_migrated"), count("rows_failed"), count("total_rows", -1), at);
    } else if (name == u"table_finished") {
        const QString error = event.value(u"error"_s).toString();
        m_tables->tableFinished(table, event.value(u"status"_s).toString(), count("rows_migrated"),
            count("rows_failed"), count("total_rows", -1), error, at);
        if (!error.isEmpty()) {
            m_log->model()->append({ QDateTime::currentDateTime(), u"error"_s, table, error });
        }
        if (count("rows_failed") > 0) {
            m_failed->refresh();
        }
    } else if (name == u"validate_started") {
        m_log->model()->appendLine(u"info"_s, tr("Validating %1 table(s)…").arg(count("tables")));
        if (m_title->text().isEmpty()) {
            m_title->setText(event.value(u"source"_s).toString() + u" ↔ "_s + event.value(u"target"_s).toString());
        }
    } else if (name == u"validate_table") {
        const bool passed = event.value(u"passed"_s).toBool();
        QString detail = event.value(u"error"_s).toString();
        if (detail.isEmpty() && !passed) {
            detail = tr("%1 missing in the target, %2 extra, %3 changed")
                         .arg(count("missing_in_target"))
                         .arg(count("extra_in_target"))
                         .arg(count("changed"));
        }
        m_tables->tableValidated(table, passed, count("source_rows"), count("target_rows"), detail);
        if (!passed) {
            m_log->model()->append({ QDateTime::currentDateTime(), u"warning"_s, table, detail });
        }
    } else if (name == u"validate_finished") {
        m_validation = event.value(u"passed"_s).toBool() ? u"PASS"_s : u"FAIL"_s;
    } else if (name == u"log") {
        m_log->model()->append({ QDateTime::currentDateTime(), event.value(u"level"_s).toString(), table,
            event.value(u"message"_s).toString() });
    } else if (name == u"run_finished") {
        m_jobStatus = event.value(u"status"_s).toString();
        if (!event.value(u"message"_s).toString().isEmpty()) {
            m_log->model()->appendLine(u"info"_s, event.value(u"message"_s).toString());
        }
    }
    updateStatus();
}

void DataJobMonitor::handleSnapshot(const RunSnapshot &snapshot)
{
    if (m_process) {
        // A live run: the events lead; the checkpoint adds the tables not started yet and their counts.
        m_tables->mergeStatus(snapshot.dataStatus, false);
        if (!m_tables->tables().isEmpty() && m_tables->rowsTotal() > 0) {
            m_poller->stop();
        }
        updateStatus();
        return;
    }
    if (!snapshot.found) {
        m_state->setText(snapshot.error.isEmpty() ? tr("job %1 is not in the history").arg(m_jobId) : snapshot.error);
        return;
    }
    const QJsonObject &status = snapshot.dataStatus;
    m_tables->mergeStatus(status, true);
    const QString started = status.value(u"started_at"_s).toString(snapshot.run.startedAt);
    m_startedAt = QDateTime::fromString(started, Qt::ISODateWithMs).toUTC();
    if (m_title->text() == m_jobId && !snapshot.run.title.isEmpty()) {
        m_title->setText(snapshot.run.title);
    }
    // dataJobStatus() already says "interrupted" for a checkpoint whose process is gone.
    const QString jobStatus = status.value(u"status"_s).toString(snapshot.run.status);
    if (jobStatus == u"running" && snapshot.processAlive) {
        m_attachedPid = snapshot.run.pid;
        updateStatus();
        return;
    }
    m_poller->stop();
    m_attachedPid = 0;
    m_jobStatus = jobStatus;
    const QString completed = status.value(u"completed_at"_s).toString(snapshot.run.finishedAt);
    m_finishedAt = QDateTime::fromString(completed, Qt::ISODateWithMs).toUTC();
    if (!status.value(u"error_message"_s).toString().isEmpty()) {
        m_log->model()->appendLine(u"info"_s, status.value(u"error_message"_s).toString());
    }
    m_failed->refresh();
    finish(resultOfStatus(jobStatus));
}

void DataJobMonitor::finish(const QString &result)
{
    if (!m_result.isEmpty()) {
        return;
    }
    m_result = result;
    if (!m_finishedAt.isValid()) {
        m_finishedAt = QDateTime::currentDateTimeUtc();
    }
    m_tables->markRunning(result == u"INTERRUPTED" ? u"interrupted"_s : u"failed"_s);
    m_clock.stop();
    m_failed->refresh();
    if (!m_failed->files().isEmpty() && m_failed->model()->rowCount() == 0) {
        m_failed->showFile(m_failed->files().constFirst());
    }
    updateStatus();
    Q_EMIT finished(result);
}

void DataJobMonitor::updateStatus()
{
    const qint64 done = m_tables->rowsDone();
    const qint64 total = m_tables->rowsTotal();
    m_overall->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
    const QLocale locale;
    m_overall->setFormat(
        total > 0 ? tr("%1 of %2 rows").arg(locale.toString(done), locale.toString(total)) : QString());
    m_overall->setTextVisible(total > 0);

    QString state;
    if (!m_result.isEmpty()) {
        state = tr("Result: %1").arg(m_result);
        if (!m_validation.isEmpty()) {
            state += u", "_s + tr("validation %1").arg(m_validation);
        }
        m_state->setStyleSheet(u"QLabel { color: %1; font-weight: bold; }"_s.arg(resultColor(m_result).name()));
    } else {
        m_state->setStyleSheet(QString());
        if (m_stopping) {
            state = tr("stopping…");
        } else if (isRunning()) {
            const double rate = m_tables->rowsPerSecond();
            state = rate > 0 ? tr("copying, %1 rows/s").arg(locale.toString(qRound64(rate))) : tr("running");
        } else if (!m_jobId.isEmpty()) {
            state = tr("reading status…");
        }
    }
    m_state->setText(state);
    qint64 elapsed = 0;
    if (m_startedAt.isValid()) {
        elapsed = qMax<qint64>(
            0, m_startedAt.secsTo(m_finishedAt.isValid() ? m_finishedAt : QDateTime::currentDateTimeUtc()));
    }
    m_time->setText(m_startedAt.isValid() ? tr("elapsed %1").arg(durationText(elapsed)) : QString());
    m_stop->setEnabled(isRunning() && !m_stopping);
    m_resume->setEnabled(canResume());
    const QString name = m_jobId.isEmpty() ? tr("Data job") : m_jobId;
    Q_EMIT titleChanged(state.isEmpty() ? name : name + u" — "_s + state);
}

} // namespace Mwb::Widgets
