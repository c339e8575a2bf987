// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/manifestbuilder.h"
#include "workflow/tr.h"

#include "workflow/dependencyscanner.h"
#include "workflow/topologicallayers.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Mwb::Workflow {

namespace {

class DependencyWalker
{
public:
    DependencyWalker(const Workspace &workspace, int maxDepth, const QString &task, QList<ManifestWarning> &warnings)
        : m_workspace(workspace)
        , m_maxDepth(maxDepth)
        , m_task(task)
        , m_warnings(warnings)
    {
    }

    // Dependencies of `notebook`, which lives at workspace path `path`, found `depth` levels down.
    QList<RunDependency> walk(const Notebook::Notebook &notebook, const QString &path, int depth)
    {
        m_stack.append(canonical(path));
        QList<RunDependency> deps;
        for (const DependencyReference &ref : scanDependencies(notebook)) {
            deps.append(follow(ref, path, depth + 1));
        }
        m_stack.removeLast();
        return deps;
    }

private:
    static QString canonical(const QString &path) { return QDir::cleanPath(path).replace(u' ', u'_'); }

    void warn(const QString &kind, const QString &message) { m_warnings.append({ m_task, kind, message }); }

    RunDependency follow(const DependencyReference &ref, const QString &fromPath, int depth)
    {
        RunDependency dep;
        dep.kind = dependencyKindName(ref.kind);
        dep.cell = ref.cell;
        dep.arguments = ref.arguments;
        if (ref.dynamic) {
            dep.dynamic = true;
            dep.expression = ref.expression;
            warn(u"dynamic_dependency"_s,
                 Tr::tr("%1 in %2 (cell %3) computes its path at run time (%4); it cannot be resolved before the run")
                     .arg(dep.kind, fromPath)
                     .arg(ref.cell)
                     .arg(ref.expression));
            return dep;
        }
        dep.path = Workspace::absoluteTarget(fromPath, ref.target);
        const auto location = m_workspace.resolve(dep.path);
        if (!location) {
            warn(u"missing_dependency"_s,
                 Tr::tr("%1 target %2 (from %3, cell %4) is not in the workspace").arg(dep.kind, dep.path, fromPath).arg(ref.cell));
            return dep;
        }
        dep.exists = true;
        dep.resolvedPath = location->relativePath;
        const int cycleAt = m_stack.indexOf(canonical(dep.path));
        if (cycleAt >= 0) {
            dep.cycle = true;
            QStringList chain = m_stack.mid(cycleAt);
            chain.append(canonical(dep.path));
            warn(u"run_cycle"_s, Tr::tr("dependency cycle %1; broken at %2 -> %3").arg(chain.join(u" -> "_s), fromPath, dep.path));
            return dep;
        }
        auto notebook = m_workspace.load(*location);
        if (!notebook) {
            dep.error = notebook.error().toString();
            warn(u"unreadable_dependency"_s, dep.error);
            return dep;
        }
        if (depth >= m_maxDepth) {
            if (!scanDependencies(*notebook).isEmpty()) {
                dep.depthLimitReached = true;
                warn(u"depth_limit"_s, Tr::tr("%1 nests deeper than %2 levels; its dependencies were not followed").arg(dep.path).arg(m_maxDepth));
            }
            return dep;
        }
        dep.runDeps = walk(*notebook, dep.path, depth);
        return dep;
    }

    const Workspace &m_workspace;
    const int m_maxDepth;
    const QString m_task;
    QList<ManifestWarning> &m_warnings;
    QStringList m_stack;
};

// Longest common folder of the task notebook paths ("Repos/retail/etl").
QString commonRoot(const QList<TaskDefinition> &tasks)
{
    QStringList common;
    bool first = true;
    for (const TaskDefinition &task : tasks) {
        if (task.notebookPath.isEmpty()) {
            continue;
        }
        QStringList parts = QDir::cleanPath(task.notebookPath).split(u'/', Qt::SkipEmptyParts);
        if (!parts.isEmpty()) {
            parts.removeLast();
        }
        if (first) {
            common = parts;
            first = false;
            continue;
        }
        qsizetype n = 0;
        while (n < common.size() && n < parts.size() && common.at(n) == parts.at(n)) {
            ++n;
        }
        common = common.mid(0, n);
    }
    return common.join(u'/');
}

} // namespace

Core::Result<ManifestJob> buildManifestJob(const JobDefinition &job, const Workspace &workspace, const ManifestOptions &options)
{
    ManifestJob out;
    out.jobName = job.name;
    out.jobId = job.jobId;
    out.root = commonRoot(job.tasks);
    const QString manifestDir = options.manifestDir.isEmpty() ? QDir::currentPath() : options.manifestDir;
    out.workspace = QDir(QDir(manifestDir).absolutePath()).relativeFilePath(workspace.rootDir());
    out.parameters = job.parameters;

    QList<LayerNode> nodes;
    for (const TaskDefinition &def : job.tasks) {
        nodes.append({ def.taskKey, def.dependsOn });
        ManifestTask task;
        task.taskKey = def.taskKey;
        task.taskType = def.taskType;
        task.notebookPath = def.notebookPath;
        task.dependsOn = def.dependsOn;
        task.baseParameters = def.baseParameters;
        if (def.taskType != u"notebook_task") {
            out.warnings.append({ def.taskKey, u"unsupported_task"_s,
                                  Tr::tr("task \"%1\" is a %2, not a notebook task; it is kept in the DAG but not migrated")
                                      .arg(def.taskKey, def.taskType) });
            out.tasks.append(task);
            continue;
        }
        QStringList tried;
        const auto location = workspace.resolve(def.notebookPath, &tried);
        if (!location) {
            return Core::Error::at(job.sourceFile, def.line, def.column,
                                   Tr::tr("task \"%1\" of job \"%2\" names notebook %3, which is not in the workspace %4 "
                                          "(looked for %5)")
                                       .arg(def.taskKey, job.name, def.notebookPath, workspace.rootDir(),
                                            tried.mid(0, 6).join(u", "_s)),
                                   Tr::tr("Export that notebook into the workspace folder, or fix notebook_path."));
        }
        auto notebook = workspace.load(*location);
        if (!notebook) {
            Core::Error error = notebook.error();
            error.message = Tr::tr("notebook of task \"%1\": %2").arg(def.taskKey, error.message);
            return error;
        }
        task.resolvedPath = location->relativePath;
        task.cells = static_cast<int>(notebook->cells.size());
        task.codeCells = static_cast<int>(notebook->codeCellCount());
        DependencyWalker walker(workspace, options.maxDepth, def.taskKey, out.warnings);
        task.runDeps = walker.walk(*notebook, QDir::cleanPath(def.notebookPath), 0);
        out.tasks.append(task);
    }

    QStringList cycle;
    const auto layers = topologicalLayers(nodes, &cycle);
    if (!layers) {
        const TaskDefinition *first = nullptr;
        for (const TaskDefinition &def : job.tasks) {
            if (!cycle.isEmpty() && def.taskKey == cycle.first()) {
                first = &def;
            }
        }
        return Core::Error::at(job.sourceFile, first ? first->line : 0, first ? first->column : 0,
                               Tr::tr("job \"%1\" has a task dependency cycle: %2").arg(job.name, cycle.join(u" -> "_s)),
                               Tr::tr("Remove one of these depends_on entries; a job's tasks must form a DAG."));
    }
    out.executionLayers = *layers;
    return out;
}

} // namespace Mwb::Workflow
