// SPDX-License-Identifier: GPL-3.0-or-later
// The run history's model and filters on a history.sqlite written through HistoryStore: one row per
// run with the values a user reads (kind, jobs, duration, result, cell and row counts), sorting on raw
// values rather than on the displayed text, the text / kind / result filters, and reloads that keep
// the rows (and so the selection) of runs that are still there.
#include "history/historyfiltermodel.h"
#include "history/historyloader.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "historyfixture.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;
using namespace Mwb::Widgets;

namespace {

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QStringList runIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.index(row, 0).data(HistoryModel::RunIdRole).toString();
    }
    return ids;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_project;
    QList<HistoryRun> m_runs;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_project.isValid());
        const QString error = HistoryFixture::writeStoreRuns(m_project.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto runs = HistoryLoader::read(m_project.path(), 100);
        QVERIFY2(runs.ok(), qPrintable(runs.ok() ? QString() : runs.error().toString()));
        m_runs = *runs;
        QCOMPARE(m_runs.size(), 7);
    }

    void projectWithoutHistoryHasNoRunsAndNoFile()
    {
        QTemporaryDir empty;
        auto runs = HistoryLoader::read(empty.path(), 100);
        QVERIFY(runs.ok());
        QVERIFY(runs->isEmpty());
        QVERIFY(!QFileInfo::exists(History::HistoryStore::databasePath(empty.path())));
    }

    void loaderDeliversOffTheGuiThread()
    {
        HistoryLoader loader;
        QSignalSpy loaded(&loader, &HistoryLoader::loaded);
        loader.load(m_project.path());
        loader.load(m_project.path()); // the first result is stale and dropped
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.constFirst().constFirst().value<QList<HistoryRun>>().size(), 7);
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 1);
    }

    void columnsShowEachKind_data()
    {
        QTest::addColumn<QString>("runId");
        QTest::addColumn<QStringList>("expected"); // every column's display text
        QTest::newRow("migrate-job passed") << HistoryFixture::PassRun
                                            << QStringList { u"Migrate job"_s, u"NightlyLoad"_s, {}, u"42 min 30 s"_s,
                                                   u"Passed"_s, u"17"_s, u"0"_s, u"3"_s, {}, {} };
        QTest::newRow("migrate-job partial over two jobs")
            << HistoryFixture::PartialRun
            << QStringList { u"Migrate job"_s, u"DailyETL, Audit"_s, {}, u"1 h 05 min"_s, u"Partial"_s, u"10"_s, u"1"_s,
                   u"1"_s, {}, {} };
        QTest::newRow("migrate-job failed without tasks")
            << HistoryFixture::FailRun
            << QStringList { u"Migrate job"_s, u"migrate-job Broken_manifest.json"_s, {}, u"40 s"_s, u"Failed"_s,
                   u"0"_s, u"0"_s, u"0"_s, {}, {} };
        QTest::newRow("killed: running, process gone")
            << HistoryFixture::KilledRun
            << QStringList { u"Migrate job"_s, u"migrate-job Weekly_manifest.json"_s, {}, {}, u"Interrupted"_s, u"0"_s,
                   u"0"_s, u"0"_s, {}, {} };
        QTest::newRow("data copy") << HistoryFixture::DataRun
                                   << QStringList { u"Data copy"_s,
                                          u"sqlite:///srv/shop.db -> postgresql://app@db:5432/shop"_s, {}, u"5.0 s"_s,
                                          u"Passed"_s, {}, {}, {}, u"1,200"_s, u"0"_s };
    }

    void columnsShowEachKind()
    {
        QFETCH(QString, runId);
        QFETCH(QStringList, expected);
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(m_runs);
        const int row = model.rowOf(runId);
        QVERIFY(row >= 0);
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
        for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
            if (column == HistoryModel::StartedColumn) {
                continue; // local time, checked below
            }
            QCOMPARE(cell(model, row, column), expected.at(column));
        }
        QVERIFY(!cell(model, row, HistoryModel::StartedColumn).isEmpty());
    }

    void runningRunsShowTheirTimeSoFar()
    {
        HistoryModel model;
        model.setRuns(m_runs);
        const int row = model.rowOf(HistoryFixture::RunningRun);
        QCOMPARE(cell(model, row, HistoryModel::ResultColumn), u"Running"_s);
        QVERIFY(cell(model, row, HistoryModel::DurationColumn).endsWith(u"so far"_s));
        QCOMPARE(cell(model, row, HistoryModel::CellsOkColumn), u"4"_s);
        // The killed run says why it is not "running" any more.
        const QString tip = model.index(model.rowOf(HistoryFixture::KilledRun), HistoryModel::ResultColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(u"killed"_s), qPrintable(tip));
    }

    void sortRolesAreRawValues()
    {
        HistoryModel model;
        model.setRuns(m_runs);
        const int row = model.rowOf(HistoryFixture::PassRun);
        QCOMPARE(model.index(row, HistoryModel::StartedColumn).data(HistoryModel::SortRole).toDateTime(),
            QDateTime::fromString(u"2026-11-20T09:00:00Z"_s, Qt::ISODate));
        QCOMPARE(model.index(row, HistoryModel::DurationColumn).data(HistoryModel::SortRole).userType(),
            QMetaType::LongLong);
        QCOMPARE(model.index(row, HistoryModel::DurationColumn).data(HistoryModel::SortRole).toLongLong(), 2'550'000);
        // Not applicable: no value, so those rows sort last.
        QVERIFY(!model.index(row, HistoryModel::RowsCopiedColumn).data(HistoryModel::SortRole).isValid());
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("firstRuns");
        // "1 h 05 min" sorts before "42 min 30 s" as text; by milliseconds it comes after. Running runs
        // (3 and 25 minutes so far) sort by their time so far; the killed run, without an end, comes last.
        QTest::newRow("duration ascending")
            << int(HistoryModel::DurationColumn) << int(Qt::AscendingOrder)
            << QStringList { HistoryFixture::DataRun, HistoryFixture::FailRun, HistoryFixture::ValidateRun,
                   HistoryFixture::RunningRun, HistoryFixture::PassRun, HistoryFixture::PartialRun,
                   HistoryFixture::KilledRun };
        QTest::newRow("started, newest first")
            << int(HistoryModel::StartedColumn) << int(Qt::DescendingOrder)
            << QStringList { HistoryFixture::ValidateRun, HistoryFixture::RunningRun, HistoryFixture::DataRun,
                   HistoryFixture::KilledRun, HistoryFixture::FailRun, HistoryFixture::PartialRun,
                   HistoryFixture::PassRun };
        // 17 > 10 > 4 as numbers ("4" > "17" as text); runs without cells come last.
        QTest::newRow("cells OK, most first")
            << int(HistoryModel::CellsOkColumn) << int(Qt::DescendingOrder)
            << QStringList { HistoryFixture::PassRun, HistoryFixture::PartialRun, HistoryFixture::RunningRun };
        QTest::newRow("rows copied, data runs first") << int(HistoryModel::RowsCopiedColumn) << int(Qt::AscendingOrder)
                                                      << QStringList { HistoryFixture::DataRun };
        QTest::newRow("rows copied descending, data runs still first") << int(
            HistoryModel::RowsCopiedColumn) << int(Qt::DescendingOrder) << QStringList { HistoryFixture::DataRun };
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, firstRuns);
        HistoryModel model;
        HistoryFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(m_runs);
        filter.sort(column, Qt::SortOrder(order));
        QCOMPARE(runIds(filter).mid(0, firstRuns.size()), firstRuns);
    }

    void filtering_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("result"); // -1: all
        QTest::addColumn<QStringList>("runs");
        QTest::newRow("a job name, any case")
            << u"audit"_s << QString() << -1 << QStringList { HistoryFixture::PartialRun };
        QTest::newRow("every word must match")
            << u"dailyetl partial"_s << QString() << -1 << QStringList { HistoryFixture::PartialRun };
        QTest::newRow("a URL in the title") << u"postgresql://app"_s << QString() << -1
                                            << QStringList { HistoryFixture::DataRun, HistoryFixture::ValidateRun };
        QTest::newRow("kind") << QString() << u"data"_s << -1 << QStringList { HistoryFixture::DataRun };
        QTest::newRow("result") << QString() << QString() << int(RunResult::Running)
                                << QStringList { HistoryFixture::RunningRun, HistoryFixture::ValidateRun };
        QTest::newRow("killed runs count as interrupted")
            << QString() << QString() << int(RunResult::Interrupted) << QStringList { HistoryFixture::KilledRun };
        QTest::newRow("kind and result") << QString() << u"migrate-job"_s << int(RunResult::Failed)
                                         << QStringList { HistoryFixture::FailRun };
        QTest::newRow("nothing") << u"no-such-run"_s << QString() << -1 << QStringList {};
    }

    void filtering()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(int, result);
        QFETCH(QStringList, runs);
        HistoryModel model;
        HistoryFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(m_runs);
        filter.setText(text);
        filter.setKind(kind);
        filter.setResult(result < 0 ? std::nullopt : std::optional<RunResult>(RunResult(result)));
        QStringList ids = runIds(filter);
        ids.sort();
        runs.sort();
        QCOMPARE(ids, runs);
        filter.setText({});
        filter.setKind({});
        filter.setResult(std::nullopt);
        QCOMPARE(filter.rowCount(), 7);
    }

    void reloadKeepsRowsOfRunsStillThere()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(m_runs);
        const QPersistentModelIndex partial = model.index(model.rowOf(HistoryFixture::PartialRun), 0);
        const QPersistentModelIndex running = model.index(model.rowOf(HistoryFixture::RunningRun), 0);

        // The running job finished, a new run appeared, the failed run was deleted from the history.
        auto store = History::HistoryStore::open(m_project.path());
        QVERIFY(store.ok());
        QVERIFY(store->recordFinished(HistoryFixture::RunningRun, u"completed"_s, u"{\"result\":\"PASS\"}"_s).ok());
        History::RunRecord added;
        added.runId = u"mj-new"_s;
        added.kind = u"migrate-job"_s;
        added.title = u"migrate-job New_manifest.json"_s;
        QVERIFY(store->recordStarted(added).ok());
        auto runs = HistoryLoader::read(m_project.path(), 100);
        QVERIFY(runs.ok());
        QList<HistoryRun> next = *runs;
        next.removeIf([](const HistoryRun &run) { return run.record.runId == HistoryFixture::FailRun; });

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRuns(next);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(partial.isValid() && running.isValid());
        QCOMPARE(partial.data(HistoryModel::RunIdRole).toString(), HistoryFixture::PartialRun);
        QCOMPARE(running.data(HistoryModel::RunIdRole).toString(), HistoryFixture::RunningRun);
        QCOMPARE(model.index(running.row(), HistoryModel::ResultColumn).data().toString(), u"Passed"_s);
        QCOMPARE(model.rowOf(HistoryFixture::FailRun), -1);
        QVERIFY(model.rowOf(u"mj-new"_s) >= 0);
        // Put the history back for the other tests.
        QVERIFY(store
                    ->recordStarted([] {
                        History::RunRecord r;
                        r.runId = HistoryFixture::RunningRun;
                        r.kind = u"migrate-job"_s;
                        r.pid = QCoreApplication::applicationPid();
                        return r;
                    }())
                    .ok());
    }
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
