// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/schemacopy.h"

#include "core/atomicfile.h"
#include "db/columnscan.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "db/sqltext.h"
#include "db/tr.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

// Views that read other views come after them; a cycle (impossible in a valid source) keeps source order.
QList<View> orderedViews(const QList<View> &views, const Dialect &dialect)
{
    QList<View> ordered;
    QList<View> pending = views;
    QSet<QString> placed;
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            bool ready = true;
            for (const View &other : std::as_const(pending)) {
                if (other.name != pending.at(i).name && !placed.contains(other.name)
                    && SqlText::containsWord(pending.at(i).definition, other.name)) {
                    ready = false;
                }
            }
            // Quoted references ("v1") are not words to containsWord; also look for the quoted form.
            for (const View &other : std::as_const(pending)) {
                if (other.name != pending.at(i).name && !placed.contains(other.name)
                    && pending.at(i).definition.contains(dialect.quoteIdentifier(other.name))) {
                    ready = false;
                }
            }
            if (ready) {
                placed.insert(pending.at(i).name);
                ordered << pending.takeAt(i);
                progressed = true;
                break;
            }
        }
        if (!progressed) {
            ordered << pending.takeFirst();
        }
    }
    return ordered;
}

QString fileText(const QString &role, DialectKind source, DialectKind target, const QStringList &statements)
{
    QString text = u"-- mwb schema-copy: "_s + dialectName(source) + u" -> "_s + dialectName(target) + u"\n-- "_s + role + u'\n';
    const bool mysqlCompound = target == DialectKind::Mysql;
    for (const QString &statement : statements) {
        // Trigger bodies hold ';' inside BEGIN ... END: the mysql client needs another delimiter.
        if (mysqlCompound && statement.contains(u"\nBEGIN\n"_s)) {
            text += u"\nDELIMITER $$\n"_s + statement + u"$$\nDELIMITER ;\n"_s;
        } else {
            text += u'\n' + statement + u";\n"_s;
        }
    }
    return text;
}

QString skippedText(const QString &kind, DialectKind source, DialectKind target, const QList<SkippedItem> &items)
{
    QString text = u"-- mwb schema-copy: "_s + dialectName(source) + u" -> "_s + dialectName(target) + u"\n-- "_s
        + Tr::tr("Not translated (%1); the original source follows.").arg(kind) + u'\n';
    for (const SkippedItem &item : items) {
        if (item.kind != kind) {
            continue;
        }
        text += u"\n-- "_s + item.object + u": "_s + item.reason + u'\n' + item.sourceSql.trimmed() + u'\n';
    }
    return text;
}

QString skippedFile(const QString &kind)
{
    if (kind == u"stored_procedure") {
        return u"skipped/stored_procedures.sql"_s;
    }
    if (kind == u"function") {
        return u"skipped/functions.sql"_s;
    }
    if (kind == u"untranslatable_view") {
        return u"skipped/untranslatable_views.sql"_s;
    }
    return u"skipped/untranslatable_triggers.sql"_s;
}

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto applyError(const ConnectionSpec &target, const QString &file, int index, int total, const QString &statement,
                const QString &serverError, const QString &hint)
{
    Core::Error error;
    error.file = target.describe();
    QString first = statement.trimmed().section(u'\n', 0, 0);
    if (first.size() > 160) {
        first = first.left(157) + u"..."_s;
    }
    error.message = Tr::tr("%1 statement %2 of %3 failed (%4): %5").arg(file).arg(index).arg(total).arg(first, serverError.trimmed());
    error.hint = hint;
    return error;
}

} // namespace

SchemaScript generateScript(const MappedSchema &mapped)
{
    const Schema &schema = mapped.schema;
    const Dialect &dialect = Dialect::forKind(schema.dialect);
    SchemaScript script;
    for (const Table &table : schema.tables) {
        script.tables << dialect.createTableSql(table);
        if (schema.dialect == DialectKind::Postgres) {
            if (!table.comment.isEmpty()) {
                script.tables << u"COMMENT ON TABLE "_s + dialect.quoteIdentifier(table.name) + u" IS "_s + dialect.quoteLiteral(table.comment);
            }
            for (const Column &column : table.columns) {
                if (!column.comment.isEmpty()) {
                    script.tables << u"COMMENT ON COLUMN "_s + dialect.quoteIdentifier(table.name) + u'.'
                            + dialect.quoteIdentifier(column.name) + u" IS "_s + dialect.quoteLiteral(column.comment);
                }
            }
        }
        for (const Index &index : table.indexes) {
            script.indexes << dialect.createIndexSql(table, index);
        }
        for (const ForeignKey &fk : table.foreignKeys) {
            const QString sql = dialect.addForeignKeySql(table, fk);
            if (!sql.isEmpty()) {
                script.foreignKeys << sql;
            }
        }
    }
    for (const View &view : orderedViews(schema.views, dialect)) {
        script.views << dialect.createViewSql(view);
    }
    for (const Trigger &trigger : schema.triggers) {
        if (schema.dialect == DialectKind::Postgres && !trigger.body.isEmpty()) {
            script.triggers << trigger.body;
        }
        script.triggers << trigger.createSql;
    }
    return script;
}

Core::Result<SchemaCopyResult> prepareSchemaCopy(const ConnectionSpec &source, const SchemaCopyOptions &options)
{
    auto connection = Connection::open(source, u"schema-copy"_s);
    if (!connection) {
        return connection.error();
    }
    const Dialect &sourceDialect = connection->dialect();
    auto schema = sourceDialect.readSchema(connection->database(), options.filter);
    if (!schema) {
        return schema.error();
    }
    for (const QString &name : options.filter.include) {
        if (!schema->table(name)) {
            Core::Error error;
            error.file = source.describe();
            error.message = Tr::tr("--include-tables names \"%1\", which is not a table of the source").arg(name);
            error.hint = Tr::tr("Table names are case-sensitive; nothing was written.");
            return error;
        }
    }
    auto facts = scanColumnFacts(connection->database(), *schema, options.targetDialect);
    if (!facts) {
        return facts.error();
    }
    auto mapped = mapSchema(*schema, options.targetDialect, *facts);
    if (!mapped) {
        return mapped.error();
    }

    SchemaCopyResult result;
    result.source = *schema;
    result.mapped = std::move(mapped).value();
    result.script = generateScript(result.mapped);
    const QString outputDir = options.outputDir.isEmpty() ? newSchemaCopyDir(options.projectDir) : options.outputDir;
    result.outputDir = QDir(outputDir).absolutePath();
    const DialectKind from = schema->dialect;
    const DialectKind to = options.targetDialect;

    const QList<QPair<QString, QString>> files {
        { u"tables.sql"_s, fileText(Tr::tr("Tables with columns, primary keys, UNIQUE and CHECK constraints. Apply first."), from, to,
                                    result.script.tables) },
        { u"indexes.sql"_s, fileText(Tr::tr("Secondary indexes. Apply after the data."), from, to, result.script.indexes) },
        { u"foreign_keys.sql"_s, fileText(to == DialectKind::Sqlite
                                              ? Tr::tr("SQLite keeps foreign keys inside CREATE TABLE (see tables.sql).")
                                              : Tr::tr("Foreign keys. Apply after the data and the indexes."),
                                          from, to, result.script.foreignKeys) },
        { u"triggers.sql"_s, fileText(Tr::tr("Triggers. Apply last."), from, to, result.script.triggers) },
        { u"views.sql"_s, fileText(Tr::tr("Views, in dependency order."), from, to, result.script.views) },
        { u"skipped/stored_procedures.sql"_s, skippedText(u"stored_procedure"_s, from, to, result.mapped.skipped) },
        { u"skipped/functions.sql"_s, skippedText(u"function"_s, from, to, result.mapped.skipped) },
        { u"skipped/untranslatable_triggers.sql"_s, skippedText(u"untranslatable_trigger"_s, from, to, result.mapped.skipped) },
    };
    QList<QPair<QString, QString>> allFiles = files;
    if (std::any_of(result.mapped.skipped.begin(), result.mapped.skipped.end(),
                    [](const SkippedItem &item) { return item.kind == u"untranslatable_view"; })) {
        allFiles.append({ u"skipped/untranslatable_views.sql"_s, skippedText(u"untranslatable_view"_s, from, to, result.mapped.skipped) });
    }

    int columns = 0, uniques = 0, checks = 0, indexes = 0, fks = 0;
    Core::OrderedJson tableNames = Core::OrderedJson::array();
    for (const Table &table : result.mapped.schema.tables) {
        columns += int(table.columns.size());
        uniques += int(table.uniques.size());
        checks += int(table.checks.size());
        indexes += int(table.indexes.size());
        fks += int(table.foreignKeys.size());
        tableNames.push_back(Core::toStd(table.name));
    }
    Core::OrderedJson summary = Core::OrderedJson::object();
    summary["source"] = Core::toStd(source.displayUrl());
    summary["source_dialect"] = Core::toStd(dialectName(from));
    summary["target_dialect"] = Core::toStd(dialectName(to));
    summary["output_dir"] = Core::toStd(result.outputDir);
    summary["created_at"] = Core::toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    summary["counts"] = { { "tables", result.mapped.schema.tables.size() }, { "columns", columns },
                          { "unique_constraints", uniques },        { "check_constraints", checks },
                          { "indexes", indexes },                   { "foreign_keys", fks },
                          { "views", result.mapped.schema.views.size() }, { "triggers", result.mapped.schema.triggers.size() },
                          { "skipped", result.mapped.skipped.size() },    { "warnings", result.mapped.warnings.size() } };
    summary["tables"] = tableNames;
    Core::OrderedJson warnings = Core::OrderedJson::array();
    for (const SchemaWarning &w : result.mapped.warnings) {
        warnings.push_back({ { "object", Core::toStd(w.object) }, { "kind", Core::toStd(w.kind) }, { "message", Core::toStd(w.message) } });
    }
    summary["warnings"] = warnings;
    Core::OrderedJson skipped = Core::OrderedJson::array();
    for (const SkippedItem &s : result.mapped.skipped) {
        skipped.push_back({ { "object", Core::toStd(s.object) },
                            { "kind", Core::toStd(s.kind) },
                            { "reason", Core::toStd(s.reason) },
                            { "file", Core::toStd(skippedFile(s.kind)) } });
    }
    summary["skipped"] = skipped;
    Core::OrderedJson fileList = Core::OrderedJson::array();
    for (const auto &file : std::as_const(allFiles)) {
        fileList.push_back(Core::toStd(file.first));
    }
    fileList.push_back("summary.json");
    summary["files"] = fileList;
    result.summary = summary;
    for (const auto &file : std::as_const(allFiles)) {
        result.files.append({ file.first, file.second });
    }
    return result;
}

Core::Result<void> writeSchemaCopy(SchemaCopyResult &result, const QString &outputDir)
{
    if (!outputDir.isEmpty()) {
        result.outputDir = QDir(outputDir).absolutePath();
        result.summary["output_dir"] = Core::toStd(result.outputDir);
    }
    const QDir dir(result.outputDir);
    for (const SchemaCopyFile &file : std::as_const(result.files)) {
        if (auto written = Core::writeFileAtomically(dir.filePath(file.path), file.text.toUtf8()); !written) {
            return written.error();
        }
    }
    if (auto written = Core::writeFileAtomically(dir.filePath(u"summary.json"_s), QByteArray::fromStdString(result.summary.dump(2) + "\n"));
        !written) {
        return written.error();
    }
    return {};
}

Core::Result<SchemaCopyResult> runSchemaCopy(const ConnectionSpec &source, const SchemaCopyOptions &options)
{
    auto result = prepareSchemaCopy(source, options);
    if (!result) {
        return result.error();
    }
    if (auto written = writeSchemaCopy(*result); !written) {
        return written.error();
    }
    return result;
}

QString newSchemaCopyDir(const QString &projectDir)
{
    const QString base = QDir(projectDir.isEmpty() ? QDir::currentPath() : projectDir)
                             .filePath(u".tmp/schema-copy/"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
    QString dir = base;
    for (int n = 2; QFileInfo::exists(dir); ++n) {
        dir = base + u'-' + QString::number(n);
    }
    return dir;
}

Core::Result<void> applyScript(const ConnectionSpec &target, const SchemaScript &script, ApplyStage stage)
{
    auto connection = Connection::open(target, u"schema-apply"_s, Connection::SqliteFile::CreateIfMissing);
    if (!connection) {
        return connection.error();
    }
    QList<QPair<QString, QStringList>> files;
    if (stage == ApplyStage::Tables || stage == ApplyStage::All) {
        files.append({ u"tables.sql"_s, script.tables });
    }
    if (stage == ApplyStage::IndexesAndForeignKeys || stage == ApplyStage::All) {
        files.append({ u"indexes.sql"_s, script.indexes });
        files.append({ u"foreign_keys.sql"_s, script.foreignKeys });
    }
    if (stage == ApplyStage::TriggersAndViews || stage == ApplyStage::All) {
        // A trigger body may read a view; a view never needs a trigger.
        files.append({ u"views.sql"_s, script.views });
        files.append({ u"triggers.sql"_s, script.triggers });
    }
    const bool transactional = connection->dialect().transactionalDdl();
    QSqlDatabase db = connection->database();
    for (const auto &[file, statements] : std::as_const(files)) {
        if (statements.isEmpty()) {
            continue;
        }
        if (transactional && !db.transaction()) {
            return applyError(target, file, 0, int(statements.size()), QString(), db.lastError().text(),
                              Tr::tr("The target refused to start a transaction."));
        }
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QSqlQuery q(db);
            if (!q.exec(statements.at(i))) {
                const QString serverError = q.lastError().text();
                if (transactional) {
                    db.rollback();
                    return applyError(target, file, int(i + 1), int(statements.size()), statements.at(i), serverError,
                                      Tr::tr("Nothing from %1 was applied (rolled back). Fix the cause and run --apply again.").arg(file));
                }
                return applyError(target, file, int(i + 1), int(statements.size()), statements.at(i), serverError,
                                  i == 0 ? Tr::tr("MySQL commits each DDL statement; none of %1 ran.").arg(file)
                                         : Tr::tr("MySQL commits each DDL statement: statements 1 to %1 of %2 already ran. "
                                                  "Drop those objects or use a fresh database before running --apply again.")
                                               .arg(i)
                                               .arg(file));
            }
        }
        if (transactional && !db.commit()) {
            return applyError(target, file, int(statements.size()), int(statements.size()), QString(), db.lastError().text(),
                              Tr::tr("The commit failed; nothing from %1 was applied.").arg(file));
        }
    }
    return {};
}

} // namespace Mwb::Db
