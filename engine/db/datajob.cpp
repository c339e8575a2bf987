// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/datajob.h"

#include "core/eventstream.h"
#include "core/termination.h"
#include "db/checkpointstore.h"
#include "db/connection.h"
#include "db/copyorder.h"
#include "db/dialect.h"
#include "db/joblock.h"
#include "db/jobstatus.h"
#include "db/orphancheck.h"
#include "db/schemacopy.h"
#include "db/sequencereset.h"
#include "db/tablecopier.h"
#include "db/tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

using Core::OrderedJson;

QString snapshotBegin(DialectKind kind)
{
    switch (kind) {
    case DialectKind::Postgres:
        return u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
    case DialectKind::Mysql:
        return u"START TRANSACTION WITH CONSISTENT SNAPSHOT"_s;
    case DialectKind::Sqlite:
        return u"BEGIN"_s;
    }
    return u"BEGIN"_s;
}

QString finalStatus(const JobState &state)
{
    bool anyFailed = false;
    bool anyRowsFailed = state.orphanRows > 0;
    for (const TableProgress &t : state.tables) {
        anyFailed |= t.state == TableState::Failed;
        anyRowsFailed |= t.rowsFailed > 0;
    }
    if (anyFailed) {
        return u"failed"_s;
    }
    return anyRowsFailed ? u"completed_with_errors"_s : u"completed"_s;
}

} // namespace

DataJob::DataJob(QString projectDir, Core::EventStream &events)
    : m_projectDir(std::move(projectDir))
    , m_events(events)
{
}

QString DataJob::newJobId()
{
    return u"dj-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) + u'-'
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0');
}

QString DataJob::resultName(const QString &status)
{
    if (status == u"completed") {
        return u"PASS"_s;
    }
    if (status == u"completed_with_errors") {
        return u"PARTIAL"_s;
    }
    if (status == u"interrupted") {
        return u"INTERRUPTED"_s;
    }
    return u"FAIL"_s;
}

Core::Result<JobState> DataJob::start(const JobConfig &config)
{
    const QString jobDir = JobState::jobDir(m_projectDir, config.jobId);
    if (QFileInfo::exists(QDir(jobDir).filePath(u"job.json"_s))) {
        return Core::Error::inFile(jobDir, Tr::tr("a data job with this id exists already"),
                                   Tr::tr("Use mwb data resume %1, or start a new job.").arg(config.jobId));
    }
    if (auto saved = saveJobConfig(jobDir, config); !saved) {
        return saved.error();
    }
    JobState state;
    state.config = config;
    state.startedAt = Core::EventStream::timestampNow();
    return run(state, false);
}

Core::Result<JobState> DataJob::resume(const QString &jobId)
{
    const QString jobDir = JobState::jobDir(m_projectDir, jobId);
    auto config = loadJobConfig(jobDir);
    if (!config) {
        return config.error();
    }
    JobState state;
    if (auto loaded = JobState::load(jobDir); loaded) {
        state = *loaded;
    } else if (QFileInfo::exists(QDir(jobDir).filePath(u"checkpoint.json"_s)) || !loaded.error().hint.isEmpty()) {
        // Torn or corrupt mirror (reliability.md §10 case 21): start from the target-side truth.
        m_events.log(u"warning"_s, loaded.error().toString());
        state.startedAt = Core::EventStream::timestampNow();
    }
    state.config = *config;
    state.runs += 1;
    // The first run's snapshot died with its process (pgcopydb --resume needs --not-consistent).
    state.snapshotConsistent = false;
    return run(state, true);
}

Core::Result<JobState> DataJob::run(JobState state, bool resumed)
{
    const JobConfig &config = state.config;
    const QString jobDir = JobState::jobDir(m_projectDir, config.jobId);
    state.status = u"running"_s;
    state.completedAt.clear();
    state.errorMessage.clear();
    state.pid = QCoreApplication::applicationPid();
    state.host = QSysInfo::machineHostName();
    m_events.setRunId(config.jobId);

    auto save = [&] {
        if (auto saved = state.save(jobDir); !saved) {
            m_events.log(u"warning"_s, saved.error().toString());
        }
    };
    auto finish = [&](const QString &status, const QString &message) -> Core::Result<JobState> {
        state.status = status;
        state.errorMessage = message;
        state.completedAt = Core::EventStream::timestampNow();
        if (status != u"interrupted") {
            state.currentTable.clear();
        }
        save();
        OrderedJson fields = OrderedJson::object();
        fields["result"] = resultName(status).toStdString();
        fields["status"] = status.toStdString();
        fields["report"] = QDir(jobDir).filePath(u"checkpoint.json"_s).toStdString();
        if (!message.isEmpty()) {
            fields["message"] = message.toStdString();
        }
        m_events.emitEvent(u"run_finished"_s, fields);
        return state;
    };
    auto startFailed = [&](const Core::Error &error) -> Core::Result<JobState> {
        (void)finish(u"failed"_s, error.toString());
        return error;
    };

    {
        OrderedJson fields = OrderedJson::object();
        fields["command"] = resumed ? "data resume" : "data start";
        fields["source"] = config.source.toStdString();
        fields["target"] = config.target.toStdString();
        fields["mode"] = config.mode.toStdString();
        fields["resumed"] = resumed;
        m_events.emitEvent(u"run_started"_s, fields);
    }
    save();

    auto sourceSpec = resolveConnection(config.source, m_projectDir);
    if (!sourceSpec) {
        return startFailed(sourceSpec.error());
    }
    auto targetSpec = resolveConnection(config.target, m_projectDir);
    if (!targetSpec) {
        return startFailed(targetSpec.error());
    }
    auto sourceConnection = Connection::open(*sourceSpec, u"copy-source"_s);
    if (!sourceConnection) {
        return startFailed(sourceConnection.error());
    }
    auto targetConnection = Connection::open(*targetSpec, u"copy-target"_s, Connection::SqliteFile::CreateIfMissing);
    if (!targetConnection) {
        return startFailed(targetConnection.error());
    }
    Connection &source = *sourceConnection;
    Connection &target = *targetConnection;
    auto lock = JobLock::acquire(target, config.jobId);
    if (!lock) {
        // Leave no trace of a job that never ran: the other job owns the target.
        return startFailed(lock.error());
    }

    TableFilter filter;
    filter.include = config.tables;
    filter.exclude = {CheckpointStore::tableName(), u"mwb_job_lock"_s};
    auto sourceSchema = source.dialect().readSchema(source.database(), filter);
    if (!sourceSchema) {
        return startFailed(sourceSchema.error());
    }
    for (const QString &name : config.tables) {
        if (!sourceSchema->table(name)) {
            return startFailed(Core::Error::inFile(config.source, Tr::tr("the source has no table %1").arg(name),
                                                   Tr::tr("Check the name; names are matched exactly.")));
        }
    }
    QStringList names;
    for (const Table &table : std::as_const(sourceSchema->tables)) {
        names << table.name;
    }
    TableFilter targetFilter;
    targetFilter.include = names;
    auto targetSchema = target.dialect().readSchema(target.database(), targetFilter);
    if (!targetSchema) {
        return startFailed(targetSchema.error());
    }
    QStringList missing;
    for (const QString &name : std::as_const(names)) {
        if (!targetSchema->table(name)) {
            missing << name;
        }
    }
    std::optional<SchemaCopyResult> schemaCopy;
    auto ensureSchemaCopy = [&]() -> Core::Result<void> {
        if (schemaCopy) {
            return {};
        }
        SchemaCopyOptions options;
        options.filter = filter;
        options.targetDialect = targetSpec->dialect;
        options.projectDir = m_projectDir;
        options.outputDir = QDir(jobDir).filePath(u"schema"_s);
        auto copied = runSchemaCopy(*sourceSpec, options);
        if (!copied) {
            return copied.error();
        }
        schemaCopy = std::move(copied).value();
        return {};
    };
    if (!missing.isEmpty()) {
        if (missing.size() != names.size()) {
            return startFailed(Core::Error::inFile(config.target, Tr::tr("the target lacks some of the tables: %1").arg(missing.join(u", "_s)),
                                                   Tr::tr("Create them with mwb schema-copy --apply, or copy only the tables that exist.")));
        }
        if (auto made = ensureSchemaCopy(); !made) {
            return startFailed(made.error());
        }
        if (auto applied = applyScript(*targetSpec, schemaCopy->script, ApplyStage::Tables); !applied) {
            return startFailed(applied.error());
        }
        state.schemaCreated = true;
        m_events.log(u"info"_s, Tr::tr("created %n target table(s)", nullptr, int(names.size())));
        targetSchema = target.dialect().readSchema(target.database(), targetFilter);
        if (!targetSchema) {
            return startFailed(targetSchema.error());
        }
    }

    // Load with the target's FK checks off for this session only (DATA_MIGRATION.md "Circular
    // foreign keys"); orphans are found and moved afterwards.
    QString sessionSetting;
    switch (target.dialect().kind()) {
    case DialectKind::Mysql:
        sessionSetting = u"SET SESSION FOREIGN_KEY_CHECKS = 0"_s;
        break;
    case DialectKind::Sqlite:
        sessionSetting = u"PRAGMA foreign_keys = OFF"_s;
        break;
    case DialectKind::Postgres:
        // Batch and checkpoint commit in one transaction, so a server crash loses both or neither.
        sessionSetting = u"SET synchronous_commit TO off"_s;
        break;
    }
    if (auto set = target.exec(sessionSetting); !set) {
        return startFailed(set.error());
    }
    CheckpointStore checkpoints(target);
    if (auto made = checkpoints.ensureTable(); !made) {
        return startFailed(made.error());
    }

    const CopyOrder order = copyOrder(sourceSchema->tables);
    for (const auto &edge : order.brokenEdges) {
        m_events.log(u"info"_s, Tr::tr("foreign key cycle: %1 -> %2 is loaded without order; rows are checked after the load")
                                    .arg(edge.first, edge.second));
    }
    QList<TableProgress> tables;
    for (const QString &name : order.tables) {
        const TableProgress *known = state.table(name);
        tables.append(known ? *known : TableProgress {name, TableState::Pending, 0, 0, -1, true, nullptr, 0, {}});
    }
    state.tables = tables;
    save();

    if (auto began = source.exec(snapshotBegin(source.dialect().kind())); !began) {
        return startFailed(began.error());
    }
    TableCopier::Settings settings;
    settings.jobId = config.jobId;
    settings.jobDir = jobDir;
    settings.batchSize = config.batchSize;
    settings.memoryLimitBytes = qint64(config.memoryLimitMb) * 1024 * 1024;
    settings.truncateTarget = config.truncateTarget;
    settings.continueOnRowError = config.continueOnRowError;
    TableCopier copier(source, target, checkpoints, m_events, settings);

    bool stopped = false;
    for (qsizetype i = 0; i < state.tables.size(); ++i) {
        TableProgress &progress = state.tables[i];
        const Table *sourceTable = sourceSchema->table(progress.table);
        const Table *targetTable = targetSchema->table(progress.table);
        state.currentTable = progress.table;
        OrderedJson started = OrderedJson::object();
        started["table"] = progress.table.toStdString();
        m_events.emitEvent(u"table_started"_s, started);
        auto onCommitted = [&] {
            save();
            OrderedJson fields = OrderedJson::object();
            fields["table"] = progress.table.toStdString();
            fields["rows_migrated"] = progress.rowsMigrated;
            fields["rows_failed"] = progress.rowsFailed;
            fields["total_rows"] = progress.totalRows;
            m_events.emitEvent(u"table_progress"_s, fields);
        };
        const TableOutcome outcome = copier.copy(*sourceTable, *targetTable, progress, onCommitted);
        save();
        OrderedJson finished = OrderedJson::object();
        finished["table"] = progress.table.toStdString();
        finished["status"] = tableStateName(progress.state).toStdString();
        finished["rows_migrated"] = progress.rowsMigrated;
        finished["rows_failed"] = progress.rowsFailed;
        finished["total_rows"] = progress.totalRows;
        if (!progress.error.isEmpty()) {
            finished["error"] = progress.error.toStdString();
        }
        m_events.emitEvent(u"table_finished"_s, finished);
        if (outcome == TableOutcome::Interrupted) {
            (void)source.exec(u"ROLLBACK"_s);
            return finish(u"interrupted"_s, Tr::tr("stopped by signal %1 after a committed batch; run mwb data resume %2")
                                                .arg(Core::TerminationWatcher::requestedSignal())
                                                .arg(config.jobId));
        }
        if (outcome == TableOutcome::Failed) {
            m_events.log(u"error"_s, progress.table + u": "_s + progress.error);
            if (config.stopOnError) {
                stopped = true;
                break;
            }
        }
    }
    (void)source.exec(u"ROLLBACK"_s); // read-only snapshot: nothing to keep
    state.currentTable.clear();
    if (stopped) {
        return finish(u"failed"_s, Tr::tr("stopped at the first failed table (--stop-on-error)"));
    }

    bool anyTableFailed = false;
    for (const TableProgress &t : std::as_const(state.tables)) {
        anyTableFailed |= t.state == TableState::Failed;
    }
    if (!anyTableFailed && !state.postDataDone) {
        // The source's FKs: the target may not have its own yet (created after this step).
        auto orphans = moveOrphans(target, sourceSchema->tables, QDir(jobDir).filePath(u"fk_violations.jsonl"_s), config.jobId);
        if (!orphans) {
            return finish(u"failed"_s, orphans.error().toString());
        }
        for (auto it = orphans->removedByTable.cbegin(); it != orphans->removedByTable.cend(); ++it) {
            if (TableProgress *t = state.table(it.key())) {
                t->rowsMigrated -= it.value();
                t->rowsFailed += it.value();
            }
            m_events.log(u"warning"_s, Tr::tr("%1: %2 row(s) without a parent row moved to fk_violations.jsonl").arg(it.key()).arg(it.value()));
        }
        state.orphanRows += orphans->total;
        auto reset = resetIdentities(target, sourceSchema->tables, targetSchema->tables);
        if (!reset) {
            return finish(u"failed"_s, reset.error().toString());
        }
        if (state.schemaCreated) {
            if (auto made = ensureSchemaCopy(); !made) {
                return finish(u"failed"_s, made.error().toString());
            }
            for (const ApplyStage stage : {ApplyStage::IndexesAndForeignKeys, ApplyStage::TriggersAndViews}) {
                if (auto applied = applyScript(*targetSpec, schemaCopy->script, stage); !applied) {
                    return finish(u"failed"_s, applied.error().toString());
                }
            }
        }
        state.postDataDone = true;
    }
    return finish(finalStatus(state), {});
}

} // namespace Mwb::Db
