// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/clusterspage.h"

#include "settings/secretstore.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

QLineEdit *lineEdit(const QString &objectName, QWidget *parent, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

ClustersPage::ClustersPage(SecretStore *secrets, const QString &projectDir, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_projectDir(projectDir)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_form(new QWidget(this))
    , m_name(lineEdit(u"clusterName"_s, m_form))
    , m_kind(new QComboBox(m_form))
    , m_jupyterUrl(lineEdit(u"jupyterUrl"_s, m_form, u"http://127.0.0.1:8888/"_s))
    , m_token(lineEdit(u"jupyterToken"_s, m_form))
    , m_ociProfile(lineEdit(u"ociProfile"_s, m_form, u"DEFAULT"_s))
    , m_ociConfig(lineEdit(u"ociConfig"_s, m_form, u"~/.oci/config"_s))
    , m_datalake(lineEdit(u"datalake"_s, m_form, u"ocid1.aidataplatform…"_s))
    , m_workspace(lineEdit(u"aidpWorkspace"_s, m_form))
    , m_cluster(lineEdit(u"aidpCluster"_s, m_form))
    , m_region(lineEdit(u"region"_s, m_form))
    , m_kernel(lineEdit(u"kernelName"_s, m_form))
    , m_command(new QLabel(m_form))
    , m_error(new QLabel(this))
{
    setObjectName(u"clustersPage"_s);
    m_list->setObjectName(u"clusterList"_s);
    m_add->setObjectName(u"addCluster"_s);
    m_remove->setObjectName(u"removeCluster"_s);
    m_kind->setObjectName(u"clusterKind"_s);
    m_command->setObjectName(u"clusterCommand"_s);
    m_error->setObjectName(u"clusterError"_s);
    m_kind->addItem(tr("Jupyter server"), int(ClusterProfile::Kind::Jupyter));
    m_kind->addItem(tr("Oracle AI Data Platform"), int(ClusterProfile::Kind::Aidp));
    m_token->setEchoMode(QLineEdit::Password);
    m_region->setPlaceholderText(tr("from the data lake OCID"));
    m_kernel->setPlaceholderText(tr("default"));
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->hide();

    // One form; the rows of the other kind are hidden (QFormLayout::setRowVisible, Qt 6.4), so that
    // every field lines up under the same label column.
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Server URL:"), m_jupyterUrl);
    form->addRow(tr("Token:"), m_token);
    form->addRow(tr("OCI profile:"), m_ociProfile);
    form->addRow(tr("OCI config file:"), m_ociConfig);
    form->addRow(tr("Data lake OCID:"), m_datalake);
    form->addRow(tr("Workspace id:"), m_workspace);
    form->addRow(tr("Cluster id:"), m_cluster);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Kernel:"), m_kernel);
    form->addRow(tr("mwb options:"), m_command);
    m_formLayout = form;

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
            ? tr("Open a project to edit its cluster profiles (workbench.json).")
            : tr("Kernels that jobs run on, kept in %1. Tokens go to the system keychain.")
                  .arg(QDir::toNativeSeparators(QDir(m_projectDir).filePath(u"workbench.json"_s))),
        this);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    setEnabled(!m_projectDir.isEmpty());
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        commitForm();
        showProfile(row);
    });
    connect(m_add, &QPushButton::clicked, this,
        [this] { addProfile(u"cluster%1"_s.arg(m_profiles.size() + 1), ClusterProfile::Kind::Jupyter); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_current;
        if (row < 0) {
            return;
        }
        m_removedKeys << SecretStore::jupyterTokenKey(m_profiles[row].name);
        m_profiles.removeAt(row);
        m_typedTokens.removeAt(row);
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
    for (QLineEdit *edit : { m_name, m_jupyterUrl, m_token, m_ociProfile, m_ociConfig, m_datalake, m_workspace,
             m_cluster, m_region, m_kernel }) {
        connect(edit, &QLineEdit::textEdited, this, edited);
    }
    connect(m_kind, &QComboBox::activated, this, [this, edited] {
        showKindRows();
        edited();
    });

    if (!m_projectDir.isEmpty()) {
        auto profiles = readClusterProfiles(m_projectDir);
        if (!profiles) {
            m_loadFailed = true;
            showError(profiles.error().toString());
        } else {
            m_profiles = *profiles;
            for (const ClusterProfile &profile : std::as_const(m_profiles)) {
                m_typedTokens << QString();
                m_list->addItem(profile.name);
            }
        }
    }
    if (m_profiles.isEmpty()) {
        showProfile(-1);
    } else {
        m_list->setCurrentRow(0);
    }
}

ClustersPage::~ClustersPage() = default;

void ClustersPage::showKindRows()
{
    const bool aidp = ClusterProfile::Kind(m_kind->currentData().toInt()) == ClusterProfile::Kind::Aidp;
    for (QWidget *field : { m_jupyterUrl, m_token }) {
        m_formLayout->setRowVisible(field, !aidp);
    }
    for (QWidget *field : { m_ociProfile, m_ociConfig, m_datalake, m_workspace, m_cluster, m_region }) {
        m_formLayout->setRowVisible(field, aidp);
    }
}

void ClustersPage::addProfile(const QString &name, ClusterProfile::Kind kind)
{
    commitForm();
    ClusterProfile profile;
    profile.name = name;
    profile.kind = kind;
    m_profiles << profile;
    m_typedTokens << QString();
    m_modified = true;
    m_list->addItem(name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
}

void ClustersPage::showProfile(int row)
{
    m_current = row >= 0 && row < m_profiles.size() ? row : -1;
    m_form->setEnabled(m_current >= 0);
    m_remove->setEnabled(m_current >= 0);
    m_add->setEnabled(!m_loadFailed);
    const ClusterProfile p = m_current >= 0 ? m_profiles[m_current] : ClusterProfile();
    m_filling = true;
    m_name->setText(p.name);
    m_kind->setCurrentIndex(p.kind == ClusterProfile::Kind::Aidp ? 1 : 0);
    showKindRows();
    m_jupyterUrl->setText(p.jupyterUrl);
    m_token->setText(m_current >= 0 ? m_typedTokens[m_current] : QString());
    m_token->setPlaceholderText(
        m_secrets->isAvailable() ? tr("unchanged (kept in the keychain)") : tr("kept in memory for this session only"));
    m_ociProfile->setText(p.ociProfile);
    m_ociConfig->setText(p.ociConfig);
    m_datalake->setText(p.datalake);
    m_workspace->setText(p.workspace);
    m_cluster->setText(p.cluster);
    m_region->setText(p.region);
    m_kernel->setText(p.kernel);
    m_command->setText(m_current >= 0 ? p.arguments(ClusterProfile::Command::MigrateJob).join(u' ') : QString());
    m_filling = false;
}

void ClustersPage::commitForm()
{
    if (m_current < 0 || m_filling) {
        return;
    }
    ClusterProfile &p = m_profiles[m_current];
    p.name = m_name->text().trimmed();
    p.kind = ClusterProfile::Kind(m_kind->currentData().toInt());
    p.jupyterUrl = m_jupyterUrl->text().trimmed();
    p.ociProfile = m_ociProfile->text().trimmed();
    p.ociConfig = m_ociConfig->text().trimmed();
    p.datalake = m_datalake->text().trimmed();
    p.workspace = m_workspace->text().trimmed();
    p.cluster = m_cluster->text().trimmed();
    p.region = m_region->text().trimmed();
    p.kernel = m_kernel->text().trimmed();
    m_typedTokens[m_current] = m_token->text();
    m_command->setText(p.arguments(ClusterProfile::Command::MigrateJob).join(u' '));
    if (QListWidgetItem *item = m_list->item(m_current); item != nullptr && item->text() != p.name) {
        item->setText(p.name);
    }
}

void ClustersPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool ClustersPage::save()
{
    commitForm();
    if (m_loadFailed) {
        return false;
    }
    QStringList names;
    for (int row = 0; row < m_profiles.size(); ++row) {
        auto valid = m_profiles[row].validate();
        QString error = valid ? QString() : valid.error().toString();
        if (error.isEmpty() && names.contains(m_profiles[row].name)) {
            error = tr("Two cluster profiles are called \"%1\". Rename one of them.").arg(m_profiles[row].name);
        }
        if (!error.isEmpty()) {
            m_list->setCurrentRow(row);
            showError(error);
            return false;
        }
        names << m_profiles[row].name;
    }
    if (!m_modified) {
        showError({});
        return true;
    }
    if (auto written = writeClusterProfiles(m_projectDir, m_profiles); !written) {
        showError(written.error().toString());
        return false;
    }
    showError({});
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (!m_typedTokens[row].isEmpty()) {
            m_secrets->write(SecretStore::jupyterTokenKey(m_profiles[row].name), m_typedTokens[row]);
        }
    }
    for (const QString &key : std::as_const(m_removedKeys)) {
        if (!names.contains(key.section(u'/', 1))) {
            m_secrets->remove(key);
        }
    }
    m_removedKeys.clear();
    m_modified = false;
    return true;
}

} // namespace Mwb::Widgets
