// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlwriter.h"

#include "db/dialect.h"

#include <QRegularExpression>
#include <QSqlError>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

// Server errors caused by a row's data, not by the connection or the statement.
bool isRowError(DialectKind dialect, const QString &nativeCode)
{
    bool ok = false;
    const int code = nativeCode.toInt(&ok);
    if (!ok) {
        return false;
    }
    if (dialect == DialectKind::Sqlite) {
        // SQLITE_TOOBIG 18, SQLITE_CONSTRAINT 19, SQLITE_MISMATCH 20, SQLITE_RANGE 25 (primary codes).
        const int primary = code & 0xff;
        return primary == 18 || primary == 19 || primary == 20 || primary == 25;
    }
    // MySQL / MariaDB server errors about values and constraints (mysqld_error.h).
    static const int rowCodes[] = {1048, 1062, 1136, 1264, 1265, 1292, 1364, 1366, 1367, 1406, 1411, 1416, 1451, 1452,
                                   1586, 1690, 3819, 4025, 4078, 1300, 1918};
    return std::find(std::begin(rowCodes), std::end(rowCodes), code) != std::end(rowCodes);
}

// Rough upper bound of a value's size on the wire, for sizing statements under max_allowed_packet.
qint64 wireSize(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return 3 * qint64(static_cast<const QString *>(value.constData())->size()) + 8;
    case QMetaType::QByteArray:
        return qint64(static_cast<const QByteArray *>(value.constData())->size()) + 8;
    default:
        return 16;
    }
}

} // namespace

SqlWriter::SqlWriter(const Dialect &dialect, const QSqlDatabase &db, const QString &insertPrefix,
                     const QString &rowPlaceholders, QList<Column> columns, qint64 maxPacketBytes)
    : m_dialect(dialect)
    , m_db(db)
    , m_insertPrefix(insertPrefix)
    , m_rowPlaceholders(rowPlaceholders)
    , m_columns(std::move(columns))
    , m_maxStatementBytes(qMax<qint64>(64 * 1024, maxPacketBytes / 2))
{
}

QVariant SqlWriter::bindable(const QVariant &value, const Column &column) const
{
    if (m_dialect.kind() == DialectKind::Mysql && value.typeId() == QMetaType::Double && !std::isfinite(value.toDouble())) {
        // MySQL has no NaN/Infinity: bind the text so strict mode refuses the row (§10 case 11).
        const double d = value.toDouble();
        return std::isnan(d) ? u"NaN"_s : (d > 0 ? u"Infinity"_s : u"-Infinity"_s);
    }
    return m_dialect.bindValue(value, column);
}

WriteAttempt SqlWriter::failure(const QSqlQuery &query, qsizetype statementFirstRow) const
{
    WriteAttempt attempt;
    attempt.ok = false;
    const QSqlError error = query.lastError();
    attempt.code = error.nativeErrorCode();
    attempt.message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    attempt.rowError = isRowError(m_dialect.kind(), attempt.code);
    if (m_dialect.kind() == DialectKind::Mysql && statementFirstRow >= 0) {
        static const QRegularExpression atRow(u" at row (\\d+)"_s);
        const auto match = atRow.match(attempt.message);
        if (match.hasMatch()) {
            attempt.failedRow = statementFirstRow + match.captured(1).toLongLong() - 1;
        }
    }
    return attempt;
}

WriteAttempt SqlWriter::simple(const QString &sql)
{
    QSqlQuery query(m_db);
    WriteAttempt attempt;
    if (query.exec(sql)) {
        attempt.ok = true;
        return attempt;
    }
    attempt = failure(query, -1);
    attempt.rowError = false;
    return attempt;
}

WriteAttempt SqlWriter::begin()
{
    return simple(m_dialect.kind() == DialectKind::Mysql ? u"START TRANSACTION"_s : u"BEGIN"_s);
}

QSqlQuery &SqlWriter::statementFor(int rows)
{
    auto it = m_statements.find(rows);
    if (it != m_statements.end()) {
        return *it->second;
    }
    if (m_statements.size() > 8) {
        m_statements.clear();
    }
    QString sql = m_insertPrefix;
    sql.reserve(sql.size() + rows * (m_rowPlaceholders.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r > 0) {
            sql += u", "_s;
        }
        sql += m_rowPlaceholders;
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->prepare(sql);
    QSqlQuery &ref = *query;
    m_statements[rows] = std::move(query);
    return ref;
}

WriteAttempt SqlWriter::writeRows(const RowBatch &batch, qsizetype from, qsizetype to)
{
    const int columns = batch.columnCount();
    const qsizetype maxRowsByPlaceholders
        = m_dialect.kind() == DialectKind::Mysql ? qMax<qsizetype>(1, 65535 / qMax(1, columns)) : 1;
    qsizetype row = from;
    while (row < to) {
        qsizetype rows = 0;
        qint64 bytes = 0;
        while (row + rows < to && rows < maxRowsByPlaceholders) {
            qint64 rowBytes = 0;
            for (int c = 0; c < columns; ++c) {
                rowBytes += wireSize(batch.value(row + rows, c));
            }
            if (rows > 0 && bytes + rowBytes > m_maxStatementBytes) {
                break;
            }
            bytes += rowBytes;
            ++rows;
        }
        QSqlQuery &query = statementFor(int(rows));
        int position = 0;
        for (qsizetype r = row; r < row + rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                query.bindValue(position++, bindable(batch.value(r, c), m_columns.at(c)));
            }
        }
        if (!query.exec()) {
            WriteAttempt attempt = failure(query, row);
            if (m_dialect.kind() == DialectKind::Sqlite) {
                attempt.failedRow = row; // one row per statement
            }
            return attempt;
        }
        row += rows;
    }
    WriteAttempt ok;
    ok.ok = true;
    return ok;
}

WriteAttempt SqlWriter::exec(const QString &sql, const QVariantList &params)
{
    QSqlQuery query(m_db);
    WriteAttempt attempt;
    if (!query.prepare(sql)) {
        attempt = failure(query, -1);
        attempt.rowError = false;
        return attempt;
    }
    for (int i = 0; i < params.size(); ++i) {
        query.bindValue(i, params.at(i));
    }
    if (!query.exec()) {
        attempt = failure(query, -1);
        attempt.rowError = false;
        return attempt;
    }
    attempt.ok = true;
    return attempt;
}

WriteAttempt SqlWriter::commit()
{
    return simple(u"COMMIT"_s);
}

void SqlWriter::rollback()
{
    simple(u"ROLLBACK"_s);
}

} // namespace Mwb::Db
