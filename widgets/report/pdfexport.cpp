// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfexport.h"

#include "report/tr.h"

#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Mwb::Report {

Core::Result<void> writePdf(const QString &html, const QString &title, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // The CLI starts a QGuiApplication for "report export --format pdf", the GUI has one; anything else is a bug.
        return Core::Error::inFile(path, Tr::tr("PDF export needs the GUI libraries, which were not started"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Core::Error::inFile(path, Tr::tr("cannot write the PDF: %1").arg(file.errorString()),
            Tr::tr("Check that the folder exists and is writable."));
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        // QTextDocument::print() paginates a copy to the writer's page rectangle and numbers the pages.
        document.print(&writer);
    }
    if (!file.commit()) {
        return Core::Error::inFile(path, Tr::tr("cannot write the PDF: %1").arg(file.errorString()),
            Tr::tr("Check that the folder exists and is writable."));
    }
    return {};
}

} // namespace Mwb::Report
