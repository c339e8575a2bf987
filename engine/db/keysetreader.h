// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/rowbatch.h"
#include "db/schemamodel.h"

#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Mwb::Db {

class Connection;

// Streams a source table in key order, one batch at a time (DATA_MIGRATION.md "Copy engine"):
// SELECT ... WHERE key > last ORDER BY key LIMIT n, never OFFSET, so a resumed run starts right
// after the last committed key. A table without a usable key is read in one streaming query and
// can only be restarted from the beginning. Values are read so that none passes through a double
// or a millisecond QDateTime (Dialect::selectExpression); SQLite text is read as bytes and checked,
// so text that is not UTF-8 is reported with its raw bytes instead of being replaced by U+FFFD.
class KeysetReader
{
public:
    // `columns` are the source column names to read (no generated ones), `keyColumns` index into them.
    KeysetReader(Connection &source, const Table &table, const QStringList &columns, const QList<int> &keyColumns);

    // Continue after this key (the values of keyColumns); empty = from the first row.
    void startAfter(const QVariantList &lastKey);

    // Appends rows until the batch is full or the table ends. Returns true while rows may remain.
    Core::Result<bool> fill(RowBatch &batch);
    // Cells of the last fill() holding text that is not UTF-8 (row in the batch, column).
    const QList<QPair<qsizetype, int>> &invalidText() const { return m_invalid; }
    // Key values of the last row handed out.
    QVariantList lastKey() const { return m_lastKey; }

    Core::Result<qint64> countRows();

private:
    Core::Result<void> openQuery(qsizetype limit);

    Connection &m_source;
    const Table &m_table;
    QStringList m_columns;
    QList<int> m_keyColumns;
    QList<bool> m_textAsBytes; // text-family columns: bytes that arrive are decoded and checked
    QString m_selectList;
    QString m_orderBy;
    QVariantList m_lastKey;
    std::optional<QSqlQuery> m_query;
    bool m_sqlite = false;
    bool m_queryEnded = true;
    bool m_tableEnded = false;
    qsizetype m_queryLimit = 0;
    qsizetype m_queryRows = 0;
    QList<QPair<qsizetype, int>> m_invalid;
    std::vector<QVariant> m_row;
};

} // namespace Mwb::Db
