// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/manifestbuilder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QByteArray notebook(const QStringList &cells)
{
    return "# Databricks notebook source\n" + cells.join(u"\n\n# COMMAND ----------\n\n"_s).toUtf8() + '\n';
}

Workflow::JobDefinition job(const QList<Workflow::TaskDefinition> &tasks)
{
    Workflow::JobDefinition def;
    def.name = u"j"_s;
    def.sourceFile = u"jobs.json"_s;
    def.tasks = tasks;
    return def;
}

Workflow::TaskDefinition task(const QString &key, const QString &path, const QStringList &deps = {})
{
    Workflow::TaskDefinition t;
    t.taskKey = key;
    t.taskType = u"notebook_task"_s;
    t.notebookPath = path;
    t.dependsOn = deps;
    return t;
}

} // namespace

class TestManifestBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A chain deeper than the limit stops at the limit with a flag and a warning.
    void depthLimit()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 13; ++i) {
            write(dir.filePath(u"ws/p/n%1.py"_s.arg(i)), notebook({ u"# MAGIC %run ./n"_s + QString::number(i + 1) }));
        }
        const Workflow::Workspace workspace(dir.filePath(u"ws"_s));
        Workflow::ManifestOptions options;
        options.maxDepth = 10;
        auto built = Workflow::buildManifestJob(job({ task(u"t"_s, u"/Repos/p/n0"_s) }), workspace, options);
        QVERIFY(built.ok());
        QCOMPARE(built->tasks.first().runDeps.size(), 1);
        const Workflow::RunDependency *dep = &built->tasks.first().runDeps.first();
        int depth = 1;
        while (!dep->runDeps.isEmpty()) {
            dep = &dep->runDeps.first();
            ++depth;
        }
        QCOMPARE(depth, 10);
        QVERIFY(dep->depthLimitReached);
        QCOMPARE(built->warnings.last().kind, u"depth_limit"_s);
    }

    void missingTaskNotebookIsAnError()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"ws/p/a.py"_s), notebook({ u"x = 1"_s }));
        const Workflow::Workspace workspace(dir.filePath(u"ws"_s));
        auto t = task(u"b"_s, u"/Repos/p/missing"_s);
        t.line = 4;
        t.column = 7;
        auto built = Workflow::buildManifestJob(job({ task(u"a"_s, u"/Repos/p/a"_s), t }), workspace);
        QVERIFY(!built.ok());
        QVERIFY2(built.error().toString().startsWith(u"jobs.json:4:7: task \"b\""_s), qPrintable(built.error().toString()));
        QVERIFY(built.error().hint.contains(u"notebook_path"_s));
    }

    void unreadableTaskNotebookIsAnError()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"ws/p/a.ipynb"_s), "{\"nbformat\": 4, \"cells\": [");
        const Workflow::Workspace workspace(dir.filePath(u"ws"_s));
        auto built = Workflow::buildManifestJob(job({ task(u"a"_s, u"/Repos/p/a"_s) }), workspace);
        QVERIFY(!built.ok());
        QVERIFY2(built.error().toString().contains(u"a.ipynb:1:"_s), qPrintable(built.error().toString()));
    }

    // "/Workspace/..." paths, paths with an extension and the longest matching suffix all resolve.
    void resolution_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("repos path") << u"/Repos/team/etl/load"_s << u"etl/load.sql"_s;
        QTest::newRow("workspace prefix") << u"/Workspace/Repos/team/etl/load"_s << u"etl/load.sql"_s;
        QTest::newRow("with extension") << u"etl/load.sql"_s << u"etl/load.sql"_s;
        QTest::newRow("longest suffix wins") << u"/Users/u/other/load"_s << u"other/load.py"_s;
        QTest::newRow("dbc entry mounted at the archive's folder")
            << u"/Repos/team/shared/common_config"_s << u"lib.dbc!shared/common_config"_s;
    }
    void resolution()
    {
        QFETCH(QString, path);
        QFETCH(QString, resolved);
        QTemporaryDir dir;
        write(dir.filePath(u"ws/etl/load.sql"_s), "-- Databricks notebook source\nSELECT 1\n");
        write(dir.filePath(u"ws/other/load.py"_s), notebook({ u"x = 1"_s }));
        write(dir.filePath(u"ws/load.py"_s), notebook({ u"x = 2"_s }));
        QFile::copy(QStringLiteral(MWB_SOURCE_DIR) + u"/examples/workspace/retail/shared.dbc"_s, dir.filePath(u"ws/lib.dbc"_s));
        // The example archive holds "shared/..." entries; as ws/lib.dbc they mount under ws/.
        const Workflow::Workspace workspace(dir.filePath(u"ws"_s));
        const auto location = workspace.resolve(path);
        QVERIFY(location.has_value());
        QCOMPARE(location->relativePath, resolved);
        QVERIFY(workspace.load(*location).ok());
    }

    void absoluteTargets()
    {
        QCOMPARE(Workflow::Workspace::absoluteTarget(u"/Repos/a/b/nb"_s, u"./x"_s), u"/Repos/a/b/x"_s);
        QCOMPARE(Workflow::Workspace::absoluteTarget(u"/Repos/a/b/nb"_s, u"../x"_s), u"/Repos/a/x"_s);
        QCOMPARE(Workflow::Workspace::absoluteTarget(u"/Repos/a/b/nb"_s, u"x/y"_s), u"/Repos/a/b/x/y"_s);
        QCOMPARE(Workflow::Workspace::absoluteTarget(u"/Repos/a/b/nb"_s, u"/Shared/z"_s), u"/Shared/z"_s);
    }
};

QTEST_GUILESS_MAIN(TestManifestBuilder)
#include "tst_manifestbuilder.moc"
