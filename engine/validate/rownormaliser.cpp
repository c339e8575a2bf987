// SPDX-License-Identifier: GPL-3.0-or-later
#include "rownormaliser.h"

#include "core/jsonio.h"
#include "db/dialect.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QtEndian>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Mwb::Validate {

using Db::DialectKind;
using Db::TypeFamily;

QString normKindName(NormKind kind)
{
    switch (kind) {
    case NormKind::Text: return u"text"_s;
    case NormKind::Number: return u"number"_s;
    case NormKind::Boolean: return u"boolean"_s;
    case NormKind::Float: return u"float"_s;
    case NormKind::Json: return u"json"_s;
    case NormKind::Binary: return u"binary"_s;
    case NormKind::Date: return u"date"_s;
    case NormKind::Time: return u"time"_s;
    case NormKind::Timestamp: return u"timestamp"_s;
    case NormKind::Bit: return u"bit"_s;
    }
    return u"text"_s;
}

namespace {

// Fraction digits a side keeps for a time or timestamp column. MySQL TIME/DATETIME without (n)
// keep whole seconds; PostgreSQL and SQLite text keep microseconds.
int sidePrecision(const Db::Column &column, DialectKind dialect)
{
    const TypeFamily family = column.type.family;
    if (family != TypeFamily::Time && family != TypeFamily::Timestamp) {
        return 6;
    }
    if (column.type.precision >= 0) {
        return qMin(column.type.precision, 6);
    }
    return dialect == DialectKind::Mysql ? 0 : 6;
}

bool either(TypeFamily a, TypeFamily b, TypeFamily family)
{
    return a == family || b == family;
}

bool isNumeric(TypeFamily family)
{
    return family == TypeFamily::Integer || family == TypeFamily::Decimal;
}

QString trimDecimal(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'+')) {
        text.remove(0, 1);
    }
    if (text.contains(u'.') && !text.contains(u'e', Qt::CaseInsensitive)) {
        while (text.endsWith(u'0')) {
            text.chop(1);
        }
        if (text.endsWith(u'.')) {
            text.chop(1);
        }
    }
    if (text == u"-0") {
        text = u"0"_s;
    }
    return text;
}

// The shortest text that reads back as the same double (float when `single`), in PostgreSQL's
// float8out / float4out form with extra_float_digits > 0 (the session setting of db/connection.h):
// fixed notation for decimal exponents -4 .. 14 (float: -4 .. 5), else "d.ddde+XX". Written that
// way so the PostgreSQL server can produce the same text itself (`col::text`).
QString shortestFloat(double value, bool single)
{
    if (std::isnan(value)) {
        return u"NaN"_s;
    }
    if (std::isinf(value)) {
        return value < 0 ? u"-Infinity"_s : u"Infinity"_s;
    }
    char buffer[64];
    const auto scientific = single ? std::to_chars(buffer, buffer + sizeof buffer, float(value), std::chars_format::scientific)
                                   : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const QString text = QString::fromLatin1(buffer, scientific.ptr - buffer);
    const int exponent = text.mid(text.indexOf(u'e') + 1).toInt();
    if (exponent >= -4 && exponent < (single ? 6 : 15)) {
        const auto fixed = single ? std::to_chars(buffer, buffer + sizeof buffer, float(value), std::chars_format::fixed)
                                  : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
        return QString::fromLatin1(buffer, fixed.ptr - buffer);
    }
    return text;
}

// "HH:MM:SS[.ffffff][zone]" or "YYYY-MM-DD[T ]HH:MM:SS[.f...][zone]" -> fraction padded with zeros
// and truncated to `precision` digits, zone suffix dropped (sessions run in UTC).
QString fixFraction(QString text, int precision)
{
    if (text.size() > 10 && text.at(10) == u'T') {
        text[10] = u' ';
    }
    const qsizetype colon = text.lastIndexOf(u':', text.size() > 19 ? 19 : -1);
    if (colon < 0 || colon + 3 > text.size()) {
        return text;
    }
    const qsizetype secondsEnd = colon + 3;
    QString digits;
    if (secondsEnd < text.size() && text.at(secondsEnd) == u'.') {
        qsizetype i = secondsEnd + 1;
        while (i < text.size() && text.at(i).isDigit()) {
            digits += text.at(i);
            ++i;
        }
    }
    QString result = text.left(secondsEnd);
    if (precision > 0) {
        digits = digits.leftJustified(6, u'0').left(precision);
        result += u'.' + digits;
    }
    return result;
}

QString variantText(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QByteArray: return QString::fromUtf8(value.toByteArray());
    case QMetaType::Bool: return value.toBool() ? u"1"_s : u"0"_s;
    case QMetaType::Double: return shortestFloat(value.toDouble(), false);
    default: return value.toString();
    }
}

QString numberText(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            return shortestFloat(d, false);
        }
        return trimDecimal(QString::number(d, 'f', QLocale::FloatingPointShortest));
    }
    case QMetaType::Bool: return value.toBool() ? u"1"_s : u"0"_s;
    default: return trimDecimal(variantText(value));
    }
}

} // namespace

ColumnPlan RowNormaliser::planColumn(const Db::Column &source, DialectKind sourceDialect, const Db::Column &target,
                                     DialectKind targetDialect)
{
    ColumnPlan plan;
    plan.name = source.name;
    plan.source = source;
    plan.target = target;
    const TypeFamily a = source.type.family;
    const TypeFamily b = target.type.family;
    if (either(a, b, TypeFamily::Float)) {
        plan.kind = NormKind::Float;
        const bool single = (a == TypeFamily::Float && source.type.byteSize == 4)
            || (b == TypeFamily::Float && target.type.byteSize == 4);
        plan.precision = single ? 4 : 8;
    } else if (either(a, b, TypeFamily::Json)) {
        plan.kind = NormKind::Json;
    } else if (either(a, b, TypeFamily::Boolean) && (isNumeric(a) || a == TypeFamily::Boolean)
               && (isNumeric(b) || b == TypeFamily::Boolean)) {
        plan.kind = NormKind::Boolean;
    } else if (isNumeric(a) && isNumeric(b)) {
        plan.kind = NormKind::Number;
    } else if (either(a, b, TypeFamily::Binary)) {
        plan.kind = NormKind::Binary;
    } else if (either(a, b, TypeFamily::Timestamp)) {
        plan.kind = NormKind::Timestamp;
        plan.precision = qMin(sidePrecision(source, sourceDialect), sidePrecision(target, targetDialect));
    } else if (either(a, b, TypeFamily::Time)) {
        plan.kind = NormKind::Time;
        plan.precision = qMin(sidePrecision(source, sourceDialect), sidePrecision(target, targetDialect));
    } else if (either(a, b, TypeFamily::Date)) {
        plan.kind = NormKind::Date;
    } else if (either(a, b, TypeFamily::Bit)) {
        plan.kind = NormKind::Bit;
    } else if (isNumeric(a) || isNumeric(b)) {
        // A number on one side and text on the other (SQLite without declared types): exact text.
        plan.kind = NormKind::Number;
    } else {
        plan.kind = NormKind::Text;
    }
    return plan;
}

NormValue RowNormaliser::normalise(const QVariant &value, const ColumnPlan &plan, int side)
{
    if (!value.isValid() || value.isNull()) {
        return std::nullopt;
    }
    const Db::Column &own = side == 0 ? plan.source : plan.target;
    switch (plan.kind) {
    case NormKind::Text: {
        QString text = variantText(value);
        if (own.type.fixedLength && own.type.family == TypeFamily::Text) {
            // CHAR(n): PostgreSQL returns the padding, MySQL and ::text strip it.
            while (text.endsWith(u' ')) {
                text.chop(1);
            }
        }
        return text;
    }
    case NormKind::Number: return numberText(value);
    case NormKind::Boolean: {
        if (value.metaType().id() == QMetaType::Bool) {
            return value.toBool() ? u"1"_s : u"0"_s;
        }
        const QString text = variantText(value).trimmed();
        if (text == u"t" || text == u"true") {
            return u"1"_s;
        }
        if (text == u"f" || text == u"false") {
            return u"0"_s;
        }
        return numberText(value);
    }
    case NormKind::Float: {
        bool ok = true;
        const double d = value.metaType().id() == QMetaType::QString ? value.toString().toDouble(&ok) : value.toDouble(&ok);
        if (!ok) {
            return variantText(value);
        }
        return shortestFloat(d, plan.precision == 4);
    }
    case NormKind::Json: {
        const QString text = variantText(value);
        auto parsed = Core::parseJson(text.toUtf8(), u"json value"_s);
        return parsed ? Core::fromStd(parsed->dump()) : text;
    }
    case NormKind::Binary: {
        const QByteArray bytes = value.metaType().id() == QMetaType::QByteArray ? value.toByteArray()
                                                                                 : value.toString().toUtf8();
        return QString::fromLatin1(bytes.toHex());
    }
    case NormKind::Date: return variantText(value).trimmed();
    case NormKind::Time:
    case NormKind::Timestamp: return fixFraction(variantText(value).trimmed(), plan.precision);
    case NormKind::Bit: return variantText(value);
    }
    return variantText(value);
}

QByteArray RowNormaliser::encodeRow(const NormRow &row, const QList<ColumnPlan> &columns)
{
    QByteArray out;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const NormValue &value = row.at(i);
        if (!value) {
            out += "N;";
            continue;
        }
        const QByteArray utf8 = value->toUtf8();
        if (!needsLengthPrefix(columns.at(i).kind)) {
            if (!utf8.contains(';')) {
                out += 'V' + utf8 + ';';
                continue;
            }
            // Only a client-read value (SQLite text in a typed column) can hold ';' here; a server
            // never produces it for these kinds, so the "L" form cannot collide with one.
            out += 'L';
        } else {
            out += 'V';
        }
        out += QByteArray::number(utf8.size());
        out += ':';
        out += utf8;
        out += ';';
    }
    return out;
}

quint64 RowNormaliser::rowHash(const QByteArray &encodedRow)
{
    const QByteArray digest = QCryptographicHash::hash(encodedRow, QCryptographicHash::Md5);
    return qFromBigEndian<quint64>(digest.constData()) >> 4;
}

std::optional<QString> RowNormaliser::sqlValue(const ColumnPlan &plan, const Db::Column &column, DialectKind dialect)
{
    if (dialect == DialectKind::Sqlite || plan.kind == NormKind::Json) {
        return std::nullopt;
    }
    if (plan.kind == NormKind::Float) {
        // PostgreSQL prints floats exactly as shortestFloat() does; MySQL's text differs.
        if (dialect != DialectKind::Postgres || column.type.family != TypeFamily::Float) {
            return std::nullopt;
        }
        const QString q = Db::Dialect::forKind(dialect).quoteIdentifier(column.name);
        return plan.precision == 4 && column.type.byteSize != 4 ? QString(q + u"::real::text"_s) : QString(q + u"::text"_s);
    }
    const Db::Dialect &d = Db::Dialect::forKind(dialect);
    const QString q = d.quoteIdentifier(column.name);
    const TypeFamily family = column.type.family;
    const bool pg = dialect == DialectKind::Postgres;
    const auto fractionLength = [&](int base) { return QString::number(base + (plan.precision > 0 ? 1 + plan.precision : 0)); };
    switch (plan.kind) {
    case NormKind::Text:
        if (family == TypeFamily::Text || family == TypeFamily::Enum || family == TypeFamily::Uuid
            || family == TypeFamily::Other || family == TypeFamily::Interval) {
            return pg ? QString(q + u"::text"_s) : QString(u"CONVERT("_s + q + u" USING utf8mb4)"_s);
        }
        if (family == TypeFamily::Integer) {
            return pg ? QString(q + u"::text"_s) : QString(u"CAST("_s + q + u" AS CHAR)"_s);
        }
        return std::nullopt;
    case NormKind::Number:
        if (family == TypeFamily::Integer) {
            return pg ? QString(q + u"::text"_s) : QString(u"CAST("_s + q + u" AS CHAR)"_s);
        }
        if (family == TypeFamily::Decimal) {
            if (pg) {
                return u"trim_scale("_s + q + u")::text"_s;
            }
            if (column.type.scale == 0) {
                return u"CAST("_s + q + u" AS CHAR)"_s;
            }
            return u"TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST("_s + q + u" AS CHAR)))"_s;
        }
        return std::nullopt;
    case NormKind::Boolean:
        if (family == TypeFamily::Boolean && pg) {
            return u"CASE WHEN "_s + q + u" THEN '1' ELSE '0' END"_s;
        }
        if (family == TypeFamily::Integer || family == TypeFamily::Boolean) {
            return pg ? QString(q + u"::text"_s) : QString(u"CAST("_s + q + u" AS CHAR)"_s);
        }
        return std::nullopt;
    case NormKind::Binary:
        if (family != TypeFamily::Binary) {
            return std::nullopt;
        }
        return pg ? QString(u"encode("_s + q + u", 'hex')"_s) : QString(u"LOWER(HEX("_s + q + u"))"_s);
    case NormKind::Date:
        if (family != TypeFamily::Date) {
            return std::nullopt;
        }
        return pg ? QString(q + u"::text"_s) : QString(u"CAST("_s + q + u" AS CHAR)"_s);
    case NormKind::Time:
        if (family != TypeFamily::Time || column.type.withTimeZone) {
            return std::nullopt;
        }
        return pg ? QString(u"left(to_char(date '2000-01-01' + "_s + q + u", 'HH24:MI:SS.US'), "_s + fractionLength(8) + u')')
                  : QString(u"LEFT(TIME_FORMAT("_s + q + u", '%H:%i:%s.%f'), "_s + fractionLength(8) + u')');
    case NormKind::Timestamp:
        if (family != TypeFamily::Timestamp) {
            return std::nullopt;
        }
        return pg ? QString(u"left(to_char("_s + q + u", 'YYYY-MM-DD HH24:MI:SS.US'), "_s + fractionLength(19) + u')')
                  : QString(u"LEFT(DATE_FORMAT("_s + q + u", '%Y-%m-%d %H:%i:%s.%f'), "_s + fractionLength(19) + u')');
    case NormKind::Bit:
        if (family != TypeFamily::Bit) {
            return std::nullopt;
        }
        return pg ? QString(q + u"::text"_s)
                  : QString(u"LPAD(BIN("_s + q + u"), "_s + QString::number(qMax(1, column.type.length)) + u", '0')"_s);
    case NormKind::Float:
    case NormKind::Json: return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> RowNormaliser::sqlRowHash(const TablePlan &plan, int side, DialectKind dialect)
{
    if (dialect == DialectKind::Sqlite) {
        return std::nullopt;
    }
    const Db::Dialect &d = Db::Dialect::forKind(dialect);
    const bool pg = dialect == DialectKind::Postgres;
    QStringList parts;
    for (const ColumnPlan &column : plan.columns) {
        const Db::Column &own = side == 0 ? column.source : column.target;
        const auto value = sqlValue(column, own, dialect);
        if (!value) {
            return std::nullopt;
        }
        const QString q = d.quoteIdentifier(own.name);
        const bool prefix = needsLengthPrefix(column.kind);
        if (pg) {
            parts << u"CASE WHEN "_s + q + u" IS NULL THEN 'N;' ELSE 'V' || "_s
                    + (prefix ? u"octet_length("_s + *value + u") || ':' || "_s : QString()) + *value + u" || ';' END"_s;
        } else {
            const QString bin = u"CAST("_s + *value + u" AS BINARY)"_s;
            parts << u"IF("_s + q + u" IS NULL, 'N;', CONCAT('V', "_s
                    + (prefix ? u"LENGTH("_s + bin + u"), ':', "_s : QString()) + bin + u", ';'))"_s;
        }
    }
    if (parts.isEmpty()) {
        return std::nullopt;
    }
    if (pg) {
        return u"('x' || substr(md5("_s + parts.join(u" || "_s) + u"), 1, 15))::bit(60)::bigint"_s;
    }
    return u"CAST(CONV(SUBSTRING(MD5(CONCAT("_s + parts.join(u", "_s) + u")), 1, 15), 16, 10) AS UNSIGNED)"_s;
}

QString RowNormaliser::sqlHashSum(const QString &rowHashExpr, DialectKind dialect)
{
    if (dialect == DialectKind::Postgres) {
        return u"(COALESCE(SUM("_s + rowHashExpr + u"), 0) % 18446744073709551616)::text"_s;
    }
    return u"CAST(MOD(COALESCE(SUM("_s + rowHashExpr + u"), 0), 18446744073709551616) AS CHAR)"_s;
}

QString RowNormaliser::keyText(const NormRow &row, const QList<int> &keyColumns)
{
    QStringList parts;
    for (int index : keyColumns) {
        parts << (row.at(index) ? *row.at(index) : u"NULL"_s);
    }
    return parts.join(u", "_s);
}

QString RowNormaliser::display(const NormValue &value)
{
    if (!value) {
        return u"NULL"_s;
    }
    QString text = *value;
    if (text.size() > 200) {
        text = text.left(200) + u"…"_s;
    }
    return u'\'' + text + u'\'';
}

} // namespace Mwb::Validate
