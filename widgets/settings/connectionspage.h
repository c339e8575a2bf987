// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/connectionprofile.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Mwb::Widgets {

class SecretStore;

// Settings > Connections: the project's connection profiles (<project>/connections.json). A
// password typed here goes to the keychain under the profile's keychain key (or, without a
// keychain, into session memory), never into the file. "Test connection" opens the connection
// off the GUI thread with the typed password held in memory.
class ConnectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    ConnectionsPage(SecretStore *secrets, const QString &projectDir, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    QList<ConnectionProfile> profiles() const;
    QListWidget *list() const { return m_list; }
    // Validates every profile (the first error is shown and its profile selected); then writes
    // connections.json and hands typed passwords to the SecretStore. False = nothing written.
    bool save();
    bool isModified() const { return m_modified; }
    void addProfile(const QString &name);
    void testConnection();

Q_SIGNALS:
    void connectionTested(bool ok, const QString &message);

private:
    struct Outcome
    {
        int request = 0;
        bool ok = false;
        QString message;
    };
    void load();
    void showProfile(int row);
    void commitForm();
    void updateTlsChoices();
    void updatePasswordNote();
    void showError(const QString &text);

    SecretStore *m_secrets;
    QString m_projectDir;
    QList<ConnectionProfile> m_profiles;
    QStringList m_typedPasswords; // parallel to m_profiles; empty = unchanged
    QList<bool> m_tlsChosen; // parallel: the user picked the TLS mode (else it follows the host)
    QStringList m_removedKeys;
    int m_current = -1;
    bool m_filling = false;
    bool m_modified = false;
    bool m_loadFailed = false;
    int m_testRequest = 0;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QWidget *m_form;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_tls;
    QLineEdit *m_rootCert;
    QLineEdit *m_keychain;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_error;
    QFutureWatcher<Outcome> m_testWatcher;
};

} // namespace Mwb::Widgets
