// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/clusterprofile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QFormLayout;

namespace Mwb::Widgets {

class SecretStore;

// Settings > Clusters: Jupyter servers and AIDP clusters that jobs run on ("clusters" in
// <project>/workbench.json). A Jupyter token goes to the keychain (SecretStore::jupyterTokenKey).
class ClustersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClustersPage)

public:
    ClustersPage(SecretStore *secrets, const QString &projectDir, QWidget *parent = nullptr);
    ~ClustersPage() override;

    QList<ClusterProfile> profiles() const { return m_profiles; }
    QListWidget *list() const { return m_list; }
    void addProfile(const QString &name, ClusterProfile::Kind kind);
    bool save();

private:
    void showProfile(int row);
    void commitForm();
    void showError(const QString &text);
    void showKindRows();

    SecretStore *m_secrets;
    QString m_projectDir;
    QList<ClusterProfile> m_profiles;
    QStringList m_typedTokens; // parallel to m_profiles
    QStringList m_removedKeys;
    int m_current = -1;
    bool m_filling = false;
    bool m_modified = false;
    bool m_loadFailed = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QWidget *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_jupyterUrl;
    QLineEdit *m_token;
    QLineEdit *m_ociProfile;
    QLineEdit *m_ociConfig;
    QLineEdit *m_datalake;
    QLineEdit *m_workspace;
    QLineEdit *m_cluster;
    QLineEdit *m_region;
    QLineEdit *m_kernel;
    QLabel *m_command;
    QLabel *m_error;
    QFormLayout *m_formLayout = nullptr;
};

} // namespace Mwb::Widgets
