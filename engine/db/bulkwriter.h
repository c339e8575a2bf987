// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/batchbisector.h"
#include "db/rowbatch.h"
#include "db/schemamodel.h"

#include <QStringList>
#include <QVariantList>

#include <memory>

namespace Mwb::Db {

class Connection;

// Writes rows of a batch into one target table, one transaction per call sequence
// begin() -> writeRows() -> exec() (the checkpoint row) -> commit(), so the batch and its
// checkpoint commit together (DATA_MIGRATION.md "Checkpoint"). Failures come back as
// WriteAttempt (row error or not, the row the server named); the caller rolls back.
//   PostgreSQL: COPY ... FROM STDIN (text format) through libpq on the QPSQL handle.
//   MySQL: multi-row parameterised INSERTs sized under max_allowed_packet and 65535 placeholders.
//   SQLite: one prepared INSERT, executed per row inside the transaction.
class BulkWriter
{
public:
    virtual ~BulkWriter() = default;

    // `table` is the target table as the target's catalog describes it; `columns` are the row
    // layout of the batches (target column names, same order as the reader's select list).
    static Core::Result<std::unique_ptr<BulkWriter>> create(Connection &target, const Table &table,
                                                            const QStringList &columns);

    virtual WriteAttempt begin() = 0;
    virtual WriteAttempt writeRows(const RowBatch &batch, qsizetype from, qsizetype to) = 0;
    // One statement inside the open transaction; "?" placeholders, bound in order.
    virtual WriteAttempt exec(const QString &sql, const QVariantList &params) = 0;
    virtual WriteAttempt commit() = 0;
    virtual void rollback() = 0;
};

} // namespace Mwb::Db
