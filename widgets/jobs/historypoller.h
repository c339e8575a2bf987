// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/runsnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace Mwb::Widgets {

// Reads a run's state from disk about once a second, off the GUI thread: .mwb/history.sqlite (WAL,
// so this reads while mwb writes; ARCHITECTURE.md "State on disk") and, for data jobs, the
// checkpoint under .tmp/migrations/<job_id>/. One read at a time; a tick during a read is skipped.
class HistoryPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPoller)

public:
    enum class Kind { MigrateJob, DataJob };

    explicit HistoryPoller(QObject *parent = nullptr);
    ~HistoryPoller() override;

    void start(const QString &projectDir, const QString &runId, Kind kind, int intervalMs = 1000);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    void pollNow();

    // The read itself, on any thread (public for tests). previousTasks: the signature of the tasks
    // seen last time; attempts are read only when it differs.
    static RunSnapshot read(const QString &projectDir, const QString &runId, Kind kind, const QString &previousTasks);
    static QString taskSignature(const QList<History::TaskRecord> &tasks);

Q_SIGNALS:
    void polled(const Mwb::Widgets::RunSnapshot &snapshot);

private:
    QTimer m_timer;
    QFutureWatcher<RunSnapshot> m_watcher;
    QString m_projectDir;
    QString m_runId;
    Kind m_kind = Kind::MigrateJob;
    QString m_taskSignature;
};

} // namespace Mwb::Widgets
