// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/pass1summary.h"

#include "core/atomicfile.h"
#include "rewrite/jobrewriter.h"
#include "rewrite/migrationreport.h"
#include "rewrite/tr.h"

#include <QDir>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

int intValue(const Core::OrderedJson &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

} // namespace

Severity severityFromName(const QString &name)
{
    if (name == u"blocker") {
        return Severity::Blocker;
    }
    if (name == u"important") {
        return Severity::Important;
    }
    return Severity::Nit;
}

Core::Result<Pass1Summary> readPass1Summary(const QString &path)
{
    auto bytes = Core::readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    auto json = Core::parseOrderedJson(*bytes, path);
    if (!json) {
        return json.error();
    }
    const Core::OrderedJson &root = *json;
    const auto notebooks = root.find("notebooks");
    if (!root.is_object() || notebooks == root.end() || !notebooks->is_array()) {
        return Core::Error::inFile(path, Tr::tr("not a Pass-1 summary: no \"notebooks\" list"),
                                   Tr::tr("Run \"mwb rewrite --manifest\" again to write it"));
    }
    Pass1Summary summary;
    summary.jobName = Core::stringValue(root, "job_name");
    for (const auto &entry : *notebooks) {
        if (!entry.is_object()) {
            continue;
        }
        Pass1Notebook nb;
        nb.kind = Core::stringValue(entry, "kind");
        nb.taskKey = Core::stringValue(entry, "task_key");
        nb.workspacePath = Core::stringValue(entry, "workspace_path");
        nb.output = Core::stringValue(entry, "output");
        nb.report = Core::stringValue(entry, "report");
        nb.status = Core::stringValue(entry, "status");
        const auto report = entry.find("report_json");
        if (report != entry.end() && report->is_object()) {
            nb.hasReport = true;
            nb.reportJson = *report;
            nb.source = Core::stringValue(*report, "source");
            for (const auto &c : report->value("changes", Core::OrderedJson::array())) {
                nb.changes.append({intValue(c, "cell"), intValue(c, "line"), Core::stringValue(c, "rule_id"),
                                   Core::stringValue(c, "before"), Core::stringValue(c, "after"),
                                   Core::stringValue(c, "reason")});
            }
            for (const auto &f : report->value("lint", Core::OrderedJson::array())) {
                nb.lint.append({Core::stringValue(f, "id"), severityFromName(Core::stringValue(f, "severity")),
                                intValue(f, "cell"), intValue(f, "line"), Core::stringValue(f, "message")});
            }
        }
        summary.notebooks.append(nb);
    }
    return summary;
}


Core::Result<Core::OrderedJson> writePass1Summary(const JobRewriteSummary &s)
{
    Core::OrderedJson j;
    j["job_name"] = Core::toStd(s.jobName);
    j["job_dir"] = Core::toStd(s.jobDir);
    j["written"] = s.written;
    j["skipped"] = s.skipped;
    j["blockers"] = s.blockers;
    j["interrupted"] = s.interrupted;
    j["required_packages"] = Core::OrderedJson::array();
    for (const auto &p : s.requiredPackages) {
        j["required_packages"].push_back(Core::toStd(p));
    }
    j["unmapped_job_triggers"] = Core::OrderedJson::array();
    j["notebooks"] = Core::OrderedJson::array();
    const QString summaryPath = QDir(s.jobDir).filePath(u"reports/pass1_summary.json"_s);
    QHash<QString, Core::OrderedJson> previousReports;
    if (auto previous = Rewrite::readPass1Summary(summaryPath)) {
        for (const auto &nb : std::as_const(previous->notebooks)) {
            if (nb.hasReport) {
                previousReports.insert(nb.workspacePath, nb.reportJson);
            }
        }
    }
    for (const auto &nb : s.notebooks) {
        Core::OrderedJson n;
        n["kind"] = Core::toStd(nb.kind);
        if (!nb.taskKey.isEmpty()) {
            n["task_key"] = Core::toStd(nb.taskKey);
        }
        n["workspace_path"] = Core::toStd(nb.workspacePath);
        n["output"] = Core::toStd(nb.outputPath);
        n["report"] = Core::toStd(nb.reportPath);
        n["status"] = nb.skipped ? "ALREADY_MIGRATED" : "MIGRATED";
        if (!nb.skipped) {
            // The whole per-notebook report: change records and lint findings.
            const Rewrite::ReportInput input { nb.sourceFile, nb.outputPath, &nb.result };
            n["report_json"] = Rewrite::reportJson(input);
        } else if (const auto it = previousReports.constFind(nb.workspacePath); it != previousReports.constEnd()) {
            // Skipped this time: the report of the run that migrated it still describes the file.
            n["report_json"] = *it;
        }
        j["notebooks"].push_back(n);
        for (const auto &t : nb.result.jobTriggers) {
            if (t.aidpJobId.isEmpty()) {
                j["unmapped_job_triggers"].push_back({ { "notebook", Core::toStd(nb.workspacePath) },
                                                       { "cell", t.cell },
                                                       { "line", t.line },
                                                       { "databricks_job_id", Core::toStd(t.databricksJobId) } });
            }
        }
    }
    j["warnings"] = Core::OrderedJson::array();
    for (const auto &w : s.warnings) {
        j["warnings"].push_back(Core::toStd(w));
    }
    // What migrate-job's JOB_REPORT needs from Pass 1 (Required Packages, Unmapped Job Triggers).
    if (auto r = Core::writeFileAtomically(summaryPath, QByteArray::fromStdString(j.dump(2)) + '\n'); !r) {
        return r.error();
    }
    return j;
}

} // namespace Mwb::Rewrite
