// SPDX-License-Identifier: GPL-3.0-or-later
#include "datacommand.h"

#include "cliapp.h"
#include "core/eventstream.h"
#include "core/jsonio.h"
#include "core/termination.h"
#include "db/datajob.h"
#include "db/jobstate.h"
#include "db/jobstatus.h"
#include "history/historystore.h"
#include "validate/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

namespace {

int exitCodeFor(const QString &status)
{
    if (status == u"completed") {
        return Pass;
    }
    if (status == u"completed_with_errors") {
        return Partial;
    }
    if (status == u"interrupted") {
        return Interrupted;
    }
    return Failed;
}

QString projectDir()
{
    return QDir::currentPath();
}

std::optional<History::HistoryStore> openHistory()
{
    auto store = History::HistoryStore::open(projectDir());
    if (!store) {
        printErr(Tr::tr("mwb: warning: %1").arg(store.error().toString()) + u'\n');
        return std::nullopt;
    }
    return std::move(store).value();
}

// Starts this program again without the terminal: its own session (setsid in the child, see
// --detached-child), output to <job dir>/detached.log. The job keeps running when the terminal or
// the GUI goes away; `mwb data status` reads its checkpoint from any process.
int detach(const QStringList &childArguments, const QString &jobId)
{
    const QString jobDir = Db::JobState::jobDir(projectDir(), jobId);
    QDir().mkpath(jobDir);
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(childArguments + QStringList {u"--detached-child"_s});
    process.setWorkingDirectory(projectDir());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QDir(jobDir).filePath(u"detached.log"_s), QIODevice::Append);
    process.setStandardErrorFile(QDir(jobDir).filePath(u"detached.log"_s), QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        return fail(Core::Error::inFile(QCoreApplication::applicationFilePath(), Tr::tr("cannot start the detached job"),
                                        Tr::tr("Run the command without --detach.")));
    }
    printOut(Tr::tr("data job %1 started in the background (pid %2)").arg(jobId).arg(pid) + u'\n'
             + Tr::tr("follow it with: mwb data status %1").arg(jobId) + u'\n');
    printOut(jobId + u'\n');
    return Pass;
}

// `mwb data start --validate`: after a copy that finished, compare source and target (counts,
// checksums with bisection, schema) and write the reports next to the checkpoint. Any unexplained
// difference fails the command.
int validateCopy(const Db::JobConfig &config, const Db::JobState &state, Core::EventStream &stream, int copyExit)
{
    auto source = Db::resolveConnection(config.source, projectDir());
    auto target = source ? Db::resolveConnection(config.target, projectDir()) : source;
    if (!source || !target) {
        return fail(!source ? source.error() : target.error());
    }
    Validate::ValidationOptions options;
    options.source = *source;
    options.target = *target;
    for (const auto &table : state.tables) {
        options.tables << table.table;
    }
    auto report = Validate::runValidation(options, stream);
    if (!report) {
        return fail(report.error());
    }
    const QString reportDir = QDir(Db::JobState::jobDir(projectDir(), config.jobId)).filePath(u"validation"_s);
    if (auto written = report->writeTo(reportDir); !written) {
        return fail(written.error());
    }
    // The copy's run_finished came before the validation's events; the stream ends with run_finished again, now
    // carrying the verdict of both (ARCHITECTURE.md "Event stream": the last line is always run_finished).
    Core::OrderedJson fields = Core::OrderedJson::object();
    fields["result"] = report->passed() ? (copyExit == Pass ? "PASS" : "PARTIAL") : "FAIL";
    fields["validation"] = report->passed() ? "PASS" : "FAIL";
    fields["report"] = Core::toStd(QDir(reportDir).filePath(u"validation.md"_s));
    stream.emitEvent(u"run_finished"_s, fields);
    printErr(Tr::tr("validation: %1; %2 unexplained difference(s); reports in %3")
                 .arg(report->passed() ? u"PASS"_s : u"FAIL"_s)
                 .arg(report->unexplainedDataDifferences())
                 .arg(reportDir)
             + u'\n');
    return report->passed() ? copyExit : Failed;
}

int runJob(const QString &command, const Db::JobConfig &config, const QString &events, bool resume,
           bool validateAfter = false)
{
    Core::EventStream stream;
    if (auto opened = Core::EventStream::open(stream, events); !opened) {
        return fail(opened.error());
    }
    Core::TerminationWatcher watcher;
    auto history = openHistory();
    const QString jobDir = Db::JobState::jobDir(projectDir(), config.jobId);
    if (history) {
        History::RunRecord run;
        run.runId = config.jobId;
        run.kind = u"data"_s;
        run.title = config.source + u" -> "_s + config.target;
        run.status = u"running"_s;
        run.reportPath = QDir(projectDir()).relativeFilePath(QDir(jobDir).filePath(u"checkpoint.json"_s));
        run.pid = QCoreApplication::applicationPid();
        if (auto recorded = history->recordStarted(run); !recorded) {
            printErr(Tr::tr("mwb: warning: %1").arg(recorded.error().toString()) + u'\n');
        }
    }
    if (!stream.isEnabled()) {
        printErr(Tr::tr("data job %1").arg(config.jobId) + u'\n');
    }
    Db::DataJob job(projectDir(), stream);
    auto state = resume ? job.resume(config.jobId) : job.start(config);
    const QString status = state ? state->status : u"failed"_s;
    if (history) {
        QByteArray summary;
        if (state) {
            summary = QByteArray::fromStdString(Db::dataJobStatus(*state, jobDir).dump());
        }
        if (auto recorded = history->recordFinished(config.jobId, status, QString::fromUtf8(summary)); !recorded) {
            printErr(Tr::tr("mwb: warning: %1").arg(recorded.error().toString()) + u'\n');
        }
    }
    if (!state) {
        return fail(state.error());
    }
    if (!stream.isEnabled()) {
        qint64 migrated = 0;
        qint64 failed = 0;
        for (const auto &t : state->tables) {
            migrated += t.rowsMigrated;
            failed += t.rowsFailed;
        }
        printErr(Tr::tr("%1: %2, %3 row(s) copied, %4 row(s) isolated in %5")
                     .arg(command, status)
                     .arg(migrated)
                     .arg(failed)
                     .arg(jobDir)
                 + u'\n');
        if (!state->errorMessage.isEmpty()) {
            printErr(state->errorMessage + u'\n');
        }
    }
    const int exitCode = exitCodeFor(status);
    if (validateAfter && (exitCode == Pass || exitCode == Partial)) {
        return validateCopy(config, *state, stream, exitCode);
    }
    return exitCode;
}

int runStart(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Copy rows from a source database to a target database as a resumable job."));
    parser.addHelpOption();
    const QCommandLineOption source(u"source"_s, Tr::tr("Source connection URL or profile name."), Tr::tr("URL|PROFILE"));
    const QCommandLineOption target(u"target"_s, Tr::tr("Target connection URL or profile name."), Tr::tr("URL|PROFILE"));
    const QCommandLineOption sourceTable(u"source-table"_s, Tr::tr("Copy this one table."), Tr::tr("TABLE"));
    const QCommandLineOption include(u"include-tables"_s, Tr::tr("Copy these tables (comma separated)."), Tr::tr("a,b"));
    const QCommandLineOption batch(u"batch-size"_s, Tr::tr("Rows per batch (default 50000)."), Tr::tr("N"), u"50000"_s);
    const QCommandLineOption memory(u"memory-limit-mb"_s, Tr::tr("Bytes per batch, in MB (default 50)."), Tr::tr("N"), u"50"_s);
    const QCommandLineOption truncate(u"truncate-target"_s, Tr::tr("Empty each target table before copying into it."));
    const QCommandLineOption stop(u"stop-on-error"_s, Tr::tr("Stop the job at the first table that fails."));
    const QCommandLineOption noContinue(u"no-continue-on-row-error"_s,
                                        Tr::tr("Fail a table at its first refused row instead of isolating the row."));
    const QCommandLineOption events(u"events"_s, Tr::tr("Write JSON-lines events to FILE (- for stdout)."), Tr::tr("FILE"));
    const QCommandLineOption detachOption(u"detach"_s, Tr::tr("Run in the background, detached from the terminal."));
    const QCommandLineOption validateOption(u"validate"_s,
                                            Tr::tr("After the copy, validate the target against the source (mwb validate)."));
    QCommandLineOption jobId(u"job-id"_s, Tr::tr("Job id to use (default: a new one)."), Tr::tr("ID"));
    QCommandLineOption child(u"detached-child"_s, u"internal"_s);
    child.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({source, target, sourceTable, include, batch, memory, truncate, stop, noContinue, events, detachOption,
                       validateOption, jobId, child});
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"data start"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    if (!parser.isSet(source) || !parser.isSet(target)) {
        return usageError(Tr::tr("--source and --target are required"), u"data start"_s);
    }
    if (parser.isSet(sourceTable) && parser.isSet(include)) {
        return usageError(Tr::tr("--source-table and --include-tables exclude each other"), u"data start"_s);
    }
    Db::JobConfig config;
    config.source = parser.value(source);
    config.target = parser.value(target);
    if (parser.isSet(sourceTable)) {
        config.mode = u"single_table"_s;
        config.tables = {parser.value(sourceTable)};
    } else if (parser.isSet(include)) {
        config.mode = u"table_list"_s;
        for (const QString &name : parser.value(include).split(u',', Qt::SkipEmptyParts)) {
            config.tables << name.trimmed();
        }
    }
    bool ok = false;
    config.batchSize = parser.value(batch).toLongLong(&ok);
    if (!ok || config.batchSize < 1) {
        return usageError(Tr::tr("--batch-size needs a positive number"), u"data start"_s);
    }
    config.memoryLimitMb = parser.value(memory).toInt(&ok);
    if (!ok || config.memoryLimitMb < 1) {
        return usageError(Tr::tr("--memory-limit-mb needs a positive number"), u"data start"_s);
    }
    config.truncateTarget = parser.isSet(truncate);
    config.stopOnError = parser.isSet(stop);
    config.continueOnRowError = !parser.isSet(noContinue);
    config.jobId = parser.isSet(jobId) ? parser.value(jobId) : Db::DataJob::newJobId();
    if (parser.isSet(child)) {
        ::setsid();
    }
    if (parser.isSet(detachOption)) {
        QStringList childArguments = arguments.mid(1);
        childArguments.removeAll(u"--detach"_s);
        childArguments.prepend(u"start"_s);
        childArguments.prepend(u"data"_s);
        if (!parser.isSet(jobId)) {
            childArguments << u"--job-id"_s << config.jobId;
        }
        return detach(childArguments, config.jobId);
    }
    return runJob(u"data start"_s, config, parser.value(events), false, parser.isSet(validateOption));
}

int runResume(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Continue a data job after its last committed batch."));
    parser.addHelpOption();
    const QCommandLineOption events(u"events"_s, Tr::tr("Write JSON-lines events to FILE (- for stdout)."), Tr::tr("FILE"));
    const QCommandLineOption detachOption(u"detach"_s, Tr::tr("Run in the background, detached from the terminal."));
    QCommandLineOption child(u"detached-child"_s, u"internal"_s);
    child.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({events, detachOption, child});
    parser.addPositionalArgument(u"JOB_ID"_s, Tr::tr("The job to resume."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"data resume"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(Tr::tr("give one job id"), u"data resume"_s);
    }
    const QString jobId = parser.positionalArguments().constFirst();
    auto config = Db::loadJobConfig(Db::JobState::jobDir(projectDir(), jobId));
    if (!config) {
        return fail(config.error());
    }
    if (parser.isSet(child)) {
        ::setsid();
    }
    if (parser.isSet(detachOption)) {
        QStringList childArguments = arguments.mid(1);
        childArguments.removeAll(u"--detach"_s);
        childArguments.prepend(u"resume"_s);
        childArguments.prepend(u"data"_s);
        return detach(childArguments, jobId);
    }
    return runJob(u"data resume"_s, *config, parser.value(events), true);
}

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show the progress of a data job."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, Tr::tr("Print the status document as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(u"JOB_ID"_s, Tr::tr("The job."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"data status"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(Tr::tr("give one job id"), u"data status"_s);
    }
    const QString jobId = parser.positionalArguments().constFirst();
    const QString jobDir = Db::JobState::jobDir(projectDir(), jobId);
    auto config = Db::loadJobConfig(jobDir);
    if (!config) {
        return fail(config.error());
    }
    auto state = Db::JobState::load(jobDir);
    if (!state) {
        return fail(state.error());
    }
    const Core::OrderedJson status = Db::dataJobStatus(*state, jobDir);
    if (parser.isSet(json)) {
        printOut(QString::fromStdString(status.dump(2, ' ', false, Core::OrderedJson::error_handler_t::replace)) + u'\n');
        return Pass;
    }
    QString text = Tr::tr("job %1: %2, %3% (%4 of %5 tables)")
                       .arg(jobId, Core::stringValue(status, "status"))
                       .arg(status["progress_percent"].get<double>())
                       .arg(status["tables_completed"].get<int>())
                       .arg(status["tables_total"].get<int>())
        + u'\n';
    for (const auto &t : status["tables_status"]) {
        text += u"  "_s + Core::stringValue(t, "table").leftJustified(24) + u' ' + Core::stringValue(t, "status").leftJustified(22)
            + Tr::tr("%1 copied, %2 isolated, %3 in source")
                  .arg(t["rows_migrated"].get<qint64>())
                  .arg(t["rows_failed"].get<qint64>())
                  .arg(t["total_rows"].get<qint64>())
            + u'\n';
    }
    if (!state->snapshotConsistent) {
        text += Tr::tr("  note: the job was resumed, so the rows do not come from one source snapshot") + u'\n';
    }
    if (!state->errorMessage.isEmpty()) {
        text += Tr::tr("  error: %1").arg(state->errorMessage) + u'\n';
    }
    printOut(text);
    return Pass;
}

} // namespace

int runData(const QStringList &arguments)
{
    // arguments: "mwb data", <subcommand>, options...
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1) {
        rest.removeAt(1);
    }
    if (sub == u"start") {
        rest[0] = u"mwb data start"_s;
        return runStart(rest);
    }
    if (sub == u"resume") {
        rest[0] = u"mwb data resume"_s;
        return runResume(rest);
    }
    if (sub == u"status") {
        rest[0] = u"mwb data status"_s;
        return runStatus(rest);
    }
    printErr(Tr::tr("Usage: mwb data start|status|resume ...") + u'\n'
             + Tr::tr("  start  --source URL|PROFILE --target URL|PROFILE [--source-table T | --include-tables a,b]") + u'\n'
             + Tr::tr("  status JOB_ID [--json]") + u'\n' + Tr::tr("  resume JOB_ID") + u'\n');
    return sub == u"-h" || sub == u"--help" ? Pass : Usage;
}

} // namespace Mwb::Cli
