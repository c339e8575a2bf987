// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Mwb::Widgets {

// One line of a run's live log: a `log` event, or a stderr line of mwb.
struct RunLogEntry
{
    QDateTime time;
    QString level; // "error", "warning", "info" (anything else counts as info)
    QString task; // empty when the line belongs to no task
    QString message;
};

// The live log of a run, filtered by task and by minimum level. Keeps every entry (up to maxEntries,
// then the oldest go) and shows the ones the filter accepts. Fed, not fetched.
class RunLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogModel)

public:
    enum Column { TimeColumn, LevelColumn, TaskColumn, MessageColumn, ColumnCount };
    enum class MinimumLevel { Info, Warning, Error };
    static constexpr int maxEntries = 50000;

    explicit RunLogModel(QObject *parent = nullptr);
    ~RunLogModel() override;

    void append(const RunLogEntry &entry);
    // A log line as mwb writes it: "[12:34:56] [job/task] message" names its task.
    void appendLine(const QString &level, const QString &line, const QDateTime &time = QDateTime::currentDateTime());
    void clear();
    // An empty task shows all tasks.
    void setFilter(const QString &task, MinimumLevel level);
    QString taskFilter() const { return m_task; }
    MinimumLevel levelFilter() const { return m_level; }
    // Every task seen so far, in order of appearance.
    QStringList tasks() const { return m_tasks; }
    int totalCount() const { return int(m_entries.size()); }
    const RunLogEntry &entry(int row) const { return m_entries.at(m_visible.at(row)); }

    // The header of the task column: "Task" (migrate-jobs) or "Table" (data jobs).
    void setTaskHeader(const QString &header);

    // "[hh:mm:ss] [job/task] ..." -> "task"; empty for other lines.
    static QString taskOfLine(const QString &line);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void tasksChanged(const QStringList &tasks);

private:
    bool accepts(const RunLogEntry &entry) const;
    void rebuild();

    QList<RunLogEntry> m_entries;
    QList<int> m_visible; // indexes into m_entries, ascending
    QStringList m_tasks;
    QString m_task;
    QString m_taskHeader;
    MinimumLevel m_level = MinimumLevel::Info;
};

} // namespace Mwb::Widgets
