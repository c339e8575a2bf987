// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Mwb::Widgets {
class DataJobMonitor;
class HistoryView;
class JobMonitor;
class LaunchDialog;
class MigrateJobDialog;
class ReportPreview;
class RunProcess;
class SchemaCopyPreview;
class SecretStore;
} // namespace Mwb::Widgets

namespace Mwb::Gui {

class MainWindow;

// The operations desk of the main window (WORKBENCH_UI.md "Launching and watching jobs", "Run history",
// "Reports", "Settings"): launches `mwb` runs from the launch dialogs (ARCHITECTURE.md "Engine and GUI":
// the GUI delegates execution), opens their monitors as documents, re-attaches to runs that outlived an
// earlier window, and opens the history, the schema-copy preview, report previews and the settings.
//
// Secrets reach runs only through the process environment (SecretStore::environmentFor); a secret that
// neither the keychain nor this session holds is asked for before the run starts.
class OperationsDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsDesk)

public:
    explicit OperationsDesk(MainWindow *window);
    ~OperationsDesk() override;

    Widgets::SecretStore *secrets() const { return m_secrets; }
    // Whether an Anthropic key is configured: ANTHROPIC_API_KEY, this session, or the keychain (looked up
    // when the desk starts and after Settings are saved). The migrate-job dialog ticks the LLM only then.
    bool hasLlmKey() const;
    // What the desk sets on a migrate-job dialog before showing it (the project's defaults).
    void prepare(Widgets::MigrateJobDialog &dialog) const;
    QString projectDir() const { return m_projectDir; }
    // Called when the window opens a project: re-attaches to its runs (reattach()).
    void setProjectDir(const QString &projectDir);

    // The launch actions: show the dialog, then start what it built. nullptr when cancelled or refused.
    Widgets::JobMonitor *launchMigrateJob();
    Widgets::DataJobMonitor *launchDataMigration();
    Widgets::DataJobMonitor *launchValidation();

    // Starts `mwb <arguments>` in the project with the secrets the arguments' connections need, and opens
    // its monitor (data copies, `mwb data start --validate` included, and validations share the data monitor).
    Widgets::JobMonitor *startMigrateJob(const QStringList &arguments);
    Widgets::DataJobMonitor *startDataJob(const QStringList &arguments);

    // Monitors for the project's runs that are still going (a live mwb pid in history) and for the runs
    // that were going when the last window closed (now finished: shown from history). Returns how many.
    int reattach();

    Widgets::HistoryView *openHistory();
    Widgets::SchemaCopyPreview *openSchemaCopyPreview();
    Widgets::ReportPreview *openReportFile(const QString &markdownPath);
    Widgets::ReportPreview *openRunReport(const QString &runId);
    void openSettings();
    // Asks for a JOB_REPORT.md / validation.md and previews it.
    void chooseReport();

    // Stops the run of the current document (graceful: SIGTERM).
    void stopCurrent();
    // Monitors whose run is still going.
    QList<QWidget *> runningMonitors() const;
    // Before the window closes: with runs going, asks whether to leave them running in the background
    // (they are re-attached next time). False = stay open.
    bool confirmClose();

    // Test hooks: what a modal question would answer. The prompt returns the secret, empty = cancel.
    using SecretPrompt = std::function<QString(const QString &key)>;
    using Question = std::function<bool(const QString &text)>;
    void setSecretPrompt(SecretPrompt prompt) { m_secretPrompt = std::move(prompt); }
    void setCloseQuestion(Question question) { m_closeQuestion = std::move(question); }

Q_SIGNALS:
    void runStarted(const QString &kind, QWidget *monitor);

private:
    // The environment of a run with these arguments; false when the user cancelled a secret prompt.
    bool environmentFor(const QStringList &arguments, QProcessEnvironment *environment);
    Widgets::JobMonitor *addJobMonitor();
    Widgets::DataJobMonitor *addDataMonitor(const QString &title);
    void rememberDetachedRuns();
    QStringList detachedRunsSetting() const;
    template<typename Document>
    Document *findDocument() const;

    MainWindow *m_window;
    Widgets::SecretStore *m_secrets;
    void lookUpLlmKey();

    QString m_projectDir;
    QList<QPointer<QWidget>> m_monitors;
    bool m_llmKeyInKeychain = false;
    int m_llmKeyRequest = -1;
    SecretPrompt m_secretPrompt;
    Question m_closeQuestion;
};

} // namespace Mwb::Gui
