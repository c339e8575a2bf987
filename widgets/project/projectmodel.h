// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projectmanifest.h"

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace Mwb::Widgets {

// The project tree of the main window (WORKBENCH_UI.md, "Project tree"):
//   job                     (tasks and execution layers)
//     task                  (in execution-layer order; layer number and task type)
//       %run dependency     (nested as in the manifest: missing, dynamic, cyclic ones marked)
// Fed with the manifests the window read; the model does no file IO.
class ProjectModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectModel)

public:
    enum Column { NameColumn, DetailColumn, CellsColumn, ColumnCount };

    enum class NodeKind { Job, Task, Dependency };

    // Why a dependency (or a task's notebook) cannot be opened, or Ok.
    enum class Status { Ok, NotNotebook, Missing, Dynamic, Cycle, DepthLimit, Unreadable };

    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind as int
        StatusRole, // Status as int
        NotebookPathRole, // absolute notebook file ("x.dbc!entry" inside archives); empty if none
        TaskKeyRole, // the task a node belongs to; empty for jobs
        JobNameRole, // the job a node belongs to
        ManifestPathRole, // the manifest file the node came from
        WorkspacePathRole, // Databricks workspace path of a task or dependency notebook ("/Repos/x/y")
    };

    explicit ProjectModel(QObject *parent = nullptr);
    ~ProjectModel() override;

    // Replaces the whole tree.
    void setManifests(const QList<ProjectManifest> &manifests);
    void clear();

    int jobCount() const;
    int taskCount() const;

    // The first task with this key (of the job named `jobName` when that is not empty); invalid when none.
    QModelIndex taskIndex(const QString &taskKey, const QString &jobName = {}) const;

    // The notebook file of a task or dependency when the workspace has it; empty otherwise.
    QString notebookPath(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    void addJob(const ProjectManifest &source, const Workflow::ManifestJob &job);
    void addTask(Node *jobNode, const Workflow::ManifestTask &task, int layer, const QString &workspaceDir);
    void addDependency(Node *parentNode, const Workflow::RunDependency &dependency, const QString &workspaceDir);

    // Invariant: every node's `row` is its position in its parent's `children` (m_jobs for jobs).
    std::vector<std::unique_ptr<Node>> m_jobs;
    int m_taskCount = 0;
};

} // namespace Mwb::Widgets
