// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/diffpane.h"
#include "diff/notebookdiffview.h"
#include "mainwindow.h"
#include "review/changesmodel.h"
#include "review/changespanel.h"
#include "notebook/notebookcellwidget.h"
#include "notebook/notebookview.h"
#include "project/projectmodel.h"
#include "workflow/manifest.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

using Mwb::Gui::MainWindow;
using Mwb::Widgets::NotebookView;
using Mwb::Widgets::ProjectModel;

namespace {

// nbformat 4 with three cells: markdown, python with a stream output, a %run of the shared notebook.
const char ingestIpynb[] = R"json({
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ingest orders"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["42\n"]}],
   "source": ["df = spark.table(\"orders\")\n", "print(df.count())"]},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["%run ./shared_config"]}
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
)json";

const char sharedConfigSource[] = "# Databricks notebook source\n"
                                  "catalog = \"main\"\n"
                                  "\n"
                                  "# COMMAND ----------\n"
                                  "\n"
                                  "schema = \"retail\"\n";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

Mwb::Workflow::Manifest retailManifest()
{
    using namespace Mwb::Workflow;
    ManifestJob job;
    job.jobName = u"retail_daily_etl"_s;
    job.workspace = u"../workspace"_s; // as "mwb build-dag -o project/reports --workspace project/workspace" writes

    ManifestTask ingest;
    ingest.taskKey = u"ingest_orders"_s;
    ingest.notebookPath = u"/Repos/retail/ingest_orders"_s;
    ingest.resolvedPath = u"retail/ingest_orders.ipynb"_s;
    ingest.cells = 3;
    ingest.codeCells = 2;
    RunDependency shared;
    shared.path = u"/Repos/retail/shared_config"_s;
    shared.kind = u"%run"_s;
    shared.exists = true;
    shared.resolvedPath = u"retail/shared_config.py"_s;
    shared.cell = 3;
    ingest.runDeps = { shared };

    ManifestTask gone;
    gone.taskKey = u"deleted_notebook"_s;
    gone.resolvedPath = u"retail/deleted_notebook.py"_s; // in the manifest, but since removed from the workspace
    gone.dependsOn = { u"ingest_orders"_s };

    job.tasks = { ingest, gone };
    job.executionLayers = { { u"ingest_orders"_s }, { u"deleted_notebook"_s } };
    Manifest manifest;
    manifest.jobs = { job };
    return manifest;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensProjectIntoTree();
    void opensTaskNotebookInTab();
    void opensDependencyFromTheTree();
    void unreadableNotebookOpensNoTab();
    void folderWithoutManifestsIsRefused();
    void comparesTwoNotebookFiles();
    void unreadableComparisonClosesItsTab();
    void migratedTaskOpensAsReview();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    writeFile(
        m_dir.filePath(u"reports/retail_daily_etl_manifest.json"_s), Mwb::Workflow::writeManifest(retailManifest()));
    writeFile(m_dir.filePath(u"workspace/retail/ingest_orders.ipynb"_s), QByteArray(ingestIpynb));
    writeFile(m_dir.filePath(u"workspace/retail/shared_config.py"_s), QByteArray(sharedConfigSource));
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openProject(m_dir.path()));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::opensProjectIntoTree()
{
    QTreeView *tree = m_window->findChild<QTreeView *>(u"projectTree"_s);
    QVERIFY(tree != nullptr);
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex job = model->index(0, 0);
    QCOMPARE(job.data().toString(), u"retail_daily_etl"_s);
    QCOMPARE(model->rowCount(job), 2);
    QCOMPARE(model->index(0, 0, job).data().toString(), u"ingest_orders"_s);
    QVERIFY(tree->isExpanded(job)); // the tasks are visible right away

    QCOMPARE(m_window->windowTitle(), u"Migration Workbench — %1"_s.arg(QDir(m_dir.path()).dirName()));
    const QLabel *status = m_window->findChild<QLabel *>(u"projectStatus"_s);
    QVERIFY(status != nullptr);
    QVERIFY(status->text().contains(QDir::toNativeSeparators(QDir(m_dir.path()).absolutePath())));
    QVERIFY(status->text().contains(u"jobs: 1, tasks: 2"_s));
}

void TestMainWindow::opensTaskNotebookInTab()
{
    QTreeView *tree = m_window->projectTree();
    const QModelIndex task = m_window->projectModel()->taskIndex(u"ingest_orders"_s);
    QVERIFY(task.isValid());
    tree->setCurrentIndex(task);
    // Enter on the selected task opens its notebook, as double-click does.
    QTest::keyClick(tree, Qt::Key_Return);

    auto *tabs = m_window->findChild<QTabWidget *>(u"documentTabs"_s);
    QVERIFY(tabs != nullptr);
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->tabText(0), u"ingest_orders"_s);
    auto *view = qobject_cast<NotebookView *>(tabs->currentWidget());
    QVERIFY(view != nullptr);
    QCOMPARE(view->cellCount(), 3);
    QCOMPARE(view->findChildren<Mwb::Widgets::NotebookCellWidget *>().size(), 3);
    QCOMPARE(view->cellWidget(1)->outputText(), u"42"_s);
    QCOMPARE(view->cellWidget(2)->language(), u"run"_s);
    QVERIFY(view->filePath().endsWith(u"workspace/retail/ingest_orders.ipynb"_s));

    // Opening it again switches to the tab instead of adding one.
    QVERIFY(m_window->openTask(u"ingest_orders"_s));
    QCOMPARE(tabs->count(), 1);

    // Tabs close.
    Q_EMIT tabs->tabCloseRequested(0);
    QCOMPARE(tabs->count(), 0);
}

void TestMainWindow::opensDependencyFromTheTree()
{
    ProjectModel *model = m_window->projectModel();
    const QModelIndex dependency = model->index(0, 0, model->taskIndex(u"ingest_orders"_s));
    QCOMPARE(dependency.data().toString(), u"shared_config"_s);
    Q_EMIT m_window->projectTree()->activated(dependency);
    QCOMPARE(m_window->documentTabs()->count(), 1);
    auto *view = qobject_cast<NotebookView *>(m_window->documentTabs()->currentWidget());
    QVERIFY(view != nullptr);
    QCOMPARE(view->cellCount(), 2);
    QCOMPARE(view->cellWidget(1)->sourceText(), u"schema = \"retail\""_s);
}

void TestMainWindow::unreadableNotebookOpensNoTab()
{
    QVERIFY(!m_window->openTask(u"deleted_notebook"_s));
    QCOMPARE(m_window->documentTabs()->count(), 0);
    QVERIFY(!m_window->openTask(u"no_such_task"_s));
}

void TestMainWindow::folderWithoutManifestsIsRefused()
{
    QTemporaryDir empty;
    QVERIFY(!m_window->openProject(empty.path()));
    // The open project stays.
    QCOMPARE(m_window->projectFolder(), QDir(m_dir.path()).absolutePath());
    QCOMPARE(m_window->projectModel()->jobCount(), 1);
}


void TestMainWindow::comparesTwoNotebookFiles()
{
    // The shared config as Databricks source against an .ipynb where its second cell changed.
    const QString left = m_dir.filePath(u"workspace/retail/shared_config.py"_s);
    const QString right = m_dir.filePath(u"compare/shared_config.py"_s);
    writeFile(right, QByteArray(sharedConfigSource).replace("\"retail\"", "\"retail_oci\""));
    Mwb::Widgets::NotebookDiffView *view = m_window->openDiff(left, right);
    QVERIFY(view != nullptr);
    QCOMPARE(m_window->documentTabs()->currentWidget(), view);
    QTRY_VERIFY_WITH_TIMEOUT(view->isReady(), 10000);
    QCOMPARE(view->diff()->cells.size(), 2);
    QCOMPARE(view->diff()->changedCells(), 1);
    QCOMPARE(view->changeCount(), 1);
    QCOMPARE(view->leftPane()->rowCount(), view->rightPane()->rowCount());
    QVERIFY(view->nextChange());
}

void TestMainWindow::unreadableComparisonClosesItsTab()
{
    m_window->openDiff(m_dir.filePath(u"workspace/retail/shared_config.py"_s), m_dir.filePath(u"missing.ipynb"_s));
    QCOMPARE(m_window->documentTabs()->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->documentTabs()->count(), 0, 10000);
}

void TestMainWindow::migratedTaskOpensAsReview()
{
    // What "mwb rewrite --manifest ... --output-base <project>/migrated" leaves: the migrated copy
    // and the job's Pass-1 summary with the notebook's change records and findings.
    QTemporaryDir project;
    QVERIFY(project.isValid());
    writeFile(project.filePath(u"reports/retail_daily_etl_manifest.json"_s), Mwb::Workflow::writeManifest(retailManifest()));
    writeFile(project.filePath(u"workspace/retail/ingest_orders.ipynb"_s), QByteArray(ingestIpynb));
    writeFile(project.filePath(u"workspace/retail/shared_config.py"_s), QByteArray(sharedConfigSource));
    const QString migrated = project.filePath(u"migrated/retail_daily_etl/notebooks/Repos/retail/ingest_orders.ipynb"_s);
    writeFile(migrated, QByteArray(ingestIpynb).replace("spark.table(\\\"orders\\\")", "spark.table(\\\"default.orders\\\")"));
    const QByteArray summary = R"json({"job_name": "retail_daily_etl", "notebooks": [
      {"kind": "task", "task_key": "ingest_orders", "workspace_path": "/Repos/retail/ingest_orders",
       "output": ")json" + migrated.toUtf8() + R"json(", "report": "", "status": "MIGRATED",
       "report_json": {"source": ")json" + project.filePath(u"workspace/retail/ingest_orders.ipynb"_s).toUtf8() + R"json(",
                       "changes": [{"cell": 2, "line": 1, "rule_id": "table.1part", "before": "orders",
                                    "after": "default.orders", "reason": "one-part names get the default schema"}],
                       "lint": [{"id": "lint.databricks_marker", "severity": "nit", "cell": 3, "line": 1,
                                 "message": "Databricks markers remain (%run)"}]}}]})json";
    writeFile(project.filePath(u"migrated/retail_daily_etl/reports/pass1_summary.json"_s), summary);
    QVERIFY(QFileInfo::exists(migrated));

    QVERIFY(m_window->openProject(project.path()));
    const QModelIndex task = m_window->projectModel()->taskIndex(u"ingest_orders"_s);
    QVERIFY(m_window->migratedNotebook(task) != nullptr);
    Q_EMIT m_window->projectTree()->activated(task);
    auto *view = qobject_cast<Mwb::Widgets::NotebookDiffView *>(m_window->documentTabs()->currentWidget());
    QVERIFY(view != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(view->isReady(), 10000);
    QCOMPARE(view->diff()->changedCells(), 1);
    // The changed line explains itself with the rule.
    const Mwb::Widgets::DiffPane *right = view->rightPane();
    bool explained = false;
    for (qsizetype row = 0; row < right->rowCount(); ++row) {
        explained = explained || right->toolTipForRow(row).contains(u"table.1part"_s);
    }
    QVERIFY(explained);
    // The dock lists the change and the finding of this notebook.
    QCOMPARE(m_window->changesPanel()->model()->rowCount(), 2);
    QCOMPARE(m_window->changesPanel()->model()->item(0)->ruleId, u"table.1part"_s);
    // The dependency was not migrated: it opens as a plain notebook.
    const QModelIndex dependency = m_window->projectModel()->index(0, 0, task);
    QVERIFY(m_window->migratedNotebook(dependency) == nullptr);
    Q_EMIT m_window->projectTree()->activated(dependency);
    QVERIFY(qobject_cast<NotebookView *>(m_window->documentTabs()->currentWidget()) != nullptr);
    // Switching tabs switches the dock to the review's items (none for a plain notebook).
    QCOMPARE(m_window->changesPanel()->model()->rowCount(), 0);
    m_window->documentTabs()->setCurrentWidget(view);
    QCOMPARE(m_window->changesPanel()->model()->rowCount(), 2);
    // Opening the same review again switches to it.
    QVERIFY(m_window->openReview(task));
    QCOMPARE(m_window->documentTabs()->count(), 2);
    // The whole-job scope lists the items of every migrated notebook of the job.
    m_window->changesPanel()->setScope(Mwb::Widgets::ChangesPanel::Scope::Job);
    QCOMPARE(m_window->changesPanel()->model()->rowCount(), 2);
    m_window->changesPanel()->setScope(Mwb::Widgets::ChangesPanel::Scope::Notebook);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
