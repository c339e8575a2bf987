// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/keysetreader.h"

#include "db/connection.h"
#include "db/dialect.h"
#include "db/tr.h"

#include <QSqlError>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

bool isTextFamily(TypeFamily family)
{
    switch (family) {
    case TypeFamily::Text:
    case TypeFamily::Json:
    case TypeFamily::Enum:
    case TypeFamily::Uuid:
    case TypeFamily::Date:
    case TypeFamily::Time:
    case TypeFamily::Timestamp:
    case TypeFamily::Interval:
    case TypeFamily::Other:
        return true;
    default:
        return false;
    }
}

} // namespace

KeysetReader::KeysetReader(Connection &source, const Table &table, const QStringList &columns,
                           const QList<int> &keyColumns)
    : m_source(source)
    , m_table(table)
    , m_columns(columns)
    , m_keyColumns(keyColumns)
{
    const Dialect &dialect = source.dialect();
    QStringList select;
    for (const QString &name : columns) {
        const Column *column = table.column(name);
        const bool text = column && isTextFamily(column->type.family);
        const bool sqliteText = dialect.kind() == DialectKind::Sqlite && text;
        // QMYSQL hands out columns with a _bin collation as QByteArray (BINARY_FLAG): those bytes
        // are text too, and are checked the same way.
        m_textAsBytes.append(text);
        if (sqliteText) {
            // QSQLITE reads text through sqlite3_column_text16, which replaces bytes that are not
            // UTF-8; read the stored bytes and decide here (reliability.md §10 case 2).
            const QString q = dialect.quoteIdentifier(name);
            select << u"CASE typeof("_s + q + u") WHEN 'text' THEN CAST("_s + q + u" AS BLOB) ELSE "_s + q + u" END"_s;
        } else if (column) {
            select << dialect.selectExpression(*column);
        } else {
            select << dialect.quoteIdentifier(name);
        }
    }
    m_selectList = select.join(u", "_s);
    QStringList order;
    for (int k : keyColumns) {
        order << dialect.quoteIdentifier(columns.at(k));
    }
    m_orderBy = order.join(u", "_s);
    m_sqlite = dialect.kind() == DialectKind::Sqlite;
    m_row.resize(size_t(columns.size()));
}

void KeysetReader::startAfter(const QVariantList &lastKey)
{
    m_lastKey = lastKey;
    m_query.reset();
    m_queryEnded = true;
    m_tableEnded = false;
}

Core::Result<qint64> KeysetReader::countRows()
{
    QSqlQuery query = m_source.query();
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + m_source.dialect().quoteIdentifier(m_table.name)) || !query.next()) {
        return Core::Error::inFile(m_table.name, Tr::tr("cannot count the rows of the source table: %1").arg(query.lastError().text()),
                                   Tr::tr("Check that the table exists and the source user may read it."));
    }
    return query.value(0).toLongLong();
}

Core::Result<void> KeysetReader::openQuery(qsizetype limit)
{
    const Dialect &dialect = m_source.dialect();
    QString sql = u"SELECT "_s + m_selectList + u" FROM "_s + dialect.quoteIdentifier(m_table.name);
    QVariantList params;
    if (!m_keyColumns.isEmpty()) {
        if (!m_lastKey.isEmpty()) {
            // k1 >= ? AND (k1 > ? OR (k1 = ? AND k2 > ?) OR ...): the leading term lets every
            // dialect use the key index; the rest is the exact row-value comparison.
            const QString first = dialect.quoteIdentifier(m_columns.at(m_keyColumns.first()));
            QStringList alternatives;
            for (qsizetype i = 0; i < m_keyColumns.size(); ++i) {
                QStringList terms;
                for (qsizetype j = 0; j < i; ++j) {
                    terms << dialect.quoteIdentifier(m_columns.at(m_keyColumns.at(j))) + u" = ?"_s;
                    params << m_lastKey.value(j);
                }
                terms << dialect.quoteIdentifier(m_columns.at(m_keyColumns.at(i))) + u" > ?"_s;
                params << m_lastKey.value(i);
                alternatives << u"("_s + terms.join(u" AND "_s) + u')';
            }
            params.prepend(m_lastKey.value(0));
            sql += u" WHERE "_s + first + u" >= ? AND ("_s + alternatives.join(u" OR "_s) + u')';
        }
        sql += u" ORDER BY "_s + m_orderBy + u" LIMIT "_s + QString::number(limit);
    }
    m_query.emplace(m_source.query());
    if (!m_query->prepare(sql)) {
        return Core::Error::inFile(m_table.name, Tr::tr("cannot read the source table: %1").arg(m_query->lastError().text()),
                                   Tr::tr("Check that the table exists and the source user may read it."));
    }
    for (qsizetype i = 0; i < params.size(); ++i) {
        m_query->bindValue(int(i), params.at(i));
    }
    if (!m_query->exec()) {
        return Core::Error::inFile(m_table.name, Tr::tr("cannot read the source table: %1").arg(m_query->lastError().text()),
                                   Tr::tr("Check that the table exists and the source user may read it."));
    }
    m_queryEnded = false;
    m_queryLimit = limit;
    m_queryRows = 0;
    return {};
}

Core::Result<bool> KeysetReader::fill(RowBatch &batch)
{
    m_invalid.clear();
    const int columns = int(m_columns.size());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    while (!batch.isFull() && !m_tableEnded) {
        if (m_queryEnded) {
            if (!m_keyColumns.isEmpty() || !m_query) {
                // Ask for what the batch can still take, by rows and by the bytes rows have had so
                // far, so a driver that buffers whole results (QMYSQL) stays inside the budget.
                qsizetype limit = batch.maxRows() - batch.rowCount();
                if (batch.rowCount() > 0) {
                    const qint64 perRow = qMax<qint64>(1, batch.byteCount() / batch.rowCount());
                    limit = qMin<qsizetype>(limit, qsizetype((batch.maxBytes() - batch.byteCount()) / perRow) + 1);
                }
                if (auto opened = openQuery(qMax<qsizetype>(1, limit)); !opened) {
                    return opened.error();
                }
            } else {
                m_tableEnded = true;
                break;
            }
        }
        QSqlQuery &query = *m_query;
        while (!batch.isFull()) {
            if (!query.next()) {
                if (query.lastError().isValid()) {
                    return Core::Error::inFile(m_table.name, Tr::tr("reading the source failed: %1").arg(query.lastError().text()),
                                               Tr::tr("Check the source connection and run mwb data resume."));
                }
                m_queryEnded = true;
                // A keyset query that returned fewer rows than asked for has reached the end.
                if (m_keyColumns.isEmpty() || m_queryRows < m_queryLimit) {
                    m_tableEnded = true;
                }
                m_query.reset();
                break;
            }
            ++m_queryRows;
            for (int c = 0; c < columns; ++c) {
                QVariant value = query.value(c);
                // QSQLITE reports SQL NULL as a null QString and a zero-length BLOB as a null
                // QByteArray, and its isNull() cannot tell them apart; the other drivers can.
                const bool sqlNull = m_sqlite ? value.isNull() && value.typeId() != QMetaType::QByteArray : query.isNull(c);
                if (sqlNull) {
                    m_row[size_t(c)] = QVariant();
                    continue;
                }
                if (m_textAsBytes.at(c) && value.typeId() == QMetaType::QByteArray) {
                    const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
                    QString text = decoder.decode(*bytes);
                    if (decoder.hasError()) {
                        decoder.resetState();
                        m_invalid.append({batch.rowCount(), c});
                    } else {
                        value = std::move(text);
                    }
                }
                // An empty string or a zero-length BLOB is not NULL, but drivers hand both out as a
                // *null* QString / QByteArray, which the drivers' binders write as SQL NULL
                // (QSqlResultPrivate::isVariantNull): give them a non-null empty payload.
                if (value.typeId() == QMetaType::QByteArray && static_cast<const QByteArray *>(value.constData())->isNull()) {
                    value = QByteArray("", 0);
                } else if (value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull()) {
                    static const QChar nothing;
                    value = QString(&nothing, 0);
                }
                m_row[size_t(c)] = std::move(value);
            }
            if (!m_keyColumns.isEmpty()) {
                m_lastKey.clear();
                for (int k : m_keyColumns) {
                    m_lastKey.append(m_row[size_t(k)]);
                }
            }
            batch.appendRow(m_row);
            if (!m_keyColumns.isEmpty() && m_queryRows >= m_queryLimit) {
                m_queryEnded = true;
                m_query.reset();
                break;
            }
        }
        if (!m_keyColumns.isEmpty() && !m_queryEnded && batch.isFull()) {
            // The batch filled by bytes before the query ended: the next fill continues after
            // the last row taken, with a new query.
            m_query.reset();
            m_queryEnded = true;
        }
    }
    return !m_tableEnded;
}

} // namespace Mwb::Db
