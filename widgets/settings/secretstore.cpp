// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/secretstore.h"

#include "db/connection.h"

#include <chrono>
#include <set>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Mwb::Widgets {

namespace {

// Long enough for the unlock prompt of a locked keyring, as the engine waits (engine/db/connection.cpp).
constexpr auto keychainTimeout = 15s;

bool isBackendFailure(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

QString keychainErrorText(QKeychain::Job *job)
{
    return job->errorString().isEmpty()
        ? SecretStore::tr("the keychain refused the request (error %1)").arg(int(job->error()))
        : job->errorString();
}

// Runs a QtKeychain job and calls done(job, timedOut) once, from the event loop.
template<typename Done> void startJob(QKeychain::Job *job, QObject *context, Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext fallback (reliability.md §7.1)
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [finished, timer, done](QKeychain::Job *j) {
        if (*finished) {
            return;
        }
        *finished = true;
        timer->deleteLater();
        done(j, false);
    });
    QObject::connect(timer, &QTimer::timeout, context, [finished, timer, done, job = QPointer<QKeychain::Job>(job)] {
        if (*finished) {
            return;
        }
        *finished = true;
        timer->deleteLater();
        if (job) {
            QObject::disconnect(job, nullptr, nullptr, nullptr);
        }
        done(nullptr, true);
    });
    timer->start(keychainTimeout);
    job->start();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
    , m_available(keychainReachable())
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::service()
{
    return u"MigrationWorkbench"_s;
}

QString SecretStore::anthropicKeyName()
{
    return u"anthropic-api-key"_s;
}

QString SecretStore::jupyterTokenKey(const QString &clusterProfile)
{
    return u"jupyter-token/"_s + clusterProfile;
}

bool SecretStore::keychainReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Secret Service and KWallet live on the D-Bus session bus. Without an address (CI, containers,
    // ssh) do not even connect: libdbus would try to autolaunch a bus.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtimeDir.isEmpty() || !QFileInfo::exists(runtimeDir + u"/bus"_s)) {
            return false;
        }
    }
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || bus.interface() == nullptr) {
        return false;
    }
    const QStringList names { u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s, u"org.kde.kwalletd5"_s,
        u"org.kde.kwalletd"_s };
    for (const QString &name : names) {
        if (bus.interface()->isServiceRegistered(name).value()) {
            return true;
        }
    }
    const QStringList activatable = bus.interface()->activatableServiceNames().value();
    for (const QString &name : names) {
        if (activatable.contains(name)) {
            return true;
        }
    }
    return false;
#else
    return true; // macOS Keychain, Windows Credential Manager: always there
#endif
}

void SecretStore::markUnavailable()
{
    if (m_available) {
        m_available = false;
        Q_EMIT availabilityChanged(false);
    }
}

void SecretStore::setSessionSecret(const QString &key, const QString &secret)
{
    m_session.insert(key, secret);
}

int SecretStore::write(const QString &key, const QString &secret)
{
    const int id = m_nextRequest++;
    if (!m_available) {
        m_session.insert(key, secret);
        QMetaObject::invokeMethod(
            this, [this, id, key] { Q_EMIT written(id, key, Storage::SessionOnly, {}); }, Qt::QueuedConnection);
        return id;
    }
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setTextData(secret);
    startJob(job, this, [this, id, key, secret](QKeychain::Job *done, bool timedOut) {
        if (!timedOut && done->error() == QKeychain::NoError) {
            m_session.remove(key); // the keychain has it now; a stale typed value must not win
            m_fromKeychain.insert(key, secret);
            Q_EMIT written(id, key, Storage::Keychain, {});
            return;
        }
        // Kept for this session only: the user is asked again next time.
        m_session.insert(key, secret);
        const QString error = timedOut ? tr("the keychain did not answer") : keychainErrorText(done);
        if (timedOut || isBackendFailure(done->error())) {
            markUnavailable();
        }
        Q_EMIT written(id, key, Storage::SessionOnly, error);
    });
    return id;
}

int SecretStore::read(const QString &key)
{
    const int id = m_nextRequest++;
    if (m_session.contains(key) || !m_available) {
        const QString secret = m_session.value(key);
        QMetaObject::invokeMethod(
            this, [this, id, key, secret] { Q_EMIT readFinished(id, key, secret, {}); }, Qt::QueuedConnection);
        return id;
    }
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    startJob(job, this, [this, id, key](QKeychain::Job *done, bool timedOut) {
        if (timedOut) {
            Q_EMIT readFinished(id, key, {}, tr("the keychain did not answer"));
            return;
        }
        const auto error = done->error();
        if (error == QKeychain::NoError) {
            const QString secret = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
            m_fromKeychain.insert(key, secret);
            Q_EMIT readFinished(id, key, secret, {});
        } else if (error == QKeychain::EntryNotFound) {
            Q_EMIT readFinished(id, key, {}, {});
        } else {
            if (isBackendFailure(error)) {
                markUnavailable();
            }
            Q_EMIT readFinished(id, key, {}, keychainErrorText(done));
        }
    });
    return id;
}

int SecretStore::remove(const QString &key)
{
    const int id = m_nextRequest++;
    m_session.remove(key);
    m_fromKeychain.remove(key);
    if (!m_available) {
        QMetaObject::invokeMethod(
            this, [this, id, key] { Q_EMIT removed(id, key, {}); }, Qt::QueuedConnection);
        return id;
    }
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    startJob(job, this, [this, id, key](QKeychain::Job *done, bool timedOut) {
        if (timedOut) {
            Q_EMIT removed(id, key, tr("the keychain did not answer"));
        } else if (done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound) {
            Q_EMIT removed(id, key, {});
        } else {
            Q_EMIT removed(id, key, keychainErrorText(done));
        }
    });
    return id;
}

QString SecretStore::passwordKey(const Db::ConnectionSpec &spec)
{
    if (spec.dialect == Db::DialectKind::Sqlite) {
        return {};
    }
    return !spec.keychainKey.isEmpty() ? spec.keychainKey : spec.profile;
}

QProcessEnvironment SecretStore::environmentFor(const QList<Db::ConnectionSpec> &connections,
    const QString &jupyterTokenKey, bool llm, const QProcessEnvironment &base) const
{
    QProcessEnvironment env = base;
    std::set<QString> passwords;
    bool postgres = false;
    QString single;
    for (const Db::ConnectionSpec &spec : connections) {
        const QString key = passwordKey(spec);
        if (key.isEmpty() || !m_session.contains(key)) {
            continue;
        }
        const QString password = m_session.value(key);
        env.insert(Db::passwordVariable(key), password);
        passwords.insert(password);
        single = password;
        postgres = postgres || spec.dialect == Db::DialectKind::Postgres;
    }
    // One password for the run: also the variables every mwb version and libpq read.
    if (passwords.size() == 1) {
        env.insert(u"MWB_PASSWORD"_s, single);
        if (postgres) {
            env.insert(u"PGPASSWORD"_s, single);
        }
    } else if (passwords.size() > 1) {
        // A base PGPASSWORD / MWB_PASSWORD would be taken for a profile that has its own.
        env.remove(u"MWB_PASSWORD"_s);
        env.remove(u"PGPASSWORD"_s);
    }
    if (!jupyterTokenKey.isEmpty()) {
        const QString token = m_session.contains(jupyterTokenKey) ? m_session.value(jupyterTokenKey)
                                                                  : m_fromKeychain.value(jupyterTokenKey);
        if (!token.isEmpty()) {
            env.insert(u"MWB_JUPYTER_TOKEN"_s, token);
        }
    }
    if (llm && m_session.contains(anthropicKeyName())) {
        env.insert(u"ANTHROPIC_API_KEY"_s, m_session.value(anthropicKeyName()));
    }
    return env;
}

QStringList SecretStore::secretsToAsk(
    const QList<Db::ConnectionSpec> &connections, const QString &jupyterTokenKey, bool llm) const
{
    QStringList keys;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const Db::ConnectionSpec &spec : connections) {
        const QString key = passwordKey(spec);
        if (key.isEmpty() || m_session.contains(key) || m_available || keys.contains(key)
            || env.contains(Db::passwordVariable(key)) || env.contains(u"MWB_PASSWORD"_s)
            || (spec.dialect == Db::DialectKind::Postgres && env.contains(u"PGPASSWORD"_s))) {
            continue;
        }
        keys << key;
    }
    if (!jupyterTokenKey.isEmpty() && !m_session.contains(jupyterTokenKey) && !m_fromKeychain.contains(jupyterTokenKey)
        && !m_available && !env.contains(u"MWB_JUPYTER_TOKEN"_s) && !env.contains(u"JUPYTER_TOKEN"_s)) {
        keys << jupyterTokenKey;
    }
    if (llm && !m_available && !m_session.contains(anthropicKeyName()) && !env.contains(u"ANTHROPIC_API_KEY"_s)) {
        keys << anthropicKeyName();
    }
    return keys;
}

} // namespace Mwb::Widgets
