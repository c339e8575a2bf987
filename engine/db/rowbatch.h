// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVariant>

#include <vector>

namespace Mwb::Db {

// The rows of one batch, bounded by rows and by bytes (DATA_MIGRATION.md: the buffer flushes at
// whichever limit is hit first; bytes are measured, not guessed). Values are stored flat, row after
// row, so a batch costs one allocation for its cells however many rows it holds.
class RowBatch
{
public:
    RowBatch(int columnCount, qsizetype maxRows, qint64 maxBytes);

    int columnCount() const { return m_columns; }
    qsizetype rowCount() const { return m_rows; }
    qint64 byteCount() const { return m_bytes; }
    qsizetype maxRows() const { return m_maxRows; }
    qint64 maxBytes() const { return m_maxBytes; }
    // True once a limit is reached; a batch always accepts its first row, however large.
    bool isFull() const { return m_rows >= m_maxRows || (m_rows > 0 && m_bytes >= m_maxBytes); }
    bool isEmpty() const { return m_rows == 0; }

    // Appends a row of columnCount() values (moved from the reader's buffer).
    void appendRow(std::vector<QVariant> &values);
    const QVariant &value(qsizetype row, int column) const { return m_cells[static_cast<size_t>(row * m_columns + column)]; }
    QVariantList row(qsizetype row) const;
    void clear();
    // Changes whenever the batch is cleared, so encoders can tell a refilled batch from the old one.
    quint64 generation() const { return m_generation; }

    // The memory one value holds: the QVariant itself plus the payload it owns.
    static qint64 measure(const QVariant &value);

private:
    int m_columns;
    qsizetype m_maxRows;
    qint64 m_maxBytes;
    qsizetype m_rows = 0;
    qint64 m_bytes = 0;
    quint64 m_generation = 0;
    std::vector<QVariant> m_cells;
};

} // namespace Mwb::Db
