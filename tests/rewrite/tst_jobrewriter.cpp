// SPDX-License-Identifier: GPL-3.0-or-later
// Pass 1 over the example jobs' manifests: deps under deps/, tasks under notebooks/, %run pointing at
// the migrated copies, the registry honoured on the second run, no blocker in the whole workspace.
#include "rewritetesthelpers.h"

#include "core/atomicfile.h"
#include "notebook/notebookio.h"
#include "rewrite/jobrewriter.h"
#include "rewrite/migrationregistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

QString manifest(const QString &job)
{
    return QStringLiteral(MWB_FIXTURES_DIR) + u"/manifests/"_s + job + u"_manifest.json"_s;
}

Rewrite::JobRewriteOptions options(const QString &job, const QString &base)
{
    Rewrite::JobRewriteOptions o;
    o.manifestPath = manifest(job);
    o.outputBase = base;
    // The fixture manifests name the workspace relative to where build-dag wrote them.
    o.workspaceDir = QStringLiteral(MWB_SOURCE_DIR) + u"/examples/workspace"_s;
    const QString config = QStringLiteral(MWB_SOURCE_DIR) + u"/examples/config/"_s;
    o.rewrite.catalogs = Rewrite::CatalogManifest::readFile(config + u"catalog_manifest.json"_s).value();
    o.rewrite.buckets = Rewrite::BucketMapping::readFile(config + u"bucket_mapping.json"_s).value();
    o.optionsFingerprint = u"test"_s;
    return o;
}

QStringList runTargets(const QString &ipynb)
{
    QStringList targets;
    auto nb = Notebook::readNotebookFile(ipynb);
    if (!nb) {
        return targets;
    }
    for (const auto &cell : nb->cells) {
        for (const QString &line : cell.source.split(u'\n')) {
            if (line.trimmed().startsWith(u"%run ")) {
                targets.append(line.trimmed().mid(5).section(u' ', 0, 0));
            }
        }
    }
    return targets;
}

} // namespace

class TestJobRewriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputLayout()
    {
        QCOMPARE(Rewrite::taskOutputRelative(u"/Repos/retail/etl/clean orders"_s), u"notebooks/Repos/retail/etl/clean_orders.ipynb"_s);
        QCOMPARE(Rewrite::taskOutputRelative(u"/Workspace/Users/u/x"_s), u"notebooks/Users/u/x.ipynb"_s);
        QCOMPARE(Rewrite::dependencyOutputRelative(u"/Repos/retail/etl/lib/date helpers"_s),
                 u"deps/dep_Repos_retail_etl_lib_date_helpers/date_helpers.ipynb"_s);
        QCOMPARE(Rewrite::MigrationRegistry::keyFor(u"/Repos/a b/c"_s), u"/Workspace/Repos/a_b/c"_s);
    }

    void wholeExampleWorkspace_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<int>("notebooks");
        QTest::newRow("retail_daily_etl") << u"retail_daily_etl"_s << 14;
        QTest::newRow("customer_360") << u"customer_360"_s << 6;
        QTest::newRow("ml_churn_scoring") << u"ml_churn_scoring"_s << 5;
    }

    void wholeExampleWorkspace()
    {
        QFETCH(QString, job);
        QFETCH(int, notebooks);
        QTemporaryDir dir;
        const QString base = dir.filePath(u"out"_s);
        auto run = Rewrite::rewriteJobs(options(job, base), nullptr);
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().toString()));
        QCOMPARE(run->size(), 1);
        const auto &summary = run->first();
        QCOMPARE(summary.written, notebooks);
        QCOMPARE(summary.skipped, 0);
        // The acceptance bar: the migrated workspace has no lint blocker.
        for (const auto &nb : summary.notebooks) {
            for (const auto &f : nb.result.lint) {
                QVERIFY2(f.severity != Rewrite::Severity::Blocker,
                         qPrintable(nb.workspacePath + u": "_s + f.id + u" cell "_s + QString::number(f.cell) + u": "_s + f.message));
            }
            QVERIFY2(QFileInfo::exists(nb.outputPath), qPrintable(nb.outputPath));
            QVERIFY2(QFileInfo::exists(nb.reportPath), qPrintable(nb.reportPath));
            QVERIFY(nb.outputPath.startsWith(summary.jobDir + (nb.kind == u"task" ? u"/notebooks/"_s : u"/deps/dep_"_s)));
            // Every %run points at an absolute migrated copy that exists.
            for (const QString &target : runTargets(nb.outputPath)) {
                QVERIFY2(target.startsWith(summary.jobDir + u"/deps/"_s), qPrintable(target));
                QVERIFY2(target.endsWith(u".ipynb"), qPrintable(target));
                QVERIFY2(QFileInfo::exists(target) || target.contains(u"segment_overrides"), qPrintable(target));
            }
        }
        const QString registry = summary.jobDir + u"/migration_registry.json"_s;
        QVERIFY(QFileInfo::exists(registry));
        QString warning;
        const auto loaded = Rewrite::MigrationRegistry::load(registry, &warning);
        QVERIFY(warning.isEmpty());
        QCOMPARE(loaded.entries().size(), notebooks);

        // Second run: everything is already migrated, nothing is rewritten.
        const QDateTime before = QFileInfo(summary.notebooks.first().outputPath).lastModified();
        auto again = Rewrite::rewriteJobs(options(job, base), nullptr);
        QVERIFY(again.ok());
        QCOMPARE(again->first().written, 0);
        QCOMPARE(again->first().skipped, notebooks);
        QCOMPARE(QFileInfo(summary.notebooks.first().outputPath).lastModified(), before);

        // --no-skip-migrated forces it.
        auto forced = options(job, base);
        forced.skipMigrated = false;
        auto third = Rewrite::rewriteJobs(forced, nullptr);
        QVERIFY(third.ok());
        QCOMPARE(third->first().written, notebooks);

        // Other options (a catalog manifest change) redo the job.
        auto changed = options(job, base);
        changed.optionsFingerprint = u"other"_s;
        auto fourth = Rewrite::rewriteJobs(changed, nullptr);
        QVERIFY(fourth.ok());
        QCOMPARE(fourth->first().written, notebooks);
    }

    void taskRunPathsPointAtDeps()
    {
        QTemporaryDir dir;
        auto run = Rewrite::rewriteJobs(options(u"retail_daily_etl"_s, dir.path()), nullptr);
        QVERIFY(run.ok());
        const QString jobDir = run->first().jobDir;
        const QStringList targets = runTargets(jobDir + u"/notebooks/Repos/retail/etl/clean_orders.ipynb"_s);
        QCOMPARE(targets, (QStringList { jobDir + u"/deps/dep_Repos_retail_etl_lib_helpers/helpers.ipynb"_s,
                                         jobDir + u"/deps/dep_Repos_retail_etl_lib_date_helpers/date_helpers.ipynb"_s,
                                         jobDir + u"/deps/dep_Repos_retail_etl_lib_pricing_rules/pricing_rules.ipynb"_s }));
        auto publish = Notebook::readNotebookFile(jobDir + u"/notebooks/Repos/retail/etl/publish_report.ipynb"_s);
        QVERIFY(publish.ok());
        QVERIFY(publish->cells.at(7).source.contains(
            u"oidlUtils.notebook.run(\""_s + jobDir + u"/deps/dep_Repos_retail_etl_children_render_kpi_tiles/render_kpi_tiles.ipynb\", 3600"_s));
        QVERIFY(QFileInfo::exists(jobDir + u"/tasks/06_publish_report/migration_report.md"_s));
    }

    // The registry vouches for a notebook by its hash: a migrated file lost or changed since is redone.
    void changedOutputIsRedone()
    {
        QTemporaryDir dir;
        auto first = Rewrite::rewriteJobs(options(u"ml_churn_scoring"_s, dir.path()), nullptr);
        QVERIFY(first.ok());
        const QString victim = first->first().notebooks.first().outputPath;
        QVERIFY(Core::writeFileAtomically(victim, "{}").ok());
        QVERIFY(QFile::remove(first->first().notebooks.last().outputPath));
        auto second = Rewrite::rewriteJobs(options(u"ml_churn_scoring"_s, dir.path()), nullptr);
        QVERIFY(second.ok());
        QCOMPARE(second->first().written, 2);
        QCOMPARE(second->first().skipped, 3);
        QVERIFY(Notebook::readNotebookFile(victim).ok());
    }

    void missingTargetIsReported()
    {
        QTemporaryDir dir;
        auto run = Rewrite::rewriteJobs(options(u"customer_360"_s, dir.path()), nullptr);
        QVERIFY(run.ok());
        const QStringList warnings = run->first().warnings;
        QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                             [](const QString &w) { return w.contains(u"/Repos/retail/customer360/legacy/segment_overrides"); }),
                 qPrintable(warnings.join(u'\n')));
    }

    void corruptRegistryIsQuarantinedAndRedone()
    {
        QTemporaryDir dir;
        const QString jobDir = dir.filePath(u"ml_churn_scoring"_s);
        QVERIFY(Core::writeFileAtomically(jobDir + u"/migration_registry.json"_s, "{ not json").ok());
        auto run = Rewrite::rewriteJobs(options(u"ml_churn_scoring"_s, dir.path()), nullptr);
        QVERIFY(run.ok());
        QCOMPARE(run->first().written, 5);
        QVERIFY(!run->first().warnings.isEmpty());
        const QStringList aside = QDir(jobDir).entryList({ u"migration_registry.json.corrupt.*"_s }, QDir::Files);
        QCOMPARE(aside.size(), 1);
    }

    void unmappedBucketWritesNothing()
    {
        QTemporaryDir dir;
        auto o = options(u"retail_daily_etl"_s, dir.path());
        o.rewrite.buckets = Rewrite::BucketMapping();
        o.rewrite.buckets.insert(u"acme-retail-curated"_s, { u"x"_s, u"y"_s });
        auto run = Rewrite::rewriteJobs(o, nullptr);
        QVERIFY(!run.ok());
        QVERIFY(run.error().message.contains(u"acme-retail-raw"));
        QVERIFY(run.error().message.contains(u"cell"));
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), "nothing may be written when a bucket is unmapped");
    }
};

QTEST_GUILESS_MAIN(TestJobRewriter)
#include "tst_jobrewriter.moc"
