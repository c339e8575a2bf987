// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/manifest.h"
#include "workflow/tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Workflow {

namespace {

using Core::OrderedJson;
using Core::toStd;

OrderedJson stringList(const QStringList &list)
{
    OrderedJson out = OrderedJson::array();
    for (const QString &s : list) {
        out.push_back(toStd(s));
    }
    return out;
}

QStringList stringListFrom(const OrderedJson &value)
{
    QStringList out;
    if (value.is_array()) {
        for (const auto &item : value) {
            if (item.is_string()) {
                out.append(Core::fromStd(item.get<std::string>()));
            }
        }
    }
    return out;
}

OrderedJson depToJson(const RunDependency &dep)
{
    OrderedJson out;
    out["path"] = dep.dynamic ? OrderedJson(nullptr) : OrderedJson(toStd(dep.path));
    out["kind"] = toStd(dep.kind);
    out["exists"] = dep.exists;
    if (!dep.resolvedPath.isEmpty()) {
        out["resolved_path"] = toStd(dep.resolvedPath);
    }
    out["cell"] = dep.cell;
    if (dep.dynamic) {
        out["dynamic"] = true;
        out["expression"] = toStd(dep.expression);
    }
    if (!dep.arguments.isEmpty()) {
        OrderedJson args = OrderedJson::object();
        for (const auto &[name, value] : dep.arguments) {
            args[toStd(name)] = toStd(value);
        }
        out["arguments"] = args;
    }
    if (dep.cycle) {
        out["cycle"] = true;
    }
    if (dep.depthLimitReached) {
        out["depth_limit_reached"] = true;
    }
    if (!dep.error.isEmpty()) {
        out["error"] = toStd(dep.error);
    }
    OrderedJson children = OrderedJson::array();
    for (const RunDependency &child : dep.runDeps) {
        children.push_back(depToJson(child));
    }
    out["run_deps"] = children;
    return out;
}

RunDependency depFromJson(const OrderedJson &in)
{
    RunDependency dep;
    dep.path = Core::stringValue(in, "path");
    dep.kind = Core::stringValue(in, "kind");
    dep.exists = Core::boolValue(in, "exists");
    dep.resolvedPath = Core::stringValue(in, "resolved_path");
    dep.cell = in.contains("cell") && in["cell"].is_number_integer() ? in["cell"].get<int>() : 0;
    dep.dynamic = Core::boolValue(in, "dynamic");
    dep.expression = Core::stringValue(in, "expression");
    if (in.contains("arguments") && in["arguments"].is_object()) {
        for (const auto &[name, value] : in["arguments"].items()) {
            dep.arguments.append({ Core::fromStd(name), value.is_string() ? Core::fromStd(value.get<std::string>()) : QString() });
        }
    }
    dep.cycle = Core::boolValue(in, "cycle");
    dep.depthLimitReached = Core::boolValue(in, "depth_limit_reached");
    dep.error = Core::stringValue(in, "error");
    if (in.contains("run_deps") && in["run_deps"].is_array()) {
        for (const auto &child : in["run_deps"]) {
            if (child.is_object()) {
                dep.runDeps.append(depFromJson(child));
            }
        }
    }
    return dep;
}

} // namespace

const ManifestTask *ManifestJob::task(const QString &key) const
{
    for (const ManifestTask &t : tasks) {
        if (t.taskKey == key) {
            return &t;
        }
    }
    return nullptr;
}

OrderedJson manifestToJson(const Manifest &manifest)
{
    OrderedJson jobs = OrderedJson::array();
    for (const ManifestJob &job : manifest.jobs) {
        OrderedJson j;
        j["job_name"] = toStd(job.jobName);
        j["job_id"] = job.jobId;
        j["root"] = toStd(job.root);
        j["workspace"] = toStd(job.workspace);
        j["parameters"] = job.parameters;
        OrderedJson tasks = OrderedJson::array();
        for (const ManifestTask &task : job.tasks) {
            OrderedJson t;
            t["task_key"] = toStd(task.taskKey);
            t["task_type"] = toStd(task.taskType);
            t["notebook_path"] = task.notebookPath.isEmpty() ? OrderedJson(nullptr) : OrderedJson(toStd(task.notebookPath));
            t["resolved_path"] = task.resolvedPath.isEmpty() ? OrderedJson(nullptr) : OrderedJson(toStd(task.resolvedPath));
            t["depends_on"] = stringList(task.dependsOn);
            t["base_parameters"] = task.baseParameters;
            t["cells"] = task.cells;
            t["code_cells"] = task.codeCells;
            OrderedJson deps = OrderedJson::array();
            for (const RunDependency &dep : task.runDeps) {
                deps.push_back(depToJson(dep));
            }
            t["run_deps"] = deps;
            tasks.push_back(t);
        }
        j["tasks"] = tasks;
        OrderedJson layers = OrderedJson::array();
        for (const QStringList &layer : job.executionLayers) {
            layers.push_back(stringList(layer));
        }
        j["execution_layers"] = layers;
        j["db_to_aidp_job_map"] = job.dbToAidpJobMap;
        OrderedJson warnings = OrderedJson::array();
        for (const ManifestWarning &w : job.warnings) {
            warnings.push_back({ { "task", toStd(w.task) }, { "kind", toStd(w.kind) }, { "message", toStd(w.message) } });
        }
        j["warnings"] = warnings;
        jobs.push_back(j);
    }
    OrderedJson root;
    root["jobs"] = jobs;
    return root;
}

QByteArray writeManifest(const Manifest &manifest)
{
    return QByteArray::fromStdString(manifestToJson(manifest).dump(2)) + '\n';
}

Core::Result<Manifest> readManifest(const QByteArray &bytes, const QString &fileName)
{
    auto parsed = Core::parseOrderedJson(bytes, fileName);
    if (!parsed) {
        return parsed.error();
    }
    const OrderedJson &root = *parsed;
    if (!root.is_object() || !root.contains("jobs") || !root["jobs"].is_array()) {
        return Core::Error::inFile(fileName, Tr::tr("not a job manifest (no \"jobs\" list)"),
                                   Tr::tr("Build it with \"mwb build-dag\"."));
    }
    Manifest manifest;
    for (const auto &j : root["jobs"]) {
        if (!j.is_object()) {
            continue;
        }
        ManifestJob job;
        job.jobName = Core::stringValue(j, "job_name");
        job.jobId = j.contains("job_id") && j["job_id"].is_number_integer() ? j["job_id"].get<qint64>() : 0;
        job.root = Core::stringValue(j, "root");
        job.workspace = Core::stringValue(j, "workspace");
        if (j.contains("parameters") && j["parameters"].is_object()) {
            job.parameters = j["parameters"];
        }
        if (j.contains("tasks") && j["tasks"].is_array()) {
            for (const auto &t : j["tasks"]) {
                if (!t.is_object()) {
                    continue;
                }
                ManifestTask task;
                task.taskKey = Core::stringValue(t, "task_key");
                task.taskType = Core::stringValue(t, "task_type", u"notebook_task"_s);
                task.notebookPath = Core::stringValue(t, "notebook_path");
                task.resolvedPath = Core::stringValue(t, "resolved_path");
                task.dependsOn = stringListFrom(t.value("depends_on", OrderedJson::array()));
                if (t.contains("base_parameters") && t["base_parameters"].is_object()) {
                    task.baseParameters = t["base_parameters"];
                }
                task.cells = t.contains("cells") && t["cells"].is_number_integer() ? t["cells"].get<int>() : 0;
                task.codeCells = t.contains("code_cells") && t["code_cells"].is_number_integer() ? t["code_cells"].get<int>() : 0;
                if (t.contains("run_deps") && t["run_deps"].is_array()) {
                    for (const auto &dep : t["run_deps"]) {
                        if (dep.is_object()) {
                            task.runDeps.append(depFromJson(dep));
                        }
                    }
                }
                job.tasks.append(task);
            }
        }
        if (j.contains("execution_layers") && j["execution_layers"].is_array()) {
            for (const auto &layer : j["execution_layers"]) {
                job.executionLayers.append(stringListFrom(layer));
            }
        }
        if (j.contains("db_to_aidp_job_map") && j["db_to_aidp_job_map"].is_object()) {
            job.dbToAidpJobMap = j["db_to_aidp_job_map"];
        }
        if (j.contains("warnings") && j["warnings"].is_array()) {
            for (const auto &w : j["warnings"]) {
                job.warnings.append({ Core::stringValue(w, "task"), Core::stringValue(w, "kind"), Core::stringValue(w, "message") });
            }
        }
        manifest.jobs.append(job);
    }
    return manifest;
}

Core::Result<Manifest> readManifestFile(const QString &fileName)
{
    auto bytes = Core::readFile(fileName);
    if (!bytes) {
        return bytes.error();
    }
    return readManifest(*bytes, fileName);
}

QString manifestFileStem(const QString &jobName)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString stem = jobName.trimmed();
    stem.replace(unsafe, u"_"_s);
    return stem.isEmpty() ? u"job"_s : stem;
}

} // namespace Mwb::Workflow
