// SPDX-License-Identifier: GPL-3.0-or-later
#include "builddagcommand.h"

#include "cliapp.h"
#include "core/atomicfile.h"
#include "workflow/jobdefinition.h"
#include "workflow/manifestbuilder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

namespace {

struct DependencyCounts
{
    int total = 0;
    int missing = 0;
    int dynamic = 0;
    int cycles = 0;
};

void count(const QList<Workflow::RunDependency> &deps, DependencyCounts &counts)
{
    for (const auto &dep : deps) {
        ++counts.total;
        counts.missing += !dep.exists && !dep.dynamic;
        counts.dynamic += dep.dynamic;
        counts.cycles += dep.cycle;
        count(dep.runDeps, counts);
    }
}

QString summary(const Workflow::ManifestJob &job, const QString &file)
{
    DependencyCounts counts;
    for (const auto &task : job.tasks) {
        count(task.runDeps, counts);
    }
    QString out = Tr::tr("%1: %n task(s) in %2 layer(s)", nullptr, static_cast<int>(job.tasks.size()))
                      .arg(job.jobName)
                      .arg(job.executionLayers.size());
    // One string with its punctuation, so translators can rearrange it.
    out += Tr::tr(", %n notebook dependency reference(s) (%1 missing, %2 dynamic, %3 cycle(s) broken)", nullptr, counts.total)
               .arg(counts.missing)
               .arg(counts.dynamic)
               .arg(counts.cycles)
        + u'\n';
    for (qsizetype i = 0; i < job.executionLayers.size(); ++i) {
        out += Tr::tr("  layer %1: %2").arg(i + 1).arg(job.executionLayers.at(i).join(u", "_s)) + u'\n';
    }
    for (const auto &warning : job.warnings) {
        out += Tr::tr("  warning [%1] %2: %3").arg(warning.kind, warning.task, warning.message) + u'\n';
    }
    out += Tr::tr("  wrote %1").arg(file) + u'\n';
    return out;
}

} // namespace

int runBuildDag(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Build the job manifest: tasks resolved to workspace notebooks, their %run / "
                                            "notebook.run dependency trees, and the execution layers."));
    parser.addHelpOption();
    const QCommandLineOption jobsOption(u"jobs-json"_s, Tr::tr("Databricks Jobs API 2.1 JSON (one job or {\"jobs\": [...]})."),
                                        Tr::tr("FILE"));
    const QCommandLineOption workspaceOption(u"workspace"_s, Tr::tr("Folder of the exported workspace."), Tr::tr("DIR"));
    const QCommandLineOption outOption({ u"o"_s, u"output"_s }, Tr::tr("Folder for <job>_manifest.json (default: reports)."),
                                       Tr::tr("DIR"), u"reports"_s);
    const QCommandLineOption depthOption(u"max-depth"_s, Tr::tr("Nesting limit for dependency discovery (default: 10)."),
                                         Tr::tr("N"), u"10"_s);
    parser.addOptions({ jobsOption, workspaceOption, outOption, depthOption });
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"build-dag"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    if (!parser.isSet(jobsOption) || !parser.isSet(workspaceOption)) {
        return usageError(Tr::tr("--jobs-json and --workspace are required"), u"build-dag"_s);
    }
    bool depthOk = false;
    const int maxDepth = parser.value(depthOption).toInt(&depthOk);
    if (!depthOk || maxDepth < 1) {
        return usageError(Tr::tr("--max-depth needs a positive number"), u"build-dag"_s);
    }
    const QString workspaceDir = parser.value(workspaceOption);
    if (!QFileInfo(workspaceDir).isDir()) {
        return fail(Core::Error::inFile(workspaceDir, Tr::tr("the workspace folder does not exist"),
                                        Tr::tr("Pass the folder the Databricks workspace was exported to.")),
                    Usage);
    }
    auto jobs = Workflow::readJobsFile(parser.value(jobsOption));
    if (!jobs) {
        return fail(jobs.error());
    }
    const QString outDir = parser.value(outOption);
    const Workflow::Workspace workspace(workspaceDir);
    for (const QString &warning : workspace.warnings()) {
        printErr(Tr::tr("mwb: warning: %1").arg(warning) + u'\n');
    }
    Workflow::ManifestOptions options;
    options.maxDepth = maxDepth;
    options.manifestDir = outDir;

    // Build every job before writing any file: a bad job leaves no half-written set of manifests.
    QList<Workflow::ManifestJob> built;
    for (const auto &job : std::as_const(*jobs)) {
        auto entry = Workflow::buildManifestJob(job, workspace, options);
        if (!entry) {
            return fail(entry.error());
        }
        built.append(std::move(entry).value());
    }
    for (const auto &job : std::as_const(built)) {
        const QString file = QDir(outDir).filePath(Workflow::manifestFileStem(job.jobName) + u"_manifest.json"_s);
        if (auto written = Core::writeFileAtomically(file, Workflow::writeManifest({ { job } })); !written) {
            return fail(written.error());
        }
        printOut(summary(job, file));
    }
    return Pass;
}

} // namespace Mwb::Cli
