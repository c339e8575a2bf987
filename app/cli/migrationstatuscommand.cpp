// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationstatuscommand.h"

#include "cliapp.h"
#include "core/jsonio.h"
#include "run/jobreport.h"

#include <optional>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

namespace {

const QString reportName = u"JOB_REPORT.md"_s;

struct JobStatus
{
    QString job; // from the report; the job folder's name when the report could not be read
    QString path; // absolute path of the JOB_REPORT.md
    QString result; // the report's roll-up; FAIL when it could not be read
    std::optional<Run::JobReport> report;
    Core::Error error; // why there is no report
};

// The reports DIR_OR_REPORT names: the file itself; <dir>/JOB_REPORT.md (a reports folder);
// <dir>/reports/JOB_REPORT.md (a job folder); else <dir>/<job>/reports/JOB_REPORT.md for every
// subfolder with a reports folder (an output base). A job folder whose report is missing is listed
// too, so that it is reported rather than skipped.
Core::Result<QStringList> findReports(const QString &argument)
{
    const QFileInfo info(argument);
    if (!info.exists()) {
        return Core::Error::inFile(argument, Tr::tr("no such file or folder"),
            Tr::tr("Pass a JOB_REPORT.md, a job folder or the --output-base folder of "
                   "\"mwb migrate-job\"."));
    }
    if (!info.isDir()) {
        return QStringList { info.absoluteFilePath() };
    }
    const QDir dir(info.absoluteFilePath());
    if (QFileInfo(dir.filePath(reportName)).isFile()) {
        return QStringList { dir.filePath(reportName) };
    }
    if (QFileInfo(dir.filePath(u"reports/"_s + reportName)).isFile()) {
        return QStringList { dir.filePath(u"reports/"_s + reportName) };
    }
    QStringList reports;
    for (const QString &job : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo(dir.filePath(job + u"/reports"_s)).isDir()) {
            reports << dir.filePath(job + u"/reports/"_s + reportName);
        }
    }
    if (reports.isEmpty() && QFileInfo(dir.filePath(u"reports"_s)).isDir()) {
        reports << dir.filePath(u"reports/"_s + reportName); // a job folder without its report
    }
    if (reports.isEmpty()) {
        return Core::Error::inFile(dir.path(),
            Tr::tr("no job report here (looked for %1, reports/%1 and <job>/reports/%1)").arg(reportName),
            Tr::tr("Pass a JOB_REPORT.md, a job folder or the --output-base folder of "
                   "\"mwb migrate-job\"."));
    }
    return reports;
}

JobStatus load(const QString &path)
{
    JobStatus status;
    status.path = QFileInfo(path).absoluteFilePath();
    // <base>/<job>/reports/JOB_REPORT.md: the job folder names the job until the report does.
    const QDir parent = QFileInfo(status.path).dir();
    status.job = parent.dirName() == u"reports" ? QFileInfo(parent.absolutePath()).dir().dirName() : parent.dirName();
    status.result = u"FAIL"_s;
    if (!QFileInfo::exists(status.path)) {
        status.error = Core::Error::inFile(status.path, Tr::tr("the job has no report"),
            Tr::tr("The job is still running, or stopped before writing its report; "
                   "run \"mwb migrate-job\" for it again."));
        return status;
    }
    const auto bytes = Core::readFile(status.path);
    if (!bytes) {
        status.error = bytes.error();
        return status;
    }
    auto report = Run::JobReport::parse(QString::fromUtf8(*bytes), status.path);
    if (!report) {
        status.error = report.error();
        return status;
    }
    status.report = std::move(report).value();
    status.job = status.report->job;
    status.result = status.report->rollUp();
    return status;
}

// The jobs roll up like the tasks of one job (JobReport::rollUp): one rule for both levels.
QString overallResult(const QList<JobStatus> &jobs)
{
    Run::JobReport all;
    for (const JobStatus &job : jobs) {
        all.tasks.append(Run::TaskResultRow { job.job, job.result, 0, 0, 0 });
    }
    return all.rollUp();
}

struct Totals
{
    int tasks = 0;
    int ok = 0;
    int failed = 0;
    int fixed = 0;
};

Totals totalsOf(const JobStatus &job)
{
    Totals totals;
    if (job.report) {
        for (const Run::TaskResultRow &row : job.report->tasks) {
            ++totals.tasks;
            totals.ok += row.ok;
            totals.failed += row.failed;
            totals.fixed += row.fixed;
        }
    }
    return totals;
}

Core::OrderedJson toJson(const QList<JobStatus> &jobs, const QString &overall)
{
    Core::OrderedJson list = Core::OrderedJson::array();
    for (const JobStatus &job : jobs) {
        Core::OrderedJson entry = Core::OrderedJson::object();
        entry["job"] = Core::toStd(job.job);
        entry["result"] = Core::toStd(job.result);
        entry["report"] = Core::toStd(job.path);
        Core::OrderedJson tasks = Core::OrderedJson::array();
        if (job.report) {
            for (const Run::TaskResultRow &row : job.report->tasks) {
                Core::OrderedJson task = Core::OrderedJson::object();
                task["task"] = Core::toStd(row.task);
                task["status"] = Core::toStd(row.status);
                task["ok"] = row.ok;
                task["failed"] = row.failed;
                task["fixed"] = row.fixed;
                tasks.push_back(std::move(task));
            }
        }
        entry["tasks"] = std::move(tasks);
        const Totals totals = totalsOf(job);
        entry["totals"] = { { "tasks", totals.tasks }, { "ok", totals.ok }, { "failed", totals.failed },
            { "fixed", totals.fixed } };
        if (!job.report) {
            entry["error"] = Core::toStd(job.error.toString());
        }
        list.push_back(std::move(entry));
    }
    Core::OrderedJson root = Core::OrderedJson::object();
    root["jobs"] = std::move(list);
    root["result"] = Core::toStd(overall);
    return root;
}

// Names come from job definitions: one terminal line each, whatever they hold (line breaks, escape
// sequences).
QString shown(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029) {
            c = u' ';
        }
    }
    return text;
}

QString toText(const QList<JobStatus> &jobs, const QString &overall)
{
    QString out;
    for (const JobStatus &job : jobs) {
        out += Tr::tr("%1: %2  (%3)").arg(shown(job.job), job.result, shown(job.path)) + u'\n';
        if (!job.report) {
            out += u"  "_s + Tr::tr("no readable report: %1").arg(shown(job.error.message)) + u'\n';
            continue;
        }
        for (const Run::TaskResultRow &row : job.report->tasks) {
            out += u"  %1 %2 %3/%4/%5\n"_s.arg(shown(row.task), shown(row.status))
                       .arg(row.ok)
                       .arg(row.failed)
                       .arg(row.fixed);
        }
        const Totals totals = totalsOf(job);
        out += u"  "_s
            + Tr::tr("Total: %1 task(s), %2/%3/%4 (ok/failed/fixed)")
                  .arg(totals.tasks)
                  .arg(totals.ok)
                  .arg(totals.failed)
                  .arg(totals.fixed)
            + u'\n';
    }
    out += Tr::tr("Result: %1 (%2 job(s))").arg(overall).arg(jobs.size()) + u'\n';
    return out;
}

} // namespace

int runMigrationStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Summarise JOB_REPORT.md files of \"mwb migrate-job\": the roll-up of every job and the "
               "ok/failed/fixed cells of every task. Exit code 0 PASS, 3 PARTIAL, 1 FAIL or an unreadable report, "
               "130 INTERRUPTED."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"DIR_OR_REPORT"_s, Tr::tr("A JOB_REPORT.md, a job folder or the output base of migrate-job."));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print the status as JSON on stdout."));
    parser.addOption(jsonOption);
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"migration-status"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(Tr::tr("expected one DIR_OR_REPORT"), u"migration-status"_s);
    }
    const auto paths = findReports(parser.positionalArguments().constFirst());
    if (!paths) {
        return fail(paths.error());
    }
    QList<JobStatus> jobs;
    for (const QString &path : *paths) {
        jobs << load(path);
        if (!jobs.last().report) {
            printErr(Tr::tr("mwb: error: %1").arg(jobs.last().error.toString()) + u'\n');
        }
    }
    const QString overall = overallResult(jobs);
    if (parser.isSet(jsonOption)) {
        printOut(QString::fromStdString(toJson(jobs, overall).dump(2)) + u'\n');
    } else {
        printOut(toText(jobs, overall));
    }
    return exitCodeForResult(overall);
}

} // namespace Mwb::Cli
