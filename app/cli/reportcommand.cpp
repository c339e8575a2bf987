// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "cliapp.h"
#include "core/atomicfile.h"
#include "history/historystore.h"
#include "report/markdownhtml.h"
#include "report/pdfexport.h"
#include "report/runreport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

namespace {

const QStringList formats { u"md"_s, u"html"_s, u"pdf"_s };

} // namespace

bool reportNeedsGui(const QStringList &arguments)
{
    if (arguments.value(0) != u"report") {
        return false;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--format=pdf"
            || (arguments.at(i) == u"--format" && arguments.value(i + 1) == u"pdf")) {
            return true;
        }
    }
    return false;
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export the report of a run from the run history: Markdown, one self-contained HTML page, or PDF. "
               "migrate-job runs give every job's JOB_REPORT.md, validate runs their validation.md, data runs their "
               "status."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, Tr::tr("The action: export."), u"export"_s);
    parser.addPositionalArgument(u"RUN_ID"_s, Tr::tr("A run id from \"mwb history list\"."));
    const QCommandLineOption formatOption(u"format"_s, Tr::tr("md, html or pdf."), Tr::tr("FORMAT"));
    const QCommandLineOption outputOption(QStringList { u"o"_s, u"output"_s },
        Tr::tr("Write to this file (md and html: default stdout; pdf: required)."), Tr::tr("OUT"));
    const QCommandLineOption projectOption(u"project"_s, Tr::tr("Project folder (default: .)."), Tr::tr("DIR"), u"."_s);
    parser.addOptions({ formatOption, outputOption, projectOption });
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"report"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != u"export" || positional.size() != 2) {
        return usageError(Tr::tr("expected \"export RUN_ID\""), u"report"_s);
    }
    const QString format = parser.value(formatOption);
    if (!formats.contains(format)) {
        return usageError(Tr::tr("--format wants md, html or pdf"), u"report"_s);
    }
    if (format == u"pdf" && !parser.isSet(outputOption)) {
        return usageError(Tr::tr("--format pdf needs -o FILE"), u"report"_s);
    }

    const QString projectDir = QDir(parser.value(projectOption)).absolutePath();
    const QString historyPath = History::HistoryStore::databasePath(projectDir);
    if (!QFileInfo(historyPath).isFile()) {
        return fail(Core::Error::inFile(historyPath, Tr::tr("no run history in this project"),
            Tr::tr("Pass --project DIR for another project folder.")));
    }
    auto store = History::HistoryStore::open(projectDir);
    if (!store) {
        return fail(store.error());
    }
    const QString runId = positional.at(1);
    auto found = store->find(runId);
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Core::Error::inFile(QString(), Tr::tr("no run \"%1\" in the run history").arg(runId),
            Tr::tr("\"mwb history list\" shows the run ids.")));
    }
    auto report = Report::loadRunReport(found->value(), projectDir);
    if (!report) {
        return fail(report.error());
    }

    const QString output = parser.value(outputOption);
    if (format == u"pdf") {
        const QString html = Report::htmlPage(report->title, Report::markdownToHtml(report->markdown));
        if (auto written = Report::writePdf(html, report->title, output); !written) {
            return fail(written.error());
        }
        return Pass;
    }
    const QString text = format == u"md" ? report->markdown
                                         : Report::htmlPage(report->title, Report::markdownToHtml(report->markdown));
    if (output.isEmpty()) {
        printOut(text);
        return Pass;
    }
    if (auto written = Core::writeFileAtomically(output, text.toUtf8()); !written) {
        return fail(written.error());
    }
    return Pass;
}

} // namespace Mwb::Cli
