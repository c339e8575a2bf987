// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/historypoller.h"

#include "db/jobstate.h"
#include "db/jobstatus.h"
#include "history/historystore.h"
#include "jobs/runprocess.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

HistoryPoller::HistoryPoller(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &HistoryPoller::pollNow);
    connect(&m_watcher, &QFutureWatcher<RunSnapshot>::finished, this, [this] {
        RunSnapshot snapshot = m_watcher.result();
        if (snapshot.attemptsRead) {
            m_taskSignature = taskSignature(snapshot.tasks);
        }
        Q_EMIT polled(snapshot);
    });
}

HistoryPoller::~HistoryPoller()
{
    m_timer.stop();
    m_watcher.waitForFinished();
}

void HistoryPoller::start(const QString &projectDir, const QString &runId, Kind kind, int intervalMs)
{
    m_projectDir = projectDir;
    m_runId = runId;
    m_kind = kind;
    m_taskSignature.clear();
    m_timer.start(intervalMs);
    pollNow();
}

void HistoryPoller::stop()
{
    m_timer.stop();
}

void HistoryPoller::pollNow()
{
    if (m_watcher.isRunning() || m_runId.isEmpty()) {
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&HistoryPoller::read, m_projectDir, m_runId, m_kind, m_taskSignature));
}

QString HistoryPoller::taskSignature(const QList<History::TaskRecord> &tasks)
{
    QString signature;
    for (const auto &t : tasks) {
        signature += t.job + u'/' + t.task + u'=' + t.status + u';';
    }
    return signature;
}

RunSnapshot HistoryPoller::read(
    const QString &projectDir, const QString &runId, Kind kind, const QString &previousTasks)
{
    RunSnapshot snapshot;
    if (!QFileInfo::exists(History::HistoryStore::databasePath(projectDir))) {
        snapshot.error = tr("No run history in %1 (.mwb/history.sqlite is missing).").arg(projectDir);
        return snapshot;
    }
    // One connection per read: QSqlDatabase connections belong to the thread that made them, and the
    // pool may run the next read on another thread.
    auto store = History::HistoryStore::open(projectDir);
    if (!store) {
        snapshot.error = store.error().toString();
        return snapshot;
    }
    auto found = store->find(runId);
    if (!found) {
        snapshot.error = found.error().toString();
        return snapshot;
    }
    if (*found) {
        snapshot.found = true;
        snapshot.run = **found;
        snapshot.processAlive = RunProcess::isRunAlive(snapshot.run.pid);
    }
    if (kind == Kind::MigrateJob) {
        if (auto tasks = store->tasks(runId)) {
            snapshot.tasks = *tasks;
        }
        if (taskSignature(snapshot.tasks) != previousTasks || previousTasks.isEmpty()) {
            if (auto attempts = store->attempts(runId)) {
                snapshot.attempts = *attempts;
                for (auto &a : snapshot.attempts) {
                    a.code.clear(); // the monitor shows statuses; the cell inspector reads code itself
                    a.fixerNote.clear();
                }
                snapshot.attemptsRead = true;
            }
        }
    } else {
        const QString jobDir = Db::JobState::jobDir(projectDir, runId);
        if (auto state = Db::JobState::load(jobDir)) {
            const std::string text
                = Db::dataJobStatus(*state, jobDir).dump(-1, ' ', false, Core::OrderedJson::error_handler_t::replace);
            snapshot.dataStatus = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
            snapshot.found = true;
        } else if (!snapshot.found) {
            snapshot.error = state.error().toString();
        }
    }
    return snapshot;
}

} // namespace Mwb::Widgets
