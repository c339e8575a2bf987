// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/bulkwriter.h"
#include "db/connectionspec.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace Mwb::Db {

// SQLite and MySQL bulk writer over QtSql prepared statements ("?" placeholders, real binds).
// SQLite: one single-row INSERT executed per row inside the batch's transaction; the failing row
// is known exactly. MySQL: multi-row INSERTs of up to 65535 placeholders and half of
// max_allowed_packet; a failing statement names its row ("... at row N") for most data errors,
// otherwise the bisector splits.
class SqlWriter final : public BulkWriter
{
public:
    SqlWriter(DialectKind dialect, const QSqlDatabase &db, const QString &insertPrefix, const QString &rowPlaceholders,
              QList<TypeFamily> families, qint64 maxPacketBytes);

    WriteAttempt begin() override;
    WriteAttempt writeRows(const RowBatch &batch, qsizetype from, qsizetype to) override;
    WriteAttempt exec(const QString &sql, const QVariantList &params) override;
    WriteAttempt commit() override;
    void rollback() override;

    // The value as bound for a column of `family` on `dialect`: exact, and refused by the server
    // rather than silently changed when the target cannot hold it (public for tests).
    static QVariant bindable(const QVariant &value, TypeFamily family, DialectKind dialect);

private:
    WriteAttempt failure(const QSqlQuery &query, qsizetype statementFirstRow) const;
    QSqlQuery &statementFor(int rows);
    WriteAttempt simple(const QString &sql);

    DialectKind m_dialect;
    QSqlDatabase m_db;
    QString m_insertPrefix;    // INSERT INTO t (a, b) VALUES
    QString m_rowPlaceholders; // (?, ?)
    QList<TypeFamily> m_families;
    qint64 m_maxStatementBytes;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements; // prepared multi-row INSERTs by row count
};

} // namespace Mwb::Db
