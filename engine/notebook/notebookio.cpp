// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/notebookio.h"
#include "notebook/tr.h"

#include "core/atomicfile.h"
#include "core/jsonio.h"
#include "notebook/dbcarchive.h"
#include "notebook/ipynbformat.h"
#include "notebook/sourceformat.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Notebook {

namespace {

Core::Error unknownFormat(const QString &path)
{
    // Spelled out: lupdate 6.4 files Tr::tr() here under a context "Tr" that the runtime never asks for.
    return Core::Error::inFile(
        path, QCoreApplication::translate("Mwb::Notebook", "unknown notebook format \"%1\"").arg(QFileInfo(path).suffix()),
        QCoreApplication::translate("Mwb::Notebook", "Use .ipynb, .py, .sql, .scala, .r or .dbc."));
}

// "a.dbc!x/y" -> ("a.dbc", "x/y")
std::pair<QString, QString> splitArchivePath(const QString &path)
{
    const qsizetype bang = path.indexOf(u".dbc!"_s, 0, Qt::CaseInsensitive);
    if (bang < 0) {
        return { path, QString() };
    }
    return { path.left(bang + 4), path.mid(bang + 5) };
}

Core::Result<Notebook> pickDbcEntry(Core::Result<QList<DbcEntry>> entries, const QString &archive, const QString &entry)
{
    if (!entries) {
        return entries.error();
    }
    if (entry.isEmpty()) {
        if (entries->size() == 1) {
            return entries->first().notebook;
        }
        QStringList names;
        for (const DbcEntry &e : std::as_const(*entries)) {
            names.append(e.path);
        }
        return Core::Error::inFile(archive, Tr::tr("the archive holds %1 notebooks (%2)").arg(entries->size()).arg(names.join(u", ")),
                                   Tr::tr("Name one as \"%1!<path>\".").arg(archive));
    }
    for (const DbcEntry &e : std::as_const(*entries)) {
        if (e.path == entry) {
            return e.notebook;
        }
    }
    return Core::Error::inFile(archive, Tr::tr("the archive has no notebook \"%1\"").arg(entry));
}

} // namespace

std::optional<Format> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(splitArchivePath(path).first).suffix().toLower();
    if (suffix == u"ipynb") {
        return Format::Ipynb;
    }
    if (suffix == u"dbc") {
        return Format::Dbc;
    }
    if (sourceLanguageForSuffix(suffix)) {
        return Format::DatabricksSource;
    }
    return std::nullopt;
}

Core::Result<Notebook> readNotebookBytes(const QByteArray &bytes, const QString &path)
{
    const auto format = formatForPath(path);
    if (!format) {
        return unknownFormat(path);
    }
    switch (*format) {
    case Format::Ipynb:
        return readIpynb(bytes, path);
    case Format::DatabricksSource:
        return readDatabricksSource(bytes, path);
    case Format::Dbc: {
        const auto [archive, entry] = splitArchivePath(path);
        return pickDbcEntry(readDbc(bytes, archive), archive, entry);
    }
    }
    return unknownFormat(path);
}

Core::Result<Notebook> readNotebookFile(const QString &path)
{
    const QString file = splitArchivePath(path).first;
    auto bytes = Core::readFile(file);
    if (!bytes) {
        return bytes.error();
    }
    return readNotebookBytes(*bytes, path);
}

Core::Result<QByteArray> serializeNotebook(const Notebook &notebook, const QString &path)
{
    const auto format = formatForPath(path);
    if (!format || *format == Format::Dbc) {
        return unknownFormat(path);
    }
    if (*format == Format::Ipynb) {
        return writeIpynb(notebook);
    }
    return writeDatabricksSource(notebook, *sourceLanguageForSuffix(QFileInfo(path).suffix()));
}

Core::Result<void> writeNotebookFile(const Notebook &notebook, const QString &path)
{
    if (formatForPath(path) == Format::Dbc) {
        Notebook named = notebook;
        if (named.name.isEmpty()) {
            named.name = QFileInfo(path).completeBaseName();
        }
        return writeDbcFile(path, { DbcEntry { named.name, named } });
    }
    auto bytes = serializeNotebook(notebook, path);
    if (!bytes) {
        return bytes.error();
    }
    return Core::writeFileAtomically(path, *bytes);
}

} // namespace Mwb::Notebook
