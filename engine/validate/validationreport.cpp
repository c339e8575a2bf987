// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationreport.h"

#include "core/atomicfile.h"
#include "tr.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Mwb::Validate {

QString differenceKindName(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::MissingInTarget: return u"missing_in_target"_s;
    case DifferenceKind::ExtraInTarget: return u"extra_in_target"_s;
    case DifferenceKind::Changed: return u"changed"_s;
    }
    return u"changed"_s;
}

qint64 ValidationReport::unexplainedDataDifferences() const
{
    qint64 total = 0;
    for (const TableResult &table : tables) {
        total += table.unexplained() + table.sampleMismatches;
    }
    return total;
}

int ValidationReport::realSchemaDifferences() const
{
    int count = 0;
    for (const SchemaDifference &difference : schema) {
        count += difference.expectedByMapping ? 0 : 1;
    }
    return count;
}

bool ValidationReport::passed() const
{
    if (interrupted || !errors.isEmpty() || realSchemaDifferences() > 0) {
        return false;
    }
    for (const TableResult &table : tables) {
        if (!table.passed) {
            return false;
        }
    }
    return true;
}

namespace {

Core::OrderedJson stringList(const QStringList &list)
{
    Core::OrderedJson array = Core::OrderedJson::array();
    for (const QString &item : list) {
        array.push_back(Core::toStd(item));
    }
    return array;
}

Core::OrderedJson differenceJson(const RowDifference &difference)
{
    Core::OrderedJson object = Core::OrderedJson::object();
    object["kind"] = Core::toStd(differenceKindName(difference.kind));
    object["key"] = Core::toStd(difference.key);
    if (!difference.columns.isEmpty()) {
        object["columns"] = stringList(difference.columns);
    }
    if (!difference.sourceValues.isEmpty()) {
        object["source"] = stringList(difference.sourceValues);
    }
    if (!difference.targetValues.isEmpty()) {
        object["target"] = stringList(difference.targetValues);
    }
    if (difference.count != 1) {
        object["copies"] = difference.count;
    }
    object["within_tolerance"] = difference.withinTolerance;
    return object;
}

QString kindText(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::MissingInTarget: return Tr::tr("missing in target");
    case DifferenceKind::ExtraInTarget: return Tr::tr("extra in target");
    case DifferenceKind::Changed: return Tr::tr("changed");
    }
    return {};
}

QString toleranceText(const ColumnTolerance &tolerance)
{
    QStringList parts;
    if (tolerance.absolute > 0) {
        parts << u"abs "_s + QString::number(tolerance.absolute);
    }
    if (tolerance.relative > 0) {
        parts << u"rel "_s + QString::number(tolerance.relative);
    }
    if (tolerance.timeGranularitySeconds > 0) {
        parts << u"time "_s + QString::number(tolerance.timeGranularitySeconds) + u" s"_s;
    }
    return tolerance.column + u": "_s + parts.join(u", "_s);
}

QString markdownCell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

} // namespace

Core::OrderedJson ValidationReport::toJson() const
{
    Core::OrderedJson root = Core::OrderedJson::object();
    root["run_id"] = Core::toStd(runId);
    root["started_at"] = Core::toStd(startedAt);
    root["finished_at"] = Core::toStd(finishedAt);
    root["source"] = Core::toStd(source);
    root["target"] = Core::toStd(target);
    root["passed"] = passed();
    root["interrupted"] = interrupted;
    root["unexplained_data_differences"] = unexplainedDataDifferences();
    root["real_schema_differences"] = realSchemaDifferences();
    root["sample"] = { { "rows_per_table", sampleSize }, { "seed", sampleSeed } };
    Core::OrderedJson tableArray = Core::OrderedJson::array();
    for (const TableResult &table : tables) {
        Core::OrderedJson t = Core::OrderedJson::object();
        t["table"] = Core::toStd(table.table);
        t["status"] = table.passed ? "PASS" : "FAIL";
        t["method"] = Core::toStd(table.method);
        t["key"] = stringList(table.keyColumns);
        t["source_rows"] = table.sourceRows;
        t["target_rows"] = table.targetRows;
        t["checksums_equal"] = table.checksumsEqual;
        t["missing_in_target"] = table.missing;
        t["extra_in_target"] = table.extra;
        t["changed"] = table.changed;
        t["within_tolerance"] = table.withinTolerance;
        t["unexplained"] = table.unexplained();
        Core::OrderedJson differences = Core::OrderedJson::array();
        for (const RowDifference &difference : table.differences) {
            differences.push_back(differenceJson(difference));
        }
        t["differences"] = differences;
        t["differences_not_listed"] = table.unlistedDifferences;
        t["transfer"] = { { "rows_fetched_source", table.rowsFetchedSource },
                          { "rows_fetched_target", table.rowsFetchedTarget },
                          { "aggregate_rows", table.aggregateRows },
                          { "ranges_compared", table.rangesCompared },
                          { "server_hash_source", table.serverHashSource },
                          { "server_hash_target", table.serverHashTarget } };
        Core::OrderedJson sample = Core::OrderedJson::object();
        sample["rows"] = table.sampled;
        sample["mismatches"] = table.sampleMismatches;
        sample["keys"] = stringList(table.sampleKeys);
        Core::OrderedJson sampleDifferences = Core::OrderedJson::array();
        for (const RowDifference &difference : table.sampleDifferences) {
            sampleDifferences.push_back(differenceJson(difference));
        }
        sample["differences"] = sampleDifferences;
        t["sample"] = sample;
        Core::OrderedJson tolerances = Core::OrderedJson::array();
        for (const ColumnTolerance &tolerance : table.tolerances) {
            tolerances.push_back({ { "column", Core::toStd(tolerance.column) },
                                   { "absolute", tolerance.absolute },
                                   { "relative", tolerance.relative },
                                   { "time_granularity_seconds", tolerance.timeGranularitySeconds } });
        }
        t["tolerances"] = tolerances;
        t["allowed_mismatch_share"] = table.allowedMismatchShare;
        t["normalisation"] = stringList(table.normalisation);
        if (!table.error.isEmpty()) {
            t["error"] = Core::toStd(table.error);
        }
        t["seconds"] = table.seconds;
        tableArray.push_back(t);
    }
    root["tables"] = tableArray;
    Core::OrderedJson schemaArray = Core::OrderedJson::array();
    for (const SchemaDifference &difference : schema) {
        schemaArray.push_back({ { "object", Core::toStd(difference.object) },
                                { "kind", Core::toStd(difference.kind) },
                                { "source", Core::toStd(difference.source) },
                                { "target", Core::toStd(difference.target) },
                                { "expected", Core::toStd(difference.expected) },
                                { "expected_by_mapping", difference.expectedByMapping },
                                { "note", Core::toStd(difference.note) } });
    }
    root["schema_differences"] = schemaArray;
    root["errors"] = stringList(errors);
    return root;
}

QString ValidationReport::toMarkdown() const
{
    QString md;
    md += u"# "_s + Tr::tr("Validation report") + u"\n\n"_s;
    md += u"- "_s + Tr::tr("Result: **%1**").arg(passed() ? u"PASS"_s : u"FAIL"_s) + u'\n';
    md += u"- "_s + Tr::tr("Source: `%1`").arg(source) + u'\n';
    md += u"- "_s + Tr::tr("Target: `%1`").arg(target) + u'\n';
    md += u"- "_s + Tr::tr("Run: %1, %2 – %3").arg(runId, startedAt, finishedAt) + u'\n';
    md += u"- "_s + Tr::tr("Unexplained data differences: %1; real schema differences: %2")
                       .arg(unexplainedDataDifferences())
                       .arg(realSchemaDifferences())
        + u'\n';
    if (sampleSize > 0) {
        md += u"- "_s + Tr::tr("Sample: %1 rows per table, seed %2").arg(sampleSize).arg(sampleSeed) + u'\n';
    }
    if (interrupted) {
        md += u"- "_s + Tr::tr("Interrupted: not every table was compared") + u'\n';
    }
    md += u"\n## "_s + Tr::tr("Tables") + u"\n\n"_s;
    md += u"| "_s + Tr::tr("Table") + u" | "_s + Tr::tr("Status") + u" | "_s + Tr::tr("Source rows") + u" | "_s
        + Tr::tr("Target rows") + u" | "_s + Tr::tr("Missing") + u" | "_s + Tr::tr("Extra") + u" | "_s + Tr::tr("Changed")
        + u" | "_s + Tr::tr("Within tolerance") + u" | "_s + Tr::tr("Method") + u" | "_s + Tr::tr("Rows read") + u" |\n"_s;
    md += u"|---|---|---:|---:|---:|---:|---:|---:|---|---:|\n"_s;
    for (const TableResult &table : tables) {
        md += u"| "_s + markdownCell(table.table) + u" | "_s + (table.passed ? u"PASS"_s : u"**FAIL**"_s) + u" | "_s
            + QString::number(table.sourceRows) + u" | "_s + QString::number(table.targetRows) + u" | "_s
            + QString::number(table.missing) + u" | "_s + QString::number(table.extra) + u" | "_s
            + QString::number(table.changed) + u" | "_s + QString::number(table.withinTolerance) + u" | "_s + table.method
            + u" | "_s + QString::number(table.rowsFetchedSource + table.rowsFetchedTarget) + u" |\n"_s;
    }
    for (const TableResult &table : tables) {
        const bool hasDetail = !table.differences.isEmpty() || !table.error.isEmpty() || !table.tolerances.isEmpty()
            || table.allowedMismatchShare > 0 || !table.sampleDifferences.isEmpty();
        if (!hasDetail) {
            continue;
        }
        md += u"\n### "_s + markdownCell(table.table) + u"\n\n"_s;
        if (!table.error.isEmpty()) {
            md += Tr::tr("Error: %1").arg(table.error) + u"\n\n"_s;
        }
        for (const ColumnTolerance &tolerance : table.tolerances) {
            md += u"- "_s + Tr::tr("Tolerance %1").arg(toleranceText(tolerance)) + u'\n';
        }
        if (table.allowedMismatchShare > 0) {
            md += u"- "_s + Tr::tr("Allowed mismatch share: %1").arg(table.allowedMismatchShare) + u'\n';
        }
        if (!table.differences.isEmpty()) {
            md += u"\n| "_s + Tr::tr("Kind") + u" | "_s + Tr::tr("Key") + u" | "_s + Tr::tr("Columns") + u" | "_s
                + Tr::tr("Source") + u" | "_s + Tr::tr("Target") + u" |\n|---|---|---|---|---|\n"_s;
            for (const RowDifference &d : table.differences) {
                QString kind = kindText(d.kind);
                if (d.withinTolerance) {
                    kind += u" ("_s + Tr::tr("within tolerance") + u')';
                }
                if (d.count != 1) {
                    kind += u" ×"_s + QString::number(d.count);
                }
                md += u"| "_s + kind + u" | "_s + markdownCell(d.key) + u" | "_s + markdownCell(d.columns.join(u", "_s))
                    + u" | "_s + markdownCell(d.sourceValues.join(u", "_s)) + u" | "_s
                    + markdownCell(d.targetValues.join(u", "_s)) + u" |\n"_s;
            }
            if (table.unlistedDifferences > 0) {
                md += u'\n' + Tr::tr("… and %1 more differing rows not listed.").arg(table.unlistedDifferences) + u'\n';
            }
        }
        if (!table.sampleDifferences.isEmpty()) {
            md += u'\n' + Tr::tr("Sampled rows that differ: %1").arg(table.sampleMismatches) + u'\n';
        }
    }
    md += u"\n## "_s + Tr::tr("Schema") + u"\n\n"_s;
    if (schema.isEmpty()) {
        md += Tr::tr("No differences.") + u'\n';
    } else {
        md += u"| "_s + Tr::tr("Object") + u" | "_s + Tr::tr("Kind") + u" | "_s + Tr::tr("Source") + u" | "_s
            + Tr::tr("Target") + u" | "_s + Tr::tr("Mapping expects") + u" | "_s + Tr::tr("Class") + u" | "_s + Tr::tr("Note")
            + u" |\n|---|---|---|---|---|---|---|\n"_s;
        for (const SchemaDifference &d : schema) {
            md += u"| "_s + markdownCell(d.object) + u" | "_s + d.kind + u" | "_s + markdownCell(d.source) + u" | "_s
                + markdownCell(d.target) + u" | "_s + markdownCell(d.expected) + u" | "_s
                + (d.expectedByMapping ? Tr::tr("expected by the mapping") : u"**"_s + Tr::tr("real") + u"**"_s) + u" | "_s
                + markdownCell(d.note) + u" |\n"_s;
        }
    }
    return md;
}

QString ValidationReport::toHtml() const
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + esc(Tr::tr("Validation report"))
        + u"</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
          "td,th{border:1px solid #bbb;padding:3px 8px;text-align:left}.PASS{color:#060;font-weight:bold}"
          ".FAIL{color:#b00;font-weight:bold}.num{text-align:right}</style></head><body>\n"_s;
    const QString status = passed() ? u"PASS"_s : u"FAIL"_s;
    html += u"<h1>"_s + esc(Tr::tr("Validation report")) + u" <span class=\""_s + status + u"\">"_s + status
        + u"</span></h1>\n<ul>"_s;
    html += u"<li>"_s + esc(Tr::tr("Source: %1").arg(source)) + u"</li><li>"_s + esc(Tr::tr("Target: %1").arg(target))
        + u"</li><li>"_s + esc(Tr::tr("Run: %1, %2 – %3").arg(runId, startedAt, finishedAt)) + u"</li><li>"_s
        + esc(Tr::tr("Unexplained data differences: %1; real schema differences: %2")
                  .arg(unexplainedDataDifferences())
                  .arg(realSchemaDifferences()))
        + u"</li></ul>\n"_s;
    html += u"<h2>"_s + esc(Tr::tr("Tables")) + u"</h2>\n<table><tr><th>"_s + esc(Tr::tr("Table")) + u"</th><th>"_s
        + esc(Tr::tr("Status")) + u"</th><th>"_s + esc(Tr::tr("Source rows")) + u"</th><th>"_s + esc(Tr::tr("Target rows"))
        + u"</th><th>"_s + esc(Tr::tr("Missing")) + u"</th><th>"_s + esc(Tr::tr("Extra")) + u"</th><th>"_s
        + esc(Tr::tr("Changed")) + u"</th><th>"_s + esc(Tr::tr("Within tolerance")) + u"</th></tr>\n"_s;
    for (const TableResult &table : tables) {
        const QString s = table.passed ? u"PASS"_s : u"FAIL"_s;
        html += u"<tr><td>"_s + esc(table.table) + u"</td><td class=\""_s + s + u"\">"_s + s + u"</td><td class=\"num\">"_s
            + QString::number(table.sourceRows) + u"</td><td class=\"num\">"_s + QString::number(table.targetRows)
            + u"</td><td class=\"num\">"_s + QString::number(table.missing) + u"</td><td class=\"num\">"_s
            + QString::number(table.extra) + u"</td><td class=\"num\">"_s + QString::number(table.changed)
            + u"</td><td class=\"num\">"_s + QString::number(table.withinTolerance) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n"_s;
    for (const TableResult &table : tables) {
        if (table.differences.isEmpty() && table.error.isEmpty() && table.tolerances.isEmpty()) {
            continue;
        }
        html += u"<h3>"_s + esc(table.table) + u"</h3>\n"_s;
        if (!table.error.isEmpty()) {
            html += u"<p class=\"FAIL\">"_s + esc(table.error) + u"</p>\n"_s;
        }
        for (const ColumnTolerance &tolerance : table.tolerances) {
            html += u"<p>"_s + esc(Tr::tr("Tolerance %1").arg(toleranceText(tolerance))) + u"</p>\n"_s;
        }
        if (!table.differences.isEmpty()) {
            html += u"<table><tr><th>"_s + esc(Tr::tr("Kind")) + u"</th><th>"_s + esc(Tr::tr("Key")) + u"</th><th>"_s
                + esc(Tr::tr("Columns")) + u"</th><th>"_s + esc(Tr::tr("Source")) + u"</th><th>"_s + esc(Tr::tr("Target"))
                + u"</th></tr>\n"_s;
            for (const RowDifference &d : table.differences) {
                QString kind = kindText(d.kind);
                if (d.withinTolerance) {
                    kind += u" ("_s + Tr::tr("within tolerance") + u')';
                }
                html += u"<tr><td>"_s + esc(kind) + u"</td><td>"_s + esc(d.key) + u"</td><td>"_s + esc(d.columns.join(u", "_s))
                    + u"</td><td>"_s + esc(d.sourceValues.join(u", "_s)) + u"</td><td>"_s
                    + esc(d.targetValues.join(u", "_s)) + u"</td></tr>\n"_s;
            }
            html += u"</table>\n"_s;
            if (table.unlistedDifferences > 0) {
                html += u"<p>"_s + esc(Tr::tr("… and %1 more differing rows not listed.").arg(table.unlistedDifferences))
                    + u"</p>\n"_s;
            }
        }
    }
    html += u"<h2>"_s + esc(Tr::tr("Schema")) + u"</h2>\n"_s;
    if (schema.isEmpty()) {
        html += u"<p>"_s + esc(Tr::tr("No differences.")) + u"</p>\n"_s;
    } else {
        html += u"<table><tr><th>"_s + esc(Tr::tr("Object")) + u"</th><th>"_s + esc(Tr::tr("Kind")) + u"</th><th>"_s
            + esc(Tr::tr("Source")) + u"</th><th>"_s + esc(Tr::tr("Target")) + u"</th><th>"_s + esc(Tr::tr("Class"))
            + u"</th><th>"_s + esc(Tr::tr("Note")) + u"</th></tr>\n"_s;
        for (const SchemaDifference &d : schema) {
            html += u"<tr><td>"_s + esc(d.object) + u"</td><td>"_s + esc(d.kind) + u"</td><td>"_s + esc(d.source)
                + u"</td><td>"_s + esc(d.target) + u"</td><td>"_s
                + esc(d.expectedByMapping ? Tr::tr("expected by the mapping") : Tr::tr("real")) + u"</td><td>"_s
                + esc(d.note) + u"</td></tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }
    html += u"</body></html>\n"_s;
    return html;
}

Core::Result<void> ValidationReport::writeTo(const QString &directory) const
{
    if (!QDir().mkpath(directory)) {
        return Core::Error::inFile(directory, Tr::tr("cannot create the report folder"),
                                   Tr::tr("Check the path and its permissions."));
    }
    const QDir dir(directory);
    if (auto written = Core::writeFileAtomically(dir.filePath(u"validation.json"_s),
                                                 QByteArray::fromStdString(toJson().dump(2)) + '\n');
        !written) {
        return written;
    }
    if (auto written = Core::writeFileAtomically(dir.filePath(u"validation.md"_s), toMarkdown().toUtf8()); !written) {
        return written;
    }
    return Core::writeFileAtomically(dir.filePath(u"validation.html"_s), toHtml().toUtf8());
}

} // namespace Mwb::Validate
