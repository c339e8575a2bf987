// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlitedialect.h"

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
    return Dialect::catalogError(Tr::tr("SQLite catalog"), query, what,
                                 Tr::tr("Check that the file is a SQLite 3 database and not locked by another program."));
}

// A prepared, forward-only catalog query with its values bound, run; or the error naming `what`.
Core::Result<QSqlQuery> catalogRead(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    return Dialect::catalogQuery(db, sql, values, Tr::tr("SQLite catalog"), what,
                                 Tr::tr("Check that the file is a SQLite 3 database and not locked by another program."));
}

// Declared type -> neutral type, following the affinity rules of sqlite.org/datatype3.html
// §3.1 for what the column can hold, and the spelled name for what the author meant.
ColumnType parseSqliteType(const QString &declared)
{
    ColumnType type;
    type.sql = declared.trimmed();
    const QString upper = type.sql.toUpper();
    static const QRegularExpression argsRe(u"\\(\\s*(\\d+)\\s*(?:,\\s*(-?\\d+)\\s*)?\\)"_s);
    const auto args = argsRe.match(upper);
    const int a1 = args.hasMatch() ? args.captured(1).toInt() : -1;
    const int a2 = args.hasMatch() && !args.captured(2).isEmpty() ? args.captured(2).toInt() : -1;
    const QString base = upper.section(u'(', 0, 0).trimmed();
    if (base == u"BOOLEAN" || base == u"BOOL") {
        type.family = TypeFamily::Boolean;
    } else if (upper.contains(u"INT"_s)) {
        // Every SQLite integer is 64-bit whatever its declared width.
        type.family = TypeFamily::Integer;
        type.byteSize = 8;
        type.isUnsigned = upper.contains(u"UNSIGNED"_s);
    } else if (base.startsWith(u"TIMESTAMP"_s) || base.startsWith(u"DATETIME"_s)) {
        type.family = TypeFamily::Timestamp;
        type.precision = a1;
        type.withTimeZone = upper.contains(u"WITH TIME ZONE"_s) || base.startsWith(u"TIMESTAMPTZ"_s);
    } else if (base == u"DATE") {
        type.family = TypeFamily::Date;
    } else if (base.startsWith(u"TIME"_s)) {
        type.family = TypeFamily::Time;
        type.precision = a1;
        type.withTimeZone = upper.contains(u"WITH TIME ZONE"_s) || base.startsWith(u"TIMETZ"_s);
    } else if (upper.contains(u"CHAR"_s) || upper.contains(u"CLOB"_s) || upper.contains(u"TEXT"_s)) {
        type.family = TypeFamily::Text;
        type.length = a1;
        type.fixedLength = (base == u"CHAR" || base == u"NCHAR" || base == u"CHARACTER");
    } else if (upper.contains(u"BLOB"_s) || upper.contains(u"BINARY"_s) || upper.contains(u"BYTEA"_s)) {
        type.family = TypeFamily::Binary;
        type.length = a1;
    } else if (upper.contains(u"REAL"_s) || upper.contains(u"FLOA"_s) || upper.contains(u"DOUB"_s)) {
        type.family = TypeFamily::Float;
        type.byteSize = 8; // SQLite REAL is an 8-byte IEEE double
    } else if (base == u"NUMERIC" || base == u"DECIMAL" || base == u"NUMBER") {
        type.family = TypeFamily::Decimal;
        type.precision = a1;
        type.scale = a1 >= 0 ? qMax(a2, 0) : -1;
    } else if (base == u"JSON" || base == u"JSONB") {
        type.family = TypeFamily::Json;
    } else if (base == u"UUID") {
        type.family = TypeFamily::Uuid;
    } else {
        type.family = TypeFamily::Other; // no declared type (BLOB affinity) or an unknown name
    }
    return type;
}

// One definition inside CREATE TABLE (...), classified.
struct TableBody
{
    QStringList columnDefinitions;
    QStringList constraintDefinitions;
};

TableBody splitCreateTable(const QString &createSql)
{
    TableBody body;
    const qsizetype open = createSql.indexOf(u'(');
    const qsizetype close = open >= 0 ? SqlText::matchingParen(createSql, open) : -1;
    if (open < 0 || close < 0) {
        return body;
    }
    for (const QString &part : SqlText::splitTopLevel(createSql.mid(open + 1, close - open - 1))) {
        qsizetype pos = 0;
        const QString word = SqlText::readWord(part, pos);
        if (word == u"CONSTRAINT" || word == u"PRIMARY" || word == u"UNIQUE" || word == u"CHECK" || word == u"FOREIGN") {
            body.constraintDefinitions << part;
        } else {
            body.columnDefinitions << part;
        }
    }
    return body;
}

// Text in parentheses after the first occurrence of keyword at top level, e.g. CHECK (...).
QList<QPair<QString, QString>> checksIn(const QString &definition, bool tableLevel)
{
    // Returns (constraint name, expression) pairs.
    QList<QPair<QString, QString>> out;
    static const QRegularExpression re(u"(?:CONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|\\w+)\\s+)?CHECK\\s*\\("_s,
                                       QRegularExpression::CaseInsensitiveOption);
    qsizetype from = 0;
    // Skip the column name of a column definition so a column called "check" is not a match.
    if (!tableLevel) {
        qsizetype pos = 0;
        SqlText::readIdentifier(definition, pos);
        from = pos;
    }
    auto it = re.globalMatch(definition, from);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype open = m.capturedEnd() - 1;
        const qsizetype close = SqlText::matchingParen(definition, open);
        if (close < 0) {
            break;
        }
        QString name;
        if (!m.captured(1).isEmpty()) {
            qsizetype p = 0;
            name = SqlText::readIdentifier(m.captured(1), p);
        }
        out.append({ name, definition.mid(open + 1, close - open - 1).trimmed() });
    }
    return out;
}

struct ParsedForeignKey
{
    QString name;
    QStringList columns;
    QString refTable;
    bool deferrable = false;
    bool initiallyDeferred = false;
};

QStringList identifierList(const QString &inner)
{
    QStringList names;
    for (const QString &part : SqlText::splitTopLevel(inner)) {
        qsizetype pos = 0;
        names << SqlText::readIdentifier(part, pos);
    }
    return names;
}

void parseDeferrable(const QString &text, ParsedForeignKey &fk)
{
    static const QRegularExpression re(u"(NOT\\s+)?DEFERRABLE(?:\\s+INITIALLY\\s+(DEFERRED|IMMEDIATE))?"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (m.hasMatch() && m.captured(1).isEmpty()) {
        fk.deferrable = true;
        fk.initiallyDeferred = m.captured(2).compare(u"DEFERRED"_s, Qt::CaseInsensitive) == 0;
    }
}

QList<ParsedForeignKey> foreignKeysIn(const TableBody &body)
{
    QList<ParsedForeignKey> out;
    static const QRegularExpression refRe(u"REFERENCES\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QString &def : body.constraintDefinitions) {
        qsizetype pos = 0;
        ParsedForeignKey fk;
        QString word = SqlText::readWord(def, pos);
        if (word == u"CONSTRAINT") {
            fk.name = SqlText::readIdentifier(def, pos);
            word = SqlText::readWord(def, pos);
        }
        if (word != u"FOREIGN") {
            continue;
        }
        const qsizetype open = def.indexOf(u'(', pos);
        const qsizetype close = SqlText::matchingParen(def, open);
        if (open < 0 || close < 0) {
            continue;
        }
        fk.columns = identifierList(def.mid(open + 1, close - open - 1));
        const auto m = refRe.match(def, close);
        if (m.hasMatch()) {
            qsizetype p = m.capturedEnd();
            fk.refTable = SqlText::readIdentifier(def, p);
        }
        parseDeferrable(def, fk);
        out << fk;
    }
    for (const QString &def : body.columnDefinitions) {
        qsizetype pos = 0;
        const QString column = SqlText::readIdentifier(def, pos);
        const auto m = refRe.match(def, pos);
        if (!m.hasMatch()) {
            continue;
        }
        ParsedForeignKey fk;
        fk.columns = QStringList { column };
        qsizetype p = m.capturedEnd();
        fk.refTable = SqlText::readIdentifier(def, p);
        static const QRegularExpression nameRe(u"CONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|\\w+)\\s+REFERENCES"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const auto nm = nameRe.match(def);
        if (nm.hasMatch()) {
            qsizetype q = 0;
            fk.name = SqlText::readIdentifier(nm.captured(1), q);
        }
        parseDeferrable(def.mid(m.capturedStart()), fk);
        out << fk;
    }
    return out;
}

// "GENERATED ALWAYS AS (expr) STORED" or "AS (expr)" in a column definition.
QPair<QString, bool> generatedIn(const QString &definition)
{
    static const QRegularExpression re(u"(?:GENERATED\\s+ALWAYS\\s+)?\\bAS\\s*\\("_s, QRegularExpression::CaseInsensitiveOption);
    qsizetype pos = 0;
    SqlText::readIdentifier(definition, pos);
    const auto m = re.match(definition, pos);
    if (!m.hasMatch()) {
        return {};
    }
    const qsizetype open = m.capturedEnd() - 1;
    const qsizetype close = SqlText::matchingParen(definition, open);
    if (close < 0) {
        return {};
    }
    const bool stored = definition.mid(close).contains(u"STORED"_s, Qt::CaseInsensitive);
    return { definition.mid(open + 1, close - open - 1).trimmed(), stored };
}

QString viewDefinition(const QString &createSql)
{
    // CREATE [TEMP] VIEW [IF NOT EXISTS] name [(cols)] AS select
    qsizetype pos = 0;
    while (pos < createSql.size()) {
        const qsizetype before = pos;
        const QString word = SqlText::readWord(createSql, pos);
        if (word == u"VIEW") {
            break;
        }
        if (pos == before) {
            ++pos;
        }
    }
    const QString rest = createSql.mid(pos);
    static const QRegularExpression asRe(u"\\bAS\\b"_s, QRegularExpression::CaseInsensitiveOption);
    // First top-level AS after the name: the name itself may be quoted and contain "AS".
    qsizetype p = 0;
    SqlText::readIdentifier(rest, p);
    if (p < rest.size() && rest.mid(p).trimmed().startsWith(u'(')) {
        const qsizetype open = rest.indexOf(u'(', p);
        p = SqlText::matchingParen(rest, open) + 1;
    }
    const auto m = asRe.match(rest, p);
    return m.hasMatch() ? rest.mid(m.capturedEnd()).trimmed() : QString();
}

void parseTrigger(const QString &createSql, Trigger &trigger)
{
    static const QRegularExpression headRe(
        u"\\b(BEFORE|AFTER|INSTEAD\\s+OF)?\\s*(INSERT|DELETE|UPDATE(?:\\s+OF\\s+[^O]+?)?)\\s+ON\\s+"_s,
        QRegularExpression::CaseInsensitiveOption);
    qsizetype pos = 0;
    for (int i = 0; i < 6; ++i) { // CREATE [TEMP] TRIGGER [IF NOT EXISTS] name
        const qsizetype save = pos;
        const QString word = SqlText::readWord(createSql, pos);
        if (word == u"TRIGGER") {
            const qsizetype p2 = pos;
            qsizetype q = pos;
            if (SqlText::readWord(createSql, q) == u"IF") {
                SqlText::readWord(createSql, q);
                SqlText::readWord(createSql, q);
                pos = q;
            } else {
                pos = p2;
            }
            SqlText::readIdentifier(createSql, pos);
            break;
        }
        if (pos == save) {
            break;
        }
    }
    const auto m = headRe.match(createSql, pos);
    if (m.hasMatch()) {
        trigger.timing = m.captured(1).isEmpty() ? u"BEFORE"_s : m.captured(1).toUpper().simplified();
        trigger.events = m.captured(2).simplified();
        qsizetype p = m.capturedEnd();
        SqlText::readIdentifier(createSql, p);
        const QString afterTable = createSql.mid(p);
        static const QRegularExpression whenRe(u"\\bWHEN\\b"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression beginRe(u"\\bBEGIN\\b"_s, QRegularExpression::CaseInsensitiveOption);
        const auto begin = beginRe.match(afterTable);
        const auto when = whenRe.match(afterTable);
        if (when.hasMatch() && begin.hasMatch() && when.capturedStart() < begin.capturedStart()) {
            trigger.whenSql = SqlText::stripOuterParens(afterTable.mid(when.capturedEnd(), begin.capturedStart() - when.capturedEnd()));
        }
        if (begin.hasMatch()) {
            QString body = afterTable.mid(begin.capturedEnd()).trimmed();
            static const QRegularExpression endRe(u"\\bEND\\s*;?\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
            body.remove(endRe);
            trigger.body = body.trimmed();
        }
    }
}

} // namespace

QString SqliteDialect::qtDriverName() const
{
    return u"QSQLITE"_s;
}

QString SqliteDialect::quoteIdentifier(const QString &name) const
{
    QString inner = name;
    inner.replace(u'"', u"\"\""_s);
    return u'"' + inner + u'"';
}

int SqliteDialect::maxIdentifierLength() const
{
    return 0;
}

QString SqliteDialect::collisionKey(const QString &name, IdentifierKind) const
{
    // SQLite compares identifiers case-insensitively for ASCII letters only (sqlite.org/lang_keywords).
    QString key = name;
    for (QChar &c : key) {
        if (c.unicode() < 128) {
            c = c.toLower();
        }
    }
    return key;
}

bool SqliteDialect::transactionalDdl() const
{
    return true;
}

Core::Result<Schema> SqliteDialect::readSchema(const QSqlDatabase &db, const TableFilter &filter) const
{
    Schema schema;
    schema.dialect = DialectKind::Sqlite;
    schema.database = db.databaseName();
    schema.schemaName = u"main"_s;

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"_s)) {
        return readError(q, u"sqlite_master"_s);
    }
    struct Entry
    {
        QString type, name, table, sql;
    };
    QList<Entry> entries;
    while (q.next()) {
        entries.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
    }
    bool hasSequence = false;
    for (const Entry &e : entries) {
        hasSequence |= e.name == u"sqlite_sequence";
    }

    for (const Entry &e : std::as_const(entries)) {
        if (e.type != u"table" || e.name.startsWith(u"sqlite_"_s) || !filter.matches(e.name)) {
            continue;
        }
        if (e.sql.contains(u"VIRTUAL TABLE"_s, Qt::CaseInsensitive)) {
            continue; // FTS and other virtual tables: their shadow tables carry the data
        }
        Table table;
        table.name = e.name;
        const TableBody body = splitCreateTable(e.sql);
        auto colsRead = catalogRead(db, u"SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid"_s, { QVariant(e.name) }, Tr::tr("the columns of %1").arg(e.name));
        if (!colsRead) {
            return colsRead.error();
        }
        QSqlQuery &cols = *colsRead;
        QList<QPair<int, QString>> pkColumns;
        while (cols.next()) {
            const int hidden = cols.value(5).toInt();
            if (hidden == 1) {
                continue; // hidden columns of virtual tables
            }
            Column column;
            column.name = cols.value(0).toString();
            column.type = parseSqliteType(cols.value(1).toString());
            column.nullable = cols.value(2).toInt() == 0;
            if (!cols.value(3).isNull()) {
                column.defaultSql = cols.value(3).toString();
            }
            if (hidden == 2 || hidden == 3) {
                for (const QString &def : body.columnDefinitions) {
                    qsizetype pos = 0;
                    if (SqlText::readIdentifier(def, pos) == column.name) {
                        const auto generated = generatedIn(def);
                        column.generatedSql = generated.first;
                        column.generatedStored = hidden == 3;
                    }
                }
            }
            if (const int pk = cols.value(4).toInt(); pk > 0) {
                pkColumns.append({ pk, column.name });
            }
            table.columns << column;
        }
        std::sort(pkColumns.begin(), pkColumns.end());
        if (!pkColumns.isEmpty()) {
            PrimaryKey pk;
            for (const auto &entry : std::as_const(pkColumns)) {
                pk.columns << entry.second;
            }
            for (const QString &def : body.constraintDefinitions) {
                static const QRegularExpression pkNameRe(
                    u"^CONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|\\w+)\\s+PRIMARY\\s+KEY"_s,
                    QRegularExpression::CaseInsensitiveOption);
                const auto m = pkNameRe.match(def);
                if (m.hasMatch()) {
                    qsizetype p = 0;
                    pk.name = SqlText::readIdentifier(m.captured(1), p);
                }
            }
            table.primaryKey = pk;
            // INTEGER PRIMARY KEY is an alias of the rowid: new rows get max+1 (AUTOINCREMENT: never reused).
            if (pk.columns.size() == 1) {
                const qsizetype index = table.columnIndex(pk.columns.first());
                Column &idColumn = table.columns[index];
                if (idColumn.type.sql.compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0) {
                    idColumn.identity = IdentityKind::AutoIncrement;
                    idColumn.nullable = false; // a rowid is never NULL (PRAGMA table_info says notnull = 0)
                }
            }
        }
        for (const QString &def : body.columnDefinitions) {
            for (const auto &check : checksIn(def, false)) {
                table.checks.append({ check.first, check.second });
            }
        }
        for (const QString &def : body.constraintDefinitions) {
            for (const auto &check : checksIn(def, true)) {
                table.checks.append({ check.first, check.second });
            }
        }

        // Indexes: origin 'pk' is the PK, 'u' a UNIQUE constraint, 'c' CREATE INDEX.
        auto idxRead = catalogRead(db, u"SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY seq DESC"_s, { QVariant(e.name) }, Tr::tr("the indexes of %1").arg(e.name));
        if (!idxRead) {
            return idxRead.error();
        }
        QSqlQuery &idx = *idxRead;
        struct IndexEntry
        {
            QString name;
            bool unique;
            QString origin;
        };
        QList<IndexEntry> indexEntries;
        while (idx.next()) {
            indexEntries.append({ idx.value(0).toString(), idx.value(1).toInt() != 0, idx.value(2).toString() });
        }
        for (const IndexEntry &ie : std::as_const(indexEntries)) {
            if (ie.origin == u"pk") {
                continue;
            }
            auto icRead = catalogRead(db, u"SELECT cid, name, \"desc\" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno"_s, { QVariant(ie.name) }, Tr::tr("the columns of index %1").arg(ie.name));
            if (!icRead) {
                return icRead.error();
            }
            QSqlQuery &ic = *icRead;
            QList<IndexColumn> columns;
            while (ic.next()) {
                IndexColumn column;
                column.name = ic.value(0).toInt() == -2 ? QString() : ic.value(1).toString();
                column.descending = ic.value(2).toInt() != 0;
                columns << column;
            }
            if (ie.origin == u"u") {
                UniqueConstraint unique;
                for (const IndexColumn &c : std::as_const(columns)) {
                    unique.columns << c.name;
                }
                table.uniques << unique;
                continue;
            }
            Index index;
            index.name = ie.name;
            index.unique = ie.unique;
            // Expression parts and the WHERE clause only exist in the CREATE INDEX text.
            for (const Entry &ix : std::as_const(entries)) {
                if (ix.type != u"index" || ix.name != ie.name) {
                    continue;
                }
                static const QRegularExpression onRe(u"\\bON\\s+"_s, QRegularExpression::CaseInsensitiveOption);
                const auto on = onRe.match(ix.sql);
                const qsizetype open = on.hasMatch() ? ix.sql.indexOf(u'(', on.capturedEnd()) : -1;
                const qsizetype close = open >= 0 ? SqlText::matchingParen(ix.sql, open) : -1;
                if (close > 0) {
                    const QStringList parts = SqlText::splitTopLevel(ix.sql.mid(open + 1, close - open - 1));
                    for (qsizetype i = 0; i < parts.size() && i < columns.size(); ++i) {
                        if (columns.at(i).name.isEmpty()) {
                            QString expression = parts.at(i);
                            static const QRegularExpression dirRe(u"\\s+(ASC|DESC)$"_s, QRegularExpression::CaseInsensitiveOption);
                            expression.remove(dirRe);
                            columns[i].expression = expression;
                        }
                    }
                    QString rest = ix.sql.mid(close + 1).trimmed();
                    static const QRegularExpression whereRe(u"^WHERE\\s+"_s, QRegularExpression::CaseInsensitiveOption);
                    if (whereRe.match(rest).hasMatch()) {
                        index.where = rest.remove(whereRe).trimmed();
                    }
                }
            }
            index.columns = columns;
            table.indexes.prepend(index);
        }

        // Foreign keys: pragma for the facts, the CREATE text for names and deferrability.
        auto fkqRead = catalogRead(db, u"SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq"_s, { QVariant(e.name) }, Tr::tr("the foreign keys of %1").arg(e.name));
        if (!fkqRead) {
            return fkqRead.error();
        }
        QSqlQuery &fkq = *fkqRead;
        QMap<int, ForeignKey> fks;
        while (fkq.next()) {
            ForeignKey &fk = fks[fkq.value(0).toInt()];
            fk.refTable = fkq.value(2).toString();
            fk.columns << fkq.value(3).toString();
            fk.refColumns << fkq.value(4).toString(); // empty when the parent's PK is meant
            fk.onUpdate = fkActionFromSql(fkq.value(5).toString());
            fk.onDelete = fkActionFromSql(fkq.value(6).toString());
        }
        const QList<ParsedForeignKey> parsed = foreignKeysIn(body);
        // pragma ids count from the last FK in the text; keep the source order.
        QList<ForeignKey> ordered = fks.values();
        std::reverse(ordered.begin(), ordered.end());
        for (ForeignKey &fk : ordered) {
            for (const ParsedForeignKey &p : parsed) {
                if (p.columns == fk.columns && p.refTable.compare(fk.refTable, Qt::CaseInsensitive) == 0) {
                    fk.name = p.name;
                    fk.deferrable = p.deferrable;
                    fk.initiallyDeferred = p.initiallyDeferred;
                }
            }
            table.foreignKeys << fk;
        }

        if (hasSequence) {
            QSqlQuery seq(db);
            seq.prepare(u"SELECT seq FROM sqlite_sequence WHERE name = ?"_s);
            seq.addBindValue(e.name);
            if (seq.exec() && seq.next()) {
                table.identityHighWater = seq.value(0).toLongLong();
            }
        }
        schema.tables << table;
    }

    // Resolve FKs that name no parent columns (they mean the parent's primary key).
    for (Table &table : schema.tables) {
        for (ForeignKey &fk : table.foreignKeys) {
            if (!fk.refColumns.isEmpty() && !fk.refColumns.first().isEmpty()) {
                continue;
            }
            fk.refColumns.clear();
            QSqlQuery pk(db);
            pk.prepare(u"SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"_s);
            pk.addBindValue(fk.refTable);
            if (pk.exec()) {
                while (pk.next()) {
                    fk.refColumns << pk.value(0).toString();
                }
            }
        }
    }

    for (const Entry &e : std::as_const(entries)) {
        if (e.type == u"view") {
            View view;
            view.name = e.name;
            view.createSql = e.sql;
            view.definition = viewDefinition(e.sql);
            schema.views << view;
        } else if (e.type == u"trigger" && filter.matches(e.table)) {
            Trigger trigger;
            trigger.name = e.name;
            trigger.table = e.table;
            trigger.createSql = e.sql;
            parseTrigger(e.sql, trigger);
            schema.triggers << trigger;
        }
    }
    return schema;
}

QString SqliteDialect::columnDefinitionSql(const Column &column, const Table &table) const
{
    QString sql = quoteIdentifier(column.name);
    const bool rowidAlias = column.identity != IdentityKind::None && table.primaryKey
        && table.primaryKey->columns == QStringList { column.name };
    if (rowidAlias) {
        // Only the exact spelling INTEGER makes the column the rowid (sqlite.org/lang_createtable.html#rowid).
        sql += u" INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    } else if (!column.type.sql.isEmpty()) {
        sql += u' ' + column.type.sql;
    }
    if (!column.nullable) {
        sql += u" NOT NULL"_s;
    }
    if (column.isGenerated()) {
        sql += u" GENERATED ALWAYS AS ("_s + column.generatedSql + (column.generatedStored ? u") STORED"_s : u") VIRTUAL"_s);
    } else if (column.defaultSql) {
        sql += u" DEFAULT ("_s + *column.defaultSql + u')';
    }
    return sql;
}

QString SqliteDialect::createTableSql(const Table &table) const
{
    QStringList parts;
    bool rowidAlias = false;
    for (const Column &column : table.columns) {
        parts << u"    "_s + columnDefinitionSql(column, table);
        rowidAlias |= column.identity != IdentityKind::None && table.primaryKey
            && table.primaryKey->columns == QStringList { column.name };
    }
    if (table.primaryKey && !rowidAlias) {
        parts << u"    "_s + constraintPrefix(table.primaryKey->name) + u"PRIMARY KEY ("_s + quotedList(table.primaryKey->columns) + u')';
    }
    for (const UniqueConstraint &unique : table.uniques) {
        parts << u"    "_s + constraintPrefix(unique.name) + u"UNIQUE ("_s + quotedList(unique.columns) + u')';
    }
    parts << checkLines(table);
    // SQLite has no ALTER TABLE ... ADD CONSTRAINT: FKs are part of the table.
    for (const ForeignKey &fk : table.foreignKeys) {
        parts << u"    "_s + foreignKeyClause(fk, true);
    }
    return u"CREATE TABLE "_s + quoteIdentifier(table.name) + u" (\n"_s + parts.join(u",\n"_s) + u"\n)"_s;
}

QString SqliteDialect::createIndexSql(const Table &table, const Index &index) const
{
    QString sql = (index.unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s) + quoteIdentifier(index.name) + u" ON "_s
        + quoteIdentifier(table.name) + u" ("_s + indexParts(index, false).join(u", "_s) + u')';
    if (!index.where.isEmpty()) {
        sql += u" WHERE "_s + index.where;
    }
    return sql;
}

QString SqliteDialect::addForeignKeySql(const Table &, const ForeignKey &) const
{
    return {};
}

QString SqliteDialect::selectExpression(const Column &column) const
{
    // QSQLITE returns each value in its storage class (qlonglong, double, QString, QByteArray).
    return quoteIdentifier(column.name);
}

} // namespace Mwb::Db
