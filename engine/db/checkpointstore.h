// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "core/result.h"
#include "db/jobstate.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace Mwb::Db {

class Connection;

// The target-side bookkeeping table mwb_checkpoints (DATA_MIGRATION.md "Checkpoint"): one row per
// (job, table), updated by the bulk writer inside the batch's own transaction, so the row can never
// claim data that did not commit, nor miss data that did. Created on first use; can be dropped
// after the job.
class CheckpointStore
{
public:
    explicit CheckpointStore(Connection &target);

    static QString tableName() { return QStringLiteral("mwb_checkpoints"); }

    Core::Result<void> ensureTable();
    std::optional<TableProgress> read(const QString &jobId, const QString &table);
    // The UPDATE the writer runs inside each batch transaction, and its parameters.
    QString updateSql() const;
    static QVariantList updateParams(const QString &jobId, const TableProgress &progress);
    // DELETE + INSERT of a fresh row: run inside the transaction that starts the table.
    QString deleteSql() const;
    QString insertSql() const;
    static QVariantList keyParams(const QString &jobId, const QString &table);

private:
    Connection &m_target;
};

} // namespace Mwb::Db
