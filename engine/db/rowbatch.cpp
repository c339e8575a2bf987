// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/rowbatch.h"

#include <QByteArray>
#include <QString>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

RowBatch::RowBatch(int columnCount, qsizetype maxRows, qint64 maxBytes)
    : m_columns(columnCount)
    , m_maxRows(qMax<qsizetype>(1, maxRows))
    , m_maxBytes(qMax<qint64>(1, maxBytes))
{
}

void RowBatch::appendRow(std::vector<QVariant> &values)
{
    for (int c = 0; c < m_columns; ++c) {
        m_bytes += measure(values[static_cast<size_t>(c)]);
        m_cells.push_back(std::move(values[static_cast<size_t>(c)]));
    }
    ++m_rows;
}

QVariantList RowBatch::row(qsizetype row) const
{
    QVariantList list;
    list.reserve(m_columns);
    for (int c = 0; c < m_columns; ++c) {
        list.append(value(row, c));
    }
    return list;
}

void RowBatch::clear()
{
    m_cells.clear();
    ++m_generation;
    m_rows = 0;
    m_bytes = 0;
}

qint64 RowBatch::measure(const QVariant &value)
{
    qint64 bytes = sizeof(QVariant);
    switch (value.typeId()) {
    case QMetaType::QString:
        // QString payload: UTF-16 code units plus the shared header.
        bytes += 2 * qint64(static_cast<const QString *>(value.constData())->size()) + 24;
        break;
    case QMetaType::QByteArray:
        bytes += qint64(static_cast<const QByteArray *>(value.constData())->size()) + 24;
        break;
    default:
        break;
    }
    return bytes;
}

} // namespace Mwb::Db
