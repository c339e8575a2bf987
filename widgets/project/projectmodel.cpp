// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectmodel.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

// Display texts are built once when the model is fed: the tree is read far more often than it changes.
struct ProjectModel::Node
{
    NodeKind kind = NodeKind::Job;
    Status status = Status::Ok;
    bool hasProblemBelow = false; // a dependency somewhere below is missing, unreadable or cyclic
    bool dynamic = false;
    QString name;
    QString detail;
    QString cells;
    QString toolTip;
    QString notebookPath;
    QString workspacePath;
    QString taskKey;
    QString jobName;
    QString manifestPath;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *addChild(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

bool isProblem(ProjectModel::Status status)
{
    return status == ProjectModel::Status::Missing || status == ProjectModel::Status::Unreadable
        || status == ProjectModel::Status::Cycle;
}

// The folder a job's `workspace` names: relative to the manifest file's folder unless absolute (manifest.h).
QString workspaceFolder(const QString &manifestPath, const QString &workspace)
{
    const QDir manifestDir = QFileInfo(manifestPath).absoluteDir();
    return QDir::cleanPath(manifestDir.filePath(workspace));
}

// resolvedPath may name an entry of a .dbc archive ("a/b.dbc!folder/nb"); readNotebookFile() takes the same form
// with an absolute archive path, so the two are joined as text rather than through QDir::cleanPath.
QString joinWorkspacePath(const QString &workspaceDir, const QString &resolvedPath)
{
    if (resolvedPath.isEmpty()) {
        return {};
    }
    return workspaceDir + u'/' + resolvedPath;
}

QString lastSegment(const QString &path)
{
    QString name = path;
    const qsizetype bang = name.lastIndexOf(u'!');
    if (bang >= 0) {
        name = name.mid(bang + 1);
    }
    while (name.endsWith(u'/')) {
        name.chop(1);
    }
    const qsizetype slash = name.lastIndexOf(u'/');
    return slash >= 0 ? name.mid(slash + 1) : name;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor warningColor(const QPalette &palette)
{
    // Amber that keeps a readable contrast on both the light and the dark base colour.
    return isDark(palette) ? QColor(0xff, 0xb3, 0x47) : QColor(0xb0, 0x5a, 0x00);
}

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    // Icons need a QStyle, which only a QApplication has; a model used from a QGuiApplication shows none.
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) == nullptr) {
        return {};
    }
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

ProjectModel::ProjectModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ProjectModel::~ProjectModel() = default;

void ProjectModel::setManifests(const QList<ProjectManifest> &manifests)
{
    beginResetModel();
    m_jobs.clear();
    m_taskCount = 0;
    for (const ProjectManifest &source : manifests) {
        for (const Workflow::ManifestJob &job : source.manifest.jobs) {
            addJob(source, job);
        }
    }
    endResetModel();
}

void ProjectModel::clear()
{
    setManifests({});
}

int ProjectModel::jobCount() const
{
    return static_cast<int>(m_jobs.size());
}

int ProjectModel::taskCount() const
{
    return m_taskCount;
}

void ProjectModel::addJob(const ProjectManifest &source, const Workflow::ManifestJob &job)
{
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Job;
    node->name = job.jobName.isEmpty() ? tr("(unnamed job)") : job.jobName;
    node->jobName = job.jobName;
    node->manifestPath = source.filePath;
    const qsizetype taskCount = job.tasks.size();
    node->detail = tr("job · tasks: %1 · layers: %2").arg(taskCount).arg(job.executionLayers.size());
    const QString workspaceDir = workspaceFolder(source.filePath, job.workspace);

    QStringList tips;
    tips << u"<b>%1</b>"_s.arg(node->name.toHtmlEscaped());
    if (job.jobId != 0) {
        tips << tr("Job id: %1").arg(job.jobId);
    }
    tips << tr("Manifest: %1").arg(QDir::toNativeSeparators(source.filePath).toHtmlEscaped());
    tips << tr("Workspace: %1").arg(QDir::toNativeSeparators(workspaceDir).toHtmlEscaped());
    for (const Workflow::ManifestWarning &warning : job.warnings) {
        tips << tr("Warning: %1").arg(warning.message.toHtmlEscaped());
    }
    node->toolTip = tips.join(u"<br>"_s);
    Node *jobNode = node.get();
    node->row = static_cast<int>(m_jobs.size());
    m_jobs.push_back(std::move(node));

    // Tasks in the order they run: layer by layer, then any task no layer names (a hand-edited manifest).
    QStringList placed;
    int totalCells = 0;
    for (qsizetype layer = 0; layer < job.executionLayers.size(); ++layer) {
        for (const QString &key : job.executionLayers.at(layer)) {
            const Workflow::ManifestTask *task = job.task(key);
            if (task != nullptr && !placed.contains(key)) {
                placed << key;
                addTask(jobNode, *task, static_cast<int>(layer) + 1, workspaceDir);
                totalCells += task->cells;
            }
        }
    }
    for (const Workflow::ManifestTask &task : job.tasks) {
        if (!placed.contains(task.taskKey)) {
            placed << task.taskKey;
            addTask(jobNode, task, 0, workspaceDir);
            totalCells += task.cells;
        }
    }
    jobNode->cells = totalCells > 0 ? QString::number(totalCells) : QString();
    for (const auto &child : jobNode->children) {
        jobNode->hasProblemBelow = jobNode->hasProblemBelow || child->hasProblemBelow || isProblem(child->status);
    }
}

void ProjectModel::addTask(Node *jobNode, const Workflow::ManifestTask &task, int layer, const QString &workspaceDir)
{
    auto owned = std::make_unique<Node>();
    Node *node = jobNode->addChild(std::move(owned));
    ++m_taskCount;
    node->kind = NodeKind::Task;
    node->name = task.taskKey;
    node->taskKey = task.taskKey;
    node->jobName = jobNode->jobName;
    node->manifestPath = jobNode->manifestPath;
    node->workspacePath = task.notebookPath;

    const bool isNotebook = task.taskType == u"notebook_task";
    if (!isNotebook) {
        node->status = Status::NotNotebook;
    } else if (task.resolvedPath.isEmpty()) {
        node->status = Status::Missing;
    } else {
        node->notebookPath = joinWorkspacePath(workspaceDir, task.resolvedPath);
    }

    const QString layerText = layer > 0 ? tr("layer %1").arg(layer) : tr("no layer");
    node->detail = tr("%1 · %2").arg(layerText, task.taskType);
    if (node->status == Status::Missing) {
        node->detail = tr("%1 · not in workspace").arg(node->detail);
    }
    if (isNotebook) {
        node->cells = tr("%1 (%2 code)").arg(task.cells).arg(task.codeCells);
    }

    QStringList tips;
    tips << u"<b>%1</b> (%2)"_s.arg(task.taskKey.toHtmlEscaped(), task.taskType.toHtmlEscaped());
    if (!isNotebook) {
        tips << tr("A %1 is not a notebook: the workbench shows and migrates notebook tasks only.")
                    .arg(task.taskType.toHtmlEscaped());
    }
    if (!task.notebookPath.isEmpty()) {
        tips << tr("Notebook: %1").arg(task.notebookPath.toHtmlEscaped());
    }
    if (!task.resolvedPath.isEmpty()) {
        tips << tr("File: %1").arg(QDir::toNativeSeparators(task.resolvedPath).toHtmlEscaped());
    } else if (isNotebook) {
        tips << tr("The notebook is not in the workspace; export it and rebuild the manifest.");
    }
    if (!task.dependsOn.isEmpty()) {
        tips << tr("Runs after: %1").arg(task.dependsOn.join(u", "_s).toHtmlEscaped());
    }

    for (const Workflow::RunDependency &dependency : task.runDeps) {
        addDependency(node, dependency, workspaceDir);
    }
    if (node->hasProblemBelow) {
        tips << tr("Some %run dependencies of this notebook need attention.");
    }
    node->toolTip = tips.join(u"<br>"_s);
}

void ProjectModel::addDependency(
    Node *parentNode, const Workflow::RunDependency &dependency, const QString &workspaceDir)
{
    Node *node = parentNode->addChild(std::make_unique<Node>());
    node->kind = NodeKind::Dependency;
    node->taskKey = parentNode->taskKey;
    node->jobName = parentNode->jobName;
    node->manifestPath = parentNode->manifestPath;
    node->workspacePath = dependency.path;
    node->dynamic = dependency.dynamic;

    // The order decides which mark a dependency gets when several apply: a dynamic path was never resolved, a
    // cycle or the depth limit stopped the walk, and only then can a target be missing or unreadable.
    if (dependency.dynamic) {
        node->status = Status::Dynamic;
    } else if (dependency.cycle) {
        node->status = Status::Cycle;
    } else if (!dependency.exists) {
        node->status = Status::Missing;
    } else if (!dependency.error.isEmpty()) {
        node->status = Status::Unreadable;
    } else if (dependency.depthLimitReached) {
        node->status = Status::DepthLimit;
    }
    if (dependency.exists && !dependency.dynamic) {
        node->notebookPath = joinWorkspacePath(workspaceDir, dependency.resolvedPath);
    }

    if (dependency.dynamic) {
        node->name = dependency.expression.simplified();
    } else {
        node->name = lastSegment(dependency.path.isEmpty() ? dependency.resolvedPath : dependency.path);
    }

    QString detail
        = dependency.cell > 0 ? tr("%1 · cell %2").arg(dependency.kind).arg(dependency.cell) : dependency.kind;
    QString statusText;
    switch (node->status) {
    case Status::Ok:
    case Status::NotNotebook:
        break;
    case Status::Missing:
        statusText = tr("not in workspace");
        break;
    case Status::Dynamic:
        statusText = tr("dynamic path");
        break;
    case Status::Cycle:
        statusText = tr("cycle, not followed");
        break;
    case Status::DepthLimit:
        statusText = tr("not followed: nested too deep");
        break;
    case Status::Unreadable:
        statusText = tr("unreadable");
        break;
    }
    if (!statusText.isEmpty()) {
        detail = tr("%1 · %2").arg(detail, statusText);
    }
    node->detail = detail;

    QStringList tips;
    tips << u"<b>%1</b>"_s.arg(dependency.kind.toHtmlEscaped());
    if (dependency.dynamic) {
        tips << tr("Path expression: <code>%1</code>").arg(dependency.expression.toHtmlEscaped());
        tips << tr("The path is computed when the notebook runs, so it cannot be followed before the run.");
    } else {
        tips << tr("Target: %1").arg(dependency.path.toHtmlEscaped());
    }
    if (!dependency.resolvedPath.isEmpty()) {
        tips << tr("File: %1").arg(QDir::toNativeSeparators(dependency.resolvedPath).toHtmlEscaped());
    }
    if (dependency.cell > 0) {
        tips << tr("Called from cell %1 of %2").arg(dependency.cell).arg(parentNode->name.toHtmlEscaped());
    }
    for (const auto &[argName, argValue] : dependency.arguments) {
        tips << tr("Argument %1 = %2").arg(argName.toHtmlEscaped(), argValue.toHtmlEscaped());
    }
    switch (node->status) {
    case Status::Missing:
        tips << tr("The target is not in the exported workspace: export it too, or fix the path in the calling "
                   "cell, then rebuild the manifest.");
        break;
    case Status::Cycle:
        tips << tr("The target is already being run further up this chain; it is not followed again.");
        break;
    case Status::DepthLimit:
        tips << tr("The chain is nested deeper than the dependency scanner follows; raise the depth limit of "
                   "\"mwb build-dag\" to see more.");
        break;
    case Status::Unreadable:
        tips << tr("It could not be read: %1").arg(dependency.error.toHtmlEscaped());
        break;
    case Status::Ok:
    case Status::NotNotebook:
    case Status::Dynamic:
        break;
    }
    node->toolTip = tips.join(u"<br>"_s);

    for (const Workflow::RunDependency &child : dependency.runDeps) {
        addDependency(node, child, workspaceDir);
    }
    if (isProblem(node->status) || node->hasProblemBelow) {
        for (Node *up = parentNode; up != nullptr && up->kind != NodeKind::Job; up = up->parent) {
            up->hasProblemBelow = true;
        }
    }
}

ProjectModel::Node *ProjectModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return nullptr;
    }
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex ProjectModel::taskIndex(const QString &taskKey, const QString &jobName) const
{
    for (const auto &job : m_jobs) {
        if (!jobName.isEmpty() && job->jobName != jobName) {
            continue;
        }
        for (const auto &task : job->children) {
            if (task->taskKey == taskKey) {
                return createIndex(task->row, NameColumn, task.get());
            }
        }
    }
    return {};
}

QString ProjectModel::notebookPath(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node != nullptr ? node->notebookPath : QString();
}

QModelIndex ProjectModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    const auto &siblings = parent.isValid() ? nodeFor(parent)->children : m_jobs;
    if (parent.isValid() && parent.column() != NameColumn) {
        return {};
    }
    if (static_cast<size_t>(row) >= siblings.size()) {
        return {};
    }
    return createIndex(row, column, siblings[static_cast<size_t>(row)].get());
}

QModelIndex ProjectModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (node == nullptr || node->parent == nullptr) {
        return {};
    }
    return createIndex(node->parent->row, NameColumn, node->parent);
}

int ProjectModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_jobs.size());
    }
    if (parent.column() != NameColumn) {
        return 0;
    }
    return static_cast<int>(nodeFor(parent)->children.size());
}

int ProjectModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (node == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case DetailColumn:
            return node->detail;
        case CellsColumn:
            return node->cells;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return node->toolTip;
    case Qt::DecorationRole:
        if (index.column() != NameColumn) {
            return {};
        }
        switch (node->status) {
        case Status::Missing:
        case Status::Unreadable:
            return standardIcon(QStyle::SP_MessageBoxWarning);
        case Status::Cycle:
            return standardIcon(QStyle::SP_BrowserReload);
        case Status::Dynamic:
            return standardIcon(QStyle::SP_MessageBoxQuestion);
        case Status::NotNotebook:
            return standardIcon(QStyle::SP_ComputerIcon);
        case Status::DepthLimit:
        case Status::Ok:
            break;
        }
        if (node->kind == NodeKind::Job) {
            return standardIcon(QStyle::SP_DirIcon);
        }
        if (node->hasProblemBelow && node->kind == NodeKind::Task) {
            return standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return standardIcon(node->kind == NodeKind::Task ? QStyle::SP_FileIcon : QStyle::SP_FileLinkIcon);
    case Qt::ForegroundRole: {
        const QPalette palette = QGuiApplication::palette();
        if (isProblem(node->status)) {
            return warningColor(palette);
        }
        if (node->status == Status::NotNotebook || node->status == Status::DepthLimit) {
            return palette.color(QPalette::Disabled, QPalette::Text);
        }
        if (index.column() != NameColumn) {
            return palette.color(QPalette::PlaceholderText);
        }
        return {};
    }
    case Qt::FontRole:
        if (node->kind == NodeKind::Job && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (node->dynamic) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CellsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case NodeKindRole:
        return static_cast<int>(node->kind);
    case StatusRole:
        return static_cast<int>(node->status);
    case NotebookPathRole:
        return node->notebookPath;
    case WorkspacePathRole:
        return node->workspacePath;
    case TaskKeyRole:
        return node->taskKey;
    case JobNameRole:
        return node->jobName;
    case ManifestPathRole:
        return node->manifestPath;
    default:
        return {};
    }
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Details");
    case CellsColumn:
        return tr("Cells");
    default:
        return {};
    }
}

Qt::ItemFlags ProjectModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    // Non-notebook tasks stay enabled (only greyed) so their tooltip explains why they cannot be opened.
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeFor(index)->children.empty() || index.column() != NameColumn) {
        result |= Qt::ItemNeverHasChildren;
    }
    return result;
}

} // namespace Mwb::Widgets
