// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewritecommand.h"

#include "cliapp.h"
#include "core/atomicfile.h"
#include "core/eventstream.h"
#include "core/termination.h"
#include "notebook/notebookio.h"
#include "rewrite/jobrewriter.h"
#include "rewrite/migrationreport.h"
#include "rewrite/notebookrewriter.h"
#include "rewrite/pass1summary.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

LoadedOptions loadOptions(const QString &catalogFile, const QString &bucketFile)
{
    LoadedOptions loaded;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!catalogFile.isEmpty()) {
        auto catalogs = Rewrite::CatalogManifest::readFile(catalogFile);
        if (catalogs) {
            loaded.rewrite.catalogs = *catalogs;
            hash.addData(catalogs->entries().join(u',').toUtf8());
        } else {
            printErr(Tr::tr("mwb: warning: %1 (3-part names are left unchanged)").arg(catalogs.error().toString()) + u'\n');
            loaded.degraded = true;
        }
    }
    if (!bucketFile.isEmpty()) {
        auto bytes = Core::readFile(bucketFile);
        auto buckets = bytes ? Rewrite::BucketMapping::read(*bytes, bucketFile)
                             : Core::Result<Rewrite::BucketMapping>(bytes.error());
        if (buckets) {
            loaded.rewrite.buckets = *buckets;
            hash.addData(*bytes);
        } else {
            printErr(Tr::tr("mwb: warning: %1 (s3:// paths are left unchanged and flagged)").arg(buckets.error().toString())
                     + u'\n');
            loaded.rewrite.bucketMappingUsable = false;
            loaded.degraded = true;
        }
    }
    loaded.fingerprint = QString::fromLatin1(hash.result().toHex());
    return loaded;
}

namespace {

int rewriteOne(const QString &input, QString output, const LoadedOptions &options, bool json)
{
    auto source = Notebook::readNotebookFile(input);
    if (!source) {
        return fail(source.error());
    }
    if (output.isEmpty()) {
        const QFileInfo info(input.section(u".dbc!"_s, 0, 0));
        output = info.absolutePath() + u'/' + info.completeBaseName() + u"_aidp.ipynb"_s;
    }
    const Rewrite::RewriteResult result = Rewrite::rewriteNotebook(*source, options.rewrite);
    if (!result.unmappedBuckets.isEmpty()) {
        QStringList where;
        for (const auto &b : result.unmappedBuckets) {
            where.append(Tr::tr("\"%1\" (cell %2, line %3)").arg(b.bucket).arg(b.cell).arg(b.line));
        }
        return fail(Core::Error::inFile(input,
                                        Tr::tr("s3 bucket(s) without an entry in the bucket mapping: %1; nothing was written")
                                            .arg(where.join(u", "_s)),
                                        Tr::tr("Add them to the file passed with --bucket-mapping.")));
    }
    if (auto written = Notebook::writeNotebookFile(result.notebook, output); !written) {
        return fail(written.error());
    }
    const QFileInfo outInfo(output);
    const QString stem = outInfo.absolutePath() + u'/' + outInfo.completeBaseName();
    const Rewrite::ReportInput report { input, output, &result };
    if (auto r = Core::writeFileAtomically(stem + u".migration_report.md"_s, Rewrite::reportMarkdown(report).toUtf8()); !r) {
        return fail(r.error());
    }
    const Core::OrderedJson reportJson = Rewrite::reportJson(report);
    if (auto r = Core::writeFileAtomically(stem + u".migration_report.json"_s,
                                           QByteArray::fromStdString(reportJson.dump(2)) + '\n');
        !r) {
        return fail(r.error());
    }
    const bool problems = options.degraded || result.hasBlocker()
        || std::any_of(result.lint.cbegin(), result.lint.cend(),
                       [](const Rewrite::LintFinding &f) { return f.id.startsWith(u"input."); });
    if (json) {
        printOut(QString::fromStdString(reportJson.dump(2)) + u'\n');
    } else {
        printOut(Tr::tr("%1 -> %2: %n change(s)", nullptr, static_cast<int>(result.changes.size())).arg(input, output)
                 + Tr::tr(", %n lint finding(s)", nullptr, static_cast<int>(result.lint.size())) + u'\n');
        for (const auto &f : result.lint) {
            if (f.severity != Rewrite::Severity::Nit) {
                printOut(u"  [%1] %2 cell %3 line %4: %5\n"_s.arg(Rewrite::severityName(f.severity), f.id)
                             .arg(f.cell)
                             .arg(f.line)
                             .arg(f.message));
            }
        }
        printOut(Tr::tr("  report: %1").arg(stem + u".migration_report.md"_s) + u'\n');
    }
    return problems ? Partial : Pass;
}

int rewriteManifest(const Rewrite::JobRewriteOptions &options, bool json, const QString &eventsTarget)
{
    Core::TerminationWatcher watcher;
    Core::EventStream events;
    if (auto opened = Core::EventStream::open(events, eventsTarget); !opened) {
        return fail(opened.error());
    }
    events.setRunId(u"rewrite-"_s + QFileInfo(options.manifestPath).completeBaseName());
    events.emitEvent(u"run_started"_s, { { "command", "rewrite" } });
    auto summaries = Rewrite::rewriteJobs(options, &events);
    if (!summaries) {
        events.emitEvent(u"run_finished"_s, { { "result", "FAIL" } });
        return fail(summaries.error());
    }
    Core::OrderedJson out = Core::OrderedJson::array();
    bool interrupted = false;
    int blockers = 0;
    for (const auto &s : std::as_const(*summaries)) {
        interrupted = interrupted || s.interrupted;
        blockers += s.blockers;
        auto written = Rewrite::writePass1Summary(s);
        if (!written) {
            return fail(written.error());
        }
        const Core::OrderedJson &j = *written;
        out.push_back(j);
        // With --events - stdout carries the event stream only.
        const auto print = eventsTarget == u"-" ? printErr : printOut;
        if (!json) {
            print(Tr::tr("%1: %2 notebook(s) written, %3 already migrated, %4 blocker(s) -> %5")
                         .arg(s.jobName)
                         .arg(s.written)
                         .arg(s.skipped)
                         .arg(s.blockers)
                         .arg(s.jobDir)
                     + u'\n');
            for (const auto &w : s.warnings) {
                print(Tr::tr("  warning: %1").arg(w) + u'\n');
            }
        }
    }
    if (json) {
        (eventsTarget == u"-" ? printErr : printOut)(QString::fromStdString(out.dump(2)) + u'\n');
    }
    const char *result = interrupted ? "INTERRUPTED" : (blockers > 0 ? "PARTIAL" : "PASS");
    events.emitEvent(u"run_finished"_s, { { "result", result } });
    return interrupted ? Interrupted : (blockers > 0 ? Partial : Pass);
}

} // namespace

int runRewrite(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Pass 1: rewrite Databricks notebooks for Oracle AI Data Platform with the deterministic rules. Every "
               "change keeps the original line commented above it and is listed in migration_report.md."));
    parser.addHelpOption();
    const QCommandLineOption outOption({ u"o"_s, u"output"_s }, Tr::tr("Notebook to write (default: <name>_aidp.ipynb next to the input)."),
                                       Tr::tr("OUT"));
    const QCommandLineOption catalogOption(u"catalog-manifest"_s, Tr::tr("Catalogs whose 3-part names are remapped: {\"catalogs\": [...]}."),
                                           Tr::tr("FILE"));
    const QCommandLineOption bucketOption(u"bucket-mapping"_s, Tr::tr("S3 bucket -> OCI bucket and namespace."), Tr::tr("FILE"));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print the report as JSON."));
    const QCommandLineOption manifestOption(u"manifest"_s, Tr::tr("Rewrite every notebook of the jobs of this manifest."),
                                            Tr::tr("FILE"));
    const QCommandLineOption baseOption(u"output-base"_s, Tr::tr("Folder of the migrated jobs (with --manifest)."), Tr::tr("DIR"));
    const QCommandLineOption workspaceOption(u"workspace"_s, Tr::tr("Workspace folder (default: the manifest's)."), Tr::tr("DIR"));
    const QCommandLineOption jobsOption(u"jobs"_s, Tr::tr("Only these jobs (comma-separated)."), Tr::tr("NAMES"));
    const QCommandLineOption noSkipOption(u"no-skip-migrated"_s, Tr::tr("Rewrite notebooks the registry lists as migrated."));
    const QCommandLineOption skipOption(u"skip-migrated"_s, Tr::tr("Skip notebooks the registry lists as migrated (default)."));
    const QCommandLineOption eventsOption(u"events"_s, Tr::tr("Write JSON-lines events to FILE (\"-\": stdout)."), Tr::tr("FILE"));
    parser.addOptions({ outOption, catalogOption, bucketOption, jsonOption, manifestOption, baseOption, workspaceOption,
                        jobsOption, noSkipOption, skipOption, eventsOption });
    parser.addPositionalArgument(u"NOTEBOOK"_s, Tr::tr("Notebook to rewrite (without --manifest)."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"rewrite"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    const LoadedOptions options = loadOptions(parser.value(catalogOption), parser.value(bucketOption));
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(manifestOption)) {
        if (!positional.isEmpty() || parser.isSet(outOption)) {
            return usageError(Tr::tr("--manifest takes no NOTEBOOK and no -o; use --output-base"), u"rewrite"_s);
        }
        if (!parser.isSet(baseOption)) {
            return usageError(Tr::tr("--manifest needs --output-base DIR"), u"rewrite"_s);
        }
        Rewrite::JobRewriteOptions job;
        job.manifestPath = parser.value(manifestOption);
        job.outputBase = parser.value(baseOption);
        job.workspaceDir = parser.value(workspaceOption);
        job.jobs = parser.value(jobsOption).split(u',', Qt::SkipEmptyParts);
        job.skipMigrated = !parser.isSet(noSkipOption);
        job.rewrite = options.rewrite;
        job.optionsFingerprint = options.fingerprint;
        const int code = rewriteManifest(job, parser.isSet(jsonOption), parser.value(eventsOption));
        return code == Pass && options.degraded ? Partial : code;
    }
    if (positional.size() != 1) {
        return usageError(Tr::tr("expected one NOTEBOOK (or --manifest FILE --output-base DIR)"), u"rewrite"_s);
    }
    if (parser.isSet(baseOption) || parser.isSet(noSkipOption) || parser.isSet(jobsOption)) {
        return usageError(Tr::tr("--output-base, --jobs and --no-skip-migrated go with --manifest"), u"rewrite"_s);
    }
    return rewriteOne(positional.first(), parser.value(outOption), options, parser.isSet(jsonOption));
}

} // namespace Mwb::Cli
