// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/postgresdialect.h"

#include "core/jsonio.h"
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
    return Dialect::catalogError(Tr::tr("PostgreSQL catalog"), query, what,
                                 Tr::tr("The user needs USAGE on the schema and SELECT on pg_catalog (granted by default)."));
}

// A prepared, forward-only catalog query with its values bound, run; or the error naming `what`.
Core::Result<QSqlQuery> catalogRead(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    return Dialect::catalogQuery(db, sql, values, Tr::tr("PostgreSQL catalog"), what,
                                 Tr::tr("The user needs USAGE on the schema and SELECT on pg_catalog (granted by default)."));
}

QStringList jsonNames(const QVariant &value)
{
    QStringList out;
    auto parsed = Core::parseJson(value.toString().toUtf8(), u"catalog"_s);
    if (parsed && parsed->is_array()) {
        for (const auto &item : *parsed) {
            out << (item.is_string() ? Core::fromStd(item.get<std::string>()) : QString());
        }
    }
    return out;
}

// format_type() text -> neutral type.
ColumnType parsePostgresType(const QString &formatted, const QString &typtype)
{
    ColumnType type;
    type.sql = formatted;
    static const QRegularExpression argsRe(u"\\((\\d+)(?:,(\\d+))?\\)"_s);
    const auto args = argsRe.match(formatted);
    const int a1 = args.hasMatch() ? args.captured(1).toInt() : -1;
    const int a2 = args.hasMatch() && !args.captured(2).isEmpty() ? args.captured(2).toInt() : -1;
    QString base = formatted;
    base.remove(argsRe);
    base = base.simplified();
    if (formatted.endsWith(u"[]"_s)) {
        type.family = TypeFamily::Other;
    } else if (typtype == u"e") {
        type.family = TypeFamily::Enum;
    } else if (base == u"boolean") {
        type.family = TypeFamily::Boolean;
    } else if (base == u"smallint") {
        type.family = TypeFamily::Integer;
        type.byteSize = 2;
    } else if (base == u"integer") {
        type.family = TypeFamily::Integer;
        type.byteSize = 4;
    } else if (base == u"bigint") {
        type.family = TypeFamily::Integer;
        type.byteSize = 8;
    } else if (base == u"numeric") {
        type.family = TypeFamily::Decimal;
        type.precision = a1;
        type.scale = a1 >= 0 ? qMax(a2, 0) : -1;
    } else if (base == u"real") {
        type.family = TypeFamily::Float;
        type.byteSize = 4;
    } else if (base == u"double precision") {
        type.family = TypeFamily::Float;
        type.byteSize = 8;
    } else if (base == u"text" || base == u"character varying" || base == u"character" || base == u"\"char\"" || base == u"name"
               || base == u"citext") {
        type.family = TypeFamily::Text;
        type.length = a1;
        type.fixedLength = base == u"character";
    } else if (base == u"bytea") {
        type.family = TypeFamily::Binary;
    } else if (base == u"date") {
        type.family = TypeFamily::Date;
    } else if (base.startsWith(u"time "_s) || base == u"time") {
        type.family = TypeFamily::Time;
        type.precision = a1;
        type.withTimeZone = base.contains(u"with time zone"_s);
    } else if (base.startsWith(u"timestamp"_s)) {
        type.family = TypeFamily::Timestamp;
        type.precision = a1;
        type.withTimeZone = base.contains(u"with time zone"_s);
    } else if (base.startsWith(u"interval"_s)) {
        type.family = TypeFamily::Interval;
        type.precision = a1;
    } else if (base == u"json" || base == u"jsonb") {
        type.family = TypeFamily::Json;
    } else if (base == u"uuid") {
        type.family = TypeFamily::Uuid;
    } else if (base == u"bit" || base == u"bit varying") {
        type.family = TypeFamily::Bit;
        type.length = a1;
        type.fixedLength = base == u"bit";
    } else {
        type.family = TypeFamily::Other;
    }
    return type;
}

FkAction actionFromCode(const QString &code)
{
    if (code == u"r") {
        return FkAction::Restrict;
    }
    if (code == u"c") {
        return FkAction::Cascade;
    }
    if (code == u"n") {
        return FkAction::SetNull;
    }
    if (code == u"d") {
        return FkAction::SetDefault;
    }
    return FkAction::NoAction;
}

} // namespace

QString PostgresDialect::qtDriverName() const
{
    return u"QPSQL"_s;
}

QString PostgresDialect::quoteIdentifier(const QString &name) const
{
    QString inner = name;
    inner.replace(u'"', u"\"\""_s);
    return u'"' + inner + u'"';
}

int PostgresDialect::maxIdentifierLength() const
{
    return 63; // NAMEDATALEN - 1 bytes (sql-syntax-lexical.html)
}

QString PostgresDialect::collisionKey(const QString &name, IdentifierKind) const
{
    return name; // quoted identifiers are case-sensitive; over-long names are rejected by checkIdentifier
}

bool PostgresDialect::transactionalDdl() const
{
    return true;
}

Core::Result<Schema> PostgresDialect::readSchema(const QSqlDatabase &db, const TableFilter &filter) const
{
    Schema schema;
    schema.dialect = DialectKind::Postgres;
    schema.database = db.databaseName();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT current_schema()"_s) || !q.next()) {
        return readError(q, u"current_schema()"_s);
    }
    schema.schemaName = q.value(0).toString();

    auto tablesRead = catalogRead(db, u"SELECT c.oid, c.relname, coalesce(obj_description(c.oid, 'pg_class'), ''), c.reltuples::bigint "
                   "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname"_s, { QVariant(schema.schemaName) }, Tr::tr("the table list"));
    if (!tablesRead) {
        return tablesRead.error();
    }
    QSqlQuery &tables = *tablesRead;
    QList<QPair<qlonglong, Table>> found;
    while (tables.next()) {
        Table table;
        table.name = tables.value(1).toString();
        if (!filter.matches(table.name)) {
            continue;
        }
        table.comment = tables.value(2).toString();
        table.estimatedRows = tables.value(3).toLongLong();
        found.append({ tables.value(0).toLongLong(), table });
    }

    for (auto &[oid, table] : found) {
        auto colsRead = catalogRead(db, 
            u"SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), "
            "a.attidentity, a.attgenerated, t.typtype, coalesce(col_description(a.attrelid, a.attnum), ''), "
            "(SELECT s.relname FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S' "
            "  WHERE dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype IN ('a', 'i') LIMIT 1), "
            "CASE WHEN t.typtype = 'e' THEN (SELECT array_to_json(array_agg(e.enumlabel ORDER BY e.enumsortorder))::text "
            "  FROM pg_enum e WHERE e.enumtypid = t.oid) END, "
            "CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END "
            "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
            "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            "WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"_s, { QVariant(oid) }, Tr::tr("the columns of %1").arg(table.name));
        if (!colsRead) {
            return colsRead.error();
        }
        QSqlQuery &cols = *colsRead;
        while (cols.next()) {
            Column column;
            column.name = cols.value(0).toString();
            const QString domainBase = cols.value(10).toString();
            column.type = parsePostgresType(domainBase.isEmpty() ? cols.value(1).toString() : domainBase, cols.value(6).toString());
            column.nullable = !cols.value(2).toBool();
            const QString defaultExpr = cols.value(3).toString();
            const QString identity = cols.value(4).toString();
            const QString generated = cols.value(5).toString();
            column.comment = cols.value(7).toString();
            column.sequenceName = cols.value(8).toString();
            if (column.type.family == TypeFamily::Enum) {
                column.type.enumValues = jsonNames(cols.value(9));
            }
            if (generated == u"s") {
                column.generatedSql = defaultExpr;
                column.generatedStored = true;
            } else if (identity == u"a") {
                column.identity = IdentityKind::GeneratedAlways;
            } else if (identity == u"d") {
                column.identity = IdentityKind::GeneratedByDefault;
            } else if (!cols.value(3).isNull()) {
                if (defaultExpr.startsWith(u"nextval("_s) && !column.sequenceName.isEmpty()) {
                    column.identity = IdentityKind::AutoIncrement; // serial / bigserial
                } else {
                    column.defaultSql = defaultExpr;
                }
            }
            table.columns << column;
        }

        auto consRead = catalogRead(db, 
            u"SELECT c.conname, c.contype, "
            "(SELECT array_to_json(array_agg(a.attname ORDER BY k.o))::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o) "
            "  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n), "
            "(SELECT relname FROM pg_class WHERE oid = c.confrelid), "
            "(SELECT array_to_json(array_agg(a.attname ORDER BY k.o))::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o) "
            "  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n), "
            "c.confupdtype, c.confdeltype, c.condeferrable, c.condeferred, pg_get_constraintdef(c.oid, true) "
            "FROM pg_constraint c WHERE c.conrelid = ? AND c.contype IN ('p', 'u', 'f', 'c') ORDER BY c.contype, c.conname"_s, { QVariant(oid) }, Tr::tr("the constraints of %1").arg(table.name));
        if (!consRead) {
            return consRead.error();
        }
        QSqlQuery &cons = *consRead;
        while (cons.next()) {
            const QString name = cons.value(0).toString();
            const QString kind = cons.value(1).toString();
            const QStringList columns = jsonNames(cons.value(2));
            if (kind == u"p") {
                table.primaryKey = PrimaryKey { name, columns };
            } else if (kind == u"u") {
                table.uniques.append({ name, columns });
            } else if (kind == u"c") {
                QString def = cons.value(9).toString();
                static const QRegularExpression checkRe(u"^CHECK\\s*"_s);
                def.remove(checkRe);
                def.remove(u" NOT VALID"_s);
                table.checks.append({ name, SqlText::stripOuterParens(def) });
            } else if (kind == u"f") {
                ForeignKey fk;
                fk.name = name;
                fk.columns = columns;
                fk.refTable = cons.value(3).toString();
                fk.refColumns = jsonNames(cons.value(4));
                fk.onUpdate = actionFromCode(cons.value(5).toString());
                fk.onDelete = actionFromCode(cons.value(6).toString());
                fk.deferrable = cons.value(7).toBool();
                fk.initiallyDeferred = cons.value(8).toBool();
                table.foreignKeys << fk;
            }
        }

        auto idxRead = catalogRead(db, u"SELECT i.relname, ix.indisunique, am.amname, pg_get_expr(ix.indpred, ix.indrelid), ix.indexrelid, "
                    "ix.indnkeyatts FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_am am ON am.oid = i.relam "
                    "WHERE ix.indrelid = ? AND NOT ix.indisprimary "
                    "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid AND c.contype IN ('p', 'u', 'x')) "
                    "ORDER BY i.relname"_s, { QVariant(oid) }, Tr::tr("the indexes of %1").arg(table.name));
        if (!idxRead) {
            return idxRead.error();
        }
        QSqlQuery &idx = *idxRead;
        QList<QPair<qlonglong, Index>> indexes;
        while (idx.next()) {
            Index index;
            index.name = idx.value(0).toString();
            index.unique = idx.value(1).toBool();
            const QString method = idx.value(2).toString();
            index.method = method == u"btree" ? QString() : method;
            index.where = idx.value(3).toString();
            indexes.append({ idx.value(4).toLongLong(), index });
        }
        for (auto &[indexOid, index] : indexes) {
            auto icRead = catalogRead(db, u"SELECT k.o, a.attname, pg_get_indexdef(ix.indexrelid, k.o::int, true), "
                       "(ix.indoption[k.o - 1] & 1) = 1 "
                       "FROM pg_index ix CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, o) "
                       "LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum AND k.attnum > 0 "
                       "WHERE ix.indexrelid = ? AND k.o <= ix.indnkeyatts ORDER BY k.o"_s, { QVariant(indexOid) }, Tr::tr("the columns of index %1").arg(index.name));
            if (!icRead) {
                return icRead.error();
            }
            QSqlQuery &ic = *icRead;
            while (ic.next()) {
                IndexColumn column;
                if (ic.value(1).isNull()) {
                    column.expression = ic.value(2).toString();
                } else {
                    column.name = ic.value(1).toString();
                }
                column.descending = ic.value(3).toBool();
                index.columns << column;
            }
            table.indexes << index;
        }

        // Sequence high-water mark of serial/identity columns (reset after the copy).
        for (const Column &column : std::as_const(table.columns)) {
            if (column.sequenceName.isEmpty()) {
                continue;
            }
            QSqlQuery seq(db);
            seq.prepare(u"SELECT last_value FROM pg_sequences WHERE schemaname = ? AND sequencename = ?"_s);
            seq.addBindValue(schema.schemaName);
            seq.addBindValue(column.sequenceName);
            if (seq.exec() && seq.next() && !seq.value(0).isNull()) {
                table.identityHighWater = seq.value(0).toLongLong();
            }
        }
        schema.tables << table;
    }

    auto viewsRead = catalogRead(db, u"SELECT c.relname, pg_get_viewdef(c.oid, true) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "WHERE n.nspname = ? AND c.relkind = 'v' ORDER BY c.relname"_s, { QVariant(schema.schemaName) }, Tr::tr("the views"));
    if (!viewsRead) {
        return viewsRead.error();
    }
    QSqlQuery &views = *viewsRead;
    while (views.next()) {
        View view;
        view.name = views.value(0).toString();
        view.definition = views.value(1).toString().trimmed();
        if (view.definition.endsWith(u';')) {
            view.definition.chop(1);
        }
        view.createSql = u"CREATE VIEW "_s + quoteIdentifier(view.name) + u" AS\n"_s + view.definition;
        schema.views << view;
    }

    auto triggersRead = catalogRead(db, u"SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid, true), t.tgtype, pg_get_functiondef(t.tgfoid) "
                     "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                     "WHERE n.nspname = ? AND NOT t.tgisinternal ORDER BY c.relname, t.tgname"_s, { QVariant(schema.schemaName) }, Tr::tr("the triggers"));
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
        const int tgtype = triggers.value(3).toInt();
        // pg_trigger.tgtype bits (include/catalog/pg_trigger.h): ROW 1, BEFORE 2, INSERT 4, DELETE 8,
        // UPDATE 16, TRUNCATE 32, INSTEAD 64.
        trigger.forEachRow = tgtype & 1;
        trigger.timing = (tgtype & 64) ? u"INSTEAD OF"_s : (tgtype & 2) ? u"BEFORE"_s : u"AFTER"_s;
        QStringList events;
        if (tgtype & 4) {
            events << u"INSERT"_s;
        }
        if (tgtype & 16) {
            events << u"UPDATE"_s;
        }
        if (tgtype & 8) {
            events << u"DELETE"_s;
        }
        if (tgtype & 32) {
            events << u"TRUNCATE"_s;
        }
        trigger.events = events.join(u" OR "_s);
        trigger.body = triggers.value(4).toString().trimmed(); // CREATE OR REPLACE FUNCTION ... (the trigger function)
        trigger.createSql = triggers.value(2).toString().trimmed();
        schema.triggers << trigger;
    }

    auto routinesRead = catalogRead(db, u"SELECT p.proname, p.prokind, l.lanname, pg_get_functiondef(p.oid) FROM pg_proc p "
                     "JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang "
                     "WHERE n.nspname = ? AND p.prokind IN ('f', 'p') AND p.prorettype <> 'trigger'::regtype "
                     "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') "
                     "ORDER BY p.proname"_s, { QVariant(schema.schemaName) }, Tr::tr("the functions and procedures"));
    if (!routinesRead) {
        return routinesRead.error();
    }
    QSqlQuery &routines = *routinesRead;
    while (routines.next()) {
        Routine routine;
        routine.name = routines.value(0).toString();
        routine.kind = routines.value(1).toString() == u"p" ? RoutineKind::Procedure : RoutineKind::Function;
        routine.language = routines.value(2).toString();
        routine.createSql = routines.value(3).toString().trimmed();
        schema.routines << routine;
    }
    return schema;
}

QString PostgresDialect::columnDefinitionSql(const Column &column, const Table &) const
{
    QString sql = quoteIdentifier(column.name) + u' ' + column.type.sql;
    if (column.isGenerated()) {
        sql += u" GENERATED ALWAYS AS ("_s + column.generatedSql + u") STORED"_s;
    }
    switch (column.identity) {
    case IdentityKind::None: break;
    case IdentityKind::GeneratedAlways: sql += u" GENERATED ALWAYS AS IDENTITY"_s; break;
    // BY DEFAULT so the copy can insert the source's ids; the sequence is reset afterwards.
    case IdentityKind::GeneratedByDefault:
    case IdentityKind::AutoIncrement: sql += u" GENERATED BY DEFAULT AS IDENTITY"_s; break;
    }
    if (!column.nullable) {
        sql += u" NOT NULL"_s;
    }
    if (column.defaultSql && !column.isGenerated() && column.identity == IdentityKind::None) {
        sql += u" DEFAULT "_s + *column.defaultSql;
    }
    return sql;
}

QString PostgresDialect::createTableSql(const Table &table) const
{
    QStringList parts;
    for (const Column &column : table.columns) {
        parts << u"    "_s + columnDefinitionSql(column, table);
    }
    if (table.primaryKey) {
        parts << u"    "_s + constraintPrefix(table.primaryKey->name) + u"PRIMARY KEY ("_s + quotedList(table.primaryKey->columns) + u')';
    }
    for (const UniqueConstraint &unique : table.uniques) {
        parts << u"    "_s + constraintPrefix(unique.name) + u"UNIQUE ("_s + quotedList(unique.columns) + u')';
    }
    parts << checkLines(table);
    return u"CREATE TABLE "_s + quoteIdentifier(table.name) + u" (\n"_s + parts.join(u",\n"_s) + u"\n)"_s;
}

QString PostgresDialect::createIndexSql(const Table &table, const Index &index) const
{
    QString sql = (index.unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s) + quoteIdentifier(index.name) + u" ON "_s
        + quoteIdentifier(table.name) + (index.method.isEmpty() ? QString() : u" USING "_s + index.method) + u" ("_s
        + indexParts(index, true).join(u", "_s) + u')';
    if (!index.where.isEmpty()) {
        sql += u" WHERE "_s + index.where;
    }
    return sql;
}

QString PostgresDialect::addForeignKeySql(const Table &table, const ForeignKey &fk) const
{
    return u"ALTER TABLE "_s + quoteIdentifier(table.name) + u" ADD "_s + foreignKeyClause(fk, true);
}

QString PostgresDialect::selectExpression(const Column &column) const
{
    const QString name = quoteIdentifier(column.name);
    switch (column.type.family) {
    case TypeFamily::Boolean:
    case TypeFamily::Integer:
    case TypeFamily::Float:
    case TypeFamily::Text:
    case TypeFamily::Binary:
        return name;
    case TypeFamily::Timestamp:
        if (column.type.withTimeZone) {
            // Naive UTC text ("2022-04-01 15:10:02.020409"), which every target reads the same way
            // (the sessions run in UTC); 'infinity' stays 'infinity'.
            return u'(' + name + u" AT TIME ZONE 'UTC')::text"_s;
        }
        return name + u"::text"_s;
    case TypeFamily::Decimal:
    case TypeFamily::Date:
    case TypeFamily::Time:
    case TypeFamily::Interval:
    case TypeFamily::Json:
    case TypeFamily::Uuid:
    case TypeFamily::Bit:
    case TypeFamily::Enum:
    case TypeFamily::Other:
        // Text output keeps every digit: QPSQL would parse timestamps into a millisecond QDateTime.
        return name + u"::text"_s;
    }
    return name + u"::text"_s;
}

} // namespace Mwb::Db
