// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Mwb::Widgets {

// The rows of one isolated-rows file (`<table>_failed.jsonl` or `fk_violations.jsonl`, DATA_MIGRATION.md),
// read into display strings. Columns come from the JSON keys: the row's own columns (the "values"
// object) each get one, other keys are shown as they are; "types" is left out.
struct FailedRows
{
    QString path;
    QStringList columns;
    QList<QStringList> rows;
    qint64 totalRows = 0; // lines in the file; more than rows.size() when capped
    qint64 unreadable = 0; // lines that are not JSON objects
    QString error;
};

class FailedRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedRowsModel)

public:
    static constexpr int defaultCap = 10000;

    explicit FailedRowsModel(QObject *parent = nullptr);
    ~FailedRowsModel() override;

    // Reads path; at most cap rows are kept, the rest only counted. Any thread.
    static FailedRows read(const QString &path, int cap = defaultCap);

    void setRows(const FailedRows &rows);
    const FailedRows &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FailedRows m_rows;
};

} // namespace Mwb::Widgets
