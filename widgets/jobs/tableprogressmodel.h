// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Mwb::Widgets {

// One table of a data job as the data-job monitor shows it.
struct TableRun
{
    QString table;
    QString status; // pending | running | completed | completed_with_errors | failed | interrupted | skipped
    qint64 rowsMigrated = 0;
    qint64 rowsFailed = 0;
    qint64 totalRows = -1; // -1 = not counted yet
    QString error;
    // rows/s: measured from the first sample this monitor saw (a resumed table starts mid-way).
    QDateTime firstSampleAt;
    qint64 firstSampleRows = 0;
    QDateTime lastSampleAt;
    double rowsPerSecond = 0;
    // A validation's verdict for the table, when one ran (validate_table events).
    QString validation; // empty | passed | differs
    QString validationDetail;
};

// The tables of a data job, fed from table_started / table_progress / table_finished / validate_table
// events or from the job's status document (`mwb data status --json`, ARCHITECTURE.md "Data job status").
class TableProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableProgressModel)

public:
    enum Column {
        TableColumn,
        StatusColumn,
        ProgressColumn,
        CopiedColumn,
        FailedColumn,
        TotalColumn,
        RateColumn,
        ColumnCount
    };
    enum Role { ProgressRole = Qt::UserRole + 1, StatusRole };

    explicit TableProgressModel(QObject *parent = nullptr);
    ~TableProgressModel() override;

    void clear();
    void tableStarted(const QString &table, const QDateTime &at = QDateTime::currentDateTimeUtc());
    void tableProgressed(const QString &table, qint64 migrated, qint64 failed, qint64 total,
        const QDateTime &at = QDateTime::currentDateTimeUtc());
    void tableFinished(const QString &table, const QString &status, qint64 migrated, qint64 failed, qint64 total,
        const QString &error, const QDateTime &at = QDateTime::currentDateTimeUtc());
    void tableValidated(const QString &table, bool passed, qint64 sourceRows, qint64 targetRows, const QString &detail);
    // Merges a status document's tables_status[]: adds tables not seen yet; counts only grow unless
    // authoritative (a re-attached run, whose document is the only source).
    void mergeStatus(
        const QJsonObject &status, bool authoritative, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Tables still running when the job ends take its status (interrupted, failed).
    void markRunning(const QString &status);

    const QList<TableRun> &tables() const { return m_tables; }
    const TableRun *table(const QString &name) const;
    qint64 rowsDone() const; // copied + isolated
    qint64 rowsTotal() const; // of the counted tables
    double rowsPerSecond() const; // of the running tables

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);

private:
    int rowOf(const QString &table, bool create);
    void sample(TableRun &t, const QDateTime &at);
    void rowChanged(int row);

    QList<TableRun> m_tables;
};

} // namespace Mwb::Widgets
