// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/cellinspector.h"

#include "kernel/ansi.h"
#include "notebook/celloutputtext.h"

#include <QImage>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

QString pre(const QString &text)
{
    return u"<pre style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</pre>"_s;
}

// Decodes the PNG/JPEG images of a cell's outputs (nbformat: base64 in data["image/png"]).
QList<QImage> outputImages(const Notebook::Cell &cell)
{
    QList<QImage> images;
    const auto outputs = cell.extra.find("outputs");
    if (outputs == cell.extra.end() || !outputs->is_array()) {
        return images;
    }
    for (const auto &output : *outputs) {
        const auto data = output.is_object() ? output.find("data") : output.end();
        if (data == output.end() || !data->is_object()) {
            continue;
        }
        for (const char *mime : {"image/png", "image/jpeg"}) {
            const auto it = data->find(mime);
            if (it == data->end()) {
                continue;
            }
            QByteArray base64;
            if (it->is_string()) {
                base64 = QByteArray::fromStdString(it->get<std::string>());
            } else if (it->is_array()) {
                for (const auto &part : *it) {
                    base64 += part.is_string() ? QByteArray::fromStdString(part.get<std::string>()) : QByteArray();
                }
            }
            QImage image;
            if (image.loadFromData(QByteArray::fromBase64(base64.simplified().replace(' ', "")))) {
                images.append(image);
            }
        }
    }
    return images;
}

} // namespace

CellInspector::CellInspector(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    clear();
}

CellInspector::~CellInspector() = default;

void CellInspector::clear()
{
    m_browser->setHtml(u"<p><i>"_s + tr("Select a cell in a review to see its outputs and run attempts.").toHtmlEscaped()
                       + u"</i></p>"_s);
}

void CellInspector::showCell(const std::optional<Notebook::Cell> &source, qsizetype sourceIndex,
                             const std::optional<Notebook::Cell> &migrated, qsizetype migratedIndex,
                             const QList<CellAttempt> &attempts)
{
    QTextDocument *document = m_browser->document();
    QString html;
    int imageNumber = 0;
    const auto section = [&](const QString &title, const std::optional<Notebook::Cell> &cell, qsizetype index) {
        html += u"<h3>"_s + title.toHtmlEscaped() + u"</h3>"_s;
        if (!cell) {
            html += u"<p><i>"_s + tr("No such cell on this side.").toHtmlEscaped() + u"</i></p>"_s;
            return;
        }
        html += u"<p>"_s + tr("Cell %1").arg(index + 1).toHtmlEscaped() + u"</p>"_s;
        const QString text = cellOutputText(*cell);
        const QList<QImage> images = outputImages(*cell);
        if (text.isEmpty() && images.isEmpty()) {
            html += u"<p><i>"_s + tr("No outputs.").toHtmlEscaped() + u"</i></p>"_s;
        }
        if (!text.isEmpty()) {
            html += pre(text);
        }
        for (const QImage &image : images) {
            const QUrl url(u"mwb-image://%1"_s.arg(++imageNumber));
            document->addResource(QTextDocument::ImageResource, url, image);
            html += u"<p><img src=\""_s + url.toString() + u"\" width=\"%1\"></p>"_s.arg(qMin(image.width(), 480));
        }
    };
    section(tr("Databricks output"), source, sourceIndex);
    section(tr("Migrated output"), migrated, migratedIndex);

    html += u"<h3>"_s + tr("Run attempts").toHtmlEscaped() + u"</h3>"_s;
    if (attempts.isEmpty()) {
        html += u"<p><i>"_s + tr("No run recorded for this cell yet.").toHtmlEscaped() + u"</i></p>"_s;
    }
    for (const CellAttempt &attempt : attempts) {
        html += u"<h4>"_s + tr("Attempt %1").arg(attempt.number).toHtmlEscaped() + u"</h4>"_s;
        html += u"<table cellspacing=\"2\">"_s;
        const auto row = [&html](const QString &name, const QString &value) {
            html += u"<tr><td><b>"_s + name.toHtmlEscaped() + u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
        };
        row(tr("Execution"), attempt.execution);
        row(tr("Error patterns"), attempt.stderrCheck);
        row(tr("Driver log"), attempt.driverLog);
        row(tr("LLM judge"), attempt.llmJudge.isEmpty() ? tr("not asked") : attempt.llmJudge);
        html += u"</table>"_s;
        html += pre(attempt.code);
        if (!attempt.output.isEmpty()) {
            html += pre(Kernel::stripAnsi(attempt.output));
        }
        if (!attempt.fixerNotes.isEmpty()) {
            html += u"<p>"_s + attempt.fixerNotes.toHtmlEscaped() + u"</p>"_s;
        }
    }
    m_browser->setHtml(html);
}

QString CellInspector::html() const
{
    return m_browser->toHtml();
}

} // namespace Mwb::Widgets
