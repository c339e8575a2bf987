// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportpreview.h"

#include "core/atomicfile.h"
#include "core/jsonio.h"
#include "report/markdownhtml.h"
#include "report/pdfexport.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

struct Loaded
{
    Report::RunReport report;
    QString html;
};

Loaded rendered(Report::RunReport report)
{
    Loaded loaded;
    loaded.html = Report::markdownToHtml(report.markdown);
    loaded.report = std::move(report);
    return loaded;
}

// The browser's style from the palette, so that the report reads in light and dark themes (the
// exported page keeps htmlPage()'s light style: it is a document for others).
QString browserStyleSheet(const QPalette &palette)
{
    const QString text = palette.color(QPalette::Text).name();
    const QString header = palette.color(QPalette::AlternateBase).name();
    QColor border = palette.color(QPalette::Text);
    border.setAlphaF(0.35);
    const QColor base = palette.color(QPalette::Base);
    // QTextDocument has no alpha in borders: mix the colour by hand.
    const QColor mixed = QColor::fromRgbF(base.redF() * 0.6 + border.redF() * 0.4,
        base.greenF() * 0.6 + border.greenF() * 0.4, base.blueF() * 0.6 + border.blueF() * 0.4);
    return uR"(body { color: %1; }
h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; } h3 { font-size: medium; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
th, td { border: 1px solid %2; padding: 3px 8px; }
th { background-color: %3; font-weight: bold; }
pre { background-color: %3; }
code, pre { font-family: monospace; }
)"_s.arg(text, mixed.name(), header);
}

QString titleOf(const QString &markdown, const QString &fallback)
{
    static const QRegularExpression heading(u"^#\\s+(.+?)\\s*#*\\s*$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = heading.match(markdown);
    return match.hasMatch() ? match.captured(1) : fallback;
}

// A file name from a run id or title: letters, digits, '-', '_' and '.'.
QString safeFileName(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        out += c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : u'_';
    }
    return out.isEmpty() ? u"report"_s : out;
}

} // namespace

ReportPreview::ReportPreview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_sources(new QLabel(this))
    , m_status(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_exportMarkdown(new QPushButton(tr("Markdown…"), this))
    , m_exportHtml(new QPushButton(tr("HTML…"), this))
    , m_exportPdf(new QPushButton(tr("PDF…"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(u"reportTitle"_s);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sources->setWordWrap(true);
    m_sources->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_browser->setOpenLinks(false);
    m_browser->document()->setDocumentMargin(12);
    m_browser->setObjectName(u"reportBrowser"_s);
    m_exportMarkdown->setObjectName(u"exportMarkdown"_s);
    m_exportHtml->setObjectName(u"exportHtml"_s);
    m_exportPdf->setObjectName(u"exportPdf"_s);
    m_exportMarkdown->setToolTip(tr("Save the report as Markdown"));
    m_exportHtml->setToolTip(
        tr("Save the report as one self-contained HTML page (as \"mwb report export --format html\")"));
    m_exportPdf->setToolTip(tr("Save the report as a PDF (A4)"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_title, 1);
    auto *exportLabel = new QLabel(tr("Export:"), this);
    bar->addWidget(exportLabel);
    bar->addWidget(m_exportMarkdown);
    bar->addWidget(m_exportHtml);
    bar->addWidget(m_exportPdf);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_sources);
    layout->addWidget(m_status);
    layout->addWidget(m_browser, 1);

    connect(m_exportMarkdown, &QPushButton::clicked, this, [this] { requestExport(Format::Markdown); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { requestExport(Format::Html); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { requestExport(Format::Pdf); });
    clear();
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::showRun(const History::RunRecord &run, const QString &projectDir)
{
    const quint64 request = ++m_request;
    m_exportBase
        = QDir(projectDir.isEmpty() ? QDir::homePath() : projectDir).filePath(safeFileName(u"report-"_s + run.runId));
    setStatus(tr("Loading the report of %1…").arg(run.runId), false);
    QtConcurrent::run([run, projectDir]() -> Core::Result<Loaded> {
        auto report = Report::loadRunReport(run, projectDir);
        if (!report) {
            return report.error();
        }
        return rendered(std::move(report).value());
    }).then(this, [this, request](const Core::Result<Loaded> &loaded) {
        if (request != m_request) {
            return;
        }
        if (!loaded) {
            clear(loaded.error().toString());
            Q_EMIT reportFailed(loaded.error().toString());
            return;
        }
        m_report = loaded->report;
        m_html = loaded->html;
        m_hasReport = true;
        setStatus({}, false);
        render();
        Q_EMIT reportShown();
    });
}

void ReportPreview::showMarkdownFile(const QString &path)
{
    const quint64 request = ++m_request;
    const QFileInfo info(path);
    m_exportBase = info.dir().filePath(info.completeBaseName());
    setStatus(tr("Loading %1…").arg(QDir::toNativeSeparators(path)), false);
    QtConcurrent::run([path]() -> Core::Result<Loaded> {
        auto bytes = Core::readFile(path);
        if (!bytes) {
            return bytes.error();
        }
        Report::RunReport report;
        report.markdown = QString::fromUtf8(*bytes);
        report.title = titleOf(report.markdown, QFileInfo(path).fileName());
        report.sources << QFileInfo(path).absoluteFilePath();
        return rendered(std::move(report));
    }).then(this, [this, request](const Core::Result<Loaded> &loaded) {
        if (request != m_request) {
            return;
        }
        if (!loaded) {
            clear(loaded.error().toString());
            Q_EMIT reportFailed(loaded.error().toString());
            return;
        }
        m_report = loaded->report;
        m_html = loaded->html;
        m_hasReport = true;
        setStatus({}, false);
        render();
        Q_EMIT reportShown();
    });
}

void ReportPreview::showReport(const Report::RunReport &report)
{
    ++m_request;
    m_report = report;
    m_html = Report::markdownToHtml(report.markdown);
    m_hasReport = true;
    if (m_exportBase.isEmpty()) {
        m_exportBase = QDir::home().filePath(safeFileName(report.title));
    }
    setStatus({}, false);
    render();
    Q_EMIT reportShown();
}

void ReportPreview::clear(const QString &message)
{
    ++m_request;
    m_hasReport = false;
    m_report = {};
    m_html.clear();
    m_message = message;
    setStatus({}, false);
    render();
}

QString ReportPreview::renderedText() const
{
    return m_browser->toPlainText();
}

void ReportPreview::render()
{
    m_browser->document()->setDefaultStyleSheet(browserStyleSheet(palette()));
    if (m_hasReport) {
        m_title->setText(m_report.title);
        QStringList files;
        for (const QString &source : std::as_const(m_report.sources)) {
            files << QDir::toNativeSeparators(source);
        }
        m_sources->setText(files.isEmpty() ? QString() : tr("From %1").arg(files.join(u", "_s)));
        m_sources->setVisible(!files.isEmpty());
        m_browser->setHtml(m_html);
    } else {
        m_title->setText(tr("No report"));
        m_sources->hide();
        const QString message = m_message.isEmpty() ? tr("Select a run to see its report.") : m_message;
        m_browser->setHtml(u"<p>"_s + Report::escapeHtml(message) + u"</p>"_s);
    }
    updateButtons();
}

void ReportPreview::updateButtons()
{
    const bool enabled = m_hasReport && !m_exporting;
    m_exportMarkdown->setEnabled(enabled);
    m_exportHtml->setEnabled(enabled);
    m_exportPdf->setEnabled(enabled);
}

void ReportPreview::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // The red of a failed run: readable on light and dark windows.
    m_status->setStyleSheet(error ? u"color: #d64541;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

void ReportPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        render(); // the browser's style sheet follows the palette
    }
    QWidget::changeEvent(event);
}

QString ReportPreview::suffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return u"md"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Pdf:
        return u"pdf"_s;
    }
    return {};
}

QString ReportPreview::suggestedPath(Format format) const
{
    return m_exportBase + u'.' + suffix(format);
}

void ReportPreview::setPathChooser(PathChooser chooser)
{
    m_chooser = std::move(chooser);
}

QString ReportPreview::choosePath(Format format, const QString &suggested)
{
    if (m_chooser) {
        return m_chooser(format, suggested);
    }
    QString caption;
    QString filter;
    switch (format) {
    case Format::Markdown:
        caption = tr("Export Report as Markdown");
        filter = tr("Markdown files (*.md)");
        break;
    case Format::Html:
        caption = tr("Export Report as HTML");
        filter = tr("HTML files (*.html)");
        break;
    case Format::Pdf:
        caption = tr("Export Report as PDF");
        filter = tr("PDF files (*.pdf)");
        break;
    }
    QString path = QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + suffix(format);
    }
    return path;
}

void ReportPreview::requestExport(Format format)
{
    if (!m_hasReport || m_exporting) {
        return;
    }
    const QString path = choosePath(format, suggestedPath(format));
    if (!path.isEmpty()) {
        exportTo(format, path);
    }
}

void ReportPreview::exportTo(Format format, const QString &path)
{
    if (!m_hasReport) {
        Q_EMIT exportFailed(tr("There is no report to export."));
        return;
    }
    m_exporting = true;
    updateButtons();
    setStatus(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), false);
    const Report::RunReport report = m_report;
    QtConcurrent::run([report, format, path] {
        return exportReport(report, format, path);
    }).then(this, [this, path](const Core::Result<void> &written) {
        m_exporting = false;
        updateButtons();
        if (written) {
            setStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), false);
            Q_EMIT exported(path);
        } else {
            setStatus(written.error().toString(), true);
            Q_EMIT exportFailed(written.error().toString());
        }
    });
}

Core::Result<void> ReportPreview::exportReport(const Report::RunReport &report, Format format, const QString &path)
{
    switch (format) {
    case Format::Markdown:
        return Core::writeFileAtomically(path, report.markdown.toUtf8());
    case Format::Html:
        return Core::writeFileAtomically(
            path, Report::htmlPage(report.title, Report::markdownToHtml(report.markdown)).toUtf8());
    case Format::Pdf:
        return Report::writePdf(
            Report::htmlPage(report.title, Report::markdownToHtml(report.markdown)), report.title, path);
    }
    return {};
}

} // namespace Mwb::Widgets
