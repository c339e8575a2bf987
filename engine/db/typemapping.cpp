// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/typemapping.h"

#include "db/dialect.h"
#include "db/sqltext.h"
#include "db/tr.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

QString objectName(const QString &table, const QString &column)
{
    return column.isEmpty() ? table : table + u'.' + column;
}

void warn(QList<SchemaWarning> &warnings, const QString &object, const QString &kind, const QString &message)
{
    warnings.append({ object, kind, message });
}

QString withArgs(const QString &base, int a1, int a2 = -1)
{
    if (a1 < 0) {
        return base;
    }
    return base + u'(' + QString::number(a1) + (a2 >= 0 ? u',' + QString::number(a2) : QString()) + u')';
}

QString enumList(const QStringList &values, const Dialect &dialect)
{
    QStringList quoted;
    for (const QString &v : values) {
        quoted << dialect.quoteLiteral(v);
    }
    return quoted.join(u", "_s);
}

// The largest character length MySQL allows for VARCHAR in a utf8mb4 row (65535 bytes / 4).
constexpr int mysqlMaxVarchar = 16383;

ColumnType mapToPostgres(const Column &column, const QString &object, DialectKind source, const ColumnFacts &facts,
                         QList<SchemaWarning> &warnings)
{
    ColumnType t = column.type;
    switch (t.family) {
    case TypeFamily::Boolean: t.sql = u"boolean"_s; break;
    case TypeFamily::Integer:
        if (t.displayWidthOne && facts.scanned && facts.onlyZeroOrOne) {
            // tinyint(1) holding only 0/1 (scanned): the author meant a boolean (§8 row 6).
            t.family = TypeFamily::Boolean;
            t.sql = u"boolean"_s;
            break;
        }
        if (t.byteSize == 8 && t.isUnsigned) {
            if (column.identity != IdentityKind::None && !facts.hasAboveInt64) {
                t.sql = u"bigint"_s;
                warn(warnings, object, u"type_changed"_s,
                     Tr::tr("unsigned BIGINT AUTO_INCREMENT becomes bigint: an identity needs an integer type; all "
                            "current values fit, ids above 9223372036854775807 would not"));
            } else {
                // 0..18446744073709551615 does not fit bigint (§8 row 5).
                t.sql = u"numeric(20,0)"_s;
                if (column.identity != IdentityKind::None) {
                    warn(warnings, object, u"identity_dropped"_s,
                         Tr::tr("values above 2^63-1 need numeric(20,0), which cannot be an identity column"));
                }
            }
        } else if (t.byteSize <= 1) {
            t.sql = u"smallint"_s;
        } else if (t.byteSize == 2) {
            t.sql = t.isUnsigned ? u"integer"_s : u"smallint"_s;
        } else if (t.byteSize <= 4) {
            t.sql = t.isUnsigned && t.byteSize == 4 ? u"bigint"_s : u"integer"_s;
        } else {
            t.sql = u"bigint"_s;
        }
        t.isUnsigned = false;
        break;
    case TypeFamily::Decimal:
        t.sql = t.precision > 0 ? withArgs(u"numeric"_s, t.precision, qMax(t.scale, 0)) : u"numeric"_s;
        break;
    case TypeFamily::Float:
        // SQLite REAL and MySQL DOUBLE are 8-byte doubles: never `real` (pgloader's lossy choice).
        t.sql = t.byteSize == 4 ? u"real"_s : u"double precision"_s;
        break;
    case TypeFamily::Text:
        if (t.length > 0 && source != DialectKind::Mysql) {
            t.sql = withArgs(t.fixedLength ? u"character"_s : u"character varying"_s, t.length);
        } else if (t.length > 0 && (t.fixedLength || t.sql.startsWith(u"varchar"_s, Qt::CaseInsensitive))) {
            t.sql = withArgs(t.fixedLength ? u"character"_s : u"character varying"_s, t.length);
        } else {
            t.sql = u"text"_s;
        }
        break;
    case TypeFamily::Binary: t.sql = u"bytea"_s; break;
    case TypeFamily::Date: t.sql = u"date"_s; break;
    case TypeFamily::Time:
        t.sql = withArgs(u"time"_s, t.precision) + (t.withTimeZone ? u" with time zone"_s : u" without time zone"_s);
        break;
    case TypeFamily::Timestamp:
        t.sql = withArgs(u"timestamp"_s, t.precision) + (t.withTimeZone ? u" with time zone"_s : u" without time zone"_s);
        break;
    case TypeFamily::Interval: t.sql = u"interval"_s; break;
    case TypeFamily::Json: t.sql = source == DialectKind::Postgres ? t.sql : u"json"_s; break;
    case TypeFamily::Uuid: t.sql = u"uuid"_s; break;
    case TypeFamily::Bit: t.sql = withArgs(t.fixedLength ? u"bit"_s : u"bit varying"_s, t.length); break;
    case TypeFamily::Enum:
        t.sql = u"text"_s;
        warn(warnings, object, u"type_changed"_s,
             Tr::tr("enum becomes text with a CHECK constraint listing the same values"));
        break;
    case TypeFamily::Other:
        if (source != DialectKind::Postgres) {
            t.sql = u"text"_s;
            warn(warnings, object, u"type_changed"_s,
                 Tr::tr("type \"%1\" has no PostgreSQL equivalent; values are copied as text").arg(column.type.sql));
        }
        break;
    }
    return t;
}

ColumnType mapToMysql(const Column &column, const QString &object, DialectKind source, const ColumnFacts &facts,
                      bool keyColumn, QList<SchemaWarning> &warnings)
{
    ColumnType t = column.type;
    switch (t.family) {
    case TypeFamily::Boolean: t.sql = u"tinyint(1)"_s; break;
    case TypeFamily::Integer: {
        static const char *names[] = { "tinyint", "tinyint", "smallint", "mediumint", "int", "bigint", "bigint", "bigint", "bigint" };
        t.sql = QString::fromLatin1(names[qBound(0, t.byteSize, 8)]) + (t.isUnsigned ? u" unsigned"_s : QString());
        if (t.displayWidthOne) {
            t.sql = u"tinyint(1)"_s;
        }
        break;
    }
    case TypeFamily::Decimal:
        if (t.precision > 0 && t.precision <= 65 && t.scale <= 30) {
            t.sql = withArgs(u"decimal"_s, t.precision, qMax(t.scale, 0));
        } else {
            t.sql = u"decimal(65,30)"_s;
            warn(warnings, object, u"precision_limited"_s,
                 Tr::tr("%1 becomes decimal(65,30), MySQL's widest; values with more than 35 integer digits or 30 "
                        "decimals are rejected row by row, never rounded")
                     .arg(column.type.sql.isEmpty() ? u"numeric"_s : column.type.sql));
        }
        break;
    case TypeFamily::Float:
        t.sql = t.byteSize == 4 ? u"float"_s : u"double"_s;
        if (facts.hasNonFinite) {
            warn(warnings, object, u"values_rejected"_s,
                 Tr::tr("the column holds NaN or Infinity, which MySQL cannot store; those rows go to the failed-rows file"));
        }
        break;
    case TypeFamily::Text:
        if (keyColumn && (t.length < 0 || t.length > 768)) {
            // MySQL cannot key an unbounded TEXT column; 768 utf8mb4 characters = 3072 bytes, InnoDB's key limit.
            const qint64 needed = facts.maxTextLength > 0 ? facts.maxTextLength : 255;
            const int length = int(qMin<qint64>(qMax<qint64>(needed, 1), 768));
            t.sql = withArgs(u"varchar"_s, length);
            t.length = length;
            warn(warnings, object, u"type_changed"_s,
                 Tr::tr("unbounded text in a key becomes varchar(%1) (longest value: %2 characters); MySQL cannot "
                        "index TEXT whole")
                     .arg(length)
                     .arg(facts.maxTextLength));
        } else if (t.fixedLength && t.length > 0 && t.length <= 255) {
            t.sql = withArgs(u"char"_s, t.length);
        } else if (t.length > 0 && t.length <= mysqlMaxVarchar && (source != DialectKind::Mysql || t.sql.startsWith(u"var"_s))) {
            t.sql = withArgs(u"varchar"_s, t.length);
        } else if (source == DialectKind::Mysql) {
            // tinytext/text/mediumtext/longtext keep their name.
        } else {
            t.sql = u"longtext"_s;
        }
        break;
    case TypeFamily::Binary:
        if (keyColumn && (t.length < 0 || t.length > 3072)) {
            t.sql = u"varbinary(255)"_s;
            t.length = 255;
            warn(warnings, object, u"type_changed"_s, Tr::tr("unbounded binary in a key becomes varbinary(255)"));
        } else if (t.fixedLength && t.length > 0 && t.length <= 255) {
            t.sql = withArgs(u"binary"_s, t.length);
        } else if (source == DialectKind::Mysql && !t.sql.isEmpty()) {
            // keep varbinary(n) / blob sizes
        } else {
            t.sql = u"longblob"_s;
        }
        break;
    case TypeFamily::Date: t.sql = u"date"_s; break;
    case TypeFamily::Time: t.sql = withArgs(u"time"_s, t.precision < 0 ? 6 : qMin(t.precision, 6)); break;
    case TypeFamily::Timestamp: {
        const int precision = t.precision < 0 ? 6 : qMin(t.precision, 6);
        if (source == DialectKind::Mysql) {
            t.sql = withArgs(t.withTimeZone ? u"timestamp"_s : u"datetime"_s, precision);
        } else {
            // MySQL TIMESTAMP ends in 2038 (§8 row 8): DATETIME holding UTC.
            t.sql = withArgs(u"datetime"_s, precision);
            if (t.withTimeZone) {
                warn(warnings, object, u"time_zone_dropped"_s,
                     Tr::tr("timestamp with time zone becomes DATETIME(%1) holding UTC: MySQL TIMESTAMP cannot hold dates "
                            "after 2038-01-19")
                         .arg(precision));
            }
        }
        break;
    }
    case TypeFamily::Interval:
        t.sql = u"varchar(64)"_s;
        warn(warnings, object, u"type_changed"_s, Tr::tr("interval has no MySQL equivalent; values are copied as text"));
        break;
    case TypeFamily::Json: t.sql = u"json"_s; break;
    case TypeFamily::Uuid: t.sql = u"char(36)"_s; break;
    case TypeFamily::Bit: t.sql = withArgs(u"bit"_s, t.length > 0 ? qMin(t.length, 64) : 64); break;
    case TypeFamily::Enum: t.sql = u"enum("_s + enumList(t.enumValues, Dialect::forKind(DialectKind::Mysql)) + u')'; break;
    case TypeFamily::Other:
        if (source != DialectKind::Mysql) {
            t.sql = u"longtext"_s;
            warn(warnings, object, u"type_changed"_s,
                 Tr::tr("type \"%1\" has no MySQL equivalent; values are copied as text").arg(column.type.sql));
        }
        break;
    }
    return t;
}

ColumnType mapToSqlite(const Column &column, const QString &object, const ColumnFacts &facts, QList<SchemaWarning> &warnings)
{
    ColumnType t = column.type;
    switch (t.family) {
    case TypeFamily::Boolean: t.sql = u"BOOLEAN"_s; break;
    case TypeFamily::Integer:
        if (t.isUnsigned && t.byteSize == 8 && facts.hasAboveInt64) {
            // SQLite integers are signed 64-bit; INTEGER affinity would turn larger ones into REAL (§8 row 5).
            t.sql = u"TEXT"_s;
            t.family = TypeFamily::Text;
            warn(warnings, object, u"type_changed"_s,
                 Tr::tr("unsigned BIGINT values above 9223372036854775807 exist; the column becomes TEXT so they stay exact"));
        } else if (t.displayWidthOne && facts.scanned && facts.onlyZeroOrOne) {
            t.sql = u"BOOLEAN"_s;
            t.family = TypeFamily::Boolean;
        } else {
            t.sql = u"INTEGER"_s;
        }
        break;
    case TypeFamily::Decimal:
        if (t.precision > 0 && t.precision <= 15) {
            t.sql = withArgs(u"NUMERIC"_s, t.precision, qMax(t.scale, 0));
        } else {
            // NUMERIC affinity stores up to 15 significant digits as REAL: keep the exact text instead.
            t.sql = u"TEXT"_s;
            warn(warnings, object, u"type_changed"_s,
                 Tr::tr("%1 is stored as TEXT: SQLite's NUMERIC affinity would round values beyond 15 digits")
                     .arg(column.type.sql.isEmpty() ? u"numeric"_s : column.type.sql));
        }
        break;
    case TypeFamily::Float:
        t.sql = u"REAL"_s;
        if (facts.hasNaN) {
            warn(warnings, object, u"values_rejected"_s,
                 Tr::tr("the column holds NaN, which SQLite stores as NULL; those rows go to the failed-rows file"));
        }
        if (facts.hasNegativeZero) {
            warn(warnings, object, u"value_changed"_s,
                 Tr::tr("the column holds -0, which SQLite REAL reads back as 0 (numerically equal, sign lost)"));
        }
        break;
    case TypeFamily::Text:
        t.sql = t.length > 0 ? withArgs(t.fixedLength ? u"CHAR"_s : u"VARCHAR"_s, t.length) : u"TEXT"_s;
        break;
    case TypeFamily::Binary: t.sql = u"BLOB"_s; break;
    case TypeFamily::Date: t.sql = u"DATE"_s; break;
    // SQLite type names end at the parenthesis, so the zone goes into the name (TIMESTAMPTZ(6)).
    case TypeFamily::Time: t.sql = withArgs(t.withTimeZone ? u"TIMETZ"_s : u"TIME"_s, t.precision); break;
    case TypeFamily::Timestamp: t.sql = withArgs(t.withTimeZone ? u"TIMESTAMPTZ"_s : u"TIMESTAMP"_s, t.precision); break;
    case TypeFamily::Interval:
    case TypeFamily::Json:
    case TypeFamily::Uuid:
    case TypeFamily::Bit:
    case TypeFamily::Enum:
    case TypeFamily::Other:
        // TEXT affinity keeps the text as written ("1.0" stays "1.0", "0101" stays "0101").
        t.sql = u"TEXT"_s;
        break;
    }
    return t;
}

// SQLite columns are dynamically typed: a column with no declared type takes whatever the scan found.
void refineSqliteSource(Column &column, const ColumnFacts &facts)
{
    if (column.type.family != TypeFamily::Other || !facts.scanned) {
        return;
    }
    const QStringList &classes = facts.sqliteStorageClasses;
    if (classes == QStringList { u"integer"_s }) {
        column.type.family = TypeFamily::Integer;
        column.type.byteSize = 8;
    } else if (!classes.isEmpty() && !classes.contains(u"text"_s) && !classes.contains(u"blob"_s)) {
        column.type.family = TypeFamily::Float;
        column.type.byteSize = 8;
    } else if (classes.contains(u"blob"_s)) {
        column.type.family = TypeFamily::Binary;
    } else {
        column.type.family = TypeFamily::Text;
    }
}

// Removes PostgreSQL casts ("'a'::text", "x::character varying(10)") outside string literals.
QString stripPostgresCasts(const QString &sql)
{
    static const QRegularExpression castRe(
        u"::\"?[A-Za-z_][A-Za-z_0-9]*\"?(?:\\s+(?:varying|precision|without\\s+time\\s+zone|with\\s+time\\s+zone))?"
        "(?:\\(\\d+(?:,\\s*\\d+)?\\))?(?:\\[\\])?"_s);
    // '-1000'::integer -> -1000: a numeric literal PostgreSQL wrote as a cast string.
    static const QRegularExpression numericLiteralRe(
        u"'(-?\\d+(?:\\.\\d+)?)'::(?:integer|bigint|smallint|numeric|real|double precision)\\b"_s);
    const QString input = QString(sql).replace(numericLiteralRe, u"\\1"_s);
    const QString &text = input;
    QString out;
    qsizetype i = 0;
    qsizetype chunkStart = 0;
    while (i < text.size()) {
        if (text.at(i) == u'\'') {
            out += QString(text.mid(chunkStart, i - chunkStart)).remove(castRe);
            qsizetype j = i + 1;
            while (j < text.size()) {
                if (text.at(j) == u'\'') {
                    if (j + 1 < text.size() && text.at(j + 1) == u'\'') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            out += text.mid(i, j - i + 1);
            i = j + 1;
            chunkStart = i;
            continue;
        }
        ++i;
    }
    out += QString(text.mid(chunkStart)).remove(castRe);
    return out;
}

// Functions and syntax that exist in one dialect only: an expression that uses them is not
// carried to another dialect.
bool usesDialectSpecifics(const QString &sql, DialectKind from)
{
    static const QStringList sqliteOnly { u"typeof"_s, u"glob"_s, u"strftime"_s, u"julianday"_s, u"printf"_s,
                                          u"last_insert_rowid"_s, u"changes"_s, u"raise"_s, u"datetime"_s, u"ifnull"_s };
    static const QStringList postgresOnly { u"ARRAY"_s, u"ANY"_s, u"SIMILAR"_s, u"ILIKE"_s, u"regexp_match"_s,
                                            u"to_char"_s, u"date_trunc"_s, u"NEW"_s };
    static const QStringList mysqlOnly { u"json_valid"_s, u"REGEXP"_s, u"ifnull"_s, u"curdate"_s, u"DATE_FORMAT"_s,
                                         u"IF"_s, u"DECLARE"_s, u"SIGNAL"_s, u"CONCAT_WS"_s };
    const QStringList &words = from == DialectKind::Sqlite ? sqliteOnly : from == DialectKind::Postgres ? postgresOnly : mysqlOnly;
    for (const QString &word : words) {
        if (from == DialectKind::Postgres && word == u"NEW") {
            continue;
        }
        if (SqlText::containsWord(sql, word)) {
            return true;
        }
    }
    if (from == DialectKind::Postgres) {
        static const QRegularExpression operators(u"~|::|\\|\\|/"_s);
        // Only outside literals matters, but a false positive just drops a check with a warning.
        if (operators.match(stripPostgresCasts(sql)).hasMatch()) {
            return true;
        }
    }
    return false;
}

// A CHECK / view / trigger expression moved to another dialect, or nullopt when it cannot be.
// `names`: the schema's table, column and view names, whose bare mentions a PostgreSQL target
// needs quoted when they are not lower case (see SqlText::requoteIdentifiers).
std::optional<QString> translateExpression(const QString &sql, DialectKind from, DialectKind to, const QStringList &names)
{
    if (from == to) {
        return sql;
    }
    QString text = from == DialectKind::Postgres ? stripPostgresCasts(sql) : sql;
    if (usesDialectSpecifics(text, from)) {
        return std::nullopt;
    }
    return SqlText::requoteIdentifiers(text, from, to, {}, to == DialectKind::Postgres ? names : QStringList());
}

std::optional<QString> unquoteLiteral(const QString &text, DialectKind from)
{
    static const QRegularExpression literalRe(u"^'((?:[^']|'')*)'$"_s, QRegularExpression::DotMatchesEverythingOption);
    const auto m = literalRe.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    QString value = m.captured(1).replace(u"''"_s, u"'"_s);
    if (from == DialectKind::Mysql) {
        value.replace(u"\\\\"_s, u"\\"_s);
    }
    return value;
}

// Default expressions: literals and the current date/time carry over; anything else is dropped
// with a warning (never guessed).
std::optional<QString> translateDefault(const Column &source, const ColumnType &target, DialectKind from, DialectKind to,
                                        bool &dropped)
{
    dropped = false;
    if (!source.defaultSql) {
        return std::nullopt;
    }
    QString expr = SqlText::stripOuterParens(*source.defaultSql);
    if (expr.compare(u"NULL"_s, Qt::CaseInsensitive) == 0) {
        return std::nullopt;
    }
    const bool booleanTarget = target.family == TypeFamily::Boolean;
    if (from == to && source.type.family == target.family) {
        return *source.defaultSql;
    }
    if (from == DialectKind::Postgres) {
        expr = stripPostgresCasts(expr);
    }
    static const QRegularExpression numberRe(u"^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$"_s);
    const Dialect &dialect = Dialect::forKind(to);
    if (numberRe.match(expr).hasMatch()) {
        if (booleanTarget && to == DialectKind::Postgres) {
            return expr.toDouble() != 0 ? u"true"_s : u"false"_s;
        }
        return expr;
    }
    if (expr.compare(u"true"_s, Qt::CaseInsensitive) == 0 || expr.compare(u"false"_s, Qt::CaseInsensitive) == 0) {
        const bool value = expr.compare(u"true"_s, Qt::CaseInsensitive) == 0;
        if (to == DialectKind::Postgres) {
            return value ? u"true"_s : u"false"_s;
        }
        return value ? u"1"_s : u"0"_s;
    }
    if (auto literal = unquoteLiteral(expr, from)) {
        if (booleanTarget && to == DialectKind::Postgres && (*literal == u"0" || *literal == u"1")) {
            return *literal == u"1" ? u"true"_s : u"false"_s;
        }
        return dialect.quoteLiteral(*literal);
    }
    static const QRegularExpression nowRe(
        u"^(CURRENT_TIMESTAMP|now|current_timestamp|localtimestamp|LOCALTIMESTAMP)\\s*(\\(\\s*\\d*\\s*\\))?$|^datetime\\s*\\(\\s*'now'\\s*\\)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (nowRe.match(expr).hasMatch() && target.family == TypeFamily::Timestamp) {
        if (to == DialectKind::Mysql) {
            const int precision = target.precision < 0 ? 6 : target.precision;
            return precision > 0 ? u"CURRENT_TIMESTAMP("_s + QString::number(precision) + u')' : u"CURRENT_TIMESTAMP"_s;
        }
        return u"CURRENT_TIMESTAMP"_s;
    }
    static const QRegularExpression todayRe(u"^(CURRENT_DATE|curdate\\s*\\(\\s*\\)|date\\s*\\(\\s*'now'\\s*\\))$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    if (todayRe.match(expr).hasMatch() && target.family == TypeFamily::Date) {
        return to == DialectKind::Mysql ? u"(CURRENT_DATE)"_s : u"CURRENT_DATE"_s;
    }
    dropped = true;
    return std::nullopt;
}

// Names that must be unique together in the target (one namespace), with their folding.
class NameSpace
{
public:
    NameSpace(const Dialect &dialect, IdentifierKind kind, QString scope) : m_dialect(dialect), m_kind(kind), m_scope(std::move(scope)) { }
    // The object that already holds the folded name, or empty.
    QString claim(const QString &name, const QString &owner)
    {
        const QString key = m_dialect.collisionKey(name, m_kind);
        const auto it = m_names.constFind(key);
        if (it != m_names.constEnd()) {
            return *it;
        }
        m_names.insert(key, owner);
        return {};
    }
    bool taken(const QString &name) const { return m_names.contains(m_dialect.collisionKey(name, m_kind)); }

private:
    const Dialect &m_dialect;
    IdentifierKind m_kind;
    QString m_scope;
    QHash<QString, QString> m_names;
};

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto collisionError(const QString &first, const QString &second, DialectKind target)
{
    Core::Error error;
    error.file = Tr::tr("schema copy to %1").arg(dialectName(target));
    error.message = Tr::tr("\"%1\" and \"%2\" would be the same name in %3").arg(first, second, dialectName(target));
    error.hint = Tr::tr("%1 does not tell them apart (case folding). Nothing was written; rename one in the source or "
                        "leave one out with --exclude-tables.")
                     .arg(dialectName(target));
    return error;
}

Core::Result<void> checkName(const Dialect &dialect, const QString &name, const QString &what)
{
    return dialect.checkIdentifier(name, what);
}

} // namespace

ColumnType mapColumnType(const Column &column, const QString &table, DialectKind source, DialectKind target,
                         const ColumnFacts &facts, QList<SchemaWarning> &warnings)
{
    const QString object = objectName(table, column.name);
    Column effective = column;
    if (source == DialectKind::Sqlite) {
        refineSqliteSource(effective, facts);
    }
    if (source == target && effective.type.family != TypeFamily::Enum) {
        ColumnType t = effective.type;
        if (t.displayWidthOne && facts.scanned && !facts.onlyZeroOrOne) {
            t.displayWidthOne = false; // still tinyint(1) in MySQL; never a boolean elsewhere
        }
        return t;
    }
    switch (target) {
    case DialectKind::Postgres: return mapToPostgres(effective, object, source, facts, warnings);
    case DialectKind::Mysql: return mapToMysql(effective, object, source, facts, false, warnings);
    case DialectKind::Sqlite: return mapToSqlite(effective, object, facts, warnings);
    }
    return effective.type;
}

Core::Result<MappedSchema> mapSchema(const Schema &source, DialectKind target, const FactsMap &facts)
{
    MappedSchema mapped;
    mapped.schema.dialect = target;
    mapped.schema.database = source.database;
    mapped.schema.schemaName = source.schemaName;
    const Dialect &dialect = Dialect::forKind(target);
    QList<SchemaWarning> &warnings = mapped.warnings;
    QStringList schemaNames;
    for (const Table &table : source.tables) {
        schemaNames << table.name;
        for (const Column &column : table.columns) {
            schemaNames << column.name;
        }
    }
    for (const View &view : source.views) {
        schemaNames << view.name;
    }

    // Relations: PostgreSQL and SQLite keep tables, views and indexes in one namespace (PG also
    // the indexes behind PK/UNIQUE constraints); MySQL keeps indexes per table.
    NameSpace relations(dialect, IdentifierKind::Table, u"relations"_s);
    NameSpace databaseConstraints(dialect, IdentifierKind::Constraint, u"constraints"_s);
    for (const Table &table : source.tables) {
        if (auto ok = checkName(dialect, table.name, Tr::tr("table \"%1\"").arg(table.name)); !ok) {
            return ok.error();
        }
        if (const QString other = relations.claim(table.name, table.name); !other.isEmpty()) {
            return collisionError(other, table.name, target);
        }
    }
    for (const View &view : source.views) {
        if (auto ok = checkName(dialect, view.name, Tr::tr("view \"%1\"").arg(view.name)); !ok) {
            return ok.error();
        }
        if (const QString other = relations.claim(view.name, view.name); !other.isEmpty()) {
            return collisionError(other, view.name, target);
        }
    }

    // Index and constraint names that collide in the target are renamed "<table>_<name>"
    // (they are not data, and MySQL scopes them per table while PostgreSQL does not).
    auto uniqueName = [&](const QString &table, const QString &name, NameSpace &space, const QString &kind) -> Core::Result<QString> {
        if (name.isEmpty()) {
            return QString();
        }
        QString candidate = name;
        if (space.taken(candidate)) {
            candidate = table + u'_' + name;
            for (int n = 2; space.taken(candidate); ++n) {
                candidate = table + u'_' + name + u'_' + QString::number(n);
            }
            warn(warnings, objectName(table, name), kind + u"_renamed"_s,
                 Tr::tr("the name \"%1\" is already used in %2; renamed to \"%3\"").arg(name, dialectName(target), candidate));
        }
        if (auto ok = checkName(dialect, candidate, Tr::tr("%1 \"%2\" of table \"%3\"").arg(kind, candidate, table)); !ok) {
            return ok.error();
        }
        space.claim(candidate, table);
        return candidate;
    };

    for (const Table &sourceTable : source.tables) {
        Table table;
        table.name = sourceTable.name;
        table.comment = sourceTable.comment;
        table.identityHighWater = sourceTable.identityHighWater;
        table.estimatedRows = sourceTable.estimatedRows;
        const TableFacts tableFacts = facts.value(sourceTable.name);
        NameSpace columns(dialect, IdentifierKind::Column, sourceTable.name);
        NameSpace perTableIndexes(dialect, IdentifierKind::Index, sourceTable.name);
        NameSpace &indexSpace = target == DialectKind::Mysql ? perTableIndexes : relations;

        QSet<QString> keyColumns;
        if (sourceTable.primaryKey) {
            for (const QString &c : sourceTable.primaryKey->columns) {
                keyColumns.insert(c);
            }
        }
        for (const UniqueConstraint &u : sourceTable.uniques) {
            for (const QString &c : u.columns) {
                keyColumns.insert(c);
            }
        }
        for (const ForeignKey &fk : sourceTable.foreignKeys) {
            for (const QString &c : fk.columns) {
                keyColumns.insert(c);
            }
        }
        for (const Table &other : source.tables) {
            for (const ForeignKey &fk : other.foreignKeys) {
                if (fk.refTable == sourceTable.name) {
                    for (const QString &c : fk.refColumns) {
                        keyColumns.insert(c);
                    }
                }
            }
        }

        for (const Column &sourceColumn : sourceTable.columns) {
            const QString object = objectName(table.name, sourceColumn.name);
            if (auto ok = checkName(dialect, sourceColumn.name, Tr::tr("column \"%1\"").arg(object)); !ok) {
                return ok.error();
            }
            if (const QString other = columns.claim(sourceColumn.name, sourceColumn.name); !other.isEmpty()) {
                return collisionError(objectName(table.name, other), object, target);
            }
            const ColumnFacts columnFacts = tableFacts.value(sourceColumn.name);
            Column column = sourceColumn;
            column.sequenceName.clear();
            if (target == DialectKind::Mysql && source.dialect != DialectKind::Mysql) {
                Column effective = sourceColumn;
                if (source.dialect == DialectKind::Sqlite) {
                    refineSqliteSource(effective, columnFacts);
                }
                column.type = mapToMysql(effective, object, source.dialect, columnFacts, keyColumns.contains(sourceColumn.name),
                                         warnings);
            } else {
                column.type = mapColumnType(sourceColumn, table.name, source.dialect, target, columnFacts, warnings);
            }
            if (source.dialect == DialectKind::Sqlite && sourceColumn.type.family != TypeFamily::Other && columnFacts.scanned) {
                // Values whose storage class does not fit the declared type (§8 row 1).
                static const QHash<TypeFamily, QStringList> expected {
                    { TypeFamily::Integer, { u"integer"_s } },
                    { TypeFamily::Boolean, { u"integer"_s } },
                    { TypeFamily::Float, { u"real"_s, u"integer"_s } },
                    { TypeFamily::Decimal, { u"integer"_s, u"real"_s, u"text"_s } },
                    { TypeFamily::Text, { u"text"_s } },
                    { TypeFamily::Binary, { u"blob"_s } },
                    { TypeFamily::Date, { u"text"_s } },
                    { TypeFamily::Time, { u"text"_s } },
                    { TypeFamily::Timestamp, { u"text"_s } },
                };
                const QStringList allowed = expected.value(sourceColumn.type.family);
                QStringList odd;
                for (const QString &storage : columnFacts.sqliteStorageClasses) {
                    if (!allowed.isEmpty() && !allowed.contains(storage)) {
                        odd << storage;
                    }
                }
                if (!odd.isEmpty()) {
                    warn(warnings, object, u"mixed_storage"_s,
                         Tr::tr("declared %1 but holds %2 values; rows the target type cannot take go to the "
                                "failed-rows file with their typeof()")
                             .arg(sourceColumn.type.sql.isEmpty() ? u"(no type)"_s : sourceColumn.type.sql, odd.join(u", "_s)));
                }
                if (sourceColumn.type.family == TypeFamily::Text && sourceColumn.type.length > 0
                    && columnFacts.maxTextLength > sourceColumn.type.length) {
                    // SQLite does not enforce VARCHAR(n): widen instead of rejecting rows.
                    column.type.sql = target == DialectKind::Mysql ? u"longtext"_s : target == DialectKind::Postgres ? u"text"_s : u"TEXT"_s;
                    column.type.length = -1;
                    warn(warnings, object, u"type_changed"_s,
                         Tr::tr("declared %1 but holds values up to %2 characters; the column becomes unbounded text")
                             .arg(sourceColumn.type.sql)
                             .arg(columnFacts.maxTextLength));
                }
            }
            if (sourceColumn.type.family == TypeFamily::Integer && sourceColumn.type.displayWidthOne && target != DialectKind::Mysql
                && columnFacts.scanned && !columnFacts.onlyZeroOrOne) {
                warn(warnings, object, u"not_boolean"_s,
                     Tr::tr("tinyint(1) holds values other than 0 and 1, so it stays an integer instead of a boolean"));
            }
            // Identity: only integer columns can carry one in the target.
            if (column.identity != IdentityKind::None && column.type.family != TypeFamily::Integer
                && !column.type.sql.startsWith(u"bigint"_s) && !column.type.sql.startsWith(u"INTEGER"_s)) {
                column.identity = IdentityKind::None;
            }
            if (target == DialectKind::Sqlite && column.identity != IdentityKind::None
                && !(sourceTable.primaryKey && sourceTable.primaryKey->columns == QStringList { sourceColumn.name })) {
                column.identity = IdentityKind::None;
                warn(warnings, object, u"identity_dropped"_s,
                     Tr::tr("SQLite can only auto-number a single-column INTEGER PRIMARY KEY"));
            }
            if (target == DialectKind::Mysql && column.identity == IdentityKind::GeneratedAlways) {
                warn(warnings, object, u"identity_changed"_s,
                     Tr::tr("GENERATED ALWAYS becomes AUTO_INCREMENT, which also accepts explicit ids"));
            }
            // Generated columns: expression moved or the column becomes a plain one.
            if (sourceColumn.isGenerated()) {
                const auto expression = translateExpression(sourceColumn.generatedSql, source.dialect, target, schemaNames);
                if (expression && (target != DialectKind::Postgres || sourceColumn.generatedStored || source.dialect == target)) {
                    column.generatedSql = *expression;
                    column.generatedStored = target == DialectKind::Postgres ? true : sourceColumn.generatedStored;
                } else {
                    column.generatedSql.clear();
                    warn(warnings, object, u"generated_dropped"_s,
                         Tr::tr("generated column expression \"%1\" cannot be carried over; the column is copied as plain "
                                "values")
                             .arg(sourceColumn.generatedSql));
                }
            }
            bool dropped = false;
            column.defaultSql = translateDefault(sourceColumn, column.type, source.dialect, target, dropped);
            if (dropped) {
                warn(warnings, object, u"default_dropped"_s,
                     Tr::tr("default %1 has no %2 equivalent and was left out").arg(*sourceColumn.defaultSql, dialectName(target)));
            }
            if (column.type.family == TypeFamily::Enum || (sourceColumn.type.family == TypeFamily::Enum && target != DialectKind::Mysql)) {
                if (target != DialectKind::Mysql) {
                    table.checks.append({ QString(), dialect.quoteIdentifier(column.name) + u" IN ("_s
                                                         + enumList(sourceColumn.type.enumValues, dialect) + u')' });
                }
            }
            if (source.dialect == DialectKind::Mysql && target != DialectKind::Mysql && sourceColumn.type.family == TypeFamily::Timestamp
                && sourceColumn.defaultSql && sourceColumn.defaultSql->contains(u"on update"_s, Qt::CaseInsensitive)) {
                warn(warnings, object, u"on_update_dropped"_s, Tr::tr("ON UPDATE CURRENT_TIMESTAMP has no equivalent and was left out"));
            }
            table.columns << column;
        }

        if (sourceTable.primaryKey) {
            PrimaryKey pk = *sourceTable.primaryKey;
            if (target == DialectKind::Mysql) {
                pk.name.clear(); // always PRIMARY
            } else {
                auto name = uniqueName(table.name, pk.name, relations, u"constraint"_s);
                if (!name) {
                    return name.error();
                }
                pk.name = *name;
            }
            table.primaryKey = pk;
        }
        for (const UniqueConstraint &sourceUnique : sourceTable.uniques) {
            UniqueConstraint unique = sourceUnique;
            auto name = uniqueName(table.name, unique.name, indexSpace, u"constraint"_s);
            if (!name) {
                return name.error();
            }
            unique.name = *name;
            table.uniques << unique;
        }
        NameSpace checkNames(dialect, IdentifierKind::Constraint, table.name);
        for (const CheckConstraint &sourceCheck : sourceTable.checks) {
            const auto expression = translateExpression(sourceCheck.expression, source.dialect, target, schemaNames);
            if (!expression) {
                warn(warnings, objectName(table.name, sourceCheck.name), u"check_dropped"_s,
                     Tr::tr("CHECK (%1) uses %2-only syntax and was left out; enforce it in the application or add it by hand")
                         .arg(sourceCheck.expression, dialectName(source.dialect)));
                continue;
            }
            CheckConstraint check { sourceCheck.name, *expression };
            NameSpace &space = target == DialectKind::Mysql ? databaseConstraints : checkNames;
            auto name = uniqueName(table.name, check.name, space, u"constraint"_s);
            if (!name) {
                return name.error();
            }
            check.name = *name;
            table.checks << check;
        }
        for (const ForeignKey &sourceFk : sourceTable.foreignKeys) {
            ForeignKey fk = sourceFk;
            if (!source.table(fk.refTable) && source.dialect == target) {
                // Parent outside the copy: keep; apply fails with the server's message if it is missing.
            }
            NameSpace &space = target == DialectKind::Mysql ? databaseConstraints : checkNames;
            auto name = uniqueName(table.name, fk.name, space, u"constraint"_s);
            if (!name) {
                return name.error();
            }
            fk.name = *name;
            if (target == DialectKind::Mysql && fk.deferrable) {
                warn(warnings, objectName(table.name, fk.name.isEmpty() ? fk.refTable : fk.name), u"deferrable_dropped"_s,
                     Tr::tr("MySQL has no deferrable constraints; the FK is checked per statement"));
                fk.deferrable = false;
                fk.initiallyDeferred = false;
            }
            table.foreignKeys << fk;
        }
        for (const Index &sourceIndex : sourceTable.indexes) {
            Index index = sourceIndex;
            bool droppable = false;
            for (IndexColumn &column : index.columns) {
                if (!column.expression.isEmpty()) {
                    const auto expression = translateExpression(column.expression, source.dialect, target, schemaNames);
                    if (!expression) {
                        droppable = true;
                    } else {
                        column.expression = *expression;
                    }
                }
                if (target != DialectKind::Mysql) {
                    column.prefixLength = 0;
                } else if (column.expression.isEmpty() && column.prefixLength == 0) {
                    const Column *c = table.column(column.name);
                    if (c && (c->type.sql.endsWith(u"text"_s) || c->type.sql.endsWith(u"blob"_s))) {
                        column.prefixLength = 191; // MySQL cannot index TEXT/BLOB whole
                        warn(warnings, objectName(table.name, index.name), u"index_changed"_s,
                             Tr::tr("column %1 is indexed by its first 191 characters (MySQL cannot index TEXT whole)")
                                 .arg(column.name));
                    }
                }
            }
            if (!index.where.isEmpty()) {
                const auto where = target == DialectKind::Mysql ? std::nullopt : translateExpression(index.where, source.dialect, target, schemaNames);
                if (!where) {
                    droppable = true;
                } else {
                    index.where = *where;
                }
            }
            if (!index.method.isEmpty() && source.dialect != target) {
                warn(warnings, objectName(table.name, index.name), u"index_changed"_s,
                     Tr::tr("%1 index becomes a plain index").arg(index.method));
                index.method.clear();
            }
            if (droppable) {
                warn(warnings, objectName(table.name, index.name), u"index_dropped"_s,
                     Tr::tr("the index uses an expression or predicate %1 cannot take; it was left out").arg(dialectName(target)));
                continue;
            }
            auto name = uniqueName(table.name, index.name, indexSpace, u"index"_s);
            if (!name) {
                return name.error();
            }
            index.name = *name;
            table.indexes << index;
        }
        mapped.schema.tables << table;
    }

    for (const View &sourceView : source.views) {
        const auto definition = translateExpression(sourceView.definition, source.dialect, target, schemaNames);
        if (!definition) {
            mapped.skipped.append({ sourceView.name, u"untranslatable_view"_s,
                                    Tr::tr("the view uses %1-only syntax").arg(dialectName(source.dialect)), sourceView.createSql });
            warn(warnings, sourceView.name, u"view_skipped"_s,
                 Tr::tr("the view uses %1-only syntax; its source is in skipped/untranslatable_views.sql").arg(dialectName(source.dialect)));
            continue;
        }
        View view = sourceView;
        view.definition = *definition;
        view.createSql = dialect.createViewSql(view);
        if (source.dialect != target) {
            warn(warnings, view.name, u"view_translated"_s,
                 Tr::tr("view body copied from %1 with identifiers re-quoted; functions are not translated").arg(dialectName(source.dialect)));
        }
        mapped.schema.views << view;
    }

    NameSpace triggerNames(dialect, IdentifierKind::Trigger, u"triggers"_s);
    for (const Trigger &sourceTrigger : source.triggers) {
        Trigger trigger = sourceTrigger;
        QString reason;
        bool ok = true;
        if (source.dialect == target) {
            // Same dialect: the original statement(s).
        } else if (source.dialect == DialectKind::Postgres) {
            ok = false;
            reason = Tr::tr("PostgreSQL triggers run a PL/pgSQL function, which is not translated");
        } else {
            // SQLite / MySQL bodies of plain DML statements carry over with re-quoted identifiers.
            QString body = trigger.body;
            static const QRegularExpression beginEnd(u"^BEGIN\\b(.*)\\bEND\\s*;?$"_s,
                                                     QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
            if (const auto m = beginEnd.match(body.trimmed()); m.hasMatch()) {
                body = m.captured(1).trimmed();
            }
            QStringList statements;
            for (const QString &statement : SqlText::splitTopLevel(body, u';')) {
                if (statement.isEmpty()) {
                    continue;
                }
                qsizetype pos = 0;
                const QString verb = SqlText::readWord(statement, pos);
                if (verb != u"INSERT" && verb != u"UPDATE" && verb != u"DELETE") {
                    ok = false;
                    reason = Tr::tr("the trigger body has a %1 statement; only INSERT, UPDATE and DELETE are translated").arg(verb);
                    break;
                }
                const auto translated = translateExpression(statement, source.dialect, target, schemaNames);
                if (!translated) {
                    ok = false;
                    reason = Tr::tr("the trigger body uses %1-only functions").arg(dialectName(source.dialect));
                    break;
                }
                statements << *translated;
            }
            QString when;
            if (ok && !trigger.whenSql.isEmpty()) {
                const auto translated = translateExpression(trigger.whenSql, source.dialect, target, schemaNames);
                if (!translated) {
                    ok = false;
                    reason = Tr::tr("the WHEN condition uses %1-only functions").arg(dialectName(source.dialect));
                } else {
                    when = *translated;
                }
            }
            if (ok && target == DialectKind::Mysql && trigger.events.contains(u" OF "_s, Qt::CaseInsensitive)) {
                ok = false;
                reason = Tr::tr("MySQL triggers cannot fire on UPDATE OF specific columns");
            }
            if (ok && !trigger.forEachRow) {
                ok = false;
                reason = Tr::tr("statement-level triggers are not translated");
            }
            if (ok) {
                QString events = trigger.events;
                if (events.contains(u" OF "_s, Qt::CaseInsensitive)) {
                    const qsizetype of = events.indexOf(u" OF "_s, 0, Qt::CaseInsensitive);
                    QStringList cols;
                    for (const QString &c : SqlText::splitTopLevel(events.mid(of + 4))) {
                        qsizetype p = 0;
                        cols << dialect.quoteIdentifier(SqlText::readIdentifier(c, p));
                    }
                    events = events.left(of) + u" OF "_s + cols.join(u", "_s);
                }
                if (target == DialectKind::Postgres) {
                    const QString function = trigger.name + u"_fn"_s;
                    const bool before = trigger.timing == u"BEFORE";
                    const QString returned = !before ? u"NULL"_s : trigger.events.startsWith(u"DELETE"_s) ? u"OLD"_s : u"NEW"_s;
                    trigger.body = u"CREATE FUNCTION "_s + dialect.quoteIdentifier(function)
                        + u"() RETURNS trigger LANGUAGE plpgsql AS $mwb$\nBEGIN\n    "_s + statements.join(u";\n    "_s)
                        + u";\n    RETURN "_s + returned + u";\nEND\n$mwb$"_s;
                    trigger.createSql = u"CREATE TRIGGER "_s + dialect.quoteIdentifier(trigger.name) + u' ' + trigger.timing + u' '
                        + events + u" ON "_s + dialect.quoteIdentifier(trigger.table) + u" FOR EACH ROW"_s
                        + (when.isEmpty() ? QString() : u" WHEN ("_s + when + u')') + u" EXECUTE FUNCTION "_s
                        + dialect.quoteIdentifier(function) + u"()"_s;
                } else if (target == DialectKind::Mysql) {
                    QString inner = statements.join(u";\n    "_s) + u';';
                    if (!when.isEmpty()) {
                        inner = u"IF "_s + when + u" THEN\n    "_s + inner + u"\n    END IF;"_s;
                    }
                    trigger.body.clear();
                    trigger.createSql = u"CREATE TRIGGER "_s + dialect.quoteIdentifier(trigger.name) + u' ' + trigger.timing + u' '
                        + events + u" ON "_s + dialect.quoteIdentifier(trigger.table) + u" FOR EACH ROW\nBEGIN\n    "_s + inner
                        + u"\nEND"_s;
                } else {
                    trigger.body.clear();
                    trigger.createSql = u"CREATE TRIGGER "_s + dialect.quoteIdentifier(trigger.name) + u' ' + trigger.timing + u' '
                        + events + u" ON "_s + dialect.quoteIdentifier(trigger.table) + u" FOR EACH ROW"_s
                        + (when.isEmpty() ? QString() : u" WHEN "_s + when) + u"\nBEGIN\n    "_s + statements.join(u";\n    "_s)
                        + u";\nEND"_s;
                }
            }
        }
        if (ok) {
            if (auto checked = checkName(dialect, trigger.name, Tr::tr("trigger \"%1\"").arg(trigger.name)); !checked) {
                return checked.error();
            }
            if (const QString other = triggerNames.claim(trigger.name, trigger.name); !other.isEmpty()) {
                return collisionError(other, trigger.name, target);
            }
            mapped.schema.triggers << trigger;
        } else {
            const QString original = source.dialect == DialectKind::Postgres
                ? sourceTrigger.body + u";\n"_s + sourceTrigger.createSql
                : sourceTrigger.createSql;
            mapped.skipped.append({ sourceTrigger.name, u"untranslatable_trigger"_s, reason, original });
            warn(warnings, sourceTrigger.name, u"trigger_skipped"_s,
                 reason + u". "_s + Tr::tr("Its source is in skipped/untranslatable_triggers.sql."));
        }
    }

    for (const Routine &routine : source.routines) {
        const bool procedure = routine.kind == RoutineKind::Procedure;
        mapped.skipped.append({ routine.name, procedure ? u"stored_procedure"_s : u"function"_s,
                                Tr::tr("routines are not translated (%1)").arg(routine.language), routine.createSql });
        warn(warnings, routine.name, u"routine_skipped"_s,
             procedure ? Tr::tr("stored procedure not translated; its source is in skipped/stored_procedures.sql")
                       : Tr::tr("function not translated; its source is in skipped/functions.sql"));
    }
    return mapped;
}

} // namespace Mwb::Db
