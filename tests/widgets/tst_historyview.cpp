// SPDX-License-Identifier: GPL-3.0-or-later
// The run history document on a project whose history holds real `mwb data start` / `mwb validate`
// runs and HistoryStore-written migrate-job runs with their JOB_REPORT.md files: the table lists every
// run, the chart has one bar per (filtered) run, selecting a run shows its report, clicking a bar
// selects its run, and a reload keeps the selection and refreshes a run that moved on.
#include "history/historychart.h"
#include "history/historyfiltermodel.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "historyfixture.h"
#include "report/reportpreview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;
using namespace Mwb::Widgets;

namespace {

QString runOf(const HistoryModel &model, const QString &kind, const QString &status)
{
    for (const HistoryRun &run : model.runs()) {
        if (run.record.kind == kind && run.record.status == status) {
            return run.record.runId;
        }
    }
    return {};
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_project;

    // Selects the run and waits for its report (or its error) in the detail pane.
    bool selectAndWait(HistoryView &view, const QString &runId)
    {
        QSignalSpy shown(view.detail(), &ReportPreview::reportShown);
        QSignalSpy failed(view.detail(), &ReportPreview::reportFailed);
        if (!view.selectRun(runId)) {
            return false;
        }
        return QTest::qWaitFor([&] { return shown.size() + failed.size() > 0; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_project.isValid());
        QString error = HistoryFixture::runMwbRuns(m_project.path(), QStringLiteral(MWB_EXECUTABLE));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = HistoryFixture::writeStoreRuns(m_project.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void listsEveryRunWithOneChartMarkEach()
    {
        HistoryView view;
        QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&view, &HistoryView::runsLoaded);
        view.setProjectDir(m_project.path());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(loaded.constFirst().constFirst().toInt(), 12);
        QCOMPARE(view.table()->model()->rowCount(), 12);
        QCOMPARE(view.chart()->markCount(), 12);
        QSet<QString> marks;
        for (int i = 0; i < view.chart()->markCount(); ++i) {
            marks.insert(view.chart()->markRunId(i));
            QVERIFY(view.chart()->markRect(i).height() >= 3); // every run is visible, even a 0.1 s one
        }
        QSet<QString> runs;
        for (const HistoryRun &run : view.model()->runs()) {
            runs.insert(run.record.runId);
        }
        QCOMPARE(marks, runs);
        // Oldest left: the first store run (2026-11-20) before the mwb runs of today.
        QCOMPARE(view.chart()->markRunId(0), HistoryFixture::PassRun);
        // The real runs as mwb recorded them.
        const HistoryModel &model = *view.model();
        const int copy = model.rowOf(HistoryFixture::CopyWithErrors);
        QVERIFY(copy >= 0);
        QCOMPARE(model.index(copy, HistoryModel::RowsCopiedColumn).data().toString(), u"6"_s);
        QCOMPARE(model.index(copy, HistoryModel::RowsFailedColumn).data().toString(), u"1"_s);
        QCOMPARE(model.index(copy, HistoryModel::ResultColumn).data().toString(), u"Partial"_s);
        QCOMPARE(model.index(model.rowOf(HistoryFixture::CopyFailed), HistoryModel::ResultColumn).data().toString(),
            u"Failed"_s);
        QVERIFY(!runOf(model, u"validate"_s, u"completed_with_errors"_s).isEmpty());
        QVERIFY(!runOf(model, u"validate"_s, u"completed"_s).isEmpty());
        // The newest run is selected at first, so the detail is never empty.
        QVERIFY(!view.currentRunId().isEmpty());
    }

    void filtersChangeTableAndChart()
    {
        HistoryView view;
        QSignalSpy loaded(&view, &HistoryView::runsLoaded);
        view.setProjectDir(m_project.path());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        view.setKindFilter(u"data"_s);
        QCOMPARE(view.filterModel()->rowCount(), 4);
        QCOMPARE(view.chart()->markCount(), 4);
        view.setResultFilter(RunResult::Failed);
        QCOMPARE(view.chart()->markCount(), 1);
        QCOMPARE(view.chart()->markRunId(0), HistoryFixture::CopyFailed);
        QCOMPARE(view.chart()->markResult(0), RunResult::Failed);
        view.setKindFilter({});
        view.setResultFilter(std::nullopt);
        view.setTextFilter(u"DailyETL"_s);
        QCOMPARE(view.chart()->markCount(), 2); // the partial run and the running one
        // Selecting a run hidden by the filters clears them.
        QVERIFY(view.selectRun(HistoryFixture::DataRun));
        QCOMPARE(view.filterModel()->rowCount(), 12);
        QCOMPARE(view.currentRunId(), HistoryFixture::DataRun);
    }

    void detailShowsTheSelectedRunsReport_data()
    {
        QTest::addColumn<QString>("runId");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("migrate-job over two jobs: both JOB_REPORT.md files")
            << HistoryFixture::PartialRun
            << QStringList { u"Job Report: DailyETL"_s, u"Job Report: Audit"_s, u"TABLE_OR_VIEW_NOT_FOUND"_s,
                   u"pyarrow"_s };
        QTest::newRow("data copy from mwb: its status")
            << HistoryFixture::CopyWithErrors
            << QStringList { u"orders"_s, u"rows_migrated"_s, u"completed_with_errors"_s };
        QTest::newRow("validation from mwb: validation.md")
            << u"validate:completed_with_errors"_s << QStringList { u"orders"_s, u"FAIL"_s };
        QTest::newRow("failed migrate-job without a report: the reason")
            << HistoryFixture::FailRun << QStringList { u"has no job report"_s };
    }

    void detailShowsTheSelectedRunsReport()
    {
        QFETCH(QString, runId);
        QFETCH(QStringList, texts);
        HistoryView view;
        QSignalSpy loaded(&view, &HistoryView::runsLoaded);
        view.setProjectDir(m_project.path());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        if (runId.startsWith(u"validate:"_s)) {
            runId = runOf(*view.model(), u"validate"_s, runId.mid(9));
        }
        QSignalSpy changed(&view, &HistoryView::currentRunChanged);
        QVERIFY(selectAndWait(view, runId));
        QCOMPARE(view.currentRunId(), runId);
        QCOMPARE(view.chart()->currentRunId(), runId);
        const QString text = view.detail()->renderedText();
        for (const QString &expected : std::as_const(texts)) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
        }
        const QLabel *header = view.findChild<QLabel *>(u"runHeader"_s);
        QVERIFY(header && header->text().contains(runId));
    }

    void clickingABarSelectsItsRun()
    {
        HistoryView view;
        view.resize(1000, 700);
        view.show();
        QSignalSpy loaded(&view, &HistoryView::runsLoaded);
        view.setProjectDir(m_project.path());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        HistoryChart *chart = view.chart();
        const int mark = 3;
        const QString runId = chart->markRunId(mark);
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->markRect(mark).center().toPoint());
        QCOMPARE(view.currentRunId(), runId);
        QVERIFY(chart->markToolTip(mark).contains(runId));
    }

    void reloadKeepsSelectionAndRefreshesTheRun()
    {
        HistoryView view;
        view.setAutoReloadInterval(0);
        QSignalSpy loaded(&view, &HistoryView::runsLoaded);
        view.setProjectDir(m_project.path());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QVERIFY(selectAndWait(view, HistoryFixture::RunningRun));
        const QString before = view.detail()->renderedText();
        QVERIFY(before.contains(u"Job Report: DailyETL"_s));

        // mwb finishes the run and another one starts.
        {
            auto store = History::HistoryStore::open(m_project.path());
            QVERIFY(store.ok());
            QVERIFY(store
                        ->recordFinished(HistoryFixture::RunningRun, u"completed"_s,
                            u"{\"result\":\"PASS\",\"jobs\":[{\"job\":\"Audit\",\"result\":\"PASS\","
                            "\"report\":\"migrated/Audit/reports/JOB_REPORT.md\"}]}"_s)
                        .ok());
            History::RunRecord next;
            next.runId = u"mj-later"_s;
            next.kind = u"migrate-job"_s;
            next.title = u"migrate-job Audit_manifest.json"_s;
            QVERIFY(store->recordStarted(next).ok());
        }
        QSignalSpy shown(view.detail(), &ReportPreview::reportShown);
        loaded.clear();
        view.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(view.model()->rowCount(), 13);
        QCOMPARE(view.currentRunId(), HistoryFixture::RunningRun);
        QTRY_COMPARE(shown.size(), 1);
        const QString after = view.detail()->renderedText();
        QVERIFY2(
            after.contains(u"Job Report: Audit"_s) && !after.contains(u"Job Report: DailyETL"_s), qPrintable(after));
        const QLabel *header = view.findChild<QLabel *>(u"runHeader"_s);
        QVERIFY(header->text().contains(u"Passed"_s));
    }

    // Not a check: MWB_SCREENSHOT_DIR=dir saves the view as a user sees it (xvfb-run, see the report).
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("MWB_SCREENSHOT_DIR is not set");
        }
        HistoryView view;
        view.setAutoReloadInterval(0);
        view.resize(1400, 900);
        view.show();
        QSignalSpy loaded(&view, &HistoryView::runsLoaded);
        view.setProjectDir(m_project.path());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QVERIFY(selectAndWait(view, HistoryFixture::PartialRun));
        QTest::qWait(200);
        QVERIFY(view.grab().save(QDir(dir).filePath(u"history.png"_s)));

        // The same in a dark palette (what a dark desktop theme hands the application).
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QApplication::setPalette(dark);
        QTest::qWait(200);
        QVERIFY(view.grab().save(QDir(dir).filePath(u"history-dark.png"_s)));
        QApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
