// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/bulkwriter.h"

#include <QByteArray>
#include <QList>

typedef struct pg_conn PGconn;

namespace Mwb::Db {

// PostgreSQL bulk writer: COPY <table> (<columns>) FROM STDIN in text format through libpq on the
// QPSQL connection's own PGconn (ARCHITECTURE.md "Dependencies": about 1 M rows/s). A batch is
// encoded once; bisection re-sends slices of the encoded buffer. A failing COPY names its row in
// the error context ("COPY t, line N"), which the bisector uses.
class PgCopyWriter final : public BulkWriter
{
public:
    PgCopyWriter(PGconn *conn, const Table &table, const QStringList &columns, const QString &copySql);

    WriteAttempt begin() override;
    WriteAttempt writeRows(const RowBatch &batch, qsizetype from, qsizetype to) override;
    WriteAttempt exec(const QString &sql, const QVariantList &params) override;
    WriteAttempt commit() override;
    void rollback() override;

    // COPY text format of one value for a column of `family` (public for tests).
    static void appendValue(QByteArray &out, const QVariant &value, TypeFamily family);

private:
    void encode(const RowBatch &batch);
    WriteAttempt simple(const char *sql);

    PGconn *m_conn;
    QList<TypeFamily> m_families;
    QByteArray m_copySql;
    const RowBatch *m_encodedBatch = nullptr;
    qsizetype m_encodedRows = -1;
    quint64 m_encodedGeneration = 0;
    QByteArray m_buffer;
    QList<qsizetype> m_rowOffsets; // m_rowOffsets[i] = start of row i; one extra entry at the end
};

} // namespace Mwb::Db
