// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/tableprogressmodel.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

TableProgressModel::TableProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TableProgressModel::~TableProgressModel() = default;

void TableProgressModel::clear()
{
    beginResetModel();
    m_tables.clear();
    endResetModel();
}

int TableProgressModel::rowOf(const QString &table, bool create)
{
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables.at(i).table == table) {
            return i;
        }
    }
    if (!create) {
        return -1;
    }
    const int row = int(m_tables.size());
    beginInsertRows({}, row, row);
    TableRun t;
    t.table = table;
    t.status = u"pending"_s;
    m_tables.append(t);
    endInsertRows();
    return row;
}

const TableRun *TableProgressModel::table(const QString &name) const
{
    for (const TableRun &t : m_tables) {
        if (t.table == name) {
            return &t;
        }
    }
    return nullptr;
}

void TableProgressModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TableProgressModel::sample(TableRun &t, const QDateTime &at)
{
    const qint64 rows = t.rowsMigrated + t.rowsFailed;
    if (!t.firstSampleAt.isValid()) {
        t.firstSampleAt = at;
        t.firstSampleRows = rows;
    }
    t.lastSampleAt = at;
    const qint64 ms = t.firstSampleAt.msecsTo(at);
    if (ms > 0) {
        t.rowsPerSecond = double(rows - t.firstSampleRows) * 1000.0 / double(ms);
    }
}

void TableProgressModel::tableStarted(const QString &table, const QDateTime &at)
{
    const int row = rowOf(table, true);
    TableRun &t = m_tables[row];
    t.status = u"running"_s;
    t.firstSampleAt = {};
    sample(t, at);
    rowChanged(row);
}

void TableProgressModel::tableProgressed(
    const QString &table, qint64 migrated, qint64 failed, qint64 total, const QDateTime &at)
{
    const int row = rowOf(table, true);
    TableRun &t = m_tables[row];
    if (t.status == u"pending") {
        t.status = u"running"_s;
    }
    t.rowsMigrated = migrated;
    t.rowsFailed = failed;
    t.totalRows = total;
    sample(t, at);
    rowChanged(row);
}

void TableProgressModel::tableFinished(const QString &table, const QString &status, qint64 migrated, qint64 failed,
    qint64 total, const QString &error, const QDateTime &at)
{
    const int row = rowOf(table, true);
    TableRun &t = m_tables[row];
    t.status = status;
    t.rowsMigrated = migrated;
    t.rowsFailed = failed;
    t.totalRows = total;
    t.error = error;
    sample(t, at);
    rowChanged(row);
}

void TableProgressModel::tableValidated(
    const QString &table, bool passed, qint64 sourceRows, qint64 targetRows, const QString &detail)
{
    const int row = rowOf(table, true);
    TableRun &t = m_tables[row];
    if (t.status == u"pending") { // a validation on its own: show the counts it compared
        t.status = passed ? u"completed"_s : u"completed_with_errors"_s;
        t.rowsMigrated = targetRows;
        t.totalRows = sourceRows;
    }
    t.validation = passed ? u"passed"_s : u"differs"_s;
    t.validationDetail = detail;
    rowChanged(row);
}

void TableProgressModel::mergeStatus(const QJsonObject &status, bool authoritative, const QDateTime &at)
{
    const QJsonArray tables = status.value(u"tables_status"_s).toArray();
    for (const QJsonValue &value : tables) {
        const QJsonObject o = value.toObject();
        const int row = rowOf(o.value(u"table"_s).toString(), true);
        TableRun &t = m_tables[row];
        const qint64 migrated = o.value(u"rows_migrated"_s).toInteger();
        const qint64 failed = o.value(u"rows_failed"_s).toInteger();
        const qint64 total = o.value(u"total_rows"_s).toInteger(-1);
        if (authoritative || t.status == u"pending") {
            t.status = o.value(u"status"_s).toString(t.status);
        }
        if (authoritative || migrated + failed > t.rowsMigrated + t.rowsFailed) {
            t.rowsMigrated = migrated;
            t.rowsFailed = failed;
        }
        if (total >= 0) {
            t.totalRows = total;
        }
        if (authoritative && t.status == u"running") {
            sample(t, at);
        }
        rowChanged(row);
    }
    for (const QJsonValue &value : status.value(u"failed_tables"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const int row = rowOf(o.value(u"table"_s).toString(), false);
        if (row >= 0 && m_tables.at(row).error.isEmpty()) {
            m_tables[row].error = o.value(u"error"_s).toString();
            rowChanged(row);
        }
    }
}

void TableProgressModel::markRunning(const QString &status)
{
    for (int row = 0; row < m_tables.size(); ++row) {
        if (m_tables.at(row).status == u"running") {
            m_tables[row].status = status;
            rowChanged(row);
        }
    }
}

qint64 TableProgressModel::rowsDone() const
{
    qint64 n = 0;
    for (const TableRun &t : m_tables) {
        n += t.rowsMigrated + t.rowsFailed;
    }
    return n;
}

qint64 TableProgressModel::rowsTotal() const
{
    qint64 n = 0;
    for (const TableRun &t : m_tables) {
        n += qMax<qint64>(0, t.totalRows);
    }
    return n;
}

double TableProgressModel::rowsPerSecond() const
{
    double rate = 0;
    for (const TableRun &t : m_tables) {
        if (t.status == u"running") {
            rate += t.rowsPerSecond;
        }
    }
    return rate;
}

int TableProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int TableProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TableProgressModel::statusText(const QString &status)
{
    static const QMap<QString, const char *> words {
        { u"pending"_s, QT_TR_NOOP("waiting") },
        { u"running"_s, QT_TR_NOOP("copying") },
        { u"completed"_s, QT_TR_NOOP("done") },
        { u"completed_with_errors"_s, QT_TR_NOOP("done, rows isolated") },
        { u"failed"_s, QT_TR_NOOP("failed") },
        { u"interrupted"_s, QT_TR_NOOP("interrupted") },
        { u"skipped"_s, QT_TR_NOOP("skipped") },
    };
    const auto it = words.constFind(status);
    return it == words.cend() ? status : tr(*it);
}

QVariant TableProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TableRun &t = m_tables.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TableColumn:
            return t.table;
        case StatusColumn: {
            QString text = statusText(t.status);
            if (t.validation == u"passed") {
                text += u", "_s + tr("validated");
            } else if (t.validation == u"differs") {
                text += u", "_s + tr("differs from source");
            }
            return text;
        }
        case ProgressColumn:
            if (t.totalRows > 0) {
                return tr("%1%").arg(qMin<qint64>(100, (t.rowsMigrated + t.rowsFailed) * 100 / t.totalRows));
            }
            return t.totalRows == 0 ? tr("empty") : QString();
        case CopiedColumn:
            return locale.toString(t.rowsMigrated);
        case FailedColumn:
            return locale.toString(t.rowsFailed);
        case TotalColumn:
            return t.totalRows >= 0 ? locale.toString(t.totalRows) : QString();
        case RateColumn:
            return t.rowsPerSecond > 0 ? tr("%1 rows/s").arg(locale.toString(qRound64(t.rowsPerSecond))) : QString();
        default:
            return {};
        }
    case ProgressRole:
        if (index.column() != ProgressColumn) {
            return {};
        }
        if (t.totalRows > 0) {
            return int(qMin<qint64>(100, (t.rowsMigrated + t.rowsFailed) * 100 / t.totalRows));
        }
        return t.totalRows == 0 ? 100 : (t.status == u"running" ? -1 : 0);
    case StatusRole:
        return t.status;
    case Qt::ToolTipRole:
        if (!t.error.isEmpty()) {
            return t.error;
        }
        return t.validationDetail.isEmpty() ? QVariant() : QVariant(t.validationDetail);
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (t.status == u"failed" || t.validation == u"differs") {
                return QBrush(QColor(0xd6, 0x45, 0x45));
            }
            if (t.status == u"completed_with_errors" || t.status == u"interrupted") {
                return QBrush(QColor(0xc8, 0x8a, 0x10));
            }
            if (t.status == u"completed") {
                return QBrush(QColor(0x3b, 0xa5, 0x5c));
            }
        }
        if (index.column() == FailedColumn && t.rowsFailed > 0) {
            return QBrush(QColor(0xd6, 0x45, 0x45));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= CopiedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant TableProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TableColumn:
        return tr("Table");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case CopiedColumn:
        return tr("Copied");
    case FailedColumn:
        return tr("Isolated");
    case TotalColumn:
        return tr("Source rows");
    case RateColumn:
        return tr("Speed");
    default:
        return {};
    }
}

} // namespace Mwb::Widgets
