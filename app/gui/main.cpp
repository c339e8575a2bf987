// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"
#include "db/connectionspec.h"
#include "mainwindow.h"
#include "operationsdesk.h"
#include "schema/schemacopypreview.h"
#include "mwb_version.h"
#include "settings/workbenchsettings.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Time for the window to be mapped, laid out and painted (and, under Xvfb, composited) before --screenshot.
constexpr int screenshotDelayMs = 1500;

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"migration-workbench"_s);
    QCoreApplication::setOrganizationName(u"MigrationWorkbench"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(MWB_VERSION_STRING));
    // Before any widget exists, so every tr() in the window sees the translation; the language chosen
    // in Settings > General (if any) stands in for the system's.
    Mwb::Widgets::WorkbenchSettings::applyLanguage();
    Mwb::Core::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Review Databricks jobs and notebooks on their way to AIDP."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"PROJECT_DIR"_s,
        QCoreApplication::translate("main", "Project folder with reports/*_manifest.json."), u"[PROJECT_DIR]"_s);
    const QCommandLineOption openOption(
        u"open"_s, QCoreApplication::translate("main", "Open the notebook of the task TASK_KEY."), u"TASK_KEY"_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QCoreApplication::translate("main", "Save a PNG of the screen to FILE once the window is shown, then quit."),
        u"FILE"_s);
    const QCommandLineOption diffOption(u"diff"_s,
        QCoreApplication::translate("main", "Review notebook A against notebook B (give B as the last argument)."),
        u"A"_s);
    const QCommandLineOption historyOption(
        u"history"_s, QCoreApplication::translate("main", "Open the project's run history."));
    const QCommandLineOption reportOption(u"report"_s,
        QCoreApplication::translate("main", "Preview the Markdown report FILE (a JOB_REPORT.md, a validation.md)."),
        u"FILE"_s);
    const QCommandLineOption schemaCopyOption(u"schema-copy"_s,
        QCoreApplication::translate("main", "Preview the schema copy of SOURCE (a connection URL or profile)."),
        u"SOURCE"_s);
    const QCommandLineOption dialectOption(u"target-dialect"_s,
        QCoreApplication::translate("main", "Target dialect of --schema-copy: sqlite, postgres or mysql."),
        u"DIALECT"_s, u"postgres"_s);
    const QCommandLineOption launchOption(u"launch"_s,
        QCoreApplication::translate("main", "Open the launch dialog KIND: migrate-job, data or validate."), u"KIND"_s);
    const QCommandLineOption delayOption(u"screenshot-delay"_s,
        QCoreApplication::translate("main", "Milliseconds to wait before --screenshot (default 1500)."), u"MS"_s);
    parser.addOption(openOption);
    parser.addOption(diffOption);
    parser.addOption(historyOption);
    parser.addOption(reportOption);
    parser.addOption(schemaCopyOption);
    parser.addOption(dialectOption);
    parser.addOption(launchOption);
    parser.addOption(screenshotOption);
    parser.addOption(delayOption);
    parser.process(app);

    Mwb::Gui::MainWindow window;
    window.show();

    QStringList positional = parser.positionalArguments();
    // "--diff A B": B is the last positional argument; a project folder may come before it.
    QString diffRight;
    if (parser.isSet(diffOption)) {
        if (positional.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "--diff needs two notebooks: --diff A B.")));
            return 2;
        }
        diffRight = positional.takeLast();
    }
    if (positional.size() > 1) {
        std::fprintf(
            stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Give at most one project folder.")));
        return 2;
    }
    if (!positional.isEmpty() && window.openProject(QDir::current().absoluteFilePath(positional.constFirst()))
        && parser.isSet(openOption)) {
        const QString taskKey = parser.value(openOption);
        if (!window.openTask(taskKey)) {
            std::fprintf(stderr, "%s\n",
                qPrintable(
                    QCoreApplication::translate("main", "Could not open the notebook of task %1.").arg(taskKey)));
        }
    }

    if (parser.isSet(diffOption)) {
        const QDir here = QDir::current();
        window.openDiff(here.absoluteFilePath(parser.value(diffOption)), here.absoluteFilePath(diffRight));
    }

    Mwb::Gui::OperationsDesk *desk = window.desk();
    if (parser.isSet(historyOption)) {
        desk->openHistory();
    }
    if (parser.isSet(reportOption)) {
        desk->openReportFile(QDir::current().absoluteFilePath(parser.value(reportOption)));
    }
    if (parser.isSet(schemaCopyOption)) {
        const auto dialect = Mwb::Db::dialectFromName(parser.value(dialectOption));
        if (!dialect) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "Unknown target dialect %1: use sqlite, postgres or mysql.")
                        .arg(parser.value(dialectOption))));
            return 2;
        }
        Mwb::Widgets::SchemaCopyPreview *preview = desk->openSchemaCopyPreview();
        preview->setSource(parser.value(schemaCopyOption));
        preview->setTargetDialect(*dialect);
        preview->preview();
    }
    if (parser.isSet(launchOption)) {
        const QString kind = parser.value(launchOption);
        if (kind != u"migrate-job" && kind != u"data" && kind != u"validate") {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "Unknown dialog %1: use migrate-job, data or validate.")
                        .arg(kind)));
            return 2;
        }
        // Queued: the dialog is modal and runs its own event loop once the window is up.
        QTimer::singleShot(0, desk, [desk, kind] {
            if (kind == u"migrate-job") {
                desk->launchMigrateJob();
            } else if (kind == u"data") {
                desk->launchDataMigration();
            } else {
                desk->launchValidation();
            }
        });
    }

    if (parser.isSet(screenshotOption)) {
        // The whole screen is the picture: the window fills it.
        if (QScreen *screen = QGuiApplication::primaryScreen()) {
            window.setGeometry(screen->availableGeometry());
        }
        const QString file = parser.value(screenshotOption);
        const int delay = parser.isSet(delayOption) ? parser.value(delayOption).toInt() : screenshotDelayMs;
        QTimer::singleShot(delay, &app, [file] {
            // Window 0 is the root window: the whole screen as the X server shows it, frames and popups included.
            const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
            if (shot.isNull() || !shot.save(file, "PNG")) {
                std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate("main", "Could not save the screenshot to %1.").arg(file)));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        });
    }
    return QApplication::exec();
}
