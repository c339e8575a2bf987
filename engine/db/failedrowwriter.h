// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdio>

namespace Mwb::Db {

// One isolated row: where it came from, its key, all its values and why the target refused it.
struct FailedRow
{
    QString table;
    QStringList columns;
    QVariantList values;
    QList<int> keyColumns;   // indexes into columns; empty for tables without a usable key
    QList<int> invalidText;  // columns whose value is raw bytes that are not UTF-8
    QString error;           // the server's message (or the reader's, for invalid UTF-8)
    QString code;            // SQLSTATE / server error number, when known
    QString column;          // the column the server named, when it did
};

// Appends isolated rows to "<table>_failed.jsonl", one JSON object per line (DATA_MIGRATION.md).
// Exactly once across crashes: the checkpoint records size() in the same transaction as the batch,
// and a resumed run calls truncateTo() with that size before re-isolating the rows after it.
class FailedRowWriter
{
public:
    explicit FailedRowWriter(const QString &path);
    ~FailedRowWriter();
    FailedRowWriter(const FailedRowWriter &) = delete;
    FailedRowWriter &operator=(const FailedRowWriter &) = delete;

    QString path() const { return m_path; }
    // Cuts the file back to a committed length (creating it when missing).
    Core::Result<void> truncateTo(qint64 bytes);
    Core::Result<void> append(const FailedRow &row);
    // Flushes to disk; call before committing a checkpoint that records size().
    Core::Result<void> sync();
    qint64 size() const { return m_size; }
    qint64 rowsWritten() const { return m_rows; }

    // The JSON line for a row, without the newline (public for tests and fk_violations.jsonl).
    static QByteArray toJsonLine(const FailedRow &row);

private:
    Core::Result<void> ensureOpen();

    QString m_path;
    std::FILE *m_file = nullptr;
    qint64 m_size = 0;
    qint64 m_rows = 0;
    bool m_dirty = false;
};

} // namespace Mwb::Db
