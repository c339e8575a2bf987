// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace Mwb::Widgets {

class ClustersPage;
class ConnectionsPage;
class GeneralPage;
class LlmPage;
class SecretStore;

// Settings (WORKBENCH_UI.md "Settings"): connection profiles, cluster profiles, the LLM key and
// model, the language. Project pages need `projectDir` (empty: shown disabled with a note).
// Secrets go to `secrets` (owned by the caller; it outlives the dialog, so a keychain write that
// finishes after the dialog closed still lands).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Connections, Clusters, Llm, General };

    SettingsDialog(SecretStore *secrets, const QString &projectDir, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    ConnectionsPage *connectionsPage() const { return m_connections; }
    ClustersPage *clustersPage() const { return m_clusters; }
    LlmPage *llmPage() const { return m_llm; }
    GeneralPage *generalPage() const { return m_general; }

    // Saves every page; false (and that page shown with its error) when one refuses.
    bool save();
    void accept() override;

Q_SIGNALS:
    // After a successful save: the project's connections.json / workbench.json may have changed.
    void saved();

private:
    QTabWidget *m_tabs;
    ConnectionsPage *m_connections;
    ClustersPage *m_clusters;
    LlmPage *m_llm;
    GeneralPage *m_general;
    QDialogButtonBox *m_buttons;
};

} // namespace Mwb::Widgets
