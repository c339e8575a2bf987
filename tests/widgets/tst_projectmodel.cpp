// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QTest>

using namespace Qt::StringLiterals;

using Mwb::Widgets::ProjectManifest;
using Mwb::Widgets::ProjectModel;
using Mwb::Workflow::Manifest;
using Mwb::Workflow::ManifestJob;
using Mwb::Workflow::ManifestTask;
using Mwb::Workflow::RunDependency;

Q_DECLARE_METATYPE(ProjectModel::Status)

namespace {

RunDependency dependency(const QString &path, const QString &resolved, int cell)
{
    RunDependency dep;
    dep.path = path;
    dep.kind = u"%run"_s;
    dep.exists = !resolved.isEmpty();
    dep.resolvedPath = resolved;
    dep.cell = cell;
    return dep;
}

// The retail job as "mwb build-dag" writes it, with one of each dependency problem. Tasks are listed out of
// execution order on purpose: the tree shows them layer by layer.
ProjectManifest retailManifest()
{
    ManifestJob job;
    job.jobName = u"retail_daily_etl"_s;
    job.jobId = 4711;
    job.workspace = u"../workspace"_s;

    ManifestTask report;
    report.taskKey = u"publish_report"_s;
    report.taskType = u"spark_python_task"_s;
    report.dependsOn = { u"transform_sales"_s };

    ManifestTask transform;
    transform.taskKey = u"transform_sales"_s;
    transform.notebookPath = u"/Repos/retail/transform_sales"_s;
    transform.resolvedPath = u"retail/transform_sales.py"_s;
    transform.dependsOn = { u"ingest_orders"_s };
    transform.cells = 7;
    transform.codeCells = 5;
    RunDependency dynamic;
    dynamic.kind = u"notebook.run"_s;
    dynamic.dynamic = true;
    dynamic.expression = u"f\"./steps/{step}\""_s;
    dynamic.cell = 4;
    RunDependency cycle = dependency(u"/Repos/retail/transform_sales"_s, u"retail/transform_sales.py"_s, 6);
    cycle.cycle = true;
    transform.runDeps = { dynamic, cycle };

    ManifestTask ingest;
    ingest.taskKey = u"ingest_orders"_s;
    ingest.notebookPath = u"/Repos/retail/ingest_orders"_s;
    ingest.resolvedPath = u"retail/ingest_orders.ipynb"_s;
    ingest.cells = 12;
    ingest.codeCells = 9;
    RunDependency config
        = dependency(u"/Repos/retail/shared/common_config"_s, u"retail/shared.dbc!shared/common_config"_s, 2);
    config.runDeps = { dependency(u"/Repos/retail/shared/utils"_s, u"retail/shared/utils.py"_s, 1) };
    ingest.runDeps = { config, dependency(u"/Repos/retail/missing_helper"_s, {}, 3) };

    job.tasks = { report, transform, ingest };
    job.executionLayers = { { u"ingest_orders"_s }, { u"transform_sales"_s }, { u"publish_report"_s } };
    Manifest manifest;
    manifest.jobs = { job };
    return { u"/projects/retail/reports/retail_daily_etl_manifest.json"_s, manifest };
}

ProjectManifest mlManifest()
{
    ManifestJob job;
    job.jobName = u"ml_training"_s;
    job.workspace = u"/exports/ml_workspace"_s; // absolute: used as it is
    ManifestTask train;
    train.taskKey = u"train"_s;
    train.resolvedPath = u"ml/train.py"_s;
    train.cells = 3;
    train.codeCells = 3;
    job.tasks = { train };
    job.executionLayers = { { u"train"_s } };
    Manifest manifest;
    manifest.jobs = { job };
    return { u"/projects/retail/reports/ml_training_manifest.json"_s, manifest };
}

QString text(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data(Qt::DisplayRole).toString();
}

} // namespace

class TestProjectModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void jobsAreTopLevelWithTaskAndLayerCounts();
    void tasksFollowExecutionLayers();
    void nonNotebookTaskIsGreyedAndExplained();
    void dependencies_data();
    void dependencies();
    void missingDependencyIsFlagged();
    void notebookPathsResolveAgainstTheManifestFolder();
    void taskIndexFindsTasks();
    void clearEmptiesTheTree();

private:
    ProjectModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestProjectModel::init()
{
    m_model = new ProjectModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setManifests({ retailManifest(), mlManifest() });
}

void TestProjectModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestProjectModel::jobsAreTopLevelWithTaskAndLayerCounts()
{
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->jobCount(), 2);
    QCOMPARE(m_model->taskCount(), 4);
    const QModelIndex retail = m_model->index(0, 0);
    QCOMPARE(text(retail, ProjectModel::NameColumn), u"retail_daily_etl"_s);
    QCOMPARE(text(retail, ProjectModel::DetailColumn), u"job · tasks: 3 · layers: 3"_s);
    QCOMPARE(text(retail, ProjectModel::CellsColumn), u"19"_s);
    QCOMPARE(retail.data(ProjectModel::NodeKindRole).toInt(), static_cast<int>(ProjectModel::NodeKind::Job));
    QVERIFY(retail.data(Qt::ToolTipRole).toString().contains(u"4711"_s));
    QCOMPARE(m_model->rowCount(retail), 3);
    QCOMPARE(text(m_model->index(1, 0), ProjectModel::NameColumn), u"ml_training"_s);
    QCOMPARE(m_model->headerData(ProjectModel::CellsColumn, Qt::Horizontal).toString(), u"Cells"_s);
}

void TestProjectModel::tasksFollowExecutionLayers()
{
    const QModelIndex retail = m_model->index(0, 0);
    QStringList names;
    QStringList details;
    for (int row = 0; row < m_model->rowCount(retail); ++row) {
        const QModelIndex task = m_model->index(row, 0, retail);
        names << text(task, ProjectModel::NameColumn);
        details << text(task, ProjectModel::DetailColumn);
    }
    QCOMPARE(names, (QStringList { u"ingest_orders"_s, u"transform_sales"_s, u"publish_report"_s }));
    QCOMPARE(details,
        (QStringList { u"layer 1 · notebook_task"_s, u"layer 2 · notebook_task"_s, u"layer 3 · spark_python_task"_s }));
    QCOMPARE(text(m_model->index(0, 0, retail), ProjectModel::CellsColumn), u"12 (9 code)"_s);
}

void TestProjectModel::nonNotebookTaskIsGreyedAndExplained()
{
    const QModelIndex report = m_model->index(2, 0, m_model->index(0, 0));
    QCOMPARE(report.data(ProjectModel::StatusRole).toInt(), static_cast<int>(ProjectModel::Status::NotNotebook));
    QCOMPARE(report.data(Qt::ForegroundRole).value<QColor>(),
        QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(report.data(Qt::ToolTipRole).toString().contains(u"not a notebook"_s));
    QVERIFY(report.data(ProjectModel::NotebookPathRole).toString().isEmpty());
    QVERIFY(report.flags() & Qt::ItemIsEnabled); // greyed, but its tooltip must still show
}

void TestProjectModel::dependencies_data()
{
    QTest::addColumn<QList<int>>("rows"); // path from the retail job
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<ProjectModel::Status>("status");
    QTest::addColumn<bool>("openable");

    QTest::newRow("%run into a .dbc archive")
        << QList<int> { 0, 0 } << u"common_config"_s << u"%run · cell 2"_s << ProjectModel::Status::Ok << true;
    QTest::newRow("nested %run (level 4)")
        << QList<int> { 0, 0, 0 } << u"utils"_s << u"%run · cell 1"_s << ProjectModel::Status::Ok << true;
    QTest::newRow("missing target") << QList<int> { 0, 1 } << u"missing_helper"_s
                                    << u"%run · cell 3 · not in workspace"_s << ProjectModel::Status::Missing << false;
    QTest::newRow("dynamic notebook.run shows its expression")
        << QList<int> { 1, 0 } << u"f\"./steps/{step}\""_s << u"notebook.run · cell 4 · dynamic path"_s
        << ProjectModel::Status::Dynamic << false;
    QTest::newRow("cycle is marked") << QList<int> { 1, 1 } << u"transform_sales"_s
                                     << u"%run · cell 6 · cycle, not followed"_s
                                     << ProjectModel::Status::Cycle << true;
}

void TestProjectModel::dependencies()
{
    QFETCH(QList<int>, rows);
    QFETCH(QString, name);
    QFETCH(QString, detail);
    QFETCH(ProjectModel::Status, status);
    QFETCH(bool, openable);

    QModelIndex index = m_model->index(0, 0);
    for (int row : std::as_const(rows)) {
        index = m_model->index(row, 0, index);
        QVERIFY(index.isValid());
    }
    QCOMPARE(text(index, ProjectModel::NameColumn), name);
    QCOMPARE(text(index, ProjectModel::DetailColumn), detail);
    QCOMPARE(index.data(ProjectModel::NodeKindRole).toInt(), static_cast<int>(ProjectModel::NodeKind::Dependency));
    QCOMPARE(index.data(ProjectModel::StatusRole).value<int>(), static_cast<int>(status));
    QCOMPARE(!index.data(ProjectModel::NotebookPathRole).toString().isEmpty(), openable);
    QCOMPARE(index.data(ProjectModel::JobNameRole).toString(), u"retail_daily_etl"_s);
    QVERIFY(!index.data(ProjectModel::TaskKeyRole).toString().isEmpty());
}

void TestProjectModel::missingDependencyIsFlagged()
{
    const QModelIndex ingest = m_model->index(0, 0, m_model->index(0, 0));
    const QModelIndex missing = m_model->index(1, 0, ingest);
    const QModelIndex fine = m_model->index(0, 0, ingest);
    const QColor warning = missing.data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(warning.isValid());
    QVERIFY(warning != QGuiApplication::palette().color(QPalette::Text));
    QVERIFY(!fine.data(Qt::ForegroundRole).isValid());
    QVERIFY(missing.data(Qt::ToolTipRole).toString().contains(u"not in the exported workspace"_s));
    // The task says that something below it needs attention, even while it is collapsed.
    QVERIFY(ingest.data(Qt::ToolTipRole).toString().contains(u"need attention"_s));
    QVERIFY(!ingest.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestProjectModel::notebookPathsResolveAgainstTheManifestFolder()
{
    const QModelIndex ingest = m_model->index(0, 0, m_model->index(0, 0));
    QCOMPARE(ingest.data(ProjectModel::NotebookPathRole).toString(),
        u"/projects/retail/workspace/retail/ingest_orders.ipynb"_s);
    QCOMPARE(m_model->notebookPath(m_model->index(0, 0, ingest)),
        u"/projects/retail/workspace/retail/shared.dbc!shared/common_config"_s);
    const QModelIndex train = m_model->index(0, 0, m_model->index(1, 0));
    QCOMPARE(m_model->notebookPath(train), u"/exports/ml_workspace/ml/train.py"_s);
    QCOMPARE(
        train.data(ProjectModel::ManifestPathRole).toString(), u"/projects/retail/reports/ml_training_manifest.json"_s);
}

void TestProjectModel::taskIndexFindsTasks()
{
    const QModelIndex transform = m_model->taskIndex(u"transform_sales"_s);
    QVERIFY(transform.isValid());
    QCOMPARE(transform.data().toString(), u"transform_sales"_s);
    QCOMPARE(transform.parent(), m_model->index(0, 0));
    QVERIFY(m_model->taskIndex(u"train"_s, u"ml_training"_s).isValid());
    QVERIFY(!m_model->taskIndex(u"train"_s, u"retail_daily_etl"_s).isValid());
    QVERIFY(!m_model->taskIndex(u"no_such_task"_s).isValid());
}

void TestProjectModel::clearEmptiesTheTree()
{
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->taskCount(), 0);
    m_model->setManifests({ mlManifest() });
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_MAIN(TestProjectModel)
#include "tst_projectmodel.moc"
