// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/jobrewriter.h"

#include "core/atomicfile.h"
#include "core/eventstream.h"
#include "core/termination.h"
#include "rewrite/batchwriter.h"
#include "rewrite/migrationregistry.h"
#include "rewrite/migrationreport.h"
#include "rewrite/notebookrewriter.h"
#include "rewrite/tr.h"
#include "notebook/notebookio.h"
#include "workflow/manifest.h"
#include "workflow/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <functional>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

// "/Workspace/Repos/a b/x" -> "Repos/a_b/x"
QString canonical(const QString &workspacePath)
{
    QString path = QDir::cleanPath(workspacePath.trimmed());
    while (path.startsWith(u'/')) {
        path.remove(0, 1);
    }
    if (path.startsWith(u"Workspace/")) {
        path.remove(0, 10);
    }
    for (const QString &ext : { u".ipynb"_s, u".py"_s, u".sql"_s, u".scala"_s, u".r"_s }) {
        if (path.endsWith(ext)) {
            path.chop(ext.size());
        }
    }
    return path.replace(u' ', u'_');
}

struct Planned
{
    QString kind;
    QString taskKey;
    int taskIndex = 0;
    QString workspacePath;
};

void collectDeps(const QList<Workflow::RunDependency> &deps, QList<Planned> &out, QSet<QString> &seen)
{
    for (const auto &dep : deps) {
        if (!dep.dynamic && dep.exists && !dep.path.isEmpty()) {
            const QString key = canonical(dep.path);
            if (!seen.contains(key)) {
                seen.insert(key);
                out.append({ u"dependency"_s, QString(), 0, dep.path });
            }
        }
        collectDeps(dep.runDeps, out, seen);
    }
}

// Runs body(0..n-1) on the cores of the machine; each index is handled by exactly one thread.
void parallelFor(qsizetype n, const std::function<void(qsizetype)> &body)
{
    std::atomic<qsizetype> next { 0 };
    const int threads = std::max(1, std::min(QThread::idealThreadCount(), static_cast<int>(n)));
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t) {
        pool.start([&next, &body, n]() {
            for (qsizetype i = next++; i < n; i = next++) {
                body(i);
            }
        });
    }
    pool.waitForDone();
}

QString fingerprint(const Notebook::Notebook &notebook, const QString &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(options.toUtf8());
    for (const auto &cell : notebook.cells) {
        hash.addData(QByteArrayView("\x1e", 1));
        hash.addData(cell.source.toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString taskOutputRelative(const QString &workspacePath)
{
    return u"notebooks/"_s + canonical(workspacePath) + u".ipynb"_s;
}

QString dependencyOutputRelative(const QString &workspacePath)
{
    const QString c = canonical(workspacePath);
    const QString name = QString(c).replace(u'/', u'_');
    return u"deps/dep_"_s + name + u'/' + c.section(u'/', -1) + u".ipynb"_s;
}

Core::Result<QList<JobRewriteSummary>> rewriteJobs(const JobRewriteOptions &options, Core::EventStream *events)
{
    auto manifest = Workflow::readManifestFile(options.manifestPath);
    if (!manifest) {
        return manifest.error();
    }
    const QString manifestDir = QFileInfo(options.manifestPath).absolutePath();
    const QString base = QDir(options.outputBase).absolutePath();
    QList<JobRewriteSummary> summaries;
    for (const Workflow::ManifestJob &job : std::as_const(manifest->jobs)) {
        if (!options.jobs.isEmpty() && !options.jobs.contains(job.jobName)) {
            continue;
        }
        JobRewriteSummary summary;
        summary.jobName = job.jobName;
        summary.jobDir = QDir(base).filePath(Workflow::manifestFileStem(job.jobName));
        const QString workspaceDir = !options.workspaceDir.isEmpty()
            ? options.workspaceDir
            : QDir(manifestDir).filePath(job.workspace.isEmpty() ? u"."_s : job.workspace);
        if (!QFileInfo(workspaceDir).isDir()) {
            return Core::Error::inFile(options.manifestPath,
                                       Tr::tr("the workspace folder %1 of job \"%2\" does not exist").arg(workspaceDir, job.jobName),
                                       Tr::tr("Pass --workspace DIR, or run mwb build-dag again from this project."));
        }
        const Workflow::Workspace workspace(workspaceDir);

        // Plan: deps first (they are what the tasks %run), then tasks.
        QList<Planned> plan;
        QSet<QString> seen;
        for (const auto &task : job.tasks) {
            collectDeps(task.runDeps, plan, seen);
        }
        int index = 0;
        QHash<QString, QString> outputs; // canonical workspace path -> absolute output path
        for (const auto &task : job.tasks) {
            ++index;
            if (task.taskType != u"notebook_task" || task.notebookPath.isEmpty()) {
                summary.warnings.append(Tr::tr("task \"%1\" is a %2, not a notebook: not rewritten").arg(task.taskKey, task.taskType));
                continue;
            }
            plan.append({ u"task"_s, task.taskKey, index, task.notebookPath });
        }
        for (const Planned &p : std::as_const(plan)) {
            if (p.kind == u"dependency") {
                outputs.insert(canonical(p.workspacePath), QDir(summary.jobDir).filePath(dependencyOutputRelative(p.workspacePath)));
            }
        }

        const QString registryPath = QDir(summary.jobDir).filePath(u"migration_registry.json"_s);
        QString warning;
        MigrationRegistry registry = MigrationRegistry::load(registryPath, &warning);
        if (!warning.isEmpty()) {
            summary.warnings.append(warning);
        }

        RewriteOptions rewrite = options.rewrite;
        rewrite.outputBase = base;
        for (auto it = job.dbToAidpJobMap.begin(); it != job.dbToAidpJobMap.end(); ++it) {
            if (it.value().is_string()) {
                rewrite.jobMap.insert(Core::fromStd(it.key()), Core::fromStd(it.value().get<std::string>()));
            }
        }
        // Rewrite everything in memory first: an unmapped bucket must stop the run before any write.
        // Reading is sequential (the workspace caches), the rules run on all cores.
        QList<Notebook::Notebook> sources;
        QList<QString> prints;
        for (const Planned &p : std::as_const(plan)) {
            MigratedNotebook nb;
            nb.kind = p.kind;
            nb.taskKey = p.taskKey;
            nb.workspacePath = p.workspacePath;
            const auto location = workspace.resolve(p.workspacePath);
            if (!location) {
                return Core::Error::inFile(options.manifestPath,
                                           Tr::tr("notebook %1 of job \"%2\" is not in the workspace %3")
                                               .arg(p.workspacePath, job.jobName, workspaceDir),
                                           Tr::tr("Export it into the workspace folder and run mwb build-dag again."));
            }
            nb.sourceFile = location->filePath;
            auto source = workspace.load(*location);
            if (!source) {
                return source.error();
            }
            nb.outputPath = p.kind == u"task" ? QDir(summary.jobDir).filePath(taskOutputRelative(p.workspacePath))
                                              : outputs.value(canonical(p.workspacePath));
            nb.reportPath = p.kind == u"task"
                ? QDir(summary.jobDir).filePath(u"tasks/%1_%2/migration_report.md"_s.arg(p.taskIndex, 2, 10, QChar(u'0')).arg(p.taskKey))
                : QFileInfo(nb.outputPath).absolutePath() + u"/migration_report.md"_s;
            prints.append(fingerprint(*source, options.optionsFingerprint + base));
            nb.skipped = options.skipMigrated && registry.isCurrent(MigrationRegistry::keyFor(p.workspacePath), prints.last());
            summary.skipped += nb.skipped;
            sources.append(nb.skipped ? Notebook::Notebook() : std::move(source).value());
            summary.notebooks.append(std::move(nb));
        }
        QList<QStringList> missingTargets(summary.notebooks.size());
        parallelFor(summary.notebooks.size(), [&](qsizetype i) {
            MigratedNotebook &nb = summary.notebooks[i];
            if (nb.skipped) {
                return;
            }
            RewriteOptions own = rewrite;
            const QString from = nb.workspacePath;
            const QString jobDir = summary.jobDir;
            QStringList &missing = missingTargets[i];
            own.resolveTarget = [&outputs, &missing, from, jobDir](const QString &target) -> QString {
                const QString absolute = Workflow::Workspace::absoluteTarget(from, target);
                const auto it = outputs.constFind(canonical(absolute));
                if (it != outputs.cend()) {
                    return *it;
                }
                // A target that is not in the workspace still points where its migrated copy would
                // be, so that a later dependency backfill fills it.
                missing.append(absolute);
                return QDir(jobDir).filePath(dependencyOutputRelative(absolute));
            };
            nb.result = rewriteNotebook(sources.at(i), own);
            nb.result.notebook.name = QFileInfo(nb.outputPath).completeBaseName();
        });
        QList<UnmappedBucket> unmapped;
        QStringList unmappedWhere;
        for (qsizetype i = 0; i < summary.notebooks.size(); ++i) {
            const MigratedNotebook &nb = summary.notebooks.at(i);
            if (nb.skipped) {
                continue;
            }
            for (const QString &absolute : std::as_const(missingTargets.at(i))) {
                const QString warning = Tr::tr("%1 references %2, which is not in the workspace; its path points "
                                               "where the migrated copy would be")
                                            .arg(nb.workspacePath, absolute);
                if (!summary.warnings.contains(warning)) {
                    summary.warnings.append(warning);
                }
            }
            for (const UnmappedBucket &b : std::as_const(nb.result.unmappedBuckets)) {
                unmapped.append(b);
                unmappedWhere.append(Tr::tr("\"%1\" (%2, cell %3, line %4)").arg(b.bucket, nb.workspacePath).arg(b.cell).arg(b.line));
            }
            registry.record(MigrationRegistry::keyFor(nb.workspacePath),
                            { nb.outputPath, job.jobName, u"migrated"_s, QString(), nb.kind, prints.at(i), QString() });
        }
        if (!unmapped.isEmpty()) {
            return Core::Error::inFile(options.manifestPath,
                                       Tr::tr("job \"%1\": s3 bucket(s) without an entry in the bucket mapping: %2; nothing was written")
                                           .arg(job.jobName, unmappedWhere.join(u", "_s)),
                                       Tr::tr("Add the buckets to the file passed with --bucket-mapping."));
        }

        for (MigratedNotebook &nb : summary.notebooks) {
            if (nb.skipped) {
                continue;
            }
            if (Core::TerminationWatcher::isRequested()) {
                summary.interrupted = true;
                break;
            }
            auto bytes = Notebook::serializeNotebook(nb.result.notebook, nb.outputPath);
            if (!bytes) {
                return bytes.error();
            }
            if (auto written = BatchWriter::write(nb.outputPath, *bytes); !written) {
                return written.error();
            }
            const QString outputHash = MigrationRegistry::hashOf(*bytes);
            const ReportInput input { nb.sourceFile, nb.outputPath, &nb.result };
            if (auto r = BatchWriter::write(nb.reportPath, reportMarkdown(input).toUtf8()); !r) {
                return r.error();
            }
            auto entry = registry.entries().value(MigrationRegistry::keyFor(nb.workspacePath));
            entry.timestamp = Core::EventStream::timestampNow();
            entry.outputHash = outputHash;
            registry.record(MigrationRegistry::keyFor(nb.workspacePath), entry);
            ++summary.written;
            summary.blockers += static_cast<int>(std::count_if(nb.result.lint.cbegin(), nb.result.lint.cend(),
                                                               [](const LintFinding &f) { return f.severity == Severity::Blocker; }));
            for (const QString &p : std::as_const(nb.result.requiredPackages)) {
                if (!summary.requiredPackages.contains(p)) {
                    summary.requiredPackages.append(p);
                }
            }
            if (events && events->isEnabled()) {
                events->log(u"info"_s, Tr::tr("[%1] %2: %n change(s)", nullptr, static_cast<int>(nb.result.changes.size()))
                                           .arg(job.jobName, nb.workspacePath));
            }
        }
        // Only what was written is trusted by the next run.
        MigrationRegistry persisted = MigrationRegistry::load(registryPath, nullptr);
        for (const MigratedNotebook &nb : std::as_const(summary.notebooks)) {
            const QString key = MigrationRegistry::keyFor(nb.workspacePath);
            if (!nb.skipped && QFileInfo::exists(nb.outputPath) && registry.entries().contains(key)
                && !registry.entries().value(key).timestamp.isEmpty()) {
                persisted.record(key, registry.entries().value(key));
            }
        }
        if (auto saved = persisted.save(registryPath); !saved) {
            return saved.error();
        }
        summaries.append(std::move(summary));
        if (summaries.last().interrupted) {
            break;
        }
    }
    return summaries;
}

} // namespace Mwb::Rewrite
