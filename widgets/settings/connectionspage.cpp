// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/connectionspage.h"

#include "db/connection.h"
#include "settings/secretstore.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

const QStringList postgresModes { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s,
    u"verify-full"_s };
const QStringList mysqlModes { u"DISABLED"_s, u"PREFERRED"_s, u"REQUIRED"_s, u"VERIFY_CA"_s, u"VERIFY_IDENTITY"_s };

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

ConnectionsPage::ConnectionsPage(SecretStore *secrets, const QString &projectDir, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_projectDir(projectDir)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_form(new QWidget(this))
    , m_name(lineEdit(u"connectionName"_s, m_form))
    , m_url(lineEdit(u"connectionUrl"_s, m_form))
    , m_tls(new QComboBox(m_form))
    , m_rootCert(lineEdit(u"tlsRootCert"_s, m_form))
    , m_keychain(lineEdit(u"keychainKey"_s, m_form))
    , m_password(lineEdit(u"connectionPassword"_s, m_form))
    , m_passwordNote(new QLabel(m_form))
    , m_test(new QPushButton(tr("Test connection"), m_form))
    , m_testResult(new QLabel(m_form))
    , m_error(new QLabel(this))
{
    setObjectName(u"connectionsPage"_s);
    m_list->setObjectName(u"connectionList"_s);
    m_add->setObjectName(u"addConnection"_s);
    m_remove->setObjectName(u"removeConnection"_s);
    m_tls->setObjectName(u"tlsMode"_s);
    m_test->setObjectName(u"testConnection"_s);
    m_testResult->setObjectName(u"testResult"_s);
    m_passwordNote->setObjectName(u"passwordNote"_s);
    m_error->setObjectName(u"connectionError"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(u"postgresql://user@host:5432/db"_s);
    m_keychain->setPlaceholderText(tr("the profile name"));
    m_rootCert->setPlaceholderText(tr("optional CA certificate file"));
    for (QLabel *label : { m_passwordNote, m_testResult, m_error }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_error->hide();

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("TLS mode:"), m_tls);
    form->addRow(tr("CA certificate:"), m_rootCert);
    form->addRow(tr("Keychain key:"), m_keychain);
    // The note sits right under the field it explains.
    auto *passwordColumn = new QVBoxLayout;
    passwordColumn->setSpacing(2);
    passwordColumn->addWidget(m_password);
    passwordColumn->addWidget(m_passwordNote);
    form->addRow(tr("Password:"), passwordColumn);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_testResult);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_form, 2);
    auto *layout = new QVBoxLayout(this);
    auto *caption = new QLabel(m_projectDir.isEmpty()
            ? tr("Open a project to edit its connection profiles (connections.json).")
            : tr("Profiles of this project, in %1. mwb commands take a profile name wherever they "
                 "take a connection URL.")
                  .arg(QDir::toNativeSeparators(QDir(m_projectDir).filePath(u"connections.json"_s))),
        this);
    caption->setObjectName(m_projectDir.isEmpty() ? u"noProjectNote"_s : u"connectionsCaption"_s);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    setEnabled(!m_projectDir.isEmpty());
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        commitForm();
        showProfile(row);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        QString name = u"profile"_s;
        for (int n = 2;
             std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&](const auto &p) { return p.name == name; }); ++n) {
            name = u"profile%1"_s.arg(n);
        }
        addProfile(name);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_current;
        if (row < 0 || row >= m_profiles.size()) {
            return;
        }
        m_removedKeys << m_profiles[row].keychainKey();
        m_profiles.removeAt(row);
        m_typedPasswords.removeAt(row);
        m_tlsChosen.removeAt(row);
        m_current = -1;
        m_modified = true;
        delete m_list->takeItem(row);
        showProfile(m_list->currentRow());
    });
    const auto edited = [this] {
        if (!m_filling) {
            m_modified = true;
            commitForm();
        }
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_url, &QLineEdit::textEdited, this, [this, edited] {
        edited();
        updateTlsChoices();
        commitForm();
        updatePasswordNote();
    });
    connect(m_tls, &QComboBox::activated, this, [this, edited] {
        if (m_current >= 0) {
            m_tlsChosen[m_current] = true;
        }
        edited();
    });
    connect(m_rootCert, &QLineEdit::textEdited, this, edited);
    connect(m_keychain, &QLineEdit::textEdited, this, edited);
    connect(m_password, &QLineEdit::textEdited, this, edited);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsPage::testConnection);
    connect(&m_testWatcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_testWatcher.result();
        if (outcome.request != m_testRequest) {
            return; // a newer test was started: this answer is stale
        }
        m_test->setEnabled(true);
        m_testResult->setText(outcome.message);
        Q_EMIT connectionTested(outcome.ok, outcome.message);
    });
    load();
}

// A running test keeps going in the thread pool (it holds copies of what it needs, never the page);
// its result is dropped with the watcher.
ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::load()
{
    if (m_projectDir.isEmpty()) {
        showProfile(-1);
        return;
    }
    auto profiles = readConnectionProfiles(m_projectDir);
    if (!profiles) {
        m_loadFailed = true;
        showError(profiles.error().toString());
        showProfile(-1);
        return;
    }
    m_profiles = *profiles;
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        m_typedPasswords << QString();
        m_tlsChosen << !profile.tlsMode.isEmpty();
        m_list->addItem(profile.name);
        m_list->item(m_list->count() - 1)->setToolTip(profile.url);
    }
    if (m_profiles.isEmpty()) {
        showProfile(-1);
    } else {
        m_list->setCurrentRow(0);
    }
}

QList<ConnectionProfile> ConnectionsPage::profiles() const
{
    return m_profiles;
}

void ConnectionsPage::addProfile(const QString &name)
{
    commitForm();
    ConnectionProfile profile;
    profile.name = name;
    m_profiles << profile;
    m_typedPasswords << QString();
    m_tlsChosen << false;
    m_modified = true;
    m_list->addItem(name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
}

void ConnectionsPage::showProfile(int row)
{
    m_current = row >= 0 && row < m_profiles.size() ? row : -1;
    m_form->setEnabled(m_current >= 0);
    m_remove->setEnabled(m_current >= 0);
    m_add->setEnabled(!m_loadFailed);
    const ConnectionProfile profile = m_current >= 0 ? m_profiles[m_current] : ConnectionProfile();
    m_filling = true;
    m_name->setText(profile.name);
    m_url->setText(profile.url);
    m_rootCert->setText(profile.tlsRootCert);
    // The keychain key shows only when it differs from the name (the placeholder says "the profile name").
    m_keychain->setText(profile.keychain == profile.name ? QString() : profile.keychain);
    m_password->setText(m_current >= 0 ? m_typedPasswords[m_current] : QString());
    updateTlsChoices();
    m_filling = false;
    m_testResult->clear();
    updatePasswordNote();
}

void ConnectionsPage::updateTlsChoices()
{
    const bool filling = std::exchange(m_filling, true);
    const auto spec = Db::parseConnectionUrl(m_url->text());
    const QString scheme = m_url->text().section(u':', 0, 0).toLower();
    const bool mysql = scheme == u"mysql" || scheme == u"mariadb";
    const bool sqlite = scheme.startsWith(u"sqlite"_s) || m_url->text().trimmed().isEmpty();
    const QStringList modes = sqlite ? QStringList() : mysql ? mysqlModes : postgresModes;
    QString mode = m_current >= 0 ? m_profiles[m_current].tlsMode : QString();
    if (m_current >= 0 && !m_tlsChosen[m_current]) {
        // Follows the host until the user picks a mode: verify-full for remote hosts (reliability.md §7.3).
        mode = spec ? spec->tlsMode : QString();
    }
    m_tls->clear();
    m_tls->addItems(modes);
    m_tls->setEnabled(!modes.isEmpty());
    const int index = int(modes.indexOf(mode));
    if (!modes.isEmpty()) {
        // An unknown spelling stays visible so that save() can say what is wrong with it.
        if (index < 0 && !mode.isEmpty()) {
            m_tls->addItem(mode);
            m_tls->setCurrentIndex(m_tls->count() - 1);
        } else {
            m_tls->setCurrentIndex(index < 0 ? int(modes.size()) - 1 : index);
        }
    }
    m_filling = filling;
}

void ConnectionsPage::commitForm()
{
    if (m_current < 0 || m_current >= m_profiles.size() || m_filling) {
        return;
    }
    ConnectionProfile &profile = m_profiles[m_current];
    profile.name = m_name->text().trimmed();
    profile.url = m_url->text().trimmed();
    profile.tlsMode = m_tls->isEnabled() ? m_tls->currentText() : QString();
    profile.tlsRootCert = m_rootCert->text().trimmed();
    profile.keychain = m_keychain->text().trimmed();
    m_typedPasswords[m_current] = m_password->text();
    if (QListWidgetItem *item = m_list->item(m_current); item != nullptr && item->text() != profile.name) {
        item->setText(profile.name);
    }
}

void ConnectionsPage::updatePasswordNote()
{
    const bool sqlite = m_url->text().trimmed().startsWith(u"sqlite"_s, Qt::CaseInsensitive);
    m_password->setEnabled(!sqlite);
    if (sqlite) {
        m_password->setPlaceholderText(QString());
        m_passwordNote->setText(tr("SQLite files have no password."));
        return;
    }
    const QString key
        = m_keychain->text().trimmed().isEmpty() ? m_name->text().trimmed() : m_keychain->text().trimmed();
    if (m_secrets->isAvailable()) {
        m_password->setPlaceholderText(tr("unchanged"));
        m_passwordNote->setText(
            tr("Saved in the system keychain (service \"%1\", key \"%2\"), never in connections.json.")
                .arg(SecretStore::service(), key));
    } else {
        m_password->setPlaceholderText(m_secrets->hasSessionSecret(key) ? tr("kept for this session") : QString());
        m_passwordNote->setText(tr("No system keychain is available: the password is kept in memory for this session "
                                   "only and you will be asked for it each time. It is never written to disk."));
    }
}

void ConnectionsPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool ConnectionsPage::save()
{
    commitForm();
    if (m_loadFailed) {
        return false; // the file could not be read: do not overwrite it (the error is shown)
    }
    QStringList names;
    for (int row = 0; row < m_profiles.size(); ++row) {
        const ConnectionProfile &profile = m_profiles[row];
        auto spec = connectionSpecOf(profile);
        QString error;
        if (!spec) {
            error = spec.error().toString();
        } else if (names.contains(profile.name)) {
            error = tr("Two profiles are called \"%1\". Rename one of them.").arg(profile.name);
        }
        if (!error.isEmpty()) {
            m_list->setCurrentRow(row);
            showError(error);
            return false;
        }
        names << profile.name;
    }
    if (!m_modified) {
        showError({});
        return true;
    }
    if (auto written = writeConnectionProfiles(m_projectDir, m_profiles); !written) {
        showError(written.error().toString());
        return false;
    }
    showError({});
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (!m_typedPasswords[row].isEmpty()) {
            m_secrets->write(m_profiles[row].keychainKey(), m_typedPasswords[row]);
            m_typedPasswords[row].clear(); // handed over: the form holds no copy
        }
    }
    m_password->clear();
    updatePasswordNote();
    for (const QString &key : std::as_const(m_removedKeys)) {
        const bool stillUsed = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
            [&key](const ConnectionProfile &p) { return p.keychainKey() == key; });
        if (!stillUsed) {
            m_secrets->remove(key);
        }
    }
    m_removedKeys.clear();
    m_modified = false;
    return true;
}

void ConnectionsPage::testConnection()
{
    commitForm();
    if (m_current < 0) {
        return;
    }
    const ConnectionProfile profile = m_profiles[m_current];
    auto spec = connectionSpecOf(profile);
    if (!spec) {
        m_testResult->setText(spec.error().toString());
        Q_EMIT connectionTested(false, spec.error().toString());
        return;
    }
    std::optional<QString> password;
    const QString key = profile.keychainKey();
    if (!m_typedPasswords[m_current].isEmpty()) {
        password = m_typedPasswords[m_current];
    } else if (m_secrets->hasSessionSecret(key)) {
        password = m_secrets->sessionSecret(key);
    } // else: as mwb would, from the environment or the keychain
    const int request = ++m_testRequest;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(spec->displayUrl()));
    m_testWatcher.setFuture(QtConcurrent::run([request, spec = *spec, password]() -> Outcome {
        auto connection
            = Db::Connection::open(spec, u"settings-test"_s, Db::Connection::SqliteFile::MustExist, password);
        if (!connection) {
            return { request, false, tr("Could not connect: %1").arg(connection.error().toString()) };
        }
        QSqlQuery query = connection->query();
        if (!query.exec(u"SELECT 1"_s)) {
            return { request, false, tr("Connected, but a query failed.") };
        }
        const QString tls = connection->tlsDescription();
        return { request, true,
            tls.isEmpty() ? tr("Connected to %1.").arg(spec.displayUrl())
                          : tr("Connected to %1 over %2.").arg(spec.displayUrl(), tls) };
    }));
}

} // namespace Mwb::Widgets
