// SPDX-License-Identifier: GPL-3.0-or-later
// The acceptance test of issue 9's settings: a connection profile with a distinctive password and an
// Anthropic key are saved through the settings dialog, real `mwb` runs use the profile (schema-copy,
// data start, validate, and validate with a wrong password), and then the project folder, the user's
// settings and data folders, the event streams, logs and reports are searched for the secrets, raw,
// base64 and hex: they must be nowhere. While each mwb runs, its /proc/<pid>/cmdline must not hold
// them either.
//
// Plain ctest (widgets/secretsleak): no keychain, the GUI keeps the password in memory and hands it
// over in the environment. widgets/secretsleak_keyring: under a private D-Bus session with
// gnome-keyring, the password goes to the keychain and mwb reads it from there (no password in the
// environment at all).
#include "common/testservices.h"
#include "db/connection.h"
#include "settings/connectionspage.h"
#include "settings/secretstore.h"
#include "settings/settingsdialog.h"
#include "settings/workbenchsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;

namespace {

bool keyringRun()
{
    return qEnvironmentVariable("MWB_TEST_KEYRING") == u"1"_s;
}

void typeInto(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(name);
    QVERIFY2(edit != nullptr, qPrintable(name));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The forms a secret may take in a file: as is, base64 (e.g. a Basic auth header or a QSettings
// byte array), hex in either case, UTF-16.
QList<QByteArray> encodingsOf(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return { raw, raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        raw.toHex(), raw.toHex().toUpper(), utf16, QUrl::toPercentEncoding(secret) };
}

// "file: form" for every file under `roots` that holds a form of a secret.
QStringList leaks(const QStringList &roots, const QStringList &secrets)
{
    QStringList found;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray bytes = file.readAll();
            for (const QString &secret : secrets) {
                for (const QByteArray &form : encodingsOf(secret)) {
                    if (bytes.contains(form)) {
                        found << file.fileName() + u": "_s + QString::fromLatin1(form);
                    }
                }
            }
        }
    }
    return found;
}

struct RunResult
{
    int exitCode = -1;
    QByteArray output;
    int filesScanned = 0;
    QStringList argvLeaks;
};

} // namespace

class TestSecretsLeak : public QObject
{
    Q_OBJECT
private:
    QString m_password;
    QString m_apiKey;
    QString m_role;
    QString m_adminUrl;
    QString m_adminPassword;
    QTemporaryDir m_home; // HOME and XDG folders of the mwb processes
    QTemporaryDir m_logs; // event streams and stdout/stderr of the runs

    // Runs mwb in `project` with `env`; watches /proc/<pid>/cmdline while it runs.
    RunResult runMwb(
        const QString &project, const QStringList &args, const QProcessEnvironment &env, const QString &logName)
    {
        QProcess process;
        process.setProgram(QStringLiteral(MWB_EXECUTABLE));
        process.setArguments(args);
        process.setWorkingDirectory(project);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start();
        RunResult result;
        if (!process.waitForStarted(10000)) {
            return result;
        }
        const QString cmdline = u"/proc/%1/cmdline"_s.arg(process.processId());
        while (!process.waitForFinished(10)) {
            QFile file(cmdline);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                ++result.filesScanned;
                for (const QString &secret : { m_password, m_apiKey }) {
                    for (const QByteArray &form : encodingsOf(secret)) {
                        if (bytes.contains(form)) {
                            result.argvLeaks << QString::fromLocal8Bit(bytes);
                        }
                    }
                }
            }
            if (process.state() == QProcess::NotRunning) {
                break;
            }
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.output = process.readAll();
        if (result.exitCode != 0) {
            qWarning().noquote() << logName << "exited with" << result.exitCode << ":\n" << result.output;
        }
        QFile log(m_logs.filePath(logName + u".log"_s));
        if (log.open(QIODevice::WriteOnly)) {
            log.write(result.output);
        }
        return result;
    }

    bool adminExec(const QString &database, const QStringList &statements, QString *error)
    {
        const QUrl url(m_adminUrl);
        bool ok = true;
        {
            auto db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(m_adminPassword);
            db.setDatabaseName(database);
            if (!db.open()) {
                *error = db.lastError().text();
                ok = false;
            }
            for (const QString &sql : statements) {
                QSqlQuery query(db);
                if (ok && !query.exec(sql)) {
                    *error = sql + u": "_s + query.lastError().text();
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MigrationWorkbench"_s);
        QCoreApplication::setApplicationName(u"migration-workbench"_s);
        const QString tag = QString::number(QRandomGenerator::global()->generate64(), 16);
        m_password = u"Pw-4f9c2-UNIQUE-"_s + tag;
        m_apiKey = u"sk-ant-4f9c2-UNIQUE-"_s + tag;
        m_role = u"mwb_leak_"_s + tag;
        if (!keyringRun()) {
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
            qunsetenv("XDG_RUNTIME_DIR");
        }
        for (const char *variable : { "MWB_PASSWORD", "PGPASSWORD", "ANTHROPIC_API_KEY" }) {
            qunsetenv(variable);
        }
        QVERIFY(m_home.isValid() && m_logs.isValid());
    }

    void cleanupTestCase()
    {
        if (!m_adminUrl.isEmpty()) {
            QString error;
            adminExec(QUrl(m_adminUrl).path().mid(1),
                { u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_role), u"DROP ROLE IF EXISTS %1"_s.arg(m_role) },
                &error);
        }
    }

    void passwordIsNowhere()
    {
        MWB_REQUIRE_POSTGRES(pg);
        m_adminUrl = pg.url;
        m_adminPassword = pg.password;
        const QUrl adminUrl(pg.url);

        // A role of its own whose password is the distinctive one, and a small database it owns.
        QString error;
        QVERIFY2(adminExec(adminUrl.path().mid(1),
                     { u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(m_role, m_password),
                         u"CREATE DATABASE %1 OWNER %1"_s.arg(m_role) },
                     &error),
            qPrintable(error));
        {
            auto db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"owner"_s);
            db.setHostName(adminUrl.host());
            db.setPort(adminUrl.port(5432));
            db.setUserName(m_role);
            db.setPassword(m_password);
            db.setDatabaseName(m_role);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL)"_s));
            QVERIFY(query.exec(
                u"CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers(id), "
                "amount numeric(10,2))"_s));
            QVERIFY(query.exec(u"INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 50) g"_s));
            QVERIFY(query.exec(u"INSERT INTO orders SELECT g, 1 + g % 50, g * 1.25 FROM generate_series(1, 200) g"_s));
        }
        QSqlDatabase::removeDatabase(u"owner"_s);

        // --- Through the dialog, as a user would. ---
        QTemporaryDir project;
        const QString targetDb = project.filePath(u"target.db"_s);
        SecretStore secrets;
        QCOMPARE(secrets.isAvailable(), keyringRun());
        QSignalSpy written(&secrets, &SecretStore::written);
        {
            SettingsDialog dialog(&secrets, project.path());
            dialog.show();
            auto *page = dialog.connectionsPage();
            auto *add = page->findChild<QPushButton *>(u"addConnection"_s);
            QTest::mouseClick(add, Qt::LeftButton);
            typeInto(page, u"connectionName"_s, u"src"_s);
            typeInto(page, u"connectionUrl"_s,
                u"postgresql://%1@%2:%3/%1"_s.arg(m_role, adminUrl.host()).arg(adminUrl.port(5432)));
            typeInto(page, u"connectionPassword"_s, m_password);
            QTest::mouseClick(add, Qt::LeftButton);
            typeInto(page, u"connectionName"_s, u"dst"_s);
            typeInto(page, u"connectionUrl"_s, u"sqlite://"_s + targetDb);
            dialog.showPage(SettingsDialog::Page::Llm);
            typeInto(&dialog, u"anthropicKey"_s, m_apiKey);
            auto *model = dialog.findChild<QComboBox *>(u"llmModel"_s);
            model->setCurrentIndex(model->findText(u"claude-haiku-4-5"_s)); // so the settings file exists
            QTest::mouseClick(
                dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 20000);
        const auto expected = keyringRun() ? SecretStore::Storage::Keychain : SecretStore::Storage::SessionOnly;
        for (const auto &signal : std::as_const(written)) {
            QCOMPARE(signal.at(2).value<SecretStore::Storage>(), expected);
        }

        // --- The environment the GUI gives the runs. ---
        QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
        for (const QString &variable :
            { u"MWB_TEST_PG_PASSWORD"_s, u"MWB_TEST_MYSQL_PASSWORD"_s, u"MWB_TEST_JUPYTER_TOKEN"_s }) {
            base.remove(variable);
        }
        // mwb's own user folders, searched afterwards.
        base.insert(u"HOME"_s, m_home.path());
        base.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        base.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        base.insert(u"XDG_STATE_HOME"_s, m_home.filePath(u"state"_s));
        base.insert(u"LC_ALL"_s, u"C"_s);
        auto src = Mwb::Db::readProfile(u"src"_s, project.path());
        auto dst = Mwb::Db::readProfile(u"dst"_s, project.path());
        QVERIFY(src && dst);
        const QProcessEnvironment env
            = WorkbenchSettings::runEnvironment(secrets.environmentFor({ *src, *dst }, {}, true, base));
        if (keyringRun()) {
            // Nothing secret in the environment: mwb asks the keychain itself.
            for (const QString &key : env.keys()) {
                QVERIFY2(!env.value(key).contains(m_password), qPrintable(key));
                QVERIFY2(!env.value(key).contains(m_apiKey), qPrintable(key));
            }
        } else {
            QCOMPARE(env.value(u"MWB_PASSWORD_SRC"_s), m_password);
            QCOMPARE(env.value(u"PGPASSWORD"_s), m_password);
            QCOMPARE(env.value(u"ANTHROPIC_API_KEY"_s), m_apiKey);
        }

        // --- Real runs that use the profile. ---
        RunResult copy = runMwb(project.path(), { u"schema-copy"_s, u"--source"_s, u"src"_s, u"--apply"_s, u"dst"_s },
            env, u"schema-copy"_s);
        QVERIFY2(copy.exitCode == 0, copy.output.constData());
        RunResult data = runMwb(project.path(),
            { u"data"_s, u"start"_s, u"--source"_s, u"src"_s, u"--target"_s, u"dst"_s, u"--events"_s,
                m_logs.filePath(u"data-events.jsonl"_s) },
            env, u"data-start"_s);
        QVERIFY2(data.exitCode == 0, data.output.constData());
        RunResult validate = runMwb(project.path(),
            { u"validate"_s, u"--source"_s, u"src"_s, u"--target"_s, u"dst"_s, u"--tables"_s, u"customers,orders"_s,
                u"--sample"_s, u"20"_s, u"--events"_s, m_logs.filePath(u"validate-events.jsonl"_s), u"--report-dir"_s,
                project.filePath(u"reports/validation"_s) },
            env, u"validate"_s);
        QVERIFY2(validate.exitCode == 0, validate.output.constData());
        // The password was really used: the rows arrived.
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(targetDb);
            QVERIFY(db.open());
            QSqlQuery query(u"SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM orders)"_s, db);
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 250);
        }
        QSqlDatabase::removeDatabase(u"check"_s);

        // A wrong password (typed this session): the failure names no password either.
        const QString wrong = m_password + u"-wrong"_s;
        QProcessEnvironment wrongEnv = env;
        wrongEnv.insert(Mwb::Db::passwordVariable(u"src"_s), wrong);
        RunResult failed = runMwb(project.path(),
            { u"validate"_s, u"--source"_s, u"src"_s, u"--target"_s, u"dst"_s, u"--events"_s,
                m_logs.filePath(u"failed-events.jsonl"_s) },
            wrongEnv, u"validate-wrong-password"_s);
        QVERIFY(failed.exitCode != 0);
        QVERIFY2(failed.output.contains("authentication failed"), failed.output.constData());

        for (const RunResult *run : { &copy, &data, &validate, &failed }) {
            QVERIFY(run->filesScanned > 0); // the process was watched while it ran
            QVERIFY2(run->argvLeaks.isEmpty(), qPrintable(run->argvLeaks.join(u'\n')));
        }

        // --- The search. ---
        QSettings().sync();
        QVERIFY(QFile::exists(QSettings().fileName())); // the GUI's settings file is there to search
        QVERIFY(QFile::exists(m_logs.filePath(u"data-events.jsonl"_s)));
        QVERIFY(QFile::exists(project.filePath(u".mwb/history.sqlite"_s)));
        QStringList roots { project.path(), m_logs.path(), m_home.path(),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) };
        if (keyringRun()) {
            roots << qEnvironmentVariable("XDG_DATA_HOME"); // gnome-keyring's files: encrypted
        }
        const QStringList found = leaks(roots, { m_password, wrong, m_apiKey });
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        // The search can find what it looks for (a test that could never fail proves nothing).
        QFile canary(m_logs.filePath(u"canary.txt"_s));
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.write(m_password.toUtf8().toBase64());
        canary.close();
        QVERIFY(!leaks({ m_logs.path() }, { m_password }).isEmpty());
        QVERIFY(canary.remove());
    }
};

QTEST_MAIN(TestSecretsLeak)
#include "tst_secretsleak.moc"
