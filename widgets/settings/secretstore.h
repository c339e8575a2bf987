// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

namespace Mwb::Widgets {

// The secrets of the workbench (database passwords, the Anthropic key, Jupyter tokens) in the OS
// keychain through QtKeychain, service "MigrationWorkbench", under the keys the engine reads
// (engine/db/connection.cpp, engine/llm/anthropicclient.cpp).
//
// With no keychain (no D-Bus session, no Secret Service or KWallet, or the keychain refused a
// write) a secret lives only in this object's memory for this GUI session ("ask each time") and
// reaches mwb processes through their environment (environmentFor()). Nothing is ever written to
// disk here: there is no plaintext fallback (ARCHITECTURE.md: secrets never in project files).
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Storage { Keychain, SessionOnly };
    Q_ENUM(Storage)

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    static QString service(); // "MigrationWorkbench"
    static QString anthropicKeyName(); // "anthropic-api-key"
    static QString jupyterTokenKey(const QString &clusterProfile); // "jupyter-token/<profile>"

    // Quick probe (no keychain call, a few ms): a D-Bus session bus is there and a Secret Service
    // (org.freedesktop.secrets) or KWallet is registered or can be started on it.
    static bool keychainReachable();
    // keychainReachable() at construction, false from the first keychain call that said "no backend".
    bool isAvailable() const { return m_available; }

    // Asynchronous; each returns a request id that the matching signal carries. The signal is always
    // emitted after the call returns (queued), also when the answer is known at once.
    // write(): to the keychain when available, else (or when the keychain refuses it) into session
    // memory; `storage` in written() says where it went.
    int write(const QString &key, const QString &secret);
    // read(): session memory first, then the keychain. No entry = empty secret and empty error.
    int read(const QString &key);
    // remove(): from session memory and the keychain.
    int remove(const QString &key);

    // Session memory ("ask each time"): secrets typed in this GUI session, never written anywhere.
    void setSessionSecret(const QString &key, const QString &secret);
    bool hasSessionSecret(const QString &key) const { return m_session.contains(key); }
    QString sessionSecret(const QString &key) const { return m_session.value(key); }
    void forgetSessionSecrets() { m_session.clear(); }

    // The keychain key a connection's password is stored under (as engine/db reads it): the
    // profile's "keychain" field, else its name. Empty for SQLite (no password).
    static QString passwordKey(const Db::ConnectionSpec &spec);

    // The environment for an mwb run that uses these connections (and the Jupyter token of
    // `jupyterTokenKey`, and the Anthropic key when `llm`): `base` plus the secrets held in
    // session memory, as the engine reads them: MWB_PASSWORD_<KEY> per profile
    // (Db::passwordVariable), and for a single password also MWB_PASSWORD (and PGPASSWORD for
    // PostgreSQL); MWB_JUPYTER_TOKEN; ANTHROPIC_API_KEY. Secrets that are in the keychain are not
    // copied: mwb reads the keychain itself (the Jupyter token excepted: mwb reads it only from the
    // environment, so read() it first, which keeps it in memory for this session).
    QProcessEnvironment environmentFor(const QList<Db::ConnectionSpec> &connections,
        const QString &jupyterTokenKey = {}, bool llm = false,
        const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment()) const;
    // Keys among those that environmentFor() would need but that neither session memory has nor,
    // when the keychain is unavailable, anything else: the GUI asks the user for these before a run.
    QStringList secretsToAsk(
        const QList<Db::ConnectionSpec> &connections, const QString &jupyterTokenKey = {}, bool llm = false) const;

Q_SIGNALS:
    void availabilityChanged(bool available);
    void written(int requestId, const QString &key, Mwb::Widgets::SecretStore::Storage storage, const QString &error);
    void readFinished(int requestId, const QString &key, const QString &secret, const QString &error);
    void removed(int requestId, const QString &key, const QString &error);

private:
    void markUnavailable();

    QHash<QString, QString> m_session;
    QHash<QString, QString>
        m_fromKeychain; // read from the keychain this session (Jupyter tokens go to the environment)
    int m_nextRequest = 1;
    bool m_available = false;
};

} // namespace Mwb::Widgets
