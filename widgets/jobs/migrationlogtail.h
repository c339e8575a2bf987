// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QObject>
#include <QTimer>

namespace Mwb::Widgets {

// One "Cell i/n: STATUS" line of migration.log (ARCHITECTURE.md "Log line format").
struct CellLogLine
{
    QString job;
    QString task;
    int index = 0;
    int total = 0;
    QString status; // OK, FIXED, FAILED, SKIPPED
    int attempts = 1;
    QString detail;
};

// Follows <output-base>/migration.log of a re-attached migrate-job run: the lines appended after
// start(), about once a second. History records a task's cells only when the task ends; this log
// gives the running task's cells (and a live log) in between.
class MigrationLogTail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationLogTail)

public:
    explicit MigrationLogTail(QObject *parent = nullptr);
    ~MigrationLogTail() override;

    // Starts at the current end of path (earlier lines belong to earlier runs or are in history).
    void start(const QString &path, int intervalMs = 1000);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    void poll();

    // A task's final word on a cell; false for other lines (attempt lines "VERIFY FAIL (attempt
    // 3/10)", child notebook cells, task and job lines).
    static bool parseCellLine(const QString &line, CellLogLine *cell);
    // "[hh:mm:ss] [job/task] Pass 2: running ..." names a task that started.
    static bool parseTaskStart(const QString &line, QString *job, QString *task);

Q_SIGNALS:
    void lineRead(const QString &line);

private:
    QTimer m_timer;
    QString m_path;
    qint64 m_offset = 0;
    QByteArray m_partial;
};

} // namespace Mwb::Widgets
