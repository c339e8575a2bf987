// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "core/result.h"
#include "db/connectionspec.h"
#include "db/schemamodel.h"
#include "db/typemapping.h"

#include <QString>

namespace Mwb::Db {

// The DDL files of one schema copy, in apply order (DATA_MIGRATION.md "Schema copy").
struct SchemaScript
{
    QStringList tables;      // tables.sql: CREATE TABLE (SQLite: with FKs)
    QStringList indexes;     // indexes.sql
    QStringList foreignKeys; // foreign_keys.sql: ALTER TABLE ... ADD CONSTRAINT, after the data
    QStringList triggers;    // triggers.sql
    QStringList views;       // views.sql
};

struct SchemaCopyOptions
{
    TableFilter filter;
    DialectKind targetDialect = DialectKind::Postgres;
    QString outputDir; // empty = <projectDir>/.tmp/schema-copy/<UTC timestamp>
    QString projectDir;
};

// One file of a schema copy: its path relative to the output folder ("tables.sql",
// "skipped/functions.sql") and its text, as runSchemaCopy writes it.
struct SchemaCopyFile
{
    QString path;
    QString text;
};

struct SchemaCopyResult
{
    QString outputDir;
    Schema source; // the schema as read from the source, before mapping
    MappedSchema mapped;
    SchemaScript script;
    QList<SchemaCopyFile> files; // the .sql files in the order they are listed in summary.json (without it)
    Core::OrderedJson summary; // also written as summary.json
};

// Statements for a mapped schema. Views are topologically ordered by their dependencies on other
// views; triggers the target cannot express are moved to mapped.skipped by the caller (mapSchema).
SchemaScript generateScript(const MappedSchema &mapped);

// Reads the source schema, scans the columns that need it, maps, writes the .sql files, skipped/
// and summary.json. Nothing is written when mapping fails (collisions).
// = prepareSchemaCopy + writeSchemaCopy.
Core::Result<SchemaCopyResult> runSchemaCopy(const ConnectionSpec &source, const SchemaCopyOptions &options);

// Everything runSchemaCopy does except writing: the files' texts are in result.files and
// result.outputDir is options.outputDir or a new <projectDir>/.tmp/schema-copy/<UTC timestamp>.
// The workbench previews this off the GUI thread.
Core::Result<SchemaCopyResult> prepareSchemaCopy(const ConnectionSpec &source, const SchemaCopyOptions &options);

// Writes result.files and summary.json into outputDir (empty = result.outputDir), which then
// becomes result.outputDir and the summary's "output_dir".
Core::Result<void> writeSchemaCopy(SchemaCopyResult &result, const QString &outputDir = {});

// A folder <projectDir>/.tmp/schema-copy/<UTC timestamp>[-n] that does not exist yet
// (projectDir empty = the current directory).
QString newSchemaCopyDir(const QString &projectDir);

// Which part of the script to apply; data is copied between Tables and the rest.
enum class ApplyStage { Tables, IndexesAndForeignKeys, TriggersAndViews, All };

// Runs the statements of `stage` on target, each file in one transaction where the target can
// roll back DDL (PG, SQLite); on MySQL statement by statement, and the error says which
// statements already ran.
Core::Result<void> applyScript(const ConnectionSpec &target, const SchemaScript &script, ApplyStage stage);

} // namespace Mwb::Db
