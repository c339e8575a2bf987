// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/pgcopywriter.h"

#include "db/tr.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringEncoder>
#include <QTime>

#include <libpq-fe.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

// SQLSTATE classes caused by the data of a row: 22 data exception, 23 integrity constraint
// violation (PostgreSQL Appendix A). Anything else is not the rows' fault.
bool isRowSqlState(const QByteArray &state)
{
    return state.startsWith("22") || state.startsWith("23");
}

WriteAttempt failureFrom(PGresult *result, PGconn *conn)
{
    WriteAttempt attempt;
    attempt.ok = false;
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    attempt.code = QString::fromLatin1(state ? state : "");
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    attempt.message = QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
    if (const char *detail = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL) : nullptr) {
        attempt.message += u" ("_s + QString::fromUtf8(detail).trimmed() + u')';
    }
    attempt.rowError = state && isRowSqlState(QByteArray(state));
    // "COPY t, line N[, column c: ...]": the line number follows the first ", " after the table
    // name and one word, whatever the server's message language (pgloader parse-copy-error-context).
    if (const char *column = result ? PQresultErrorField(result, PG_DIAG_COLUMN_NAME) : nullptr) {
        attempt.column = QString::fromUtf8(column);
    }
    if (const char *context = result ? PQresultErrorField(result, PG_DIAG_CONTEXT) : nullptr) {
        const QString text = QString::fromUtf8(context);
        const qsizetype comma = text.indexOf(u", "_s);
        if (text.startsWith(u"COPY "_s) && comma > 0) {
            qsizetype i = comma + 2;
            while (i < text.size() && !text.at(i).isDigit()) {
                ++i;
            }
            qsizetype j = i;
            while (j < text.size() && text.at(j).isDigit()) {
                ++j;
            }
            bool ok = false;
            const qsizetype line = text.mid(i, j - i).toLongLong(&ok);
            if (ok && line > 0) {
                attempt.failedRow = line - 1; // relative to the COPY; made absolute by the caller
            }
            // "..., column qty: ..." names the column (also language-independent: ", <word> <name>:").
            const qsizetype next = text.indexOf(u", "_s, j);
            const qsizetype colon = text.indexOf(u':', next);
            if (next == j && colon > next) {
                const QString part = text.mid(next + 2, colon - next - 2);
                const qsizetype space = part.indexOf(u' ');
                if (space > 0) {
                    attempt.column = part.mid(space + 1);
                }
            }
        }
    }
    return attempt;
}

void appendEscapedUtf8(QByteArray &out, const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\0':
            // PostgreSQL text cannot hold NUL; send the escape so the server rejects the row
            // (reliability.md §10 case 3: rejected to J by default, never silently stripped).
            out.append("\\000", 4);
            break;
        default:
            out.append(c);
        }
    }
}

void appendString(QByteArray &out, const QString &text)
{
    bool plain = true;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u == u'\\' || u == u'\n' || u == u'\r' || u == u'\t' || u == 0) {
            plain = false;
            break;
        }
    }
    if (plain) {
        // Encode straight into the buffer: no temporary QByteArray per value.
        QStringEncoder encoder(QStringEncoder::Utf8);
        const qsizetype start = out.size();
        out.resize(start + encoder.requiredSpace(text.size()));
        char *end = encoder.appendToBuffer(out.data() + start, text);
        out.resize(end - out.constData());
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    appendEscapedUtf8(out, utf8.constData(), utf8.size());
}

void appendHex(QByteArray &out, const QByteArray &bytes)
{
    static const char digits[] = "0123456789abcdef";
    out.append("\\\\x", 3);
    const qsizetype start = out.size();
    out.resize(start + 2 * bytes.size());
    char *p = out.data() + start;
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        *p++ = digits[u >> 4];
        *p++ = digits[u & 15];
    }
}

} // namespace

PgCopyWriter::PgCopyWriter(PGconn *conn, const Table &table, const QStringList &columns, const QString &copySql)
    : m_conn(conn)
    , m_copySql(copySql.toUtf8())
{
    for (const QString &name : columns) {
        const Column *column = table.column(name);
        m_families.append(column ? column->type.family : TypeFamily::Text);
    }
}

void PgCopyWriter::appendValue(QByteArray &out, const QVariant &value, TypeFamily family)
{
    if (value.isNull()) {
        out.append("\\N", 2);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        if (family == TypeFamily::Boolean) {
            out.append(value.toBool() ? 't' : 'f');
        } else {
            out.append(value.toBool() ? '1' : '0');
        }
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short: {
        const qlonglong v = value.toLongLong();
        if (family == TypeFamily::Boolean && (v == 0 || v == 1)) {
            out.append(v ? 't' : 'f');
        } else {
            out.append(QByteArray::number(v));
        }
        return;
    }
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::ULong:
    case QMetaType::UShort:
        out.append(QByteArray::number(value.toULongLong()));
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isnan(d)) {
            out.append("NaN");
        } else if (std::isinf(d)) {
            out.append(d > 0 ? "Infinity" : "-Infinity");
        } else {
            // Shortest text that reads back as the same double: exact on every path.
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        }
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (family == TypeFamily::Binary) {
            appendHex(out, bytes);
        } else {
            appendEscapedUtf8(out, bytes.constData(), bytes.size());
        }
        return;
    }
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        if (family == TypeFamily::Binary) {
            appendHex(out, text->toUtf8());
        } else {
            appendString(out, *text);
        }
        return;
    }
    case QMetaType::QDate:
        appendString(out, value.toDate().toString(Qt::ISODate));
        return;
    case QMetaType::QTime:
        appendString(out, value.toTime().toString(Qt::ISODateWithMs));
        return;
    case QMetaType::QDateTime:
        appendString(out, value.toDateTime().toString(Qt::ISODateWithMs));
        return;
    default:
        appendString(out, value.toString());
    }
}

void PgCopyWriter::encode(const RowBatch &batch)
{
    m_buffer.clear();
    m_rowOffsets.clear();
    m_buffer.reserve(qsizetype(batch.byteCount() / 2) + 1024);
    m_rowOffsets.reserve(batch.rowCount() + 1);
    const int columns = batch.columnCount();
    for (qsizetype r = 0; r < batch.rowCount(); ++r) {
        m_rowOffsets.append(m_buffer.size());
        for (int c = 0; c < columns; ++c) {
            if (c > 0) {
                m_buffer.append('\t');
            }
            appendValue(m_buffer, batch.value(r, c), m_families.value(c, TypeFamily::Text));
        }
        m_buffer.append('\n');
    }
    m_rowOffsets.append(m_buffer.size());
}

WriteAttempt PgCopyWriter::simple(const char *sql)
{
    PGresult *result = PQexec(m_conn, sql);
    WriteAttempt attempt;
    if (PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK) {
        attempt.ok = true;
    } else {
        attempt = failureFrom(result, m_conn);
        attempt.rowError = false;
    }
    PQclear(result);
    return attempt;
}

WriteAttempt PgCopyWriter::begin()
{
    return simple("BEGIN");
}

WriteAttempt PgCopyWriter::writeRows(const RowBatch &batch, qsizetype from, qsizetype to)
{
    // A batch is encoded once per fill; bisection re-sends slices.
    if (m_encodedBatch != &batch || m_encodedRows != batch.rowCount() || m_encodedGeneration != batch.generation()) {
        encode(batch);
        m_encodedBatch = &batch;
        m_encodedRows = batch.rowCount();
        m_encodedGeneration = batch.generation();
    }
    PGresult *result = PQexec(m_conn, m_copySql.constData());
    if (PQresultStatus(result) != PGRES_COPY_IN) {
        WriteAttempt attempt = failureFrom(result, m_conn);
        attempt.rowError = false;
        PQclear(result);
        return attempt;
    }
    PQclear(result);
    const char *data = m_buffer.constData() + m_rowOffsets.at(from);
    qsizetype remaining = m_rowOffsets.at(to) - m_rowOffsets.at(from);
    bool sent = true;
    constexpr qsizetype chunk = 1 << 20;
    while (remaining > 0 && sent) {
        const int n = int(qMin(remaining, chunk));
        sent = PQputCopyData(m_conn, data, n) == 1;
        data += n;
        remaining -= n;
    }
    PQputCopyEnd(m_conn, sent ? nullptr : "mwb: sending COPY data failed");
    WriteAttempt attempt;
    attempt.ok = true;
    while ((result = PQgetResult(m_conn)) != nullptr) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && attempt.ok) {
            attempt = failureFrom(result, m_conn);
            if (attempt.failedRow >= 0) {
                attempt.failedRow += from;
            }
        }
        PQclear(result);
    }
    if (!sent && attempt.ok) {
        attempt.ok = false;
        attempt.rowError = false;
        attempt.message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    }
    return attempt;
}

WriteAttempt PgCopyWriter::exec(const QString &sql, const QVariantList &params)
{
    // "?" placeholders to $n; the statements passed here have no "?" inside literals.
    QString text;
    int n = 0;
    for (const QChar ch : sql) {
        if (ch == u'?') {
            text += u'$' + QString::number(++n);
        } else {
            text += ch;
        }
    }
    QList<QByteArray> values;
    QList<const char *> pointers;
    values.reserve(params.size());
    for (const QVariant &param : params) {
        if (param.isNull()) {
            values.append(QByteArray());
            pointers.append(nullptr);
        } else {
            values.append(param.toString().toUtf8());
            pointers.append(values.last().constData());
        }
    }
    const QByteArray utf8 = text.toUtf8();
    PGresult *result = PQexecParams(m_conn, utf8.constData(), int(params.size()), nullptr, pointers.constData(),
                                    nullptr, nullptr, 0);
    WriteAttempt attempt;
    if (PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK) {
        attempt.ok = true;
    } else {
        attempt = failureFrom(result, m_conn);
        attempt.rowError = false;
    }
    PQclear(result);
    return attempt;
}

WriteAttempt PgCopyWriter::commit()
{
    WriteAttempt attempt = simple("COMMIT");
    return attempt;
}

void PgCopyWriter::rollback()
{
    PQclear(PQexec(m_conn, "ROLLBACK"));
}

} // namespace Mwb::Db
