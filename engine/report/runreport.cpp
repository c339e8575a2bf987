// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/runreport.h"

#include "core/jsonio.h"
#include "report/tr.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Report {

namespace {

// Text from a status document into one Markdown line or table cell: literal, whatever it holds
// (pipes, HTML, emphasis markers, line breaks).
QString markdownText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            out += u' ';
        } else if (c == u'\\' || c == u'|' || c == u'<' || c == u'>' || c == u'*' || c == u'_' || c == u'`' || c == u'['
            || c == u']' || c == u'#') {
            out += u'\\';
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

QString scalarText(const Core::OrderedJson &value)
{
    if (value.is_null()) {
        return u"-"_s;
    }
    if (value.is_string()) {
        return markdownText(Core::fromStd(value.get<std::string>()));
    }
    return markdownText(Core::fromStd(value.dump()));
}

QString absolute(const QString &path, const QString &projectDir)
{
    return QDir::cleanPath(QDir(projectDir).absoluteFilePath(path));
}

Core::Result<QString> readText(const QString &path, const QString &hint)
{
    if (!QFileInfo(path).isFile()) {
        return Core::Error::inFile(path, Tr::tr("the run's report is missing"), hint);
    }
    auto bytes = Core::readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    return QString::fromUtf8(*bytes);
}

Core::Result<RunReport> migrateJobReport(const History::RunRecord &run, const QString &projectDir)
{
    const QString rerun = Tr::tr("The job stopped before writing its report; run \"mwb migrate-job\" for it again.");
    QStringList files;
    if (!run.summary.isEmpty()) {
        auto summary = Core::parseOrderedJson(run.summary.toUtf8(), run.runId);
        if (summary && summary->is_object() && summary->contains("jobs") && (*summary)["jobs"].is_array()) {
            for (const auto &job : (*summary)["jobs"]) {
                const QString report = Core::stringValue(job, "report");
                if (!report.isEmpty()) {
                    files << absolute(report, projectDir);
                }
            }
        }
    }
    if (files.isEmpty() && !run.reportPath.isEmpty()) {
        // No summary yet (the run is still going, or was killed): the output base's job folders.
        const QDir base(absolute(run.reportPath, projectDir));
        for (const QString &job : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString report = base.filePath(job + u"/reports/JOB_REPORT.md"_s);
            if (QFileInfo(report).isFile()) {
                files << report;
            }
        }
    }
    if (files.isEmpty()) {
        return Core::Error::inFile(run.reportPath.isEmpty() ? run.runId : absolute(run.reportPath, projectDir),
            Tr::tr("the migrate-job run %1 has no job report").arg(run.runId), rerun);
    }
    RunReport report;
    report.title = run.title.isEmpty() ? Tr::tr("Run %1").arg(run.runId) : run.title;
    for (const QString &file : std::as_const(files)) {
        auto text = readText(file, rerun);
        if (!text) {
            return text.error();
        }
        if (!report.markdown.isEmpty() && !report.markdown.endsWith(u"\n\n"_s)) {
            report.markdown += report.markdown.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
        }
        report.markdown += *text;
        report.sources << file;
    }
    return report;
}

Core::Result<RunReport> validateReport(const History::RunRecord &run, const QString &projectDir)
{
    if (run.reportPath.isEmpty()) {
        return Core::Error::inFile(QString(), Tr::tr("the validation run %1 wrote no report").arg(run.runId),
            Tr::tr("Run \"mwb validate\" again with --report-dir DIR."));
    }
    const QString json = absolute(run.reportPath, projectDir);
    const QString markdown = QFileInfo(json).dir().filePath(u"validation.md"_s);
    auto text = readText(markdown,
        Tr::tr("The report folder was moved or deleted; run \"mwb validate\" again "
               "with --report-dir DIR."));
    if (!text) {
        return text.error();
    }
    RunReport report;
    report.title = run.title.isEmpty() ? Tr::tr("Validation %1").arg(run.runId) : run.title;
    report.markdown = *text;
    report.sources << markdown;
    return report;
}

} // namespace

QString dataStatusMarkdown(const History::RunRecord &run)
{
    QString md = u"# "_s + Tr::tr("Data job %1").arg(markdownText(run.runId)) + u"\n\n"_s;
    md += u"- "_s + Tr::tr("Copy: %1").arg(markdownText(run.title)) + u'\n';
    auto parsed = Core::parseOrderedJson(run.summary.toUtf8(), run.runId);
    if (!parsed || !parsed->is_object()) {
        md += u"- "_s + Tr::tr("Status: %1").arg(markdownText(run.status)) + u'\n';
        return md;
    }
    QList<QPair<QString, const Core::OrderedJson *>> tables;
    for (const auto &[key, value] : parsed->items()) {
        if (value.is_array()) {
            tables.append({ Core::fromStd(key), &value });
        } else if (!value.is_object()) {
            md += u"- "_s + markdownText(Core::fromStd(key)) + u": "_s + scalarText(value) + u'\n';
        }
    }
    // Arrays of objects ("tables_status", "failed_tables") as tables; their columns are the keys of
    // their first row.
    for (const auto &[name, array] : std::as_const(tables)) {
        md += u"\n## "_s + markdownText(name) + u"\n\n"_s;
        if (array->empty() || !array->front().is_object()) {
            md += array->empty() ? Tr::tr("(none)") + u'\n' : scalarText(*array) + u'\n';
            continue;
        }
        QList<std::string> columns;
        QString header = u"|"_s;
        QString separator = u"|"_s;
        for (const auto &[key, value] : array->front().items()) {
            columns << key;
            header += u' ' + markdownText(Core::fromStd(key)) + u" |"_s;
            separator += value.is_number() ? u"---:|"_s : u"---|"_s;
        }
        md += header + u'\n' + separator + u'\n';
        for (const auto &row : *array) {
            md += u'|';
            for (const std::string &column : std::as_const(columns)) {
                const auto it = row.is_object() ? row.find(column) : row.end();
                md += u' ' + (row.is_object() && it != row.end() ? scalarText(*it) : QString()) + u" |"_s;
            }
            md += u'\n';
        }
    }
    return md;
}

Core::Result<RunReport> loadRunReport(const History::RunRecord &run, const QString &projectDir)
{
    if (run.kind == u"migrate-job") {
        return migrateJobReport(run, projectDir);
    }
    if (run.kind == u"validate") {
        return validateReport(run, projectDir);
    }
    if (run.kind == u"data") {
        if (run.summary.isEmpty()) {
            return Core::Error::inFile(QString(), Tr::tr("the data job %1 has no status yet").arg(run.runId),
                Tr::tr("It is still running or was stopped; \"mwb data status %1\" reads its "
                       "checkpoint, \"mwb data resume %1\" finishes it.")
                    .arg(run.runId));
        }
        RunReport report;
        report.title = Tr::tr("Data job %1").arg(run.runId);
        report.markdown = dataStatusMarkdown(run);
        return report;
    }
    return Core::Error::inFile(QString(), Tr::tr("runs of kind \"%1\" have no report").arg(run.kind),
        Tr::tr("Reports exist for migrate-job, data and validate runs."));
}

} // namespace Mwb::Report
