// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/jobstate.h"

#include "core/atomicfile.h"
#include "db/tr.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

using Core::OrderedJson;

qint64 intValue(const OrderedJson &object, const char *key, qint64 fallback)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<qint64>() : fallback;
}

TableState stateFromName(const QString &name)
{
    if (name == u"in_progress") {
        return TableState::InProgress;
    }
    if (name == u"completed") {
        return TableState::Completed;
    }
    if (name == u"failed") {
        return TableState::Failed;
    }
    return TableState::Pending;
}

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto badFile(const QString &file, const QString &what)
{
    return Core::Error::inFile(file, Tr::tr("not a data job file: %1").arg(what),
                               Tr::tr("The file was changed or damaged; start the job again with mwb data start."));
}

} // namespace

QString tableStateName(TableState state)
{
    switch (state) {
    case TableState::Pending:
        return u"pending"_s;
    case TableState::InProgress:
        return u"in_progress"_s;
    case TableState::Completed:
        return u"completed"_s;
    case TableState::Failed:
        return u"failed"_s;
    }
    return u"pending"_s;
}

OrderedJson JobConfig::toJson() const
{
    OrderedJson json = OrderedJson::object();
    json["format"] = 1;
    json["job_id"] = jobId.toStdString();
    json["source"] = source.toStdString();
    json["target"] = target.toStdString();
    json["mode"] = mode.toStdString();
    OrderedJson list = OrderedJson::array();
    for (const QString &t : tables) {
        list.push_back(t.toStdString());
    }
    json["tables"] = list;
    json["batch_size"] = batchSize;
    json["memory_limit_mb"] = memoryLimitMb;
    json["truncate_target"] = truncateTarget;
    json["stop_on_error"] = stopOnError;
    json["continue_on_row_error"] = continueOnRowError;
    return json;
}

Core::Result<JobConfig> JobConfig::fromJson(const OrderedJson &json, const QString &file)
{
    if (!json.is_object() || Core::stringValue(json, "job_id").isEmpty() || Core::stringValue(json, "source").isEmpty()
        || Core::stringValue(json, "target").isEmpty()) {
        return badFile(file, Tr::tr("job_id, source or target missing"));
    }
    JobConfig config;
    config.jobId = Core::stringValue(json, "job_id");
    config.source = Core::stringValue(json, "source");
    config.target = Core::stringValue(json, "target");
    config.mode = Core::stringValue(json, "mode", config.mode);
    if (const auto it = json.find("tables"); it != json.end() && it->is_array()) {
        for (const auto &t : *it) {
            if (t.is_string()) {
                config.tables.append(Core::fromStd(t.get<std::string>()));
            }
        }
    }
    config.batchSize = intValue(json, "batch_size", config.batchSize);
    config.memoryLimitMb = int(intValue(json, "memory_limit_mb", config.memoryLimitMb));
    config.truncateTarget = Core::boolValue(json, "truncate_target", false);
    config.stopOnError = Core::boolValue(json, "stop_on_error", false);
    config.continueOnRowError = Core::boolValue(json, "continue_on_row_error", true);
    return config;
}

TableProgress *JobState::table(const QString &name)
{
    for (auto &t : tables) {
        if (t.table == name) {
            return &t;
        }
    }
    return nullptr;
}

const TableProgress *JobState::table(const QString &name) const
{
    return const_cast<JobState *>(this)->table(name);
}

OrderedJson JobState::toJson() const
{
    OrderedJson json = OrderedJson::object();
    json["format"] = 1;
    json["job_id"] = config.jobId.toStdString();
    json["status"] = status.toStdString();
    json["started_at"] = startedAt.toStdString();
    json["completed_at"] = completedAt.isEmpty() ? OrderedJson(nullptr) : OrderedJson(completedAt.toStdString());
    json["error_message"] = errorMessage.isEmpty() ? OrderedJson(nullptr) : OrderedJson(errorMessage.toStdString());
    json["current_table"] = currentTable.isEmpty() ? OrderedJson(nullptr) : OrderedJson(currentTable.toStdString());
    json["snapshot_consistent"] = snapshotConsistent;
    json["runs"] = runs;
    json["pid"] = pid;
    json["host"] = host.toStdString();
    json["orphan_rows"] = orphanRows;
    json["schema_created"] = schemaCreated;
    json["post_data_done"] = postDataDone;
    json["config"] = config.toJson();
    OrderedJson list = OrderedJson::array();
    for (const TableProgress &t : tables) {
        OrderedJson entry = OrderedJson::object();
        entry["table"] = t.table.toStdString();
        entry["status"] = tableStateName(t.state).toStdString();
        entry["rows_migrated"] = t.rowsMigrated;
        entry["rows_failed"] = t.rowsFailed;
        entry["total_rows"] = t.totalRows;
        entry["has_key"] = t.hasKey;
        entry["last_key"] = t.lastKey;
        entry["failed_bytes"] = t.failedBytes;
        entry["error"] = t.error.isEmpty() ? OrderedJson(nullptr) : OrderedJson(t.error.toStdString());
        list.push_back(entry);
    }
    json["tables"] = list;
    return json;
}

Core::Result<JobState> JobState::fromJson(const OrderedJson &json, const QString &file)
{
    if (!json.is_object() || !json.contains("config") || !json.contains("tables") || !json["tables"].is_array()) {
        return badFile(file, Tr::tr("config or tables missing"));
    }
    auto config = JobConfig::fromJson(json["config"], file);
    if (!config) {
        return config.error();
    }
    JobState state;
    state.config = *config;
    state.status = Core::stringValue(json, "status", state.status);
    state.startedAt = Core::stringValue(json, "started_at");
    state.completedAt = Core::stringValue(json, "completed_at");
    state.errorMessage = Core::stringValue(json, "error_message");
    state.currentTable = Core::stringValue(json, "current_table");
    state.snapshotConsistent = Core::boolValue(json, "snapshot_consistent", true);
    state.runs = int(intValue(json, "runs", 1));
    state.pid = intValue(json, "pid", 0);
    state.host = Core::stringValue(json, "host");
    state.orphanRows = intValue(json, "orphan_rows", 0);
    state.schemaCreated = Core::boolValue(json, "schema_created", false);
    state.postDataDone = Core::boolValue(json, "post_data_done", false);
    for (const auto &entry : json["tables"]) {
        if (!entry.is_object() || Core::stringValue(entry, "table").isEmpty()) {
            return badFile(file, Tr::tr("a table entry has no name"));
        }
        TableProgress t;
        t.table = Core::stringValue(entry, "table");
        t.state = stateFromName(Core::stringValue(entry, "status"));
        t.rowsMigrated = intValue(entry, "rows_migrated", 0);
        t.rowsFailed = intValue(entry, "rows_failed", 0);
        t.totalRows = intValue(entry, "total_rows", -1);
        t.hasKey = Core::boolValue(entry, "has_key", true);
        t.lastKey = entry.contains("last_key") ? entry["last_key"] : OrderedJson(nullptr);
        t.failedBytes = intValue(entry, "failed_bytes", 0);
        t.error = Core::stringValue(entry, "error");
        state.tables.append(t);
    }
    return state;
}

QString JobState::jobDir(const QString &projectDir, const QString &jobId)
{
    return QDir(projectDir).filePath(u".tmp/migrations/"_s + jobId);
}

Core::Result<JobState> JobState::load(const QString &jobDir)
{
    const QString file = QDir(jobDir).filePath(u"checkpoint.json"_s);
    auto bytes = Core::readFile(file);
    if (!bytes) {
        return bytes.error();
    }
    auto json = Core::parseOrderedJson(*bytes, file);
    auto state = json ? JobState::fromJson(*json, file) : Core::Result<JobState>(json.error());
    if (!state) {
        const QString moved = Core::quarantineCorruptFile(file);
        Core::Error error = state.error();
        error.hint = Tr::tr("The damaged file was moved to %1; the target-side checkpoints decide what is redone.").arg(moved);
        return error;
    }
    return state;
}

Core::Result<void> JobState::save(const QString &jobDir) const
{
    const std::string text = toJson().dump(2, ' ', false, OrderedJson::error_handler_t::replace) + '\n';
    return Core::writeFileAtomically(QDir(jobDir).filePath(u"checkpoint.json"_s), QByteArray::fromStdString(text));
}

Core::Result<JobConfig> loadJobConfig(const QString &jobDir)
{
    const QString file = QDir(jobDir).filePath(u"job.json"_s);
    if (!QFileInfo::exists(file)) {
        return Core::Error::inFile(file, Tr::tr("no data job with this id here"),
                                   Tr::tr("Run mwb data status in the project folder the job was started from."));
    }
    auto bytes = Core::readFile(file);
    if (!bytes) {
        return bytes.error();
    }
    auto json = Core::parseOrderedJson(*bytes, file);
    if (!json) {
        return json.error();
    }
    return JobConfig::fromJson(*json, file);
}

Core::Result<void> saveJobConfig(const QString &jobDir, const JobConfig &config)
{
    const std::string text = config.toJson().dump(2) + '\n';
    return Core::writeFileAtomically(QDir(jobDir).filePath(u"job.json"_s), QByteArray::fromStdString(text));
}

} // namespace Mwb::Db
