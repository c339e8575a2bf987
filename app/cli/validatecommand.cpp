// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "cliapp.h"
#include "core/eventstream.h"
#include "core/termination.h"
#include "db/connectionspec.h"
#include "history/historystore.h"
#include "validate/validator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

namespace {

QString summary(const Validate::ValidationReport &report)
{
    QString out;
    for (const Validate::TableResult &table : report.tables) {
        out += Tr::tr("%1 %2: %3 / %4 rows, %5 missing, %6 extra, %7 changed (%8 within tolerance)")
                   .arg(table.passed ? u"PASS"_s : u"FAIL"_s, table.table)
                   .arg(table.sourceRows)
                   .arg(table.targetRows)
                   .arg(table.missing)
                   .arg(table.extra)
                   .arg(table.changed)
                   .arg(table.withinTolerance)
            + u'\n';
        for (const Validate::RowDifference &difference : table.differences) {
            out += u"    "_s + Validate::differenceKindName(difference.kind) + u" ["_s + difference.key + u']';
            if (!difference.columns.isEmpty()) {
                out += u' ' + difference.columns.join(u", "_s);
            }
            out += u'\n';
        }
        if (table.unlistedDifferences > 0) {
            out += u"    "_s + Tr::tr("… and %1 more").arg(table.unlistedDifferences) + u'\n';
        }
        if (!table.error.isEmpty()) {
            out += u"    "_s + table.error + u'\n';
        }
    }
    for (const Validate::SchemaDifference &difference : report.schema) {
        if (!difference.expectedByMapping) {
            out += Tr::tr("schema %1 %2: source %3, target %4 (%5)")
                       .arg(difference.kind, difference.object, difference.source, difference.target, difference.note)
                + u'\n';
        }
    }
    out += (report.passed() ? Tr::tr("PASS") : Tr::tr("FAIL")) + u": "_s
        + Tr::tr("%1 unexplained data difference(s), %2 real schema difference(s), %3 expected by the mapping")
              .arg(report.unexplainedDataDifferences())
              .arg(report.realSchemaDifferences())
              .arg(report.schema.size() - report.realSchemaDifferences())
        + u'\n';
    return out;
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compare a migrated database with its source: row counts, checksums per key range (split until the "
               "differing keys are known), schema after type mapping, sampled rows. Passwords come from PGPASSWORD / "
               "MWB_PASSWORD or the keychain, never from the command line. Exit code 1 on any unexplained difference."));
    parser.addHelpOption();
    const QCommandLineOption sourceOption(u"source"_s, Tr::tr("Source database URL or profile name."), Tr::tr("URL|PROFILE"));
    const QCommandLineOption targetOption(u"target"_s, Tr::tr("Target database URL or profile name."), Tr::tr("URL|PROFILE"));
    const QCommandLineOption tablesOption(u"tables"_s, Tr::tr("Only these tables (comma-separated, exact names)."),
                                          Tr::tr("a,b"));
    const QCommandLineOption sampleOption(u"sample"_s, Tr::tr("Rows per table compared value by value (default 0)."),
                                          Tr::tr("N"), u"0"_s);
    const QCommandLineOption seedOption(u"seed"_s, Tr::tr("Seed of the sample (same seed, same rows)."), Tr::tr("S"),
                                        u"20260101"_s);
    const QCommandLineOption toleranceOption(
        u"tolerance"_s, Tr::tr("Column tolerance TABLE.COLUMN=abs:X|rel:X|time:SECONDS (repeatable)."), Tr::tr("SPEC"));
    const QCommandLineOption allowOption(u"allow-mismatch"_s,
                                         Tr::tr("Share of a table's rows allowed to differ, TABLE=SHARE (repeatable)."),
                                         Tr::tr("SPEC"));
    const QCommandLineOption noSchemaOption(u"no-schema"_s, Tr::tr("Skip the schema comparison."));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print the JSON report on stdout."));
    const QCommandLineOption reportOption(u"report-dir"_s,
                                          Tr::tr("Write validation.json, validation.md and validation.html here."),
                                          Tr::tr("DIR"));
    const QCommandLineOption eventsOption(u"events"_s, Tr::tr("JSON-lines events to a file or - (stdout)."), Tr::tr("FILE"));
    const QCommandLineOption projectOption(u"project"_s,
                                           Tr::tr("Project folder: connections.json and .mwb/history.sqlite (default: .)."),
                                           Tr::tr("DIR"), u"."_s);
    parser.addOptions({ sourceOption, targetOption, tablesOption, sampleOption, seedOption, toleranceOption, allowOption,
                        noSchemaOption, jsonOption, reportOption, eventsOption, projectOption });
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"validate"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    if (!parser.isSet(sourceOption) || !parser.isSet(targetOption)) {
        return usageError(Tr::tr("--source and --target are required"), u"validate"_s);
    }
    if (parser.isSet(jsonOption) && parser.value(eventsOption) == u"-") {
        return usageError(Tr::tr("--json and --events - both write to stdout; send the events to a file"), u"validate"_s);
    }
    Validate::ValidationOptions options;
    const QString projectDir = QDir(parser.value(projectOption)).absolutePath();
    auto source = Db::resolveConnection(parser.value(sourceOption), projectDir);
    if (!source) {
        return fail(source.error(), Usage);
    }
    auto target = Db::resolveConnection(parser.value(targetOption), projectDir);
    if (!target) {
        return fail(target.error(), Usage);
    }
    options.source = *source;
    options.target = *target;
    if (parser.isSet(tablesOption)) {
        for (const QString &name : parser.value(tablesOption).split(u',', Qt::SkipEmptyParts)) {
            options.tables << name.trimmed();
        }
    }
    bool ok = false;
    options.sampleSize = parser.value(sampleOption).toInt(&ok);
    if (!ok || options.sampleSize < 0) {
        return usageError(Tr::tr("--sample needs a number of rows (0 or more)"), u"validate"_s);
    }
    options.sampleSeed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        return usageError(Tr::tr("--seed needs a non-negative integer"), u"validate"_s);
    }
    for (const QString &spec : parser.values(toleranceOption)) {
        auto tolerance = Validate::parseColumnTolerance(spec);
        if (!tolerance) {
            return fail(tolerance.error(), Usage);
        }
        options.columnTolerances << *tolerance;
    }
    for (const QString &spec : parser.values(allowOption)) {
        auto tolerance = Validate::parseTableTolerance(spec);
        if (!tolerance) {
            return fail(tolerance.error(), Usage);
        }
        options.tableTolerances << *tolerance;
    }
    options.compareSchema = !parser.isSet(noSchemaOption);

    Core::EventStream events;
    if (auto opened = Core::EventStream::open(events, parser.value(eventsOption)); !opened) {
        return fail(opened.error(), Usage);
    }
    Core::TerminationWatcher watcher;
    // A history row (kind "validate") in <project>/.mwb/history.sqlite, as `mwb data` writes one.
    if (events.runId().isEmpty()) {
        events.setRunId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    std::optional<History::HistoryStore> history;
    if (auto store = History::HistoryStore::open(projectDir); store) {
        history = std::move(store).value();
        History::RunRecord run;
        run.runId = events.runId();
        run.kind = u"validate"_s;
        run.title = options.source.displayUrl() + u" <-> "_s + options.target.displayUrl();
        run.status = u"running"_s;
        run.startedAt = Core::EventStream::timestampNow();
        if (parser.isSet(reportOption)) {
            run.reportPath = QDir(projectDir).relativeFilePath(QDir(parser.value(reportOption)).absoluteFilePath(u"validation.json"_s));
        }
        run.pid = QCoreApplication::applicationPid();
        if (auto recorded = history->recordStarted(run); !recorded) {
            printErr(Tr::tr("mwb: warning: %1").arg(recorded.error().toString()) + u'\n');
        }
    } else {
        printErr(Tr::tr("mwb: warning: %1").arg(store.error().toString()) + u'\n');
    }
    {
        Core::OrderedJson started = Core::OrderedJson::object();
        started["kind"] = "validate";
        started["source"] = Core::toStd(options.source.displayUrl());
        started["target"] = Core::toStd(options.target.displayUrl());
        events.emitEvent(u"run_started"_s, started);
    }
    // The last event of every run is run_finished (ARCHITECTURE.md "Event stream"), also when validation fails.
    const auto finished = [&events](const QString &result, const QString &reportPath, const QString &message) {
        Core::OrderedJson fields = Core::OrderedJson::object();
        fields["result"] = Core::toStd(result);
        fields["report"] = Core::toStd(reportPath);
        if (!message.isEmpty()) {
            fields["message"] = Core::toStd(message);
        }
        events.emitEvent(u"run_finished"_s, fields);
    };
    auto report = Validate::runValidation(options, events);
    if (history) {
        QString status = u"failed"_s;
        QByteArray summary;
        if (report) {
            status = report->interrupted ? u"interrupted"_s : report->passed() ? u"completed"_s : u"completed_with_errors"_s;
            Core::OrderedJson json = Core::OrderedJson::object();
            json["passed"] = report->passed();
            json["tables"] = report->tables.size();
            json["unexplained_data_differences"] = report->unexplainedDataDifferences();
            json["real_schema_differences"] = report->realSchemaDifferences();
            summary = QByteArray::fromStdString(json.dump());
        }
        if (auto recorded = history->recordFinished(events.runId(), status, QString::fromUtf8(summary)); !recorded) {
            printErr(Tr::tr("mwb: warning: %1").arg(recorded.error().toString()) + u'\n');
        }
    }
    if (!report) {
        finished(u"FAIL"_s, {}, report.error().toString());
        return fail(report.error());
    }
    QString reportPath;
    if (parser.isSet(reportOption)) {
        if (auto written = report->writeTo(parser.value(reportOption)); !written) {
            finished(u"FAIL"_s, {}, written.error().toString());
            return fail(written.error());
        }
        reportPath = QDir(parser.value(reportOption)).absoluteFilePath(u"validation.md"_s);
    }
    finished(report->interrupted ? u"INTERRUPTED"_s : report->passed() ? u"PASS"_s : u"FAIL"_s, reportPath, {});
    if (parser.isSet(jsonOption)) {
        printOut(QString::fromStdString(report->toJson().dump(2)) + u'\n');
    } else if (!events.isEnabled() || parser.value(eventsOption) != u"-") {
        printOut(summary(*report));
    }
    if (report->interrupted) {
        return Interrupted;
    }
    return report->passed() ? Pass : Failed;
}

} // namespace Mwb::Cli
