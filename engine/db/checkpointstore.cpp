// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/checkpointstore.h"

#include "core/eventstream.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "db/tr.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

TableState stateFromText(const QString &text)
{
    if (text == u"completed") {
        return TableState::Completed;
    }
    if (text == u"failed") {
        return TableState::Failed;
    }
    return TableState::InProgress;
}

} // namespace

CheckpointStore::CheckpointStore(Connection &target)
    : m_target(target)
{
}

Core::Result<void> CheckpointStore::ensureTable()
{
    const QString text = m_target.dialect().kind() == DialectKind::Mysql ? u"LONGTEXT"_s : u"TEXT"_s;
    const QString suffix = m_target.dialect().kind() == DialectKind::Mysql ? u" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s : QString();
    return m_target.exec(u"CREATE TABLE IF NOT EXISTS "_s + m_target.dialect().quoteIdentifier(tableName())
                         + u" (job_id VARCHAR(64) NOT NULL, table_name VARCHAR(255) NOT NULL, status VARCHAR(16) NOT NULL, "
                           "last_key "_s
                         + text
                         + u", rows_migrated BIGINT NOT NULL, rows_failed BIGINT NOT NULL, failed_bytes BIGINT NOT NULL, "
                           "updated_at VARCHAR(40), PRIMARY KEY (job_id, table_name))"_s
                         + suffix);
}

std::optional<TableProgress> CheckpointStore::read(const QString &jobId, const QString &table)
{
    QSqlQuery query(m_target.database());
    query.prepare(u"SELECT status, last_key, rows_migrated, rows_failed, failed_bytes FROM "_s
                  + m_target.dialect().quoteIdentifier(tableName()) + u" WHERE job_id = ? AND table_name = ?"_s);
    query.bindValue(0, jobId);
    query.bindValue(1, table);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    TableProgress progress;
    progress.table = table;
    progress.state = stateFromText(query.value(0).toString());
    const QString key = query.value(1).toString();
    if (!key.isEmpty()) {
        auto parsed = Core::parseOrderedJson(key.toUtf8(), tableName());
        if (!parsed) {
            return std::nullopt; // unreadable: the caller redoes the table (never skips ahead)
        }
        progress.lastKey = *parsed;
    }
    progress.rowsMigrated = query.value(2).toLongLong();
    progress.rowsFailed = query.value(3).toLongLong();
    progress.failedBytes = query.value(4).toLongLong();
    return progress;
}

QString CheckpointStore::updateSql() const
{
    return u"UPDATE "_s + m_target.dialect().quoteIdentifier(tableName())
        + u" SET status = ?, last_key = ?, rows_migrated = ?, rows_failed = ?, failed_bytes = ?, updated_at = ? "
          "WHERE job_id = ? AND table_name = ?"_s;
}

QVariantList CheckpointStore::updateParams(const QString &jobId, const TableProgress &progress)
{
    const QVariant key = progress.lastKey.is_null()
        ? QVariant(QMetaType(QMetaType::QString))
        : QVariant(QString::fromStdString(progress.lastKey.dump(-1, ' ', false, Core::OrderedJson::error_handler_t::replace)));
    return {tableStateName(progress.state), key, QVariant::fromValue<qlonglong>(progress.rowsMigrated),
            QVariant::fromValue<qlonglong>(progress.rowsFailed), QVariant::fromValue<qlonglong>(progress.failedBytes),
            Core::EventStream::timestampNow(), jobId, progress.table};
}

QString CheckpointStore::deleteSql() const
{
    return u"DELETE FROM "_s + m_target.dialect().quoteIdentifier(tableName()) + u" WHERE job_id = ? AND table_name = ?"_s;
}

QString CheckpointStore::insertSql() const
{
    return u"INSERT INTO "_s + m_target.dialect().quoteIdentifier(tableName())
        + u" (job_id, table_name, status, last_key, rows_migrated, rows_failed, failed_bytes, updated_at) "
          "VALUES (?, ?, 'in_progress', NULL, 0, 0, 0, NULL)"_s;
}

QVariantList CheckpointStore::keyParams(const QString &jobId, const QString &table)
{
    return {jobId, table};
}

} // namespace Mwb::Db
