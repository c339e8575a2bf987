// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/migrationreport.h"

#include "rewrite/tr.h"

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

// A table cell: one line, pipes escaped, long snippets shortened.
QString cellText(const QString &text)
{
    QString t = text;
    t.replace(u'\n', u"⏎"_s);
    t.replace(u'|', u"\\|"_s);
    if (t.size() > 160) {
        t = t.left(157) + u"..."_s;
    }
    return t.isEmpty() ? QString() : u'`' + t.replace(u'`', u'\'') + u'`';
}

} // namespace

Core::OrderedJson changeRecordJson(const ChangeRecord &c)
{
    Core::OrderedJson j;
    j["cell"] = c.cell;
    j["line"] = c.line;
    j["rule_id"] = Core::toStd(c.ruleId);
    j["before"] = Core::toStd(c.before);
    j["after"] = Core::toStd(c.after);
    j["reason"] = Core::toStd(c.reason);
    return j;
}

Core::OrderedJson lintFindingJson(const LintFinding &f)
{
    Core::OrderedJson j;
    j["id"] = Core::toStd(f.id);
    j["severity"] = Core::toStd(severityName(f.severity));
    j["cell"] = f.cell;
    j["line"] = f.line;
    j["message"] = Core::toStd(f.message);
    return j;
}

Core::OrderedJson reportJson(const ReportInput &input)
{
    const RewriteResult &r = *input.result;
    Core::OrderedJson j;
    j["notebook"] = Core::toStd(r.notebook.name);
    j["source"] = Core::toStd(input.sourcePath);
    j["output"] = Core::toStd(input.outputPath);
    j["cells"] = r.notebook.cells.size();
    j["code_cells"] = r.notebook.codeCellCount();
    j["changes"] = Core::OrderedJson::array();
    for (const auto &c : r.changes) {
        j["changes"].push_back(changeRecordJson(c));
    }
    j["lint"] = Core::OrderedJson::array();
    for (const auto &f : r.lint) {
        j["lint"].push_back(lintFindingJson(f));
    }
    j["required_packages"] = Core::OrderedJson::array();
    for (const auto &p : r.requiredPackages) {
        j["required_packages"].push_back(Core::toStd(p));
    }
    j["job_triggers"] = Core::OrderedJson::array();
    for (const auto &t : r.jobTriggers) {
        Core::OrderedJson tj;
        tj["databricks_job_id"] = Core::toStd(t.databricksJobId);
        tj["aidp_job_id"] = t.aidpJobId.isEmpty() ? Core::OrderedJson() : Core::OrderedJson(Core::toStd(t.aidpJobId));
        tj["cell"] = t.cell;
        tj["line"] = t.line;
        j["job_triggers"].push_back(tj);
    }
    j["unmapped_buckets"] = Core::OrderedJson::array();
    for (const auto &b : r.unmappedBuckets) {
        j["unmapped_buckets"].push_back({ { "bucket", Core::toStd(b.bucket) }, { "cell", b.cell }, { "line", b.line } });
    }
    j["llm_candidates"] = r.llmCandidates;
    j["blockers"] = static_cast<int>(std::count_if(r.lint.cbegin(), r.lint.cend(), [](const LintFinding &f) {
        return f.severity == Severity::Blocker;
    }));
    return j;
}

QString reportMarkdown(const ReportInput &input)
{
    const RewriteResult &r = *input.result;
    QString md = u"# "_s + Tr::tr("Migration report: %1").arg(r.notebook.name) + u"\n\n"_s;
    md += u"- "_s + Tr::tr("Source: %1").arg(input.sourcePath) + u'\n';
    md += u"- "_s + Tr::tr("Output: %1").arg(input.outputPath) + u'\n';
    QSet<int> changedCells;
    for (const auto &c : r.changes) {
        changedCells.insert(c.cell);
    }
    md += u"- "_s
        + Tr::tr("Cells: %1 (%2 code), %3 changed, %4 change(s)")
              .arg(r.notebook.cells.size())
              .arg(r.notebook.codeCellCount())
              .arg(changedCells.size())
              .arg(r.changes.size())
        + u'\n';
    const auto blockers = std::count_if(r.lint.cbegin(), r.lint.cend(),
                                        [](const LintFinding &f) { return f.severity == Severity::Blocker; });
    md += u"- "_s + Tr::tr("Lint: %1 finding(s), %2 blocker(s)").arg(r.lint.size()).arg(blockers) + u"\n\n"_s;

    md += u"## "_s + Tr::tr("Changes") + u"\n\n"_s;
    if (r.changes.isEmpty()) {
        md += Tr::tr("No rule fired: the notebook runs on AIDP as it is.") + u"\n\n"_s;
    } else {
        md += u"| "_s + Tr::tr("Cell") + u" | "_s + Tr::tr("Line") + u" | "_s + Tr::tr("Rule") + u" | "_s
            + Tr::tr("Before") + u" | "_s + Tr::tr("After") + u" | "_s + Tr::tr("Reason") + u" |\n|---|---|---|---|---|---|\n"_s;
        for (const auto &c : r.changes) {
            md += u"| %1 | %2 | %3 | %4 | %5 | %6 |\n"_s.arg(c.cell).arg(c.line).arg(c.ruleId, cellText(c.before),
                                                                                      cellText(c.after), c.reason);
        }
        md += u'\n';
    }
    md += u"## "_s + Tr::tr("Lint") + u"\n\n"_s;
    if (r.lint.isEmpty()) {
        md += Tr::tr("No findings.") + u"\n\n"_s;
    } else {
        md += u"| "_s + Tr::tr("Severity") + u" | Id | "_s + Tr::tr("Cell") + u" | "_s + Tr::tr("Line") + u" | "_s
            + Tr::tr("Message") + u" |\n|---|---|---|---|---|\n"_s;
        for (const auto &f : r.lint) {
            md += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(severityName(f.severity), f.id).arg(f.cell).arg(f.line).arg(
                QString(f.message).replace(u'|', u"\\|"_s));
        }
        md += u'\n';
    }
    md += u"## "_s + Tr::tr("Required Packages") + u"\n\n"_s;
    if (r.requiredPackages.isEmpty()) {
        md += Tr::tr("None.") + u"\n\n"_s;
    } else {
        for (const auto &p : r.requiredPackages) {
            md += u"- `"_s + p + u"`\n"_s;
        }
        md += u'\n';
    }
    md += u"## "_s + Tr::tr("Unmapped Databricks Job Triggers") + u"\n\n"_s;
    bool anyUnmapped = false;
    for (const auto &t : r.jobTriggers) {
        if (t.aidpJobId.isEmpty()) {
            md += u"- "_s + Tr::tr("cell %1, line %2: job %3").arg(t.cell).arg(t.line).arg(t.databricksJobId) + u'\n';
            anyUnmapped = true;
        }
    }
    if (anyUnmapped) {
        md += u'\n' + Tr::tr("Add them to the manifest's db_to_aidp_job_map, for example:") + u"\n\n```json\n{\"db_to_aidp_job_map\": {"_s;
        QStringList entries;
        for (const auto &t : r.jobTriggers) {
            if (t.aidpJobId.isEmpty()) {
                entries.append(u"\""_s + t.databricksJobId + u"\": \"<aidp job id>\""_s);
            }
        }
        md += entries.join(u", "_s) + u"}}\n```\n\n"_s;
    } else {
        md += Tr::tr("None.") + u"\n\n"_s;
    }
    md += u"## "_s + Tr::tr("Cells left for Pass 2 / the LLM") + u"\n\n"_s;
    if (r.llmCandidates.isEmpty()) {
        md += Tr::tr("None: no Databricks marker is left.") + u'\n';
    } else {
        QStringList cells;
        for (const int c : r.llmCandidates) {
            cells.append(QString::number(c));
        }
        md += Tr::tr("Cells still carrying Databricks markers: %1").arg(cells.join(u", "_s)) + u'\n';
    }
    return md;
}

} // namespace Mwb::Rewrite
