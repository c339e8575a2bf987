// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcommand.h"

#include "cliapp.h"
#include "core/atomicfile.h"
#include "diff/diffexport.h"
#include "notebook/notebookio.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compare two notebooks cell by cell (any format: .ipynb, Databricks source, \"archive.dbc!entry\"). "
               "Prints a unified diff per changed cell, or writes one self-contained HTML page with --html."));
    parser.addHelpOption();
    const QCommandLineOption htmlOption(u"html"_s, Tr::tr("Write the side-by-side diff as HTML to FILE."), Tr::tr("FILE"));
    const QCommandLineOption allOption(u"all-cells"_s, Tr::tr("Include unchanged cells in the HTML page."));
    const QCommandLineOption whitespaceOption(u"ignore-whitespace"_s, Tr::tr("Ignore changes in spaces and tabs."));
    const QCommandLineOption outputsOption(u"compare-outputs"_s,
                                           Tr::tr("Also compare cell outputs, metadata and execution counts."));
    parser.addOptions({htmlOption, allOption, whitespaceOption, outputsOption});
    parser.addPositionalArgument(u"A"_s, Tr::tr("The source notebook (left side)."));
    parser.addPositionalArgument(u"B"_s, Tr::tr("The migrated notebook (right side)."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"diff"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return usageError(Tr::tr("expected A and B"), u"diff"_s);
    }
    auto left = Notebook::readNotebookFile(positional.at(0));
    if (!left) {
        return fail(left.error());
    }
    auto right = Notebook::readNotebookFile(positional.at(1));
    if (!right) {
        return fail(right.error());
    }
    Diff::NotebookDiffOptions options;
    options.ignoreWhitespace = parser.isSet(whitespaceOption);
    if (parser.isSet(outputsOption)) {
        options.ignoreOutputs = options.ignoreMetadata = options.ignoreExecutionCount = false;
    }
    const Diff::NotebookDiff diff = Diff::diffNotebooks(*left, *right, options);
    Diff::DiffExportInput input;
    input.left = &*left;
    input.right = &*right;
    input.leftTitle = positional.at(0);
    input.rightTitle = positional.at(1);
    input.diff = &diff;
    input.includeUnchangedCells = parser.isSet(allOption);
    if (parser.isSet(htmlOption)) {
        const QString out = parser.value(htmlOption);
        if (auto ok = Core::writeFileAtomically(out, Diff::renderDiffHtml(input).toUtf8()); !ok) {
            return fail(ok.error());
        }
    } else {
        printOut(Diff::renderDiffText(input));
    }
    printErr(Tr::tr("%1 of %n cell(s) changed", nullptr, int(diff.cells.size())).arg(diff.changedCells())
             + (parser.isSet(htmlOption) ? u"; "_s + Tr::tr("HTML written to %1").arg(parser.value(htmlOption)) : QString())
             + u'\n');
    return Pass;
}

} // namespace Mwb::Cli
