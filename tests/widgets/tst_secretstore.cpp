// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore in both worlds: without a keychain (no D-Bus session: session memory only, nothing on
// disk, secrets reach mwb through the environment), and - when tests/widgets/settings.cmake runs this
// binary under a private D-Bus session with an unlocked gnome-keyring (MWB_TEST_KEYRING=1) - with the
// real Secret Service, read back by a fresh store and by the engine's own keychain lookup.
#include "db/connection.h"
#include "settings/secretstore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;

namespace {

using Storage = SecretStore::Storage;

bool keyringRun()
{
    return qEnvironmentVariable("MWB_TEST_KEYRING") == u"1"_s;
}

Mwb::Db::ConnectionSpec pgSpec(const QString &profile, const QString &keychain = {})
{
    Mwb::Db::ConnectionSpec spec;
    spec.dialect = Mwb::Db::DialectKind::Postgres;
    spec.profile = profile;
    spec.host = u"127.0.0.1"_s;
    spec.database = u"shop"_s;
    spec.keychainKey = keychain.isEmpty() ? profile : keychain;
    return spec;
}

// Every file under the QStandardPaths test-mode locations and HOME that holds `needle`.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList roots { QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) };
    QStringList hits;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
                hits << file.fileName();
            }
        }
    }
    return hits;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private:
    QByteArray m_dbusAddress;
    QByteArray m_runtimeDir;

    void hideKeychain()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
    }
    void restoreKeychain()
    {
        if (!m_dbusAddress.isEmpty()) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_dbusAddress);
        }
        if (!m_runtimeDir.isEmpty()) {
            qputenv("XDG_RUNTIME_DIR", m_runtimeDir);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dbusAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        m_runtimeDir = qgetenv("XDG_RUNTIME_DIR");
        for (const char *variable : { "MWB_PASSWORD", "PGPASSWORD", "ANTHROPIC_API_KEY", "MWB_JUPYTER_TOKEN" }) {
            qunsetenv(variable);
        }
    }

    void withoutKeychainSecretsStayInMemory()
    {
        hideKeychain();
        SecretStore store;
        QVERIFY(!SecretStore::keychainReachable());
        QVERIFY(!store.isAvailable());
        QSignalSpy written(&store, &SecretStore::written);
        const QString secret = u"Pw-mem-7c1e-UNIQUE"_s;
        const int id = store.write(u"prod"_s, secret);
        QCOMPARE(written.count(), 0); // always queued: callers connect after calling
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.at(0).at(0).toInt(), id);
        QCOMPARE(written.at(0).at(2).value<Storage>(), Storage::SessionOnly);
        QVERIFY(store.hasSessionSecret(u"prod"_s));

        QSignalSpy read(&store, &SecretStore::readFinished);
        store.read(u"prod"_s);
        QTRY_COMPARE(read.count(), 1);
        QCOMPARE(read.at(0).at(2).toString(), secret);
        // Not in any settings, data or cache file of the user.
        QCOMPARE(filesContaining(secret.toUtf8()), QStringList());

        // Another GUI session (a new store) does not know it: asked again.
        SecretStore next;
        QCOMPARE(next.secretsToAsk({ pgSpec(u"prod"_s) }), QStringList { u"prod"_s });
        QCOMPARE(store.secretsToAsk({ pgSpec(u"prod"_s) }), QStringList());
        restoreKeychain();
    }

    void environmentCarriesSessionSecrets()
    {
        hideKeychain();
        SecretStore store;
        store.setSessionSecret(u"src"_s, u"one"_s);
        QProcessEnvironment base;
        base.insert(u"PATH"_s, u"/usr/bin"_s);

        // One password: the per-profile variable, MWB_PASSWORD and PGPASSWORD (PostgreSQL).
        QProcessEnvironment env = store.environmentFor({ pgSpec(u"src"_s) }, {}, false, base);
        QCOMPARE(env.value(u"MWB_PASSWORD_SRC"_s), u"one"_s);
        QCOMPARE(env.value(u"MWB_PASSWORD"_s), u"one"_s);
        QCOMPARE(env.value(u"PGPASSWORD"_s), u"one"_s);
        QCOMPARE(env.value(u"PATH"_s), u"/usr/bin"_s);
        QVERIFY(!env.contains(u"ANTHROPIC_API_KEY"_s));

        // Two different passwords: per profile only, and a PGPASSWORD of the base is dropped so it
        // cannot stand in for either.
        store.setSessionSecret(u"dst-key"_s, u"two"_s);
        base.insert(u"PGPASSWORD"_s, u"stale"_s);
        env = store.environmentFor({ pgSpec(u"src"_s), pgSpec(u"dst"_s, u"dst-key"_s) }, {}, false, base);
        QCOMPARE(env.value(u"MWB_PASSWORD_SRC"_s), u"one"_s);
        QCOMPARE(env.value(u"MWB_PASSWORD_DST_KEY"_s), u"two"_s);
        QVERIFY(!env.contains(u"PGPASSWORD"_s));
        QVERIFY(!env.contains(u"MWB_PASSWORD"_s));

        // The engine picks each profile's own variable.
        qputenv("MWB_PASSWORD_DST_KEY", "two");
        qputenv("PGPASSWORD", "other");
        const auto resolved = Mwb::Db::resolvePassword(pgSpec(u"dst"_s, u"dst-key"_s));
        qunsetenv("MWB_PASSWORD_DST_KEY");
        qunsetenv("PGPASSWORD");
        QVERIFY(resolved);
        QCOMPARE(*resolved, u"two"_s);

        // LLM key and Jupyter token.
        store.setSessionSecret(SecretStore::anthropicKeyName(), u"sk-ant-session"_s);
        store.setSessionSecret(SecretStore::jupyterTokenKey(u"lab"_s), u"tok"_s);
        env = store.environmentFor({}, SecretStore::jupyterTokenKey(u"lab"_s), true, base);
        QCOMPARE(env.value(u"ANTHROPIC_API_KEY"_s), u"sk-ant-session"_s);
        QCOMPARE(env.value(u"MWB_JUPYTER_TOKEN"_s), u"tok"_s);
        // SQLite needs nothing.
        Mwb::Db::ConnectionSpec sqlite;
        sqlite.profile = u"local"_s;
        QCOMPARE(SecretStore::passwordKey(sqlite), QString());
        restoreKeychain();
    }

    void keychainRoundTrip()
    {
        if (!keyringRun()) {
            QSKIP("runs under a private D-Bus session with gnome-keyring (ctest widgets/secretstore_keyring)");
        }
        SecretStore store;
        QVERIFY2(SecretStore::keychainReachable(), "no Secret Service on the private D-Bus session");
        QVERIFY(store.isAvailable());
        const QString secret = u"Pw-kc-91ab-UNIQUE"_s;
        QSignalSpy written(&store, &SecretStore::written);
        store.write(u"prod"_s, secret);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
        QCOMPARE(written.at(0).at(3).toString(), QString());
        QCOMPARE(written.at(0).at(2).value<Storage>(), Storage::Keychain);
        QVERIFY(!store.hasSessionSecret(u"prod"_s));

        // A fresh store (the next GUI session) reads it from the keychain.
        SecretStore next;
        QSignalSpy read(&next, &SecretStore::readFinished);
        next.read(u"prod"_s);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 20000);
        QCOMPARE(read.at(0).at(2).toString(), secret);
        // Nothing to ask, nothing copied into a run's environment: mwb reads the keychain itself.
        QCOMPARE(next.secretsToAsk({ pgSpec(u"prod"_s) }), QStringList());
        QVERIFY(!next.environmentFor({ pgSpec(u"prod"_s) }, {}, false, {}).contains(u"MWB_PASSWORD"_s));

        // The engine finds the same entry where it looks (service, key).
        const auto resolved = Mwb::Db::resolvePassword(pgSpec(u"prod-profile"_s, u"prod"_s));
        QVERIFY(resolved);
        QCOMPARE(*resolved, secret);

        // Removed: gone for a new reader.
        QSignalSpy removed(&store, &SecretStore::removed);
        store.remove(u"prod"_s);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20000);
        QCOMPARE(removed.at(0).at(2).toString(), QString());
        SecretStore third;
        QSignalSpy readAgain(&third, &SecretStore::readFinished);
        third.read(u"prod"_s);
        QTRY_COMPARE_WITH_TIMEOUT(readAgain.count(), 1, 20000);
        QCOMPARE(readAgain.at(0).at(2).toString(), QString());
        QCOMPARE(readAgain.at(0).at(3).toString(), QString()); // "no entry" is not an error

        // The Jupyter token: mwb reads it only from the environment, so a read() puts it there.
        QSignalSpy tokenWritten(&store, &SecretStore::written);
        store.write(SecretStore::jupyterTokenKey(u"lab"_s), u"jt-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tokenWritten.count(), 1, 20000);
        SecretStore fourth;
        QSignalSpy tokenRead(&fourth, &SecretStore::readFinished);
        fourth.read(SecretStore::jupyterTokenKey(u"lab"_s));
        QTRY_COMPARE_WITH_TIMEOUT(tokenRead.count(), 1, 20000);
        QCOMPARE(
            fourth.environmentFor({}, SecretStore::jupyterTokenKey(u"lab"_s), false, {}).value(u"MWB_JUPYTER_TOKEN"_s),
            u"jt-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
