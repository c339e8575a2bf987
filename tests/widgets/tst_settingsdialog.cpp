// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog driven as a user would (objectNames, typing, clicking OK) offscreen, with no
// keychain (D-Bus hidden): what lands in connections.json, workbench.json and QSettings, and what
// never does.
#include "common/testservices.h"
#include "settings/clusterprofile.h"
#include "settings/clusterspage.h"
#include "settings/connectionspage.h"
#include "settings/secretprompt.h"
#include "settings/secretstore.h"
#include "settings/settingsdialog.h"
#include "settings/workbenchsettings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;

namespace {

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (widget == nullptr) {
        qFatal("no child %s", qPrintable(name));
    }
    return widget;
}

void typeInto(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QJsonObject readJson(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QByteArray m_dbusAddress;
    QByteArray m_runtimeDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MigrationWorkbenchTest"_s);
        QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
        // No keychain: the "ask each time" world of CI machines, containers and ssh sessions.
        m_dbusAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        m_runtimeDir = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
        QSettings().clear();
    }

    void savesProfilesWithoutPasswords()
    {
        QTemporaryDir project;
        SecretStore secrets;
        QVERIFY(!secrets.isAvailable());
        SettingsDialog dialog(&secrets, project.path());
        dialog.show();
        auto *page = dialog.connectionsPage();
        auto *list = child<QListWidget>(page, u"connectionList"_s);
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list->count(), 0);

        QTest::mouseClick(child<QPushButton>(page, u"addConnection"_s), Qt::LeftButton);
        typeInto(page, u"connectionName"_s, u"prod"_s);
        typeInto(page, u"connectionUrl"_s, u"postgresql://app@db.example.com:5432/shop"_s);
        // Remote host: the TLS mode defaults to verify-full.
        QCOMPARE(child<QComboBox>(page, u"tlsMode"_s)->currentText(), u"verify-full"_s);
        typeInto(page, u"connectionPassword"_s, u"Pw-dlg-55aa-UNIQUE"_s);
        QVERIFY(child<QLabel>(page, u"passwordNote"_s)->text().contains(u"asked for it each time"_s));

        QTest::mouseClick(child<QPushButton>(page, u"addConnection"_s), Qt::LeftButton);
        typeInto(page, u"connectionName"_s, u"local"_s);
        typeInto(page, u"connectionUrl"_s, u"postgresql://mwb@127.0.0.1/stage"_s);
        QCOMPARE(child<QComboBox>(page, u"tlsMode"_s)->currentText(), u"prefer"_s); // loopback
        typeInto(page, u"keychainKey"_s, u"stage-pw"_s);

        QTest::mouseClick(child<QPushButton>(page, u"addConnection"_s), Qt::LeftButton);
        typeInto(page, u"connectionName"_s, u"file"_s);
        typeInto(page, u"connectionUrl"_s, u"sqlite:///tmp/shop.db"_s);
        QVERIFY(!child<QComboBox>(page, u"tlsMode"_s)->isEnabled());
        QVERIFY(!child<QLineEdit>(page, u"connectionPassword"_s)->isEnabled());
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), u"prod"_s);

        QSignalSpy written(&secrets, &SecretStore::written);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QString file = project.filePath(u"connections.json"_s);
        const QJsonObject expected
            = QJsonDocument::fromJson("{\"profiles\": {"
                                      "            \"prod\": {\"url\": \"postgresql://app@db.example.com:5432/shop\", "
                                      "\"sslmode\": \"verify-full\", \"keychain\": \"prod\"},"
                                      "            \"local\": {\"url\": \"postgresql://mwb@127.0.0.1/stage\", "
                                      "\"sslmode\": \"prefer\", \"keychain\": \"stage-pw\"},"
                                      "            \"file\": {\"url\": \"sqlite:///tmp/shop.db\"}}}")
                  .object();
        QCOMPARE(readJson(file), expected);
        QVERIFY(!readAll(file).contains("Pw-dlg"));
        QVERIFY(!readAll(file).contains("password"));
        // The file is what mwb reads: the engine accepts every profile.
        for (const QString &name : { u"prod"_s, u"local"_s, u"file"_s }) {
            const auto spec = Mwb::Db::readProfile(name, project.path());
            QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().toString()));
        }
        // The password waits in session memory for the runs of this session, nowhere else.
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.at(0).at(1).toString(), u"prod"_s);
        QCOMPARE(written.at(0).at(2).value<SecretStore::Storage>(), SecretStore::Storage::SessionOnly);
        QCOMPARE(secrets.sessionSecret(u"prod"_s), u"Pw-dlg-55aa-UNIQUE"_s);
        QSettings().sync();
        QVERIFY(!readAll(QSettings().fileName()).contains("Pw-dlg"));
    }

    void reopensAndRemoves()
    {
        QTemporaryDir project;
        const ConnectionProfile a { u"a"_s, u"postgresql://u@10.0.0.5/db"_s, u"require"_s, {}, {}, {} };
        const ConnectionProfile b { u"b"_s, u"mysql://u@db.example.com/db"_s, u"VERIFY_IDENTITY"_s, {}, u"b-key"_s,
            {} };
        QVERIFY(writeConnectionProfiles(project.path(), { a, b }));
        const QByteArray before = readAll(project.filePath(u"connections.json"_s));
        QVERIFY(before.contains("\"ssl-mode\": \"VERIFY_IDENTITY\"")); // MySQL spelling
        SecretStore secrets;
        {
            SettingsDialog dialog(&secrets, project.path());
            dialog.show();
            auto *list = child<QListWidget>(dialog.connectionsPage(), u"connectionList"_s);
            QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(list->count(), 2);
            QCOMPARE(child<QComboBox>(dialog.connectionsPage(), u"tlsMode"_s)->currentText(), u"require"_s);
            QVERIFY(dialog.save()); // nothing changed: the file stays as it was
            QCOMPARE(readAll(project.filePath(u"connections.json"_s)), before);
            list->setCurrentRow(0);
            QTest::mouseClick(child<QPushButton>(dialog.connectionsPage(), u"removeConnection"_s), Qt::LeftButton);
            QCOMPARE(list->count(), 1);
            QVERIFY(dialog.save());
        }
        auto profiles = readConnectionProfiles(project.path());
        QVERIFY(profiles);
        QCOMPARE(*profiles, QList<ConnectionProfile> { b });
    }

    void invalidUrlBlocksSave_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("password in URL") << u"postgresql://app:Pw-url-0c0c@db/shop"_s << u"contains a password"_s;
        QTest::newRow("not a URL") << u"db.example.com/shop"_s << u"not a valid connection URL"_s;
        QTest::newRow("unknown scheme") << u"oracle://app@db/shop"_s << u"unknown database scheme"_s;
        QTest::newRow("relative SQLite path") << u"sqlite://shop.db"_s << u"absolute file path"_s;
        QTest::newRow("no database") << u"postgresql://app@db.example.com:5432/"_s << u"names no database"_s;
    }
    void invalidUrlBlocksSave()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        QTemporaryDir project;
        SecretStore secrets;
        SettingsDialog dialog(&secrets, project.path());
        dialog.show();
        auto *page = dialog.connectionsPage();
        QTest::mouseClick(child<QPushButton>(page, u"addConnection"_s), Qt::LeftButton);
        typeInto(page, u"connectionName"_s, u"bad"_s);
        typeInto(page, u"connectionUrl"_s, url);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible()); // not accepted
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *error = child<QLabel>(page, u"connectionError"_s);
        QVERIFY(error->isVisibleTo(&dialog));
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QVERIFY(error->text().contains(u"bad"_s)); // names the profile
        QVERIFY(!error->text().contains(u"Pw-url"_s)); // never echoes a password
        QVERIFY(!QFile::exists(project.filePath(u"connections.json"_s)));
    }

    void testConnectionOffTheGuiThread()
    {
        QTemporaryDir project;
        const QString dbFile = project.filePath(u"shop.db"_s);
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make"_s);
            db.setDatabaseName(dbFile);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE t (id INTEGER)"_s));
        }
        QSqlDatabase::removeDatabase(u"make"_s);
        SecretStore secrets;
        SettingsDialog dialog(&secrets, project.path());
        dialog.show();
        auto *page = dialog.connectionsPage();
        QSignalSpy tested(page, &ConnectionsPage::connectionTested);
        QTest::mouseClick(child<QPushButton>(page, u"addConnection"_s), Qt::LeftButton);
        typeInto(page, u"connectionUrl"_s, u"sqlite://"_s + dbFile);
        QTest::mouseClick(child<QPushButton>(page, u"testConnection"_s), Qt::LeftButton);
        QTRY_COMPARE(tested.count(), 1);
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QVERIFY(child<QLabel>(page, u"testResult"_s)->text().startsWith(u"Connected"_s));

        typeInto(page, u"connectionUrl"_s, u"sqlite://"_s + project.filePath(u"missing.db"_s));
        QTest::mouseClick(child<QPushButton>(page, u"testConnection"_s), Qt::LeftButton);
        QTRY_COMPARE(tested.count(), 2);
        QVERIFY(!tested.at(1).at(0).toBool());
        QVERIFY(child<QLabel>(page, u"testResult"_s)->text().startsWith(u"Could not connect"_s));
        QVERIFY(!QFile::exists(project.filePath(u"missing.db"_s))); // a test never creates a database
    }

    // The typed password reaches the server from memory (no environment variable, no keychain).
    void testConnectionUsesTypedPassword()
    {
        MWB_REQUIRE_POSTGRES(pg);
        qunsetenv("PGPASSWORD");
        qunsetenv("MWB_PASSWORD");
        QTemporaryDir project;
        SecretStore secrets;
        SettingsDialog dialog(&secrets, project.path());
        dialog.show();
        auto *page = dialog.connectionsPage();
        QSignalSpy tested(page, &ConnectionsPage::connectionTested);
        QTest::mouseClick(child<QPushButton>(page, u"addConnection"_s), Qt::LeftButton);
        typeInto(page, u"connectionName"_s, u"pg"_s);
        typeInto(page, u"connectionUrl"_s, pg.url);
        typeInto(page, u"connectionPassword"_s, u"wrong-password"_s);
        QTest::mouseClick(child<QPushButton>(page, u"testConnection"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY(!tested.at(0).at(1).toString().contains(u"wrong-password"_s));
        typeInto(page, u"connectionPassword"_s, pg.password);
        QTest::mouseClick(child<QPushButton>(page, u"testConnection"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 20000);
        QVERIFY2(tested.at(1).at(0).toBool(), qPrintable(tested.at(1).at(1).toString()));
    }

    void clusterProfiles()
    {
        QTemporaryDir project;
        QFile settings(project.filePath(u"workbench.json"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("{\"output_base\": \"out\", \"source_workspace\": \"ws\"}");
        settings.close();
        SecretStore secrets;
        SettingsDialog dialog(&secrets, project.path());
        dialog.show();
        dialog.showPage(SettingsDialog::Page::Clusters);
        auto *page = dialog.clustersPage();
        auto *list = child<QListWidget>(page, u"clusterList"_s);
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTest::mouseClick(child<QPushButton>(page, u"addCluster"_s), Qt::LeftButton);
        typeInto(page, u"clusterName"_s, u"lab"_s);
        typeInto(page, u"jupyterUrl"_s, u"http://127.0.0.1:8888/"_s);
        typeInto(page, u"jupyterToken"_s, u"jt-dlg-UNIQUE"_s);

        QTest::mouseClick(child<QPushButton>(page, u"addCluster"_s), Qt::LeftButton);
        typeInto(page, u"clusterName"_s, u"prod"_s);
        auto *kind = child<QComboBox>(page, u"clusterKind"_s);
        kind->setCurrentIndex(1);
        Q_EMIT kind->activated(1);
        typeInto(page, u"ociProfile"_s, u"DEFAULT"_s);
        typeInto(page, u"datalake"_s, u"ocid1.datalake.oc1.eu-frankfurt-1.aaa"_s);
        typeInto(page, u"aidpWorkspace"_s, u"ws-1"_s);
        // No cluster id yet: save is refused with what is missing.
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(child<QLabel>(page, u"clusterError"_s)->text().contains(u"cluster id"_s));
        typeInto(page, u"aidpCluster"_s, u"cl-9"_s);
        QCOMPARE(child<QLabel>(page, u"clusterCommand"_s)->text(),
            u"--aidp DEFAULT --datalake ocid1.datalake.oc1.eu-frankfurt-1.aaa --aidp-workspace ws-1 --cluster cl-9"_s);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QJsonObject json = readJson(project.filePath(u"workbench.json"_s));
        QCOMPARE(json.value(u"output_base"_s).toString(), u"out"_s); // other settings kept
        QCOMPARE(json.value(u"source_workspace"_s).toString(), u"ws"_s);
        const QJsonObject expected = QJsonDocument::fromJson(
            "{"
            "            \"lab\": {\"kind\": \"jupyter\", \"url\": \"http://127.0.0.1:8888/\"},"
            "            \"prod\": {\"kind\": \"aidp\", \"oci_profile\": \"DEFAULT\", \"datalake\": "
            "\"ocid1.datalake.oc1.eu-frankfurt-1.aaa\","
            "                     \"workspace\": \"ws-1\", \"cluster\": \"cl-9\"}}")
                                         .object();
        QCOMPARE(json.value(u"clusters"_s).toObject(), expected);
        QVERIFY(!readAll(project.filePath(u"workbench.json"_s)).contains("jt-dlg"));
        QTRY_VERIFY(secrets.hasSessionSecret(SecretStore::jupyterTokenKey(u"lab"_s)));

        auto profiles = readClusterProfiles(project.path());
        QVERIFY(profiles);
        QCOMPARE(profiles->size(), 2);
        QCOMPARE(profiles->at(1).arguments(ClusterProfile::Command::Exec),
            (QStringList { u"--aidp"_s, u"DEFAULT"_s, u"--datalake"_s, u"ocid1.datalake.oc1.eu-frankfurt-1.aaa"_s,
                u"--workspace"_s, u"ws-1"_s, u"--cluster"_s, u"cl-9"_s }));
        QCOMPARE(profiles->at(0).arguments(ClusterProfile::Command::MigrateJob),
            (QStringList { u"--jupyter"_s, u"http://127.0.0.1:8888/"_s }));
    }

    // MWB_SCREENSHOT=FILE: the Connections page with two profiles as a PNG (run under xvfb-run with
    // QT_QPA_PLATFORM=xcb for the real look; docs/screenshots/settings.png).
    void screenshot()
    {
        const QString file = qEnvironmentVariable("MWB_SCREENSHOT");
        if (file.isEmpty()) {
            QSKIP("set MWB_SCREENSHOT=FILE to save a picture of the dialog");
        }
        // The desktop's keychain, when the picture is taken on a D-Bus session that has one.
        if (!m_dbusAddress.isEmpty()) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_dbusAddress);
            qputenv("XDG_RUNTIME_DIR", m_runtimeDir);
        }
        QTemporaryDir parent;
        const QString project = parent.filePath(u"shop-migration"_s);
        QVERIFY(QDir().mkpath(project));
        const ConnectionProfile prod { u"prod"_s, u"postgresql://app@db.example.com:5432/shop"_s, u"verify-full"_s,
            u"/etc/ssl/certs/corp-ca.pem"_s, {}, {} };
        const ConnectionProfile stage { u"staging"_s, u"mysql://etl@127.0.0.1:3306/shop_stage"_s, u"PREFERRED"_s, {},
            u"staging-db"_s, {} };
        QVERIFY(writeConnectionProfiles(project, { prod, stage }));
        SecretStore secrets;
        SettingsDialog dialog(&secrets, project);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QListWidget>(dialog.connectionsPage(), u"connectionList"_s)->setCurrentRow(0);
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(file, "PNG"));
        // MWB_SCREENSHOT_PAGES=DIR: the other pages too, for a look (not committed).
        if (const QString dir = qEnvironmentVariable("MWB_SCREENSHOT_PAGES"); !dir.isEmpty()) {
            ClusterProfile lab;
            lab.name = u"lab"_s;
            lab.jupyterUrl = u"http://127.0.0.1:8888/"_s;
            ClusterProfile aidp;
            aidp.name = u"prod-aidp"_s;
            aidp.kind = ClusterProfile::Kind::Aidp;
            aidp.ociProfile = u"DEFAULT"_s;
            aidp.datalake = u"ocid1.datalake.oc1.eu-frankfurt-1.aaaa"_s;
            aidp.workspace = u"ws-42"_s;
            aidp.cluster = u"cluster-7"_s;
            QVERIFY(writeClusterProfiles(project, { lab, aidp }));
            SettingsDialog other(&secrets, project);
            other.show();
            QVERIFY(QTest::qWaitForWindowExposed(&other));
            const QList<std::pair<SettingsDialog::Page, QString>> pages { { SettingsDialog::Page::Clusters,
                                                                              u"clusters"_s },
                { SettingsDialog::Page::Llm, u"llm"_s }, { SettingsDialog::Page::General, u"general"_s } };
            for (const auto &[page, name] : pages) {
                other.showPage(page);
                if (page == SettingsDialog::Page::Clusters) {
                    child<QListWidget>(other.clustersPage(), u"clusterList"_s)->setCurrentRow(1);
                }
                QTest::qWait(300);
                QVERIFY(other.grab().save(dir + u"/settings-"_s + name + u".png"_s, "PNG"));
            }
        }
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
    }

    // Before a run without a keychain: the user is asked, the answer goes to the run's environment.
    void asksEachTime()
    {
        SecretStore secrets;
        Mwb::Db::ConnectionSpec spec;
        spec.dialect = Mwb::Db::DialectKind::Postgres;
        spec.profile = u"prod"_s;
        spec.host = u"db.example.com"_s;
        const QStringList keys = secrets.secretsToAsk({ spec }, {}, true);
        QCOMPARE(keys, (QStringList { u"prod"_s, SecretStore::anthropicKeyName() }));

        // Answers each prompt as it appears, in order (a poller: prompts open one after the other).
        QStringList labels;
        QList<std::pair<QString, bool>> answers;
        QTimer poller;
        QPointer<QObject> answered; // a new prompt may reuse the address of the last one
        connect(&poller, &QTimer::timeout, this, [&] {
            auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (prompt == nullptr || prompt == answered || !prompt->isVisible() || answers.isEmpty()) {
                return;
            }
            answered = prompt;
            QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
            labels << prompt->labelText();
            const auto [text, accept] = answers.takeFirst();
            prompt->setTextValue(text);
            accept ? prompt->accept() : prompt->reject();
        });
        poller.start(10);
        // Cancelled: nothing kept, the run is not started.
        answers = { { u"x"_s, false } };
        QVERIFY(!askForSecrets(nullptr, &secrets, keys));
        QVERIFY(!secrets.hasSessionSecret(u"prod"_s));

        answers = { { u"Pw-ask-1"_s, true }, { u"sk-ant-ask"_s, true } };
        QVERIFY(askForSecrets(nullptr, &secrets, keys));
        QVERIFY(answers.isEmpty());
        QVERIFY(labels.at(1).contains(u"\"prod\""_s));
        QVERIFY(labels.at(2).contains(u"Anthropic"_s));
        QCOMPARE(secrets.secretsToAsk({ spec }, {}, true), QStringList());
        const QProcessEnvironment env = secrets.environmentFor({ spec }, {}, true, {});
        QCOMPARE(env.value(u"PGPASSWORD"_s), u"Pw-ask-1"_s);
        QCOMPARE(env.value(u"ANTHROPIC_API_KEY"_s), u"sk-ant-ask"_s);
    }

    void llmAndGeneral()
    {
        SecretStore secrets;
        SettingsDialog dialog(&secrets, QString());
        // No project: the project pages say so and cannot be edited.
        QVERIFY(!dialog.connectionsPage()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"noProjectNote"_s) != nullptr);
        dialog.showPage(SettingsDialog::Page::Llm);
        QTRY_VERIFY(child<QLabel>(&dialog, u"anthropicKeyState"_s)->text().contains(u"never written to disk"_s));
        typeInto(&dialog, u"anthropicKey"_s, u"sk-ant-dlg-UNIQUE"_s);
        auto *model = child<QComboBox>(&dialog, u"llmModel"_s);
        model->setCurrentIndex(model->findText(u"claude-opus-4-1"_s));
        auto *language = child<QComboBox>(&dialog, u"language"_s);
        language->setCurrentIndex(language->findData(u"ja"_s));
        QCOMPARE(language->currentText(), u"日本語"_s);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QTRY_COMPARE(secrets.sessionSecret(SecretStore::anthropicKeyName()), u"sk-ant-dlg-UNIQUE"_s);
        QCOMPARE(WorkbenchSettings::llmModel(), u"claude-opus-4-1"_s);
        QCOMPARE(WorkbenchSettings::language(), u"ja"_s);
        QCOMPARE(WorkbenchSettings::runEnvironment({}).value(u"MWB_LLM_MODEL"_s), u"claude-opus-4-1"_s);
        QSettings().sync();
        const QByteArray stored = readAll(QSettings().fileName());
        // As the next start reads it (app/gui/main.cpp, before any QSettings cache exists).
        QVERIFY2(stored.contains("[ui]\nlanguage=ja\n"), stored.constData());
        QVERIFY(!stored.contains("sk-ant"));
        QCOMPARE(secrets.environmentFor({}, {}, true, {}).value(u"ANTHROPIC_API_KEY"_s), u"sk-ant-dlg-UNIQUE"_s);

        // "System language" removes the setting.
        WorkbenchSettings::setLanguage({});
        QCOMPARE(QSettings().contains(u"ui/language"_s), false);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
