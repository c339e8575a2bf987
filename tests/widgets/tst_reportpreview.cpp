// SPDX-License-Identifier: GPL-3.0-or-later
// The report preview: a JOB_REPORT.md and a run's report rendered, and the three exports through the
// buttons (the save dialog replaced): Markdown as read, HTML byte for byte what
// `mwb report export --format html` writes for the same run, and a PDF whose first page pdftoppm
// renders with text on it. A failed export says where and why.
#include "history/historystore.h"
#include "historyfixture.h"
#include "report/reportpreview.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Mwb;
using namespace Mwb::Widgets;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReportPreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_project;

    bool showFile(ReportPreview &preview, const QString &path)
    {
        QSignalSpy shown(&preview, &ReportPreview::reportShown);
        preview.showMarkdownFile(path);
        return QTest::qWaitFor([&shown] { return !shown.isEmpty(); }, 10000);
    }

    // Clicks the button with the chooser answering `path`; waits for the export to end.
    bool clickExport(ReportPreview &preview, const char *button, const QString &path, QString *error = nullptr)
    {
        preview.setPathChooser([path](ReportPreview::Format, const QString &) { return path; });
        QSignalSpy exported(&preview, &ReportPreview::exported);
        QSignalSpy failed(&preview, &ReportPreview::exportFailed);
        auto *b = preview.findChild<QPushButton *>(QString::fromLatin1(button));
        if (!b || !b->isEnabled()) {
            return false;
        }
        QTest::mouseClick(b, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return exported.size() + failed.size() > 0; }, 30000)) {
            return false;
        }
        if (error && !failed.isEmpty()) {
            *error = failed.constFirst().constFirst().toString();
        }
        return !exported.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_project.isValid());
        const QString error = HistoryFixture::writeStoreRuns(m_project.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void rendersAJobReport()
    {
        ReportPreview preview;
        QVERIFY(!preview.findChild<QPushButton *>(u"exportPdf"_s)->isEnabled()); // nothing to export yet
        QVERIFY(showFile(preview, HistoryFixture::dailyReportPath(m_project.path())));
        QCOMPARE(preview.report().title, u"Job Report: DailyETL"_s);
        const QString text = preview.renderedText();
        // Markdown rendered, not shown as source: no pipes or hashes, the table's cells as text.
        QVERIFY2(text.contains(u"Task Results"_s) && !text.contains(u"## Task Results"_s), qPrintable(text));
        QVERIFY(!text.contains(u"|------"_s));
        QVERIFY(text.contains(u"ingest"_s) && text.contains(u"PARTIAL"_s));
        QVERIFY(preview.browser()->document()->toHtml().contains(u"<table"_s));
        QVERIFY(preview.findChild<QPushButton *>(u"exportPdf"_s)->isEnabled());
    }

    void missingFileSaysWhich()
    {
        ReportPreview preview;
        QSignalSpy failed(&preview, &ReportPreview::reportFailed);
        preview.showMarkdownFile(m_project.filePath(u"nowhere/JOB_REPORT.md"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(failed.constFirst().constFirst().toString().contains(u"nowhere/JOB_REPORT.md"_s));
        QVERIFY(preview.renderedText().contains(u"nowhere/JOB_REPORT.md"_s));
        QVERIFY(!preview.hasReport());
    }

    void exportsMarkdownAsRead()
    {
        ReportPreview preview;
        const QString source = HistoryFixture::dailyReportPath(m_project.path());
        QVERIFY(showFile(preview, source));
        const QString out = m_project.filePath(u"exports/daily.md"_s);
        QDir().mkpath(QFileInfo(out).absolutePath());
        QVERIFY(clickExport(preview, "exportMarkdown", out));
        QCOMPARE(readAll(out), readAll(source));
    }

    void exportsTheSameHtmlAsTheCli()
    {
        auto store = History::HistoryStore::open(m_project.path());
        QVERIFY(store.ok());
        auto run = store->find(HistoryFixture::PartialRun);
        QVERIFY(run.ok() && run->has_value());
        ReportPreview preview;
        QSignalSpy shown(&preview, &ReportPreview::reportShown);
        preview.showRun(run->value(), m_project.path());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);

        const QString gui = m_project.filePath(u"gui.html"_s);
        QVERIFY(clickExport(preview, "exportHtml", gui));
        const QString cli = m_project.filePath(u"cli.html"_s);
        QProcess mwb;
        mwb.start(QStringLiteral(MWB_EXECUTABLE),
            { u"report"_s, u"export"_s, HistoryFixture::PartialRun, u"--format"_s, u"html"_s, u"-o"_s, cli,
                u"--project"_s, m_project.path() });
        QVERIFY(mwb.waitForFinished(60000));
        QVERIFY2(mwb.exitCode() == 0, mwb.readAllStandardError().constData());
        const QByteArray html = readAll(gui);
        QCOMPARE(html, readAll(cli));
        // The rendered table of task results, both jobs.
        QVERIFY(html.contains("<table>"));
        QVERIFY(html.contains("<td>ingest</td>"));
        QVERIFY(html.contains("<td>check</td>"));
        QVERIFY(html.contains("<h1>Job Report: Audit</h1>"));
    }

    void exportsAPdfWithTextOnPageOne()
    {
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        if (pdftoppm.isEmpty()) {
            QFAIL("pdftoppm is not installed (package poppler-utils; scripts/setup.sh installs it)");
        }
        ReportPreview preview;
        QVERIFY(showFile(preview, HistoryFixture::dailyReportPath(m_project.path())));
        const QDir dir(m_project.path());
        const QString out = dir.filePath(u"daily.pdf"_s);
        QVERIFY(clickExport(preview, "exportPdf", out));
        QVERIFY(readAll(out).startsWith("%PDF-"));

        QProcess render;
        render.start(
            pdftoppm, { u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, out, dir.filePath(u"page"_s) });
        QVERIFY(render.waitForFinished(60000));
        QVERIFY2(render.exitCode() == 0, render.readAllStandardError().constData());
        // pdftoppm numbers the file by page, zero-padded to the page count's width.
        const QStringList pngs = dir.entryList({ u"page-*.png"_s }, QDir::Files);
        QCOMPARE(pngs.size(), 1);
        const QImage page(dir.filePath(pngs.constFirst()));
        QVERIFY(!page.isNull());
        // A4 at 60 dpi: 496 x 702.
        QVERIFY2(
            page.width() > 480 && page.height() > 680, qPrintable(u"%1x%2"_s.arg(page.width()).arg(page.height())));
        qsizetype dark = 0;
        int firstDarkRow = -1;
        int lastDarkRow = -1;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                if (qGray(page.pixel(x, y)) < 110) {
                    ++dark;
                    lastDarkRow = y;
                    if (firstDarkRow < 0) {
                        firstDarkRow = y;
                    }
                }
            }
        }
        const qsizetype total = qsizetype(page.width()) * page.height();
        // Text on white: dark pixels (headings, the table, the notes) spread down the page, most of it light.
        QVERIFY2(dark > 800 && dark < total / 5, qPrintable(u"%1 dark of %2"_s.arg(dark).arg(total)));
        QVERIFY2(
            lastDarkRow - firstDarkRow > page.height() / 4, qPrintable(u"%1..%2"_s.arg(firstDarkRow).arg(lastDarkRow)));
        if (const QString keep = qEnvironmentVariable("MWB_KEEP_PDF_PAGE"); !keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(dir.filePath(pngs.constFirst()), keep);
        }
    }

    void failedExportSaysWhereAndWhy()
    {
        ReportPreview preview;
        QVERIFY(showFile(preview, HistoryFixture::dailyReportPath(m_project.path())));
        // The folder is a file: nothing can be written there.
        const QString blocker = m_project.filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString out = blocker + u"/daily.html"_s;
        QString error;
        QVERIFY(!clickExport(preview, "exportHtml", out, &error));
        QVERIFY2(error.contains(u"blocker/daily.html"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(out));
        // The buttons work again after a failure.
        QVERIFY(preview.findChild<QPushButton *>(u"exportHtml"_s)->isEnabled());
    }

    void cancelledDialogWritesNothing()
    {
        ReportPreview preview;
        QVERIFY(showFile(preview, HistoryFixture::dailyReportPath(m_project.path())));
        QSignalSpy exported(&preview, &ReportPreview::exported);
        QSignalSpy failed(&preview, &ReportPreview::exportFailed);
        preview.setPathChooser([](ReportPreview::Format format, const QString &suggested) {
            // The suggestion sits next to the Markdown file, with the format's suffix.
            return suggested.endsWith(u"reports/JOB_REPORT."_s + ReportPreview::suffix(format)) ? QString() : u"x"_s;
        });
        preview.requestExport(ReportPreview::Format::Pdf);
        QTest::qWait(100);
        QCOMPARE(exported.size() + failed.size(), 0);
    }

    // Not a check: MWB_SCREENSHOT_DIR=dir saves the preview of a JOB_REPORT.md (xvfb-run, see the report).
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("MWB_SCREENSHOT_DIR is not set");
        }
        ReportPreview preview;
        preview.resize(1000, 760);
        preview.show();
        QVERIFY(showFile(preview, HistoryFixture::dailyReportPath(m_project.path())));
        QTest::qWait(200);
        QVERIFY(preview.grab().save(QDir(dir).filePath(u"report-preview.png"_s)));
    }
};

QTEST_MAIN(TestReportPreview)
#include "tst_reportpreview.moc"
