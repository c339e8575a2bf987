// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "mwb_version.h"
#include "diff/notebookdiffview.h"
#include "notebook/notebookio.h"
#include "notebook/notebookview.h"
#include "operationsdesk.h"
#include "project.h"
#include "project/projectmodel.h"
#include "review/cellinspector.h"
#include "review/changespanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QScreen>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Mwb::Gui {

namespace {

constexpr int statusMessageTimeout = 8000; // ms

// Restores the cursor however the reading scope is left.
class WaitCursor final
{
    Q_DISABLE_COPY_MOVE(WaitCursor)

public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(nullptr)
    , m_tree(new QTreeView)
    , m_tabs(new QTabWidget)
    , m_central(new QStackedWidget)
    , m_welcome(new QLabel)
    , m_projectLabel(new QLabel)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Migration Workbench"));
    // Most of the screen: reviews want width (two notebooks side by side plus the docks).
    const QSize available = QGuiApplication::primaryScreen() != nullptr
        ? QGuiApplication::primaryScreen()->availableSize()
        : QSize(1400, 860);
    resize(qMax(1000, available.width() * 94 / 100), qMax(700, available.height() * 92 / 100));
    createCentralArea();
    createProjectDock();
    createReviewDocks();
    m_desk = new OperationsDesk(this);
    createActions();
    m_projectLabel->setObjectName(u"projectStatus"_s);
    statusBar()->addPermanentWidget(m_projectLabel);
    updateCentralPage();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralArea()
{
    m_tabs->setObjectName(u"documentTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeDocument);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_changes != nullptr) {
            m_changes->setItems(m_reviewItems.value(m_tabs->widget(index)));
            m_changes->setJobItems(m_reviewJobItems.value(m_tabs->widget(index)));
        }
    });

    m_welcome->setObjectName(u"welcomePage"_s);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setTextFormat(Qt::RichText);
    m_welcome->setMargin(32);
    m_welcome->setForegroundRole(QPalette::PlaceholderText);

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);
}

void MainWindow::createProjectDock()
{
    m_tree->setObjectName(u"projectTree"_s);
    m_tree->setMinimumWidth(280);
    m_model = new Widgets::ProjectModel(m_tree);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    // Double-click and Enter open the notebook (activated); the arrows expand.
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setAllColumnsShowFocus(true);
    // Names keep their width (deep %run chains indent them), details take what is left and elide, the cell counts
    // stay readable at the right.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Widgets::ProjectModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(Widgets::ProjectModel::DetailColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Widgets::ProjectModel::CellsColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setMinimumSectionSize(48);
    // Queued: QTreeView::expandRecursively() emits expanded() before it has stored every expanded child, and
    // measuring the column lays the tree out at once, which would drop the rest of the expansion.
    connect(m_tree, &QTreeView::expanded, this, &MainWindow::fitNameColumn, Qt::QueuedConnection);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const auto kind
            = static_cast<Widgets::ProjectModel::NodeKind>(index.data(Widgets::ProjectModel::NodeKindRole).toInt());
        if (kind == Widgets::ProjectModel::NodeKind::Job) {
            const QModelIndex name = index.siblingAtColumn(Widgets::ProjectModel::NameColumn);
            m_tree->setExpanded(name, !m_tree->isExpanded(name));
            return;
        }
        // A migrated notebook opens as its review; the source alone is one context-menu click away.
        if (migratedNotebook(index) != nullptr) {
            openReview(index);
        } else {
            openNotebook(index);
        }
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeMenu);

    auto *dock = new QDockWidget(tr("Project"), this);
    dock->setObjectName(u"projectDock"_s);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({ dock }, { 420 }, Qt::Horizontal);
}

void MainWindow::createReviewDocks()
{
    m_changes = new Widgets::ChangesPanel;
    m_changes->setObjectName(u"changesPanel"_s);
    auto *dock = new QDockWidget(tr("Changes & Findings"), this);
    dock->setObjectName(u"changesDock"_s);
    dock->setWidget(m_changes);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {180}, Qt::Vertical);
    m_inspector = new Widgets::CellInspector;
    m_inspector->setObjectName(u"cellInspector"_s);
    m_inspector->setMinimumWidth(260);
    auto *inspectorDock = new QDockWidget(tr("Cell Inspector"), this);
    inspectorDock->setObjectName(u"cellInspectorDock"_s);
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    resizeDocks({inspectorDock}, {320}, Qt::Horizontal);

    // A change or finding jumps to its line in the review it belongs to.
    connect(m_changes, &Widgets::ChangesPanel::itemActivated, this, [this](const Widgets::ChangeItem &item) {
        auto *view = qobject_cast<Widgets::NotebookDiffView *>(m_tabs->currentWidget());
        const qsizetype line = qMax<qsizetype>(item.line, 0);
        if (view != nullptr && view->property("mwbRight").toString() == item.notebook) {
            view->goToMigratedLine(item.cell, line);
            return;
        }
        // An item of another notebook of the job: open (or switch to) its review, then jump.
        if (item.sourceNotebook.isEmpty()) {
            return;
        }
        const QList<Widgets::ChangeItem> jobItems = view != nullptr ? m_reviewJobItems.value(view) : QList<Widgets::ChangeItem>();
        ReviewExtras extras;
        for (const auto &job : m_project.migrated) {
            for (const Rewrite::Pass1Notebook &notebook : job) {
                if (notebook.output == item.notebook) {
                    extras = reviewExtras(notebook);
                }
            }
        }
        Widgets::NotebookDiffView *target = openDiff(item.sourceNotebook, item.notebook, extras);
        if (target == nullptr) {
            return;
        }
        m_reviewJobItems.insert(target, jobItems);
        m_changes->setJobItems(jobItems);
        if (target->isReady()) {
            target->goToMigratedLine(item.cell, line);
        } else {
            connect(target, &Widgets::NotebookDiffView::diffReady, target,
                    [target, item, line] { target->goToMigratedLine(item.cell, line); }, Qt::SingleShotConnection);
        }
    });
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    const auto kind = static_cast<Widgets::ProjectModel::NodeKind>(index.data(Widgets::ProjectModel::NodeKindRole).toInt());
    if (kind == Widgets::ProjectModel::NodeKind::Job) {
        return;
    }
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open Notebook"), this, [this, index] { openNotebook(index); });
    open->setEnabled(!index.data(Widgets::ProjectModel::NotebookPathRole).toString().isEmpty());
    QAction *review = menu.addAction(tr("Review Migration"), this, [this, index] { openReview(index); });
    review->setEnabled(migratedNotebook(index) != nullptr);
    if (!review->isEnabled()) {
        review->setText(tr("Review Migration (not migrated yet)"));
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

const Rewrite::Pass1Notebook *MainWindow::migratedNotebook(const QModelIndex &index) const
{
    return m_project.migratedNotebook(index.data(Widgets::ProjectModel::JobNameRole).toString(),
                                      index.data(Widgets::ProjectModel::WorkspacePathRole).toString());
}

bool MainWindow::openReview(const QModelIndex &index)
{
    const Rewrite::Pass1Notebook *migrated = migratedNotebook(index);
    const QString source = index.data(Widgets::ProjectModel::NotebookPathRole).toString();
    if (migrated == nullptr || source.isEmpty()) {
        statusBar()->showMessage(tr("%1 has not been migrated yet: run \"mwb rewrite --manifest\" with the output base %2.")
                                     .arg(index.siblingAtColumn(Widgets::ProjectModel::NameColumn).data().toString(),
                                          QDir::toNativeSeparators(m_project.outputBase)),
                                 statusMessageTimeout);
        return false;
    }
    const ReviewExtras extras = reviewExtras(*migrated);
    Widgets::NotebookDiffView *view = openDiff(source, migrated->output, extras);
    if (view == nullptr) {
        return false;
    }
    // The dock's "whole job" scope: every migrated notebook of the same job.
    QList<Widgets::ChangeItem> jobItems;
    const QString jobName = index.data(Widgets::ProjectModel::JobNameRole).toString();
    for (const Rewrite::Pass1Notebook &notebook : m_project.migrated.value(jobName)) {
        jobItems += reviewExtras(notebook).items;
    }
    m_reviewJobItems.insert(view, jobItems);
    m_changes->setJobItems(jobItems);
    return true;
}

MainWindow::ReviewExtras MainWindow::reviewExtras(const Rewrite::Pass1Notebook &migrated)
{
    // Change records are anchored on source lines, findings on migrated lines (both 1-based in
    // the report; cell 0 / line 0 mean "whole notebook" / "unknown").
    ReviewExtras extras;
    for (const Rewrite::ChangeRecord &change : migrated.changes) {
        extras.annotations.append({.cell = change.cell - 1, .line = change.line - 1, .onSource = true,
                                   .ruleId = change.ruleId, .reason = change.reason, .severity = {}});
        extras.items.append({Widgets::ChangeItem::Kind::Change, migrated.output, change.cell - 1, change.line - 1,
                             change.ruleId, {}, change.reason, change.before, change.after, migrated.source});
    }
    for (const Rewrite::LintFinding &finding : migrated.lint) {
        const QString severity = Rewrite::severityName(finding.severity);
        if (finding.cell > 0 && finding.line > 0) {
            extras.annotations.append({.cell = finding.cell - 1, .line = finding.line - 1, .onSource = false,
                                       .ruleId = finding.id, .reason = finding.message, .severity = severity});
        }
        extras.items.append({Widgets::ChangeItem::Kind::Finding, migrated.output, finding.cell - 1, finding.line - 1,
                             finding.id, severity, finding.message, {}, {}, migrated.source});
    }
    return extras;

}

void MainWindow::compareNotebooks()
{
    const QString filter = tr("Notebooks (*.ipynb *.py *.sql *.scala *.r *.dbc);;All files (*)");
    const QString left = QFileDialog::getOpenFileName(this, tr("Compare: Source Notebook"), m_projectFolder, filter);
    if (left.isEmpty()) {
        return;
    }
    const QString right
        = QFileDialog::getOpenFileName(this, tr("Compare: Migrated Notebook"), QFileInfo(left).absolutePath(), filter);
    if (!right.isEmpty()) {
        openDiff(left, right);
    }
}

Widgets::NotebookDiffView *MainWindow::openDiff(const QString &leftPath, const QString &rightPath,
                                                const ReviewExtras &extras)
{
    // One review per pair: switch to it when it is open.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *open = qobject_cast<Widgets::NotebookDiffView *>(m_tabs->widget(i));
        if (open != nullptr && open->property("mwbLeft").toString() == leftPath
            && open->property("mwbRight").toString() == rightPath) {
            m_tabs->setCurrentIndex(i);
            return open;
        }
    }
    auto *view = new Widgets::NotebookDiffView;
    view->setObjectName(u"notebookDiffView"_s);
    view->setProperty("mwbLeft", leftPath);
    view->setProperty("mwbRight", rightPath);
    view->setAnnotations(extras.annotations);
    m_reviewItems.insert(view, extras.items);
    const QString title = tr("%1 ↔ %2").arg(QFileInfo(leftPath).completeBaseName(), QFileInfo(rightPath).completeBaseName());
    const int tab = m_tabs->addTab(view, title);
    m_tabs->setTabToolTip(tab, QDir::toNativeSeparators(leftPath) + u'\n' + QDir::toNativeSeparators(rightPath));
    m_changes->setItems(extras.items);
    m_tabs->setCurrentIndex(tab);
    updateCentralPage();

    connect(view, &Widgets::NotebookDiffView::cellSelected, this, [this, view](qsizetype left, qsizetype right) {
        const auto cellAt = [](const Notebook::Notebook &notebook, qsizetype index) {
            return index >= 0 && index < notebook.cells.size() ? std::optional(notebook.cells.at(index)) : std::nullopt;
        };
        m_inspector->showCell(cellAt(view->leftNotebook(), left), left, cellAt(view->rightNotebook(), right), right);
    });

    using Read = Core::Result<Notebook::Notebook>;
    using Pair = std::pair<Read, Read>;
    auto *watcher = new QFutureWatcher<Pair>(view);
    connect(watcher, &QFutureWatcher<Pair>::finished, view, [this, view, watcher, leftPath, rightPath] {
        const Pair result = watcher->result();
        for (const Read *read : {&result.first, &result.second}) {
            if (!read->ok()) {
                showError(tr("The notebooks could not be compared."), read->error());
                closeDocument(m_tabs->indexOf(view));
                return;
            }
        }
        view->setNotebooks(result.first.value(), result.second.value(), QDir::toNativeSeparators(leftPath),
                           QDir::toNativeSeparators(rightPath));
        statusBar()->showMessage(tr("Comparing %1 with %2").arg(QDir::toNativeSeparators(leftPath),
                                                                QDir::toNativeSeparators(rightPath)),
                                 statusMessageTimeout);
    });
    watcher->setFuture(QtConcurrent::run([leftPath, rightPath] {
        return Pair(Notebook::readNotebookFile(leftPath), Notebook::readNotebookFile(rightPath));
    }));
    return view;
}

void MainWindow::createActions()
{
    QStyle *style = this->style();

    auto *openAction = new QAction(style->standardIcon(QStyle::SP_DirOpenIcon), tr("&Open Project…"), this);
    openAction->setObjectName(u"openProjectAction"_s);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a project folder with job manifests (reports/*_manifest.json)"));
    connect(openAction, &QAction::triggered, this, &MainWindow::chooseProject);

    m_reloadAction = new QAction(style->standardIcon(QStyle::SP_BrowserReload), tr("&Reload Project"), this);
    m_reloadAction->setObjectName(u"reloadProjectAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setStatusTip(tr("Read the project's manifests again, e.g. after \"mwb build-dag\""));
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadProject);

    auto *compareAction = new QAction(tr("Co&mpare Notebooks…"), this);
    compareAction->setObjectName(u"compareNotebooksAction"_s);
    compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    compareAction->setStatusTip(tr("Review two notebook files side by side (\"mwb diff A B\" on the command line)"));
    connect(compareAction, &QAction::triggered, this, &MainWindow::compareNotebooks);

    m_closeTabAction = new QAction(tr("&Close Document"), this);
    m_closeTabAction->setShortcut(QKeySequence::Close);
    m_closeTabAction->setEnabled(false);
    connect(m_closeTabAction, &QAction::triggered, this, [this] { closeDocument(m_tabs->currentIndex()); });

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(openAction);
    fileMenu->addAction(m_reloadAction);
    fileMenu->addSeparator();
    fileMenu->addAction(compareAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeTabAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    auto *helpMenu = new QMenu(tr("&Help"), this);
    QAction *aboutAction = helpMenu->addAction(tr("&About Migration Workbench"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolBar = addToolBar(tr("Project"));
    toolBar->setObjectName(u"projectToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(openAction);
    toolBar->addAction(m_reloadAction);
    createRunActions();
    // Help stays the last menu.
    menuBar()->addMenu(helpMenu);
}

void MainWindow::createRunActions()
{
    QStyle *style = this->style();
    auto action = [this](const QString &text, const QKeySequence &shortcut, const QString &tip, const QString &name,
                         auto slot, bool needsProject = true) {
        auto *result = new QAction(text, this);
        result->setObjectName(name);
        result->setShortcut(shortcut);
        result->setStatusTip(tip);
        result->setToolTip(tip);
        connect(result, &QAction::triggered, m_desk, slot);
        if (needsProject) {
            result->setEnabled(false);
            m_projectActions << result;
        }
        return result;
    };
    QAction *migrate = action(tr("&Migrate Job…"), QKeySequence(Qt::CTRL | Qt::Key_J),
        tr("Rewrite and run a job's notebooks on a kernel, cell by cell (mwb migrate-job)"), u"migrateJobAction"_s,
        [this] { m_desk->launchMigrateJob(); });
    migrate->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    QAction *data = action(tr("&Data Migration…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        tr("Copy tables between SQLite, PostgreSQL and MySQL in the background (mwb data start)"),
        u"dataMigrationAction"_s, [this] { m_desk->launchDataMigration(); });
    data->setIcon(style->standardIcon(QStyle::SP_DriveHDIcon));
    QAction *validate = action(tr("&Validate…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
        tr("Compare a target database with its source: counts, checksums, schema (mwb validate)"),
        u"validateAction"_s, [this] { m_desk->launchValidation(); });
    validate->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
    QAction *schema = action(tr("&Schema Copy Preview"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        tr("Preview the DDL of a schema for another database engine (mwb schema-copy)"), u"schemaCopyAction"_s,
        [this] { m_desk->openSchemaCopyPreview(); });
    QAction *stop = action(tr("S&top Run"), QKeySequence(Qt::CTRL | Qt::Key_Period),
        tr("Stop the run of the current monitor; it finishes the current cell or batch and checkpoints"),
        u"stopRunAction"_s, [this] { m_desk->stopCurrent(); });
    stop->setIcon(style->standardIcon(QStyle::SP_MediaStop));
    QAction *history = action(tr("Run &History"), QKeySequence(Qt::CTRL | Qt::Key_H),
        tr("Every migrate-job, data and validation run of the project (mwb history)"), u"historyAction"_s,
        [this] { m_desk->openHistory(); });
    history->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    QAction *report = action(tr("Open &Report…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("Preview a JOB_REPORT.md or validation report and export it as Markdown, HTML or PDF"),
        u"openReportAction"_s, [this] { m_desk->chooseReport(); });
    QAction *settings = action(tr("Se&ttings…"), QKeySequence(QKeySequence::Preferences).isEmpty()
                                   ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                   : QKeySequence(QKeySequence::Preferences),
        tr("Connection and cluster profiles, the LLM key, the language"), u"settingsAction"_s,
        [this] { m_desk->openSettings(); }, false);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *runMenu = menuBar()->addMenu(tr("&Run"));
    runMenu->addAction(migrate);
    runMenu->addAction(data);
    runMenu->addAction(validate);
    runMenu->addSeparator();
    runMenu->addAction(stop);
    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(schema);
    toolsMenu->addAction(history);
    toolsMenu->addAction(report);
    toolsMenu->addSeparator();
    toolsMenu->addAction(settings);

    QToolBar *toolBar = addToolBar(tr("Runs"));
    toolBar->setObjectName(u"runToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *each : { migrate, data, validate, stop, history }) {
        toolBar->addAction(each);
    }
}

int MainWindow::addDocument(QWidget *document, const QString &title, const QString &toolTip)
{
    const int tab = m_tabs->addTab(document, title);
    m_tabs->setTabToolTip(tab, toolTip.isEmpty() ? title : toolTip);
    m_tabs->setCurrentIndex(tab);
    updateCentralPage();
    return tab;
}

void MainWindow::setDocumentTitle(QWidget *document, const QString &title)
{
    const int tab = m_tabs->indexOf(document);
    if (tab >= 0) {
        m_tabs->setTabText(tab, title);
        m_tabs->setTabToolTip(tab, title);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_desk->confirmClose()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::openProject(const QString &folder)
{
    auto loaded = [&folder] {
        WaitCursor wait;
        return Project::load(folder);
    }();
    if (!loaded.ok()) {
        showError(tr("The project could not be opened."), loaded.error());
        return false;
    }
    m_project = loaded.value();
    const Project &project = m_project;
    m_projectFolder = project.folder;
    m_model->setManifests(project.manifests);
    m_tree->expandToDepth(0);
    fitNameColumn();
    m_reloadAction->setEnabled(true);
    for (QAction *action : std::as_const(m_projectActions)) {
        action->setEnabled(true);
    }

    const QString name = QDir(project.folder).dirName();
    setWindowTitle(tr("Migration Workbench — %1").arg(name));
    setWindowFilePath(project.folder);
    m_projectLabel->setText(tr("%1  ·  jobs: %2, tasks: %3")
                                .arg(QDir::toNativeSeparators(project.folder))
                                .arg(m_model->jobCount())
                                .arg(m_model->taskCount()));
    if (!project.errors.isEmpty()) {
        // The readable manifests are shown; the first unreadable one is reported (the rest on reload).
        showError(tr("%1 of the project's manifests could not be read.").arg(project.errors.size()),
            project.errors.constFirst());
    } else {
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(project.folder)), statusMessageTimeout);
    }
    updateCentralPage();
    m_desk->setProjectDir(project.folder);
    Q_EMIT projectOpened(project.folder);
    return true;
}

void MainWindow::fitNameColumn()
{
    // Grows to show the names of newly expanded rows, but never past 60 % of the tree: the details stay visible.
    const int current = m_tree->columnWidth(Widgets::ProjectModel::NameColumn);
    m_tree->resizeColumnToContents(Widgets::ProjectModel::NameColumn);
    const int wanted = m_tree->columnWidth(Widgets::ProjectModel::NameColumn) + 8;
    const int limit = m_tree->viewport()->width() * 6 / 10;
    m_tree->setColumnWidth(Widgets::ProjectModel::NameColumn, std::max(current, std::min(wanted, limit)));
}

void MainWindow::chooseProject()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Project Folder"), m_projectFolder);
    if (!folder.isEmpty()) {
        openProject(folder);
    }
}

void MainWindow::reloadProject()
{
    if (!m_projectFolder.isEmpty()) {
        openProject(m_projectFolder);
    }
}

bool MainWindow::openTask(const QString &taskKey)
{
    const QModelIndex index = m_model->taskIndex(taskKey);
    if (!index.isValid()) {
        statusBar()->showMessage(tr("No task \"%1\" in this project.").arg(taskKey), statusMessageTimeout);
        return false;
    }
    m_tree->setCurrentIndex(index);
    // The whole %run chain of the task: cycles are not followed, so it is finite.
    m_tree->expandRecursively(index);
    fitNameColumn();
    m_tree->scrollTo(index);
    return migratedNotebook(index) != nullptr ? openReview(index) : openNotebook(index);
}

bool MainWindow::openNotebook(const QModelIndex &index)
{
    using Status = Widgets::ProjectModel::Status;
    const QString path = index.data(Widgets::ProjectModel::NotebookPathRole).toString();
    if (path.isEmpty()) {
        // Say why, in the words of the node's details (e.g. "not in workspace").
        const QString name = index.siblingAtColumn(Widgets::ProjectModel::NameColumn).data().toString();
        const auto status = static_cast<Status>(index.data(Widgets::ProjectModel::StatusRole).toInt());
        QString reason;
        switch (status) {
        case Status::NotNotebook:
            reason = tr("%1 is not a notebook task; there is no notebook to show.").arg(name);
            break;
        case Status::Dynamic:
            reason = tr("The path of %1 is computed at run time; there is no notebook to show.").arg(name);
            break;
        default:
            reason = tr("%1 is not in the workspace; export it and rebuild the manifest.").arg(name);
            break;
        }
        statusBar()->showMessage(reason, statusMessageTimeout);
        return false;
    }
    return openNotebookFile(path) != nullptr;
}

Widgets::NotebookView *MainWindow::openNotebookFile(const QString &path)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<Widgets::NotebookView *>(m_tabs->widget(i));
        if (view != nullptr && view->filePath() == path) {
            m_tabs->setCurrentIndex(i);
            return view;
        }
    }
    WaitCursor wait;
    auto notebook = Notebook::readNotebookFile(path);
    if (!notebook.ok()) {
        showError(tr("The notebook could not be opened."), notebook.error());
        return nullptr;
    }
    auto *view = new Widgets::NotebookView;
    view->setNotebook(notebook.value(), path);
    const QString title = notebook->name.isEmpty() ? QFileInfo(path).completeBaseName() : notebook->name;
    const int tab = m_tabs->addTab(view, title);
    m_tabs->setTabToolTip(tab, QDir::toNativeSeparators(path));
    m_tabs->setCurrentIndex(tab);
    updateCentralPage();
    statusBar()->showMessage(tr("Opened %1 (read-only)").arg(QDir::toNativeSeparators(path)), statusMessageTimeout);
    return view;
}

void MainWindow::closeDocument(int index)
{
    if (QWidget *widget = m_tabs->widget(index)) {
        if (m_desk->runningMonitors().contains(widget)) {
            // Closing a monitor never stops its run (RunProcess detaches); say where to find it again.
            statusBar()->showMessage(
                tr("The run goes on in the background; Run History shows it, and the next window re-attaches."),
                statusMessageTimeout);
        }
        m_reviewItems.remove(widget);
        m_reviewJobItems.remove(widget);
        m_tabs->removeTab(index);
        widget->deleteLater();
    }
    updateCentralPage();
}

void MainWindow::updateCentralPage()
{
    if (m_tabs->count() > 0) {
        m_central->setCurrentWidget(m_tabs);
    } else {
        const QString hint = m_projectFolder.isEmpty()
            ? tr("Open a project folder (File ▸ Open Project…, %1) to see its jobs, tasks and notebooks.")
                  .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText))
            : tr("Double-click a task or a %run dependency in the project tree to open its notebook.");
        m_welcome->setText(
            u"<h2>%1</h2><p>%2</p>"_s.arg(tr("Migration Workbench").toHtmlEscaped(), hint.toHtmlEscaped()));
        m_central->setCurrentWidget(m_welcome);
    }
    if (m_closeTabAction != nullptr) {
        m_closeTabAction->setEnabled(m_tabs->count() > 0);
    }
}

void MainWindow::showError(const QString &what, const Core::Error &error)
{
    statusBar()->showMessage(what + u' ' + error.toString(), statusMessageTimeout);
    // Window-modal and non-blocking: the message stays until dismissed without stopping the event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Migration Workbench"), what, QMessageBox::Ok, this);
    box->setInformativeText(error.toString());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Migration Workbench"),
        tr("<h3>Migration Workbench %1</h3>"
           "<p>Moves Databricks jobs to AIDP and databases between engines, "
           "and shows what changed on the way.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QString::fromLatin1(MWB_VERSION_STRING)));
}

} // namespace Mwb::Gui
