// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "history/runrecord.h"
#include "report/runreport.h"

#include <functional>

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Mwb::Widgets {

// A report rendered (WORKBENCH_UI.md "Reports"): a run's report from the history (Report::loadRunReport:
// JOB_REPORT.md files, validation.md, a data job's status) or any Markdown file (a JOB_REPORT.md, a
// validation.md), with export to Markdown, HTML and PDF. The HTML and PDF are what
// `mwb report export --format html|pdf` writes. Reading, rendering and exporting run off the GUI thread.
class ReportPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreview)

public:
    enum class Format { Markdown, Html, Pdf };
    // Asks where to export; returns an empty path to cancel. The default opens a save dialog; tests
    // replace it.
    using PathChooser = std::function<QString(Format format, const QString &suggestedPath)>;

    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    // Loads the run's report (relative report paths resolve against projectDir); reportShown() or
    // reportFailed() follows.
    void showRun(const History::RunRecord &run, const QString &projectDir);
    // Loads a Markdown file; its first "# " heading becomes the title.
    void showMarkdownFile(const QString &path);
    // Shows a report already in memory, at once.
    void showReport(const Report::RunReport &report);
    // No report: the message in its place (e.g. "Select a run"), export disabled.
    void clear(const QString &message = {});

    bool hasReport() const { return m_hasReport; }
    const Report::RunReport &report() const { return m_report; }
    // The rendered text as the user reads it (plain text of the browser).
    QString renderedText() const;
    QTextBrowser *browser() const { return m_browser; }

    void setPathChooser(PathChooser chooser);
    // What the export buttons do: ask for a path, then exportTo().
    void requestExport(Format format);
    // Writes the shown report to path off the GUI thread; exported() or exportFailed() follows.
    void exportTo(Format format, const QString &path);
    bool isExporting() const { return m_exporting; }

    // The export itself, synchronous: Markdown as loaded; HTML = Report::htmlPage(title,
    // Report::markdownToHtml(markdown)), the page `mwb report export --format html` writes; PDF = that
    // page laid out by Report::writePdf. Files are written atomically.
    static Core::Result<void> exportReport(const Report::RunReport &report, Format format, const QString &path);
    static QString suffix(Format format);

Q_SIGNALS:
    void reportShown();
    void reportFailed(const QString &message);
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void updateButtons();
    void setStatus(const QString &text, bool error);
    QString suggestedPath(Format format) const;
    QString choosePath(Format format, const QString &suggested);

    QLabel *m_title;
    QLabel *m_sources;
    QLabel *m_status;
    QTextBrowser *m_browser;
    QPushButton *m_exportMarkdown;
    QPushButton *m_exportHtml;
    QPushButton *m_exportPdf;
    PathChooser m_chooser;
    Report::RunReport m_report;
    QString m_html; // the rendered fragment (Report::markdownToHtml)
    QString m_exportBase; // folder and file name without suffix for the export dialog
    QString m_message; // shown while there is no report
    quint64 m_request = 0; // stale loads are dropped
    bool m_hasReport = false;
    bool m_exporting = false;
};

} // namespace Mwb::Widgets
