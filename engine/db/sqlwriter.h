// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/bulkwriter.h"
#include "db/connectionspec.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace Mwb::Db {

class Dialect;

// SQLite and MySQL bulk writer over QtSql prepared statements ("?" placeholders, real binds).
// SQLite: one single-row INSERT executed per row inside the batch's transaction; the failing row
// is known exactly. MySQL: multi-row INSERTs of up to 65535 placeholders and half of
// max_allowed_packet; a failing statement names its row ("... at row N") for most data errors,
// otherwise the bisector splits.
class SqlWriter final : public BulkWriter
{
public:
    SqlWriter(const Dialect &dialect, const QSqlDatabase &db, const QString &insertPrefix, const QString &rowPlaceholders,
              QList<Column> columns, qint64 maxPacketBytes);

    WriteAttempt begin() override;
    WriteAttempt writeRows(const RowBatch &batch, qsizetype from, qsizetype to) override;
    WriteAttempt exec(const QString &sql, const QVariantList &params) override;
    WriteAttempt commit() override;
    void rollback() override;

private:
    WriteAttempt failure(const QSqlQuery &query, qsizetype statementFirstRow) const;
    QSqlQuery &statementFor(int rows);
    WriteAttempt simple(const QString &sql);

    QVariant bindable(const QVariant &value, const Column &column) const;

    const Dialect &m_dialect;
    QSqlDatabase m_db;
    QString m_insertPrefix;    // INSERT INTO t (a, b) VALUES
    QString m_rowPlaceholders; // (?, ?)
    QList<Column> m_columns; // target columns in batch order
    qint64 m_maxStatementBytes;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements; // prepared multi-row INSERTs by row count
};

} // namespace Mwb::Db
