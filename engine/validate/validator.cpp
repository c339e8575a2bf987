// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "core/eventstream.h"
#include "core/termination.h"
#include "db/checkpointstore.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "schemacomparer.h"
#include "siderunner.h"
#include "tablecomparer.h"
#include "tr.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Mwb::Validate {

namespace {

// One consistent read snapshot per side for the whole validation.
Core::Result<void> beginSnapshot(const Db::Connection &connection)
{
    switch (connection.spec().dialect) {
    case Db::DialectKind::Postgres:
        return connection.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
    case Db::DialectKind::Mysql:
        if (auto set = connection.exec(u"SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s); !set) {
            return set;
        }
        return connection.exec(u"START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"_s);
    case Db::DialectKind::Sqlite: {
        if (auto begun = connection.exec(u"BEGIN"_s); !begun) {
            return begun;
        }
        // A deferred transaction takes its snapshot at the first read.
        return connection.exec(u"SELECT COUNT(*) FROM sqlite_master"_s);
    }
    }
    return {};
}

void endSnapshot(const Db::Connection &connection)
{
    (void)connection.exec(u"ROLLBACK"_s); // read-only: nothing to keep
}

Core::OrderedJson tableEvent(const TableResult &table)
{
    Core::OrderedJson fields = Core::OrderedJson::object();
    fields["table"] = Core::toStd(table.table);
    fields["passed"] = table.passed;
    fields["source_rows"] = table.sourceRows;
    fields["target_rows"] = table.targetRows;
    fields["missing_in_target"] = table.missing;
    fields["extra_in_target"] = table.extra;
    fields["changed"] = table.changed;
    fields["within_tolerance"] = table.withinTolerance;
    fields["rows_fetched"] = table.rowsFetchedSource + table.rowsFetchedTarget;
    if (!table.error.isEmpty()) {
        fields["error"] = Core::toStd(table.error);
    }
    return fields;
}

} // namespace

Core::Result<ValidationReport> runValidation(const ValidationOptions &options, Core::EventStream &events)
{
    ValidationReport report;
    report.runId = events.runId().isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : events.runId();
    report.startedAt = Core::EventStream::timestampNow();
    report.source = options.source.displayUrl();
    report.target = options.target.displayUrl();
    report.sampleSize = options.sampleSize;
    report.sampleSeed = options.sampleSeed;

    // Each side on a thread of its own (siderunner.h), each in one read-only snapshot.
    SideRunner sourceRunner;
    SideRunner targetRunner;
    if (auto opened = sourceRunner.open(options.source, u"validate-source"_s); !opened) {
        return opened.error();
    }
    if (auto opened = targetRunner.open(options.target, u"validate-target"_s); !opened) {
        return opened.error();
    }
    if (auto begun = sourceRunner.run([&] { return beginSnapshot(sourceRunner.connection()); }); !begun) {
        return begun.error();
    }
    if (auto begun = targetRunner.run([&] { return beginSnapshot(targetRunner.connection()); }); !begun) {
        return begun.error();
    }
    const auto endSnapshots = [&] {
        sourceRunner.run([&] { endSnapshot(sourceRunner.connection()); });
        targetRunner.run([&] { endSnapshot(targetRunner.connection()); });
    };
    // mwb_checkpoints is the copy engine's own bookkeeping in the target (DATA_MIGRATION.md "Checkpoint"), not data
    // of the source: it is neither compared nor counted as an extra target table.
    const QStringList bookkeeping { Db::CheckpointStore::tableName() };
    const Db::TableFilter filter { options.tables, bookkeeping };
    auto sourceSchema = sourceRunner.run([&] {
        return sourceRunner.connection().dialect().readSchema(sourceRunner.connection().database(), filter);
    });
    auto targetSchema = sourceSchema ? targetRunner.run([&] {
        return targetRunner.connection().dialect().readSchema(targetRunner.connection().database(), Db::TableFilter { {}, bookkeeping });
    })
                                     : sourceSchema;
    if (!sourceSchema || !targetSchema) {
        endSnapshots();
        return sourceSchema ? targetSchema.error() : sourceSchema.error();
    }
    for (const QString &name : options.tables) {
        if (!sourceSchema->table(name)) {
            endSnapshots();
            return Core::Error::inFile(options.source.describe(), Tr::tr("the source has no table \"%1\"").arg(name),
                                       Tr::tr("Check the names given to --tables (they match exactly)."));
        }
    }

    Core::OrderedJson started = Core::OrderedJson::object();
    started["source"] = Core::toStd(report.source);
    started["target"] = Core::toStd(report.target);
    started["tables"] = sourceSchema->tables.size();
    events.emitEvent(u"validate_started"_s, started);

    TableComparer comparer(sourceRunner, targetRunner, options);
    for (const Db::Table &table : std::as_const(sourceSchema->tables)) {
        if (Core::TerminationWatcher::isRequested()) {
            report.interrupted = true;
            break;
        }
        const Db::Table *other = targetSchema->table(table.name);
        if (!other) {
            for (const Db::Table &candidate : std::as_const(targetSchema->tables)) {
                if (candidate.name.compare(table.name, Qt::CaseInsensitive) == 0) {
                    other = &candidate;
                }
            }
        }
        TableResult result;
        if (!other) {
            result.table = table.name;
            result.error = Tr::tr("the table is missing in the target");
        } else {
            const TablePlan plan = TableComparer::plan(table, sourceSchema->dialect, *other, targetSchema->dialect);
            result = comparer.compare(plan);
        }
        events.emitEvent(u"validate_table"_s, tableEvent(result));
        report.tables << result;
    }
    if (options.compareSchema && !report.interrupted) {
        report.schema = SchemaComparer::compare(*sourceSchema, *targetSchema, options.tables);
        Core::OrderedJson fields = Core::OrderedJson::object();
        fields["real_differences"] = report.realSchemaDifferences();
        fields["expected_by_mapping"] = qsizetype(report.schema.size()) - report.realSchemaDifferences();
        events.emitEvent(u"validate_schema"_s, fields);
    }
    endSnapshots();
    report.finishedAt = Core::EventStream::timestampNow();

    Core::OrderedJson finished = Core::OrderedJson::object();
    finished["passed"] = report.passed();
    finished["unexplained_data_differences"] = report.unexplainedDataDifferences();
    finished["real_schema_differences"] = report.realSchemaDifferences();
    finished["interrupted"] = report.interrupted;
    events.emitEvent(u"validate_finished"_s, finished);
    return report;
}

} // namespace Mwb::Validate
