// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/jobdefinition.h"
#include "workflow/tr.h"

#include "core/textposition.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Mwb::Workflow {

namespace {

// Task types of Jobs API 2.1 (protocols.md §3.5); the first one present names the task's type.
constexpr std::array kTaskTypes { "notebook_task",    "spark_python_task", "spark_jar_task", "spark_submit_task",
                                  "python_wheel_task", "pipeline_task",     "sql_task",       "dbt_task",
                                  "run_job_task",      "condition_task",    "for_each_task" };

// Position of `"key": "value"` in the raw document, the `nth` occurrence, for error messages:
// nlohmann::json does not keep positions, and a search for the literal is exact in practice.
Core::TextPosition locate(const QString &text, const char *key, const QString &value, int nth = 0)
{
    const std::string escaped = Core::Json(Core::toStd(value)).dump();
    const QRegularExpression re(u'"' + QString::fromLatin1(key) + u"\"\\s*:\\s*"_s
                                + QRegularExpression::escape(QString::fromStdString(escaped)));
    auto it = re.globalMatch(text);
    int seen = 0;
    while (it.hasNext()) {
        const auto match = it.next();
        if (seen++ == nth) {
            return Core::positionAtIndex(text, match.capturedStart());
        }
    }
    return { 0, 0 };
}

QString str(const Core::OrderedJson &object, const char *key)
{
    return Core::stringValue(object, key);
}

Core::Result<JobDefinition> readSettings(const Core::OrderedJson &settings, qint64 jobId, const QString &text,
                                         const QString &fileName, QHash<QString, int> &keySeen)
{
    const QString hint = Tr::tr("Export the job again with the Jobs API 2.1 (GET /api/2.1/jobs/get).");
    if (!settings.is_object()) {
        return Core::Error::inFile(fileName, Tr::tr("a job's settings are not a JSON object"), hint);
    }
    JobDefinition job;
    job.sourceFile = fileName;
    job.jobId = jobId;
    job.name = str(settings, "name");
    if (job.name.isEmpty()) {
        job.name = jobId ? u"job_%1"_s.arg(jobId) : u"job"_s;
    }
    if (settings.contains("parameters") && settings["parameters"].is_array()) {
        for (const auto &parameter : settings["parameters"]) {
            const QString name = str(parameter, "name");
            if (!name.isEmpty()) {
                job.parameters[Core::toStd(name)] = parameter.contains("default") ? parameter["default"] : Core::OrderedJson("");
            }
        }
    }

    Core::OrderedJson tasks = Core::OrderedJson::array();
    if (settings.contains("tasks")) {
        if (!settings["tasks"].is_array()) {
            return Core::Error::inFile(fileName, Tr::tr("job \"%1\": \"tasks\" is not a list").arg(job.name), hint);
        }
        tasks = settings["tasks"];
    } else if (settings.contains("notebook_task")) {
        // Jobs API 2.0 single-task format: the job itself is the task.
        Core::OrderedJson task = settings;
        task["task_key"] = Core::toStd(job.name);
        tasks.push_back(task);
    }

    QSet<QString> keys;
    for (const auto &task : tasks) {
        TaskDefinition def;
        if (!task.is_object()) {
            return Core::Error::inFile(fileName, Tr::tr("job \"%1\": a task is not a JSON object").arg(job.name), hint);
        }
        def.taskKey = str(task, "task_key");
        if (def.taskKey.isEmpty()) {
            return Core::Error::inFile(fileName, Tr::tr("job \"%1\": a task has no \"task_key\"").arg(job.name), hint);
        }
        const int nth = keySeen[def.taskKey]++;
        auto pos = locate(text, "task_key", def.taskKey, nth);
        if (keys.contains(def.taskKey)) {
            return Core::Error::at(fileName, pos.line, pos.column,
                                   Tr::tr("job \"%1\": task_key \"%2\" is used twice").arg(job.name, def.taskKey),
                                   Tr::tr("Task keys must be unique within a job."));
        }
        keys.insert(def.taskKey);
        for (const char *type : kTaskTypes) {
            if (task.contains(type)) {
                def.taskType = QString::fromLatin1(type);
                break;
            }
        }
        if (def.taskType.isEmpty()) {
            def.taskType = u"unknown"_s;
        }
        if (def.taskType == u"notebook_task" && task["notebook_task"].is_object()) {
            const auto &nt = task["notebook_task"];
            def.notebookPath = str(nt, "notebook_path");
            if (def.notebookPath.isEmpty()) {
                return Core::Error::at(fileName, pos.line, pos.column,
                                       Tr::tr("task \"%1\" is a notebook task without \"notebook_path\"").arg(def.taskKey), hint);
            }
            if (nt.contains("base_parameters") && nt["base_parameters"].is_object()) {
                def.baseParameters = nt["base_parameters"];
            }
            const auto pathPos = locate(text, "notebook_path", def.notebookPath);
            if (pathPos.line > 0) {
                pos = pathPos;
            }
        }
        def.line = pos.line;
        def.column = pos.column;
        if (task.contains("depends_on")) {
            if (!task["depends_on"].is_array()) {
                return Core::Error::at(fileName, pos.line, pos.column,
                                       Tr::tr("task \"%1\": \"depends_on\" is not a list").arg(def.taskKey), hint);
            }
            for (const auto &dep : task["depends_on"]) {
                const QString key = dep.is_string() ? Core::fromStd(dep.get<std::string>()) : str(dep, "task_key");
                if (key.isEmpty()) {
                    return Core::Error::at(fileName, pos.line, pos.column,
                                           Tr::tr("task \"%1\": a depends_on entry has no task_key").arg(def.taskKey), hint);
                }
                def.dependsOn.append(key);
            }
        }
        job.tasks.append(std::move(def));
    }
    for (const TaskDefinition &task : std::as_const(job.tasks)) {
        for (const QString &dep : task.dependsOn) {
            if (!keys.contains(dep)) {
                return Core::Error::at(fileName, task.line, task.column,
                                       Tr::tr("task \"%1\" depends on \"%2\", which is not a task of job \"%3\"")
                                           .arg(task.taskKey, dep, job.name),
                                       Tr::tr("Fix depends_on or export the complete job."));
            }
        }
    }
    return job;
}

qint64 jobIdOf(const Core::OrderedJson &object)
{
    if (object.contains("job_id") && object["job_id"].is_number_integer()) {
        return object["job_id"].get<qint64>();
    }
    return 0;
}

} // namespace

Core::Result<QList<JobDefinition>> readJobs(const QByteArray &bytes, const QString &fileName)
{
    auto parsed = Core::parseOrderedJson(bytes, fileName);
    if (!parsed) {
        return parsed.error();
    }
    const Core::OrderedJson &root = *parsed;
    const QString text = QString::fromUtf8(bytes);
    const QString hint = Tr::tr("Expected a Databricks Jobs API 2.1 document: a job's settings, a jobs/get response "
                                "or {\"jobs\": [...]}.");
    if (!root.is_object()) {
        return Core::Error::inFile(fileName, Tr::tr("the top level is not a JSON object"), hint);
    }
    QList<JobDefinition> jobs;
    QHash<QString, int> keySeen;
    auto add = [&](const Core::OrderedJson &entry) -> Core::Result<void> {
        const bool wrapped = entry.contains("settings");
        auto job = readSettings(wrapped ? entry["settings"] : entry, jobIdOf(entry), text, fileName, keySeen);
        if (!job) {
            return job.error();
        }
        jobs.append(std::move(job).value());
        return {};
    };
    if (root.contains("jobs")) {
        if (!root["jobs"].is_array()) {
            return Core::Error::inFile(fileName, Tr::tr("\"jobs\" is not a list"), hint);
        }
        for (const auto &entry : root["jobs"]) {
            if (!entry.is_object()) {
                return Core::Error::inFile(fileName, Tr::tr("an entry of \"jobs\" is not a JSON object"), hint);
            }
            if (auto r = add(entry); !r) {
                return r.error();
            }
        }
    } else if (root.contains("settings") || root.contains("tasks") || root.contains("notebook_task")) {
        if (auto r = add(root); !r) {
            return r.error();
        }
    } else {
        return Core::Error::inFile(fileName, Tr::tr("no job found (no \"settings\", \"tasks\" or \"jobs\" key)"), hint);
    }
    QSet<QString> names;
    for (const JobDefinition &job : std::as_const(jobs)) {
        if (names.contains(job.name)) {
            return Core::Error::inFile(fileName, Tr::tr("two jobs are named \"%1\"; their manifests would overwrite each other").arg(job.name),
                                       Tr::tr("Rename one of them."));
        }
        names.insert(job.name);
    }
    return jobs;
}

Core::Result<QList<JobDefinition>> readJobsFile(const QString &fileName)
{
    auto bytes = Core::readFile(fileName);
    if (!bytes) {
        return bytes.error();
    }
    return readJobs(*bytes, fileName);
}

} // namespace Mwb::Workflow
