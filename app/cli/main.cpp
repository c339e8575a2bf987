// SPDX-License-Identifier: GPL-3.0-or-later
// mwb: the headless engine. Every GUI action has a twin here (ARCHITECTURE.md "Command line").
#include "builddagcommand.h"
#include "cliapp.h"
#include "convertcommand.h"
#include "core/translations.h"
#include "datacommand.h"
#include "diffcommand.h"
#include "execcommand.h"
#include "historycommand.h"
#include "migratejobcommand.h"
#include "migrationstatuscommand.h"
#include "mwb_version.h"
#include "reportcommand.h"
#include "rewritecommand.h"
#include "schemacopycommand.h"
#include "validatecommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <csignal>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    const char *name;
    const char *summary; // translated at print time
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list {
        { "build-dag", QT_TRANSLATE_NOOP("Mwb::Cli", "Build reports/<job>_manifest.json from Databricks jobs and a workspace export"),
          Mwb::Cli::runBuildDag },
        { "convert", QT_TRANSLATE_NOOP("Mwb::Cli", "Convert a notebook between .ipynb, Databricks source and .dbc"),
          Mwb::Cli::runConvert },
        { "rewrite", QT_TRANSLATE_NOOP("Mwb::Cli", "Pass 1: rewrite Databricks notebooks for AIDP (one notebook, or a job manifest)"),
          Mwb::Cli::runRewrite },
        { "diff", QT_TRANSLATE_NOOP("Mwb::Cli", "Compare two notebooks cell by cell; --html writes a side-by-side page"),
          Mwb::Cli::runDiff },
        { "exec", QT_TRANSLATE_NOOP("Mwb::Cli", "Run a notebook cell by cell on a kernel (--local, --jupyter, --aidp) and verify each cell"),
          Mwb::Cli::runExec },
        { "migrate-job", QT_TRANSLATE_NOOP("Mwb::Cli", "Migrate Databricks jobs to AIDP: Pass 1 rewrite, Pass 2 run, verify and fix every cell, reports"),
          Mwb::Cli::runMigrateJob },
        { "migration-status", QT_TRANSLATE_NOOP("Mwb::Cli", "Summarise the JOB_REPORT.md of migrate-job runs (a report, a job folder or an output base)"),
          Mwb::Cli::runMigrationStatus },
        { "schema-copy", QT_TRANSLATE_NOOP("Mwb::Cli", "Write a database schema as DDL for SQLite, PostgreSQL or MySQL, and optionally apply it"),
          Mwb::Cli::runSchemaCopy },
        { "data", QT_TRANSLATE_NOOP("Mwb::Cli", "Copy table data between SQLite, PostgreSQL and MySQL as a resumable job (start|status|resume)"),
          Mwb::Cli::runData },
        { "validate", QT_TRANSLATE_NOOP("Mwb::Cli", "Compare a migrated database with its source: counts, checksums, schema, samples"),
          Mwb::Cli::runValidate },
        { "history", QT_TRANSLATE_NOOP("Mwb::Cli", "List the project's runs (migrate-job, data, validate) or show one with its tasks and failed cells"),
          Mwb::Cli::runHistory },
        { "report", QT_TRANSLATE_NOOP("Mwb::Cli", "Export a run's report as Markdown, HTML or PDF (report export RUN_ID --format md|html|pdf)"),
          Mwb::Cli::runReport },
    };
    return list;
}

QString usage()
{
    using Mwb::Cli::Tr;
    QString text = Tr::tr("Usage: mwb <command> [options]") + u"\n\n"_s
        + Tr::tr("Migration Workbench engine: moves Databricks notebook jobs to Oracle AI Data Platform and data between "
                 "SQLite, PostgreSQL and MySQL/MariaDB.")
        + u"\n\n"_s + Tr::tr("Commands:") + u'\n';
    for (const Command &command : commands()) {
        text += u"  "_s + QString::fromLatin1(command.name).leftJustified(18)
            + QCoreApplication::translate("Mwb::Cli", command.summary) + u'\n';
    }
    text += u'\n' + Tr::tr("Options:") + u'\n' + u"  -h, --help    "_s + Tr::tr("Show this help") + u'\n'
        + u"  -v, --version "_s + Tr::tr("Show the version") + u'\n' + u'\n'
        + Tr::tr("\"mwb <command> --help\" describes a command. Exit codes: 0 pass, 1 failed, 2 usage error, 3 partial, "
                 "130 interrupted.")
        + u'\n';
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // A run outlives the GUI that started it (ARCHITECTURE.md "Engine and GUI"): when the GUI goes away, the
    // pipes it read the event stream and stderr from close. Writing to them must fail with EPIPE (the event
    // stream then turns itself off) instead of killing the run with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    // Only a PDF export needs QtGui (fonts, QTextDocument layout); every other command stays a
    // QCoreApplication, so no platform plugin is loaded. Headless unless the user names a platform.
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i) {
        rawArguments << QString::fromLocal8Bit(argv[i]);
    }
    std::unique_ptr<QCoreApplication> application;
    if (Mwb::Cli::reportNeedsGui(rawArguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"mwb"_s);
    QCoreApplication::setOrganizationName(u"MigrationWorkbench"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(MWB_VERSION_STRING));
    Mwb::Core::installTranslations(app);

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == u"-h" || args.at(1) == u"--help" || args.at(1) == u"help") {
        Mwb::Cli::printOut(usage());
        return args.size() < 2 ? Mwb::Cli::Usage : Mwb::Cli::Pass;
    }
    if (args.at(1) == u"-v" || args.at(1) == u"--version") {
        Mwb::Cli::printOut(u"mwb "_s + QCoreApplication::applicationVersion() + u'\n');
        return Mwb::Cli::Pass;
    }
    const QString name = args.at(1);
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name)) {
            // QCommandLineParser wants the program name first: "mwb build-dag" acts as one.
            args.removeAt(1);
            args[0] = u"mwb "_s + name;
            return command.run(args);
        }
    }
    Mwb::Cli::printErr(Mwb::Cli::Tr::tr("mwb: unknown command \"%1\"").arg(name) + u"\n\n"_s + usage());
    return Mwb::Cli::Usage;
}
