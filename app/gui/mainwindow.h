// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/changeannotation.h"
#include "project.h"
#include "review/changeitem.h"

#include <QHash>
#include <QMainWindow>
#include <QString>

class QAction;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Mwb::Core {
struct Error;
}

namespace Mwb::Widgets {
class CellInspector;
class ChangesPanel;
class NotebookDiffView;
class NotebookView;
class ProjectModel;
} // namespace Mwb::Widgets

namespace Mwb::Gui {

class OperationsDesk;

// The workbench window (WORKBENCH_UI.md, "Main window"): the project tree of jobs, tasks and %run dependencies
// in a left dock, read-only notebooks in closable tabs in the centre, the project in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the project's manifests and shows them; on failure the previous project stays and the error is shown.
    bool openProject(const QString &folder);
    QString projectFolder() const { return m_projectFolder; }

    // Selects the task with this key in the tree and opens its notebook.
    bool openTask(const QString &taskKey);
    // Opens the notebook of a task or dependency node of the project tree.
    bool openNotebook(const QModelIndex &index);
    // Opens (or switches to) a tab showing the notebook file; nullptr when it cannot be read.
    Widgets::NotebookView *openNotebookFile(const QString &path);

    // What a review shows besides the two files: the rewriter's change records and lint findings.
    struct ReviewExtras
    {
        QList<Widgets::ChangeAnnotation> annotations;
        QList<Widgets::ChangeItem> items;
    };

    // Opens a review tab comparing two notebook files (source left, migrated right). The files are
    // read and diffed off the GUI thread; errors close the tab and are reported.
    Widgets::NotebookDiffView *openDiff(const QString &leftPath, const QString &rightPath,
                                        const ReviewExtras &extras = {});
    // Opens the review of a task or dependency node whose notebook Pass 1 migrated: the source
    // notebook against its migrated copy, with the change records and findings.
    bool openReview(const QModelIndex &index);
    // Change records and findings of one migrated notebook, as the review shows them.
    static ReviewExtras reviewExtras(const Rewrite::Pass1Notebook &notebook);
    // The Pass-1 record of a tree node's notebook, nullptr when it was not migrated (yet).
    const Rewrite::Pass1Notebook *migratedNotebook(const QModelIndex &index) const;

    // Adds a document tab and shows it; returns its index.
    int addDocument(QWidget *document, const QString &title, const QString &toolTip = {});
    void setDocumentTitle(QWidget *document, const QString &title);
    // Launching and watching runs, history, reports, settings.
    OperationsDesk *desk() const { return m_desk; }

    Widgets::ProjectModel *projectModel() const { return m_model; }
    Widgets::ChangesPanel *changesPanel() const { return m_changes; }
    Widgets::CellInspector *cellInspector() const { return m_inspector; }
    QTreeView *projectTree() const { return m_tree; }
    QTabWidget *documentTabs() const { return m_tabs; }

Q_SIGNALS:
    void projectOpened(const QString &folder);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createRunActions();
    void createCentralArea();
    void createProjectDock();
    void createReviewDocks();
    void compareNotebooks();
    void showTreeMenu(const QPoint &position);
    void fitNameColumn();
    void chooseProject();
    void reloadProject();
    void closeDocument(int index);
    void showAbout();
    void showError(const QString &what, const Core::Error &error);
    void updateCentralPage();

    Widgets::ProjectModel *m_model; // owned by m_tree
    QTreeView *m_tree;
    QTabWidget *m_tabs;
    QStackedWidget *m_central; // the welcome page while no notebook is open, then the tabs
    QLabel *m_welcome;
    QLabel *m_projectLabel; // permanent status bar label
    QAction *m_reloadAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QList<QAction *> m_projectActions; // enabled once a project is open
    OperationsDesk *m_desk = nullptr;
    Widgets::ChangesPanel *m_changes = nullptr;
    Widgets::CellInspector *m_inspector = nullptr;
    QString m_projectFolder;
    Project m_project;
    QHash<QWidget *, QList<Widgets::ChangeItem>> m_reviewItems; // per review tab
    QHash<QWidget *, QList<Widgets::ChangeItem>> m_reviewJobItems; // per review tab: its whole job
};

} // namespace Mwb::Gui
