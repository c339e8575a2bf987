// SPDX-License-Identifier: GPL-3.0-or-later
#include "convertcommand.h"

#include "cliapp.h"
#include "notebook/dbcarchive.h"
#include "notebook/notebookio.h"
#include "notebook/sourceformat.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

namespace {

// Extension of the language's Databricks source file.
QString sourceSuffix(Notebook::Language language)
{
    switch (language) {
    case Notebook::Language::Sql:
        return u".sql"_s;
    case Notebook::Language::Scala:
        return u".scala"_s;
    case Notebook::Language::R:
        return u".r"_s;
    default:
        return u".py"_s;
    }
}

// A .dbc with several notebooks into a folder, one file per notebook.
int expandArchive(const QString &in, const QString &outDir, const QString &to)
{
    auto entries = Notebook::readDbcFile(in);
    if (!entries) {
        return fail(entries.error());
    }
    int written = 0;
    for (const auto &entry : std::as_const(*entries)) {
        const QString suffix = to == u"source" ? sourceSuffix(entry.notebook.language) : u".ipynb"_s;
        const QString target = QDir(outDir).filePath(entry.path + suffix);
        if (auto ok = Notebook::writeNotebookFile(entry.notebook, target); !ok) {
            return fail(ok.error());
        }
        printOut(Tr::tr("%1 -> %2 (%n cell(s))", nullptr, static_cast<int>(entry.notebook.cells.size()))
                     .arg(entry.path, target)
                 + u'\n');
        ++written;
    }
    printOut(Tr::tr("%n notebook(s) written to %1", nullptr, written).arg(outDir) + u'\n');
    return Pass;
}

} // namespace

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Convert a notebook between .ipynb, Databricks source (.py, .sql, .scala, .r) and .dbc. The output "
               "format follows OUT's extension. A .dbc holding several notebooks is expanded into the folder OUT."));
    parser.addHelpOption();
    const QCommandLineOption toOption(u"to"_s, Tr::tr("When expanding a .dbc into a folder: ipynb (default) or source."),
                                      Tr::tr("FORMAT"), u"ipynb"_s);
    parser.addOption(toOption);
    parser.addPositionalArgument(u"IN"_s, Tr::tr("Notebook to read (\"archive.dbc!folder/name\" picks one archive entry)."));
    parser.addPositionalArgument(u"OUT"_s, Tr::tr("File to write, or a folder for a .dbc with several notebooks."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"convert"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return usageError(Tr::tr("expected IN and OUT"), u"convert"_s);
    }
    const QString in = positional.at(0);
    const QString out = positional.at(1);
    const QString to = parser.value(toOption);
    if (to != u"ipynb" && to != u"source") {
        return usageError(Tr::tr("--to must be ipynb or source"), u"convert"_s);
    }
    if (!Notebook::formatForPath(in)) {
        return fail(Core::Error::inFile(in, Tr::tr("unknown notebook format"), Tr::tr("Use .ipynb, .py, .sql, .scala, .r or .dbc.")),
                    Usage);
    }
    const bool outIsFolder = QFileInfo(out).isDir() || !Notebook::formatForPath(out);
    if (outIsFolder && Notebook::formatForPath(in) == Notebook::Format::Dbc && !in.contains(u'!')) {
        return expandArchive(in, out, to);
    }
    if (outIsFolder) {
        return fail(Core::Error::inFile(out, Tr::tr("unknown output format"), Tr::tr("Use .ipynb, .py, .sql, .scala, .r or .dbc.")),
                    Usage);
    }
    auto notebook = Notebook::readNotebookFile(in);
    if (!notebook) {
        return fail(notebook.error());
    }
    if (auto ok = Notebook::writeNotebookFile(*notebook, out); !ok) {
        return fail(ok.error());
    }
    printOut(Tr::tr("%1 -> %2 (%n cell(s))", nullptr, static_cast<int>(notebook->cells.size())).arg(in, out) + u'\n');
    return Pass;
}

} // namespace Mwb::Cli
