// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/pass1summary.h"

#include "rewrite/tr.h"

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

} // namespace Mwb::Rewrite
