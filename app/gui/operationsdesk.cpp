// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationsdesk.h"

#include "db/connectionspec.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "jobs/datajobmonitor.h"
#include "jobs/jobmonitor.h"
#include "jobs/runprocess.h"
#include "launch/datamigrationdialog.h"
#include "launch/migratejobdialog.h"
#include "launch/validatedialog.h"
#include "mainwindow.h"
#include "report/reportpreview.h"
#include "schema/schemacopypreview.h"
#include "settings/secretstore.h"
#include "settings/settingsdialog.h"
#include "settings/workbenchsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mwb::Gui {

namespace {

// QSettings key (per project folder) of the runs that were going when the last window closed.
QString detachedRunsKey(const QString &projectDir)
{
    return u"detachedRuns/"_s + QString::fromLatin1(QDir(projectDir).absolutePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

// The run a monitor watches (data jobs: the job id); empty before the run told it.
QString monitorRunId(const QWidget *monitor)
{
    if (const auto *job = qobject_cast<const Widgets::JobMonitor *>(monitor)) {
        return job->runId();
    }
    if (const auto *data = qobject_cast<const Widgets::DataJobMonitor *>(monitor)) {
        return data->jobId();
    }
    return {};
}

// The value after `option` in mwb arguments, empty when absent.
QString optionValue(const QStringList &arguments, const QString &option)
{
    const qsizetype at = arguments.indexOf(option);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

} // namespace

OperationsDesk::OperationsDesk(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_secrets(new Widgets::SecretStore(this))
{
    m_secretPrompt = [this](const QString &key) {
        bool ok = false;
        const QString secret = QInputDialog::getText(m_window, tr("Password needed"),
            tr("The run needs the secret \"%1\", and the keychain does not hold it.\n"
               "It is kept in memory for this session and handed to mwb through its environment.")
                .arg(key),
            QLineEdit::Password, QString(), &ok);
        return ok ? secret : QString();
    };
    m_closeQuestion = [this](const QString &text) {
        return QMessageBox::question(m_window, tr("Runs are still going"), text,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    connect(m_secrets, &Widgets::SecretStore::readFinished, this,
        [this](int id, const QString &, const QString &secret, const QString &) {
            if (id == m_llmKeyRequest) {
                m_llmKeyInKeychain = !secret.isEmpty();
            }
        });
    lookUpLlmKey();
}

OperationsDesk::~OperationsDesk() = default;

void OperationsDesk::lookUpLlmKey()
{
    m_llmKeyRequest = m_secrets->read(Widgets::SecretStore::anthropicKeyName());
}

bool OperationsDesk::hasLlmKey() const
{
    return qEnvironmentVariableIsSet("ANTHROPIC_API_KEY") || m_llmKeyInKeychain
        || m_secrets->hasSessionSecret(Widgets::SecretStore::anthropicKeyName());
}

void OperationsDesk::prepare(Widgets::MigrateJobDialog &dialog) const
{
    dialog.setLlmEnabled(hasLlmKey());
}

void OperationsDesk::setProjectDir(const QString &projectDir)
{
    if (QDir(projectDir).absolutePath() == QDir(m_projectDir).absolutePath() && !m_projectDir.isEmpty()) {
        return;
    }
    m_projectDir = projectDir;
    if (auto *history = findDocument<Widgets::HistoryView>()) {
        history->setProjectDir(projectDir);
    }
    reattach();
}

template<typename Document>
Document *OperationsDesk::findDocument() const
{
    QTabWidget *tabs = m_window->documentTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (auto *document = qobject_cast<Document *>(tabs->widget(i))) {
            return document;
        }
    }
    return nullptr;
}

bool OperationsDesk::environmentFor(const QStringList &arguments, QProcessEnvironment *environment)
{
    QList<Db::ConnectionSpec> connections;
    for (const QString &option : { u"--source"_s, u"--target"_s, u"--apply"_s }) {
        const QString value = optionValue(arguments, option);
        if (value.isEmpty()) {
            continue;
        }
        // An unresolvable connection is mwb's to report (with the file and line); it needs no secret here.
        if (auto spec = Db::resolveConnection(value, m_projectDir); spec.ok()) {
            connections << spec.value();
        }
    }
    const bool llm = optionValue(arguments, u"--llm"_s) == u"anthropic";
    for (const QString &key : m_secrets->secretsToAsk(connections, {}, llm)) {
        const QString secret = m_secretPrompt(key);
        if (secret.isEmpty()) {
            m_window->statusBar()->showMessage(
                tr("The run was not started: it needs the secret \"%1\", which was not given.").arg(key), 10000);
            return false;
        }
        m_secrets->setSessionSecret(key, secret);
    }
    // Plus the non-secret settings a run follows (the LLM model).
    *environment = Widgets::WorkbenchSettings::runEnvironment(m_secrets->environmentFor(connections, {}, llm));
    return true;
}

Widgets::JobMonitor *OperationsDesk::addJobMonitor()
{
    auto *monitor = new Widgets::JobMonitor;
    monitor->setObjectName(u"jobMonitor"_s);
    m_monitors << monitor;
    const int tab = m_window->addDocument(monitor, tr("Migrate job"));
    Q_UNUSED(tab)
    connect(monitor, &Widgets::JobMonitor::titleChanged, this, [this, monitor](const QString &title) {
        m_window->setDocumentTitle(monitor, title);
    });
    connect(monitor, &Widgets::JobMonitor::reportRequested, this, &OperationsDesk::openReportFile);
    return monitor;
}

Widgets::DataJobMonitor *OperationsDesk::addDataMonitor(const QString &title)
{
    auto *monitor = new Widgets::DataJobMonitor;
    monitor->setObjectName(u"dataJobMonitor"_s);
    m_monitors << monitor;
    m_window->addDocument(monitor, title);
    connect(monitor, &Widgets::DataJobMonitor::titleChanged, this, [this, monitor](const QString &text) {
        m_window->setDocumentTitle(monitor, text);
    });
    return monitor;
}

Widgets::JobMonitor *OperationsDesk::launchMigrateJob()
{
    Widgets::MigrateJobDialog dialog(m_projectDir, m_window);
    prepare(dialog);
    if (dialog.exec() != QDialog::Accepted) {
        return nullptr;
    }
    return startMigrateJob(dialog.arguments());
}

Widgets::DataJobMonitor *OperationsDesk::launchDataMigration()
{
    Widgets::DataMigrationDialog dialog(m_projectDir, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return nullptr;
    }
    return startDataJob(dialog.arguments());
}

Widgets::DataJobMonitor *OperationsDesk::launchValidation()
{
    Widgets::ValidateDialog dialog(m_projectDir, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return nullptr;
    }
    return startDataJob(dialog.arguments());
}

Widgets::JobMonitor *OperationsDesk::startMigrateJob(const QStringList &arguments)
{
    QProcessEnvironment environment;
    if (!environmentFor(arguments, &environment)) {
        return nullptr;
    }
    Widgets::JobMonitor *monitor = addJobMonitor();
    // Owned by the monitor: closing its tab detaches from the run, which goes on (RunProcess).
    auto *process = new Widgets::RunProcess(monitor);
    monitor->attach(process);
    process->start(arguments, m_projectDir, environment);
    Q_EMIT runStarted(u"migrate-job"_s, monitor);
    return monitor;
}

Widgets::DataJobMonitor *OperationsDesk::startDataJob(const QStringList &arguments)
{
    QProcessEnvironment environment;
    if (!environmentFor(arguments, &environment)) {
        return nullptr;
    }
    const bool validation = arguments.value(0) == u"validate";
    Widgets::DataJobMonitor *monitor = addDataMonitor(validation ? tr("Validation") : tr("Data copy"));
    monitor->setResumeEnvironment(environment);
    auto *process = new Widgets::RunProcess(monitor);
    monitor->attach(process);
    process->start(arguments, m_projectDir, environment);
    Q_EMIT runStarted(validation ? u"validate"_s : u"data"_s, monitor);
    return monitor;
}

int OperationsDesk::reattach()
{
    if (m_projectDir.isEmpty() || !QFileInfo::exists(History::HistoryStore::databasePath(m_projectDir))) {
        return 0;
    }
    auto store = History::HistoryStore::open(m_projectDir);
    if (!store.ok()) {
        return 0; // the history view reports an unreadable history; nothing to re-attach to
    }
    auto runs = store.value().list(200);
    if (!runs.ok()) {
        return 0;
    }
    const QStringList detached = detachedRunsSetting();
    int attached = 0;
    for (const History::RunRecord &run : runs.value()) {
        const bool alive = run.status == u"running" && Widgets::RunProcess::isRunAlive(run.pid);
        if (!alive && !detached.contains(run.runId)) {
            continue;
        }
        // A run this window already watches (started here, or re-attached when the project was open before).
        const bool open = std::any_of(m_monitors.cbegin(), m_monitors.cend(),
            [&run](const QPointer<QWidget> &monitor) { return monitor && monitorRunId(monitor) == run.runId; });
        if (open) {
            continue;
        }
        if (run.kind == u"migrate-job") {
            addJobMonitor()->attachToRun(m_projectDir, run.runId);
        } else {
            addDataMonitor(run.kind == u"validate" ? tr("Validation") : tr("Data copy"))
                ->attachToRun(m_projectDir, run.runId);
        }
        ++attached;
    }
    QSettings().remove(detachedRunsKey(m_projectDir));
    return attached;
}

QStringList OperationsDesk::detachedRunsSetting() const
{
    return QSettings().value(detachedRunsKey(m_projectDir)).toStringList();
}

void OperationsDesk::rememberDetachedRuns()
{
    QStringList runIds;
    for (QWidget *monitor : runningMonitors()) {
        if (const QString runId = monitorRunId(monitor); !runId.isEmpty()) {
            runIds << runId;
        }
    }
    if (!runIds.isEmpty() && !m_projectDir.isEmpty()) {
        QSettings().setValue(detachedRunsKey(m_projectDir), runIds);
    }
}

Widgets::HistoryView *OperationsDesk::openHistory()
{
    if (auto *history = findDocument<Widgets::HistoryView>()) {
        m_window->documentTabs()->setCurrentWidget(history);
        history->reload();
        return history;
    }
    auto *history = new Widgets::HistoryView;
    history->setObjectName(u"historyView"_s);
    history->setProjectDir(m_projectDir);
    m_window->addDocument(history, tr("Run history"));
    return history;
}

Widgets::SchemaCopyPreview *OperationsDesk::openSchemaCopyPreview()
{
    auto *preview = new Widgets::SchemaCopyPreview(m_projectDir);
    preview->setObjectName(u"schemaCopyPreview"_s);
    m_window->addDocument(preview, tr("Schema copy"));
    return preview;
}

Widgets::ReportPreview *OperationsDesk::openReportFile(const QString &markdownPath)
{
    auto *preview = new Widgets::ReportPreview;
    preview->setObjectName(u"reportPreview"_s);
    preview->showMarkdownFile(markdownPath);
    m_window->addDocument(preview, tr("Report: %1").arg(QFileInfo(markdownPath).fileName()),
        QDir::toNativeSeparators(markdownPath));
    return preview;
}

Widgets::ReportPreview *OperationsDesk::openRunReport(const QString &runId)
{
    auto store = History::HistoryStore::open(m_projectDir);
    if (!store.ok()) {
        return nullptr;
    }
    auto run = store.value().find(runId);
    if (!run.ok() || !run.value().has_value()) {
        return nullptr;
    }
    auto *preview = new Widgets::ReportPreview;
    preview->setObjectName(u"reportPreview"_s);
    preview->showRun(*run.value(), m_projectDir);
    m_window->addDocument(preview, tr("Report: %1").arg(runId));
    return preview;
}

void OperationsDesk::chooseReport()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Report"), m_projectDir,
        tr("Markdown reports (*.md);;All files (*)"));
    if (!path.isEmpty()) {
        openReportFile(path);
    }
}

void OperationsDesk::openSettings()
{
    Widgets::SettingsDialog dialog(m_secrets, m_projectDir, m_window);
    dialog.exec();
    lookUpLlmKey(); // the key may have been saved or removed
}

void OperationsDesk::stopCurrent()
{
    QWidget *current = m_window->documentTabs()->currentWidget();
    if (auto *job = qobject_cast<Widgets::JobMonitor *>(current)) {
        job->stop();
    } else if (auto *data = qobject_cast<Widgets::DataJobMonitor *>(current)) {
        data->stop();
    }
}

QList<QWidget *> OperationsDesk::runningMonitors() const
{
    QList<QWidget *> running;
    for (const QPointer<QWidget> &monitor : m_monitors) {
        if (auto *job = qobject_cast<Widgets::JobMonitor *>(monitor.data()); job != nullptr && job->isRunning()) {
            running << job;
        } else if (auto *data = qobject_cast<Widgets::DataJobMonitor *>(monitor.data());
                   data != nullptr && data->isRunning()) {
            running << data;
        }
    }
    return running;
}

bool OperationsDesk::confirmClose()
{
    const qsizetype running = runningMonitors().size();
    if (running == 0) {
        return true;
    }
    if (!m_closeQuestion(tr("%n run(s) are still going. They go on in the background and the workbench "
                            "re-attaches to them when it opens this project again. Close the window?",
                            nullptr, int(running)))) {
        return false;
    }
    rememberDetachedRuns();
    return true;
}

} // namespace Mwb::Gui
