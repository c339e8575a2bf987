// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/mysqldialect.h"

#include "db/sqltext.h"
#include "db/tr.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto readError(const QSqlQuery &query, const QString &what)
{
    return Dialect::catalogError(Tr::tr("MySQL catalog"), query, what,
                                 Tr::tr("The user needs SELECT on the database (information_schema shows only what it may see)."));
}

// A prepared, forward-only catalog query with its values bound, run; or the error naming `what`.
Core::Result<QSqlQuery> catalogRead(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    return Dialect::catalogQuery(db, sql, values, Tr::tr("MySQL catalog"), what,
                                 Tr::tr("The user needs SELECT on the database (information_schema shows only what it may see)."));
}

// COLUMN_TYPE text ("bigint(20) unsigned", "decimal(65,30)", "enum('a','b')") -> neutral type.
ColumnType parseMysqlType(const QString &columnType, const QString &dataType, qlonglong charLength, int datetimePrecision)
{
    ColumnType type;
    type.sql = columnType;
    const QString base = dataType.toLower();
    static const QRegularExpression argsRe(u"\\((\\d+)(?:,(\\d+))?\\)"_s);
    const auto args = argsRe.match(columnType);
    const int a1 = args.hasMatch() ? args.captured(1).toInt() : -1;
    const int a2 = args.hasMatch() && !args.captured(2).isEmpty() ? args.captured(2).toInt() : -1;
    type.isUnsigned = columnType.contains(u"unsigned"_s, Qt::CaseInsensitive);
    if (base == u"tinyint") {
        type.family = TypeFamily::Integer;
        type.byteSize = 1;
        type.displayWidthOne = a1 == 1 && !type.isUnsigned;
    } else if (base == u"smallint") {
        type.family = TypeFamily::Integer;
        type.byteSize = 2;
    } else if (base == u"mediumint") {
        type.family = TypeFamily::Integer;
        type.byteSize = 3;
    } else if (base == u"int" || base == u"integer") {
        type.family = TypeFamily::Integer;
        type.byteSize = 4;
    } else if (base == u"bigint") {
        type.family = TypeFamily::Integer;
        type.byteSize = 8;
    } else if (base == u"year") {
        type.family = TypeFamily::Integer;
        type.byteSize = 2;
    } else if (base == u"decimal" || base == u"numeric") {
        type.family = TypeFamily::Decimal;
        type.precision = a1;
        type.scale = qMax(a2, 0);
    } else if (base == u"float") {
        type.family = TypeFamily::Float;
        type.byteSize = 4;
    } else if (base == u"double" || base == u"real") {
        type.family = TypeFamily::Float;
        type.byteSize = 8;
    } else if (base == u"char" || base == u"varchar") {
        type.family = TypeFamily::Text;
        type.length = a1;
        type.fixedLength = base == u"char";
    } else if (base.endsWith(u"text"_s)) {
        type.family = TypeFamily::Text;
        type.length = base == u"longtext" ? -1 : int(qMin<qlonglong>(charLength, std::numeric_limits<int>::max()));
    } else if (base == u"binary" || base == u"varbinary") {
        type.family = TypeFamily::Binary;
        type.length = a1;
        type.fixedLength = base == u"binary";
    } else if (base.endsWith(u"blob"_s)) {
        type.family = TypeFamily::Binary;
        type.length = base == u"longblob" ? -1 : int(qMin<qlonglong>(charLength, std::numeric_limits<int>::max()));
    } else if (base == u"date") {
        type.family = TypeFamily::Date;
    } else if (base == u"time") {
        type.family = TypeFamily::Time;
        type.precision = datetimePrecision;
    } else if (base == u"datetime") {
        type.family = TypeFamily::Timestamp;
        type.precision = datetimePrecision;
    } else if (base == u"timestamp") {
        // MySQL TIMESTAMP converts from the session time zone to UTC and back (datetime.html).
        type.family = TypeFamily::Timestamp;
        type.precision = datetimePrecision;
        type.withTimeZone = true;
    } else if (base == u"json") {
        type.family = TypeFamily::Json;
    } else if (base == u"bit") {
        type.family = TypeFamily::Bit;
        type.length = a1;
        type.fixedLength = true;
    } else if (base == u"enum") {
        type.family = TypeFamily::Enum;
        const qsizetype open = columnType.indexOf(u'(');
        const qsizetype close = SqlText::matchingParen(columnType, open);
        for (QString value : SqlText::splitTopLevel(columnType.mid(open + 1, close - open - 1))) {
            value = value.mid(1, value.size() - 2).replace(u"''"_s, u"'"_s);
            type.enumValues << value;
        }
    } else {
        type.family = TypeFamily::Other; // set, geometry, ...
    }
    return type;
}

} // namespace

QString MysqlDialect::qtDriverName() const
{
    return u"QMYSQL"_s;
}

QString MysqlDialect::quoteIdentifier(const QString &name) const
{
    QString inner = name;
    inner.replace(u'`', u"``"_s);
    return u'`' + inner + u'`';
}

QString MysqlDialect::quoteLiteral(const QString &text) const
{
    // Without NO_BACKSLASH_ESCAPES a backslash starts an escape in MySQL string literals.
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

int MysqlDialect::maxIdentifierLength() const
{
    return 64; // characters (identifier-length.html)
}

QString MysqlDialect::collisionKey(const QString &name, IdentifierKind) const
{
    // Column, index and trigger names are case-insensitive; table names are too on Windows and
    // macOS (lower_case_table_names), so a portable target treats them the same way.
    return name.toCaseFolded();
}

bool MysqlDialect::transactionalDdl() const
{
    return false; // every DDL statement commits implicitly
}

Core::Result<Schema> MysqlDialect::readSchema(const QSqlDatabase &db, const TableFilter &filter) const
{
    Schema schema;
    schema.dialect = DialectKind::Mysql;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DATABASE(), VERSION()"_s) || !q.next()) {
        return readError(q, u"DATABASE()"_s);
    }
    schema.database = q.value(0).toString();
    schema.schemaName = schema.database;
    const bool mariadb = q.value(1).toString().contains(u"MariaDB"_s, Qt::CaseInsensitive);

    // Bound parameters throughout: QMYSQLDriver::tables() concatenates the database name (§7.2).
    auto tablesRead = catalogRead(db, u"SELECT TABLE_NAME, TABLE_COMMENT, AUTO_INCREMENT, TABLE_ROWS FROM information_schema.TABLES "
                   "WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"_s, { QVariant(schema.database) }, Tr::tr("the table list"));
    if (!tablesRead) {
        return tablesRead.error();
    }
    QSqlQuery &tables = *tablesRead;
    while (tables.next()) {
        Table table;
        table.name = tables.value(0).toString();
        if (!filter.matches(table.name)) {
            continue;
        }
        table.comment = tables.value(1).toString();
        if (!tables.value(2).isNull()) {
            table.identityHighWater = tables.value(2).toLongLong() - 1;
        }
        table.estimatedRows = tables.value(3).toLongLong();
        schema.tables << table;
    }

    for (Table &table : schema.tables) {
        auto colsRead = catalogRead(db, u"SELECT COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, "
                     "CHARACTER_MAXIMUM_LENGTH, DATETIME_PRECISION, GENERATION_EXPRESSION, COLUMN_COMMENT "
                     "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION"_s, { QVariant(schema.database), QVariant(table.name) }, Tr::tr("the columns of %1").arg(table.name));
        if (!colsRead) {
            return colsRead.error();
        }
        QSqlQuery &cols = *colsRead;
        while (cols.next()) {
            Column column;
            column.name = cols.value(0).toString();
            column.type = parseMysqlType(cols.value(1).toString(), cols.value(2).toString(), cols.value(6).toLongLong(),
                                         cols.value(7).isNull() ? -1 : cols.value(7).toInt());
            column.nullable = cols.value(3).toString() == u"YES";
            const QString extra = cols.value(5).toString().toLower();
            if (extra.contains(u"auto_increment"_s)) {
                column.identity = IdentityKind::AutoIncrement;
            }
            if (extra.contains(u"generated"_s) || extra.contains(u"persistent"_s)) {
                column.generatedSql = cols.value(8).toString();
                column.generatedStored = extra.contains(u"stored"_s) || extra.contains(u"persistent"_s);
            }
            column.comment = cols.value(9).toString();
            if (!cols.value(4).isNull() && column.generatedSql.isEmpty()) {
                const QString value = cols.value(4).toString();
                if (mariadb) {
                    // MariaDB 10.2.7+ reports defaults as SQL expressions ('text', NULL, current_timestamp()).
                    if (value != u"NULL") {
                        column.defaultSql = value;
                    }
                } else {
                    // MySQL reports literal values unquoted; expressions carry DEFAULT_GENERATED.
                    const bool expression = extra.contains(u"default_generated"_s)
                        || value.compare(u"CURRENT_TIMESTAMP"_s, Qt::CaseInsensitive) == 0;
                    const bool numeric = column.type.family == TypeFamily::Integer || column.type.family == TypeFamily::Decimal
                        || column.type.family == TypeFamily::Float;
                    column.defaultSql = expression ? u'(' + value + u')' : numeric ? value : quoteLiteral(value);
                }
            }
            table.columns << column;
        }

        auto statsRead = catalogRead(db, u"SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, SUB_PART, INDEX_TYPE "
                      "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? "
                      "ORDER BY INDEX_NAME = 'PRIMARY' DESC, INDEX_NAME, SEQ_IN_INDEX"_s, { QVariant(schema.database), QVariant(table.name) }, Tr::tr("the indexes of %1").arg(table.name));
        if (!statsRead) {
            return statsRead.error();
        }
        QSqlQuery &stats = *statsRead;
        QList<Index> indexes;
        while (stats.next()) {
            const QString name = stats.value(0).toString();
            if (indexes.isEmpty() || indexes.last().name != name) {
                Index index;
                index.name = name;
                index.unique = stats.value(1).toInt() == 0;
                const QString type = stats.value(5).toString();
                index.method = (type == u"FULLTEXT" || type == u"SPATIAL") ? type : QString();
                indexes << index;
            }
            IndexColumn column;
            column.name = stats.value(2).toString();
            column.descending = stats.value(3).toString() == u"D";
            column.prefixLength = stats.value(4).isNull() ? 0 : stats.value(4).toInt();
            indexes.last().columns << column;
        }
        for (const Index &index : std::as_const(indexes)) {
            QStringList names;
            for (const IndexColumn &c : index.columns) {
                names << c.name;
            }
            if (index.name == u"PRIMARY") {
                table.primaryKey = PrimaryKey { QString(), names };
            } else if (index.unique && index.method.isEmpty() && std::none_of(index.columns.begin(), index.columns.end(), [](const IndexColumn &c) {
                           return c.prefixLength > 0;
                       })) {
                table.uniques.append({ index.name, names });
            } else {
                table.indexes << index;
            }
        }

        auto fksRead = catalogRead(db, u"SELECT rc.CONSTRAINT_NAME, rc.UPDATE_RULE, rc.DELETE_RULE, rc.REFERENCED_TABLE_NAME, kcu.COLUMN_NAME, "
                    "kcu.REFERENCED_COLUMN_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS rc "
                    "JOIN information_schema.KEY_COLUMN_USAGE kcu ON kcu.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA "
                    "AND kcu.CONSTRAINT_NAME = rc.CONSTRAINT_NAME AND kcu.TABLE_NAME = rc.TABLE_NAME "
                    "WHERE rc.CONSTRAINT_SCHEMA = ? AND rc.TABLE_NAME = ? ORDER BY rc.CONSTRAINT_NAME, kcu.ORDINAL_POSITION"_s, { QVariant(schema.database), QVariant(table.name) }, Tr::tr("the foreign keys of %1").arg(table.name));
        if (!fksRead) {
            return fksRead.error();
        }
        QSqlQuery &fks = *fksRead;
        while (fks.next()) {
            const QString name = fks.value(0).toString();
            if (table.foreignKeys.isEmpty() || table.foreignKeys.last().name != name) {
                ForeignKey fk;
                fk.name = name;
                fk.onUpdate = fkActionFromSql(fks.value(1).toString());
                fk.onDelete = fkActionFromSql(fks.value(2).toString());
                fk.refTable = fks.value(3).toString();
                table.foreignKeys << fk;
            }
            table.foreignKeys.last().columns << fks.value(4).toString();
            table.foreignKeys.last().refColumns << fks.value(5).toString();
        }

        // CHECK constraints: MySQL 8.0.16+ and MariaDB 10.2+; MariaDB's CHECK_CONSTRAINTS has TABLE_NAME.
        QSqlQuery checks(db);
        checks.setForwardOnly(true);
        checks.prepare(mariadb ? u"SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                                 "WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME"_s
                               : u"SELECT tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM information_schema.TABLE_CONSTRAINTS tc "
                                 "JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA "
                                 "AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME WHERE tc.TABLE_SCHEMA = ? AND tc.TABLE_NAME = ? "
                                 "AND tc.CONSTRAINT_TYPE = 'CHECK' ORDER BY tc.CONSTRAINT_NAME"_s);
        checks.addBindValue(schema.database);
        checks.addBindValue(table.name);
        if (checks.exec()) {
            while (checks.next()) {
                const QString name = checks.value(0).toString();
                const QString clause = SqlText::stripOuterParens(checks.value(1).toString());
                // MariaDB's JSON is LONGTEXT plus CHECK (json_valid(`col`)) named after the column.
                static const QRegularExpression jsonValidRe(u"^json_valid\\(`((?:[^`]|``)*)`\\)$"_s, QRegularExpression::CaseInsensitiveOption);
                const auto m = jsonValidRe.match(clause);
                if (m.hasMatch()) {
                    const QString columnName = m.captured(1).replace(u"``"_s, u"`"_s);
                    const qsizetype index = table.columnIndex(columnName);
                    if (index >= 0 && table.columns.at(index).type.family == TypeFamily::Text) {
                        Column &c = table.columns[index];
                        c.type.family = TypeFamily::Json;
                        c.type.sql = u"json"_s;
                        c.type.length = -1;
                        continue;
                    }
                }
                table.checks.append({ name, clause });
            }
        }
    }

    auto viewsRead = catalogRead(db, u"SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME"_s, { QVariant(schema.database) }, Tr::tr("the views"));
    if (!viewsRead) {
        return viewsRead.error();
    }
    QSqlQuery &views = *viewsRead;
    while (views.next()) {
        View view;
        view.name = views.value(0).toString();
        // The stored definition names the database in every reference: `db`.`t`.`c`.
        view.definition = SqlText::requoteIdentifiers(views.value(1).toString(), DialectKind::Mysql, DialectKind::Mysql,
                                                      schema.database);
        view.createSql = createViewSql(view);
        schema.views << view;
    }

    auto triggersRead = catalogRead(db, u"SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT, "
                     "ACTION_ORIENTATION FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? "
                     "ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER"_s, { QVariant(schema.database) }, Tr::tr("the triggers"));
    if (!triggersRead) {
        return triggersRead.error();
    }
    QSqlQuery &triggers = *triggersRead;
    while (triggers.next()) {
        Trigger trigger;
        trigger.name = triggers.value(0).toString();
        trigger.table = triggers.value(1).toString();
        if (!filter.matches(trigger.table)) {
            continue;
        }
        trigger.timing = triggers.value(2).toString();
        trigger.events = triggers.value(3).toString();
        trigger.body = triggers.value(4).toString().trimmed();
        trigger.forEachRow = triggers.value(5).toString() == u"ROW";
        trigger.createSql = u"CREATE TRIGGER "_s + quoteIdentifier(trigger.name) + u' ' + trigger.timing + u' ' + trigger.events
            + u" ON "_s + quoteIdentifier(trigger.table) + u" FOR EACH ROW "_s + trigger.body;
        schema.triggers << trigger;
    }

    QSqlQuery routines(db);
    routines.setForwardOnly(true);
    routines.prepare(u"SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? "
                     "ORDER BY ROUTINE_NAME"_s);
    routines.addBindValue(schema.database);
    if (routines.exec()) {
        while (routines.next()) {
            Routine routine;
            routine.name = routines.value(0).toString();
            routine.kind = routines.value(1).toString() == u"PROCEDURE" ? RoutineKind::Procedure : RoutineKind::Function;
            routine.language = u"SQL"_s;
            QSqlQuery show(db);
            show.setForwardOnly(true);
            // SHOW CREATE cannot take a parameter; the name goes through our own quoting.
            if (show.exec((routine.kind == RoutineKind::Procedure ? u"SHOW CREATE PROCEDURE "_s : u"SHOW CREATE FUNCTION "_s)
                          + quoteIdentifier(routine.name))
                && show.next()) {
                routine.createSql = show.value(2).toString();
            }
            schema.routines << routine;
        }
    }
    return schema;
}

QString MysqlDialect::columnDefinitionSql(const Column &column, const Table &) const
{
    QString sql = quoteIdentifier(column.name) + u' ' + column.type.sql;
    if (column.isGenerated()) {
        sql += u" GENERATED ALWAYS AS ("_s + column.generatedSql + (column.generatedStored ? u") STORED"_s : u") VIRTUAL"_s);
        return sql;
    }
    sql += column.nullable ? u" NULL"_s : u" NOT NULL"_s;
    if (column.identity != IdentityKind::None) {
        sql += u" AUTO_INCREMENT"_s;
    } else if (column.defaultSql) {
        sql += u" DEFAULT "_s + *column.defaultSql;
    }
    if (!column.comment.isEmpty()) {
        sql += u" COMMENT "_s + quoteLiteral(column.comment);
    }
    return sql;
}

QString MysqlDialect::createTableSql(const Table &table) const
{
    QStringList parts;
    for (const Column &column : table.columns) {
        parts << u"    "_s + columnDefinitionSql(column, table);
    }
    if (table.primaryKey) {
        parts << u"    PRIMARY KEY ("_s + quotedList(table.primaryKey->columns) + u')';
    }
    for (const UniqueConstraint &unique : table.uniques) {
        parts << u"    UNIQUE KEY "_s + (unique.name.isEmpty() ? QString() : quoteIdentifier(unique.name) + u' ') + u'('
                + quotedList(unique.columns) + u')';
    }
    parts << checkLines(table);
    // utf8mb4 for 4-byte characters (§8 row 17); utf8mb4_bin keeps 'a' and 'A' distinct under
    // UNIQUE, as in PostgreSQL and SQLite (§8 row 16).
    QString sql = u"CREATE TABLE "_s + quoteIdentifier(table.name) + u" (\n"_s + parts.join(u",\n"_s)
        + u"\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"_s;
    if (!table.comment.isEmpty()) {
        sql += u" COMMENT="_s + quoteLiteral(table.comment);
    }
    return sql;
}

QString MysqlDialect::createIndexSql(const Table &table, const Index &index) const
{
    const QString kind = index.method == u"FULLTEXT" ? u"CREATE FULLTEXT INDEX "_s
        : index.method == u"SPATIAL"                 ? u"CREATE SPATIAL INDEX "_s
        : index.unique                               ? u"CREATE UNIQUE INDEX "_s
                                                     : u"CREATE INDEX "_s;
    return kind + quoteIdentifier(index.name) + u" ON "_s + quoteIdentifier(table.name) + u" ("_s
        + indexParts(index, true).join(u", "_s) + u')';
}

QString MysqlDialect::addForeignKeySql(const Table &table, const ForeignKey &fk) const
{
    // MySQL has no deferrable constraints.
    return u"ALTER TABLE "_s + quoteIdentifier(table.name) + u" ADD "_s + foreignKeyClause(fk, false);
}

QString MysqlDialect::createViewSql(const View &view) const
{
    return u"CREATE VIEW "_s + quoteIdentifier(view.name) + u" AS "_s + view.definition.trimmed();
}

QString MysqlDialect::selectExpression(const Column &column) const
{
    const QString name = quoteIdentifier(column.name);
    switch (column.type.family) {
    case TypeFamily::Date:
    case TypeFamily::Time:
    case TypeFamily::Timestamp:
    case TypeFamily::Json:
        // QMYSQL keeps milliseconds only and turns 0000-00-00 into an invalid QDate (§8 rows 4, 9).
        return u"CAST("_s + name + u" AS CHAR)"_s;
    case TypeFamily::Bit:
        // A string of 0/1 digits, one per bit, as PostgreSQL writes bit(n).
        return u"LPAD(BIN("_s + name + u"), "_s + QString::number(qMax(column.type.length, 1)) + u", '0')"_s;
    default:
        return name;
    }
}

} // namespace Mwb::Db
