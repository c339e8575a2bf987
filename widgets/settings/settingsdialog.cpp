// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsdialog.h"

#include "settings/clusterspage.h"
#include "settings/connectionspage.h"
#include "settings/generalpage.h"
#include "settings/llmpage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

SettingsDialog::SettingsDialog(SecretStore *secrets, const QString &projectDir, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_connections(new ConnectionsPage(secrets, projectDir, m_tabs))
    , m_clusters(new ClustersPage(secrets, projectDir, m_tabs))
    , m_llm(new LlmPage(secrets, m_tabs))
    , m_general(new GeneralPage(m_tabs))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_tabs->addTab(m_connections, tr("Connections"));
    m_tabs->addTab(m_clusters, tr("Clusters"));
    m_tabs->addTab(m_llm, tr("LLM"));
    m_tabs->addTab(m_general, tr("General"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::save);
    resize(820, 520);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

bool SettingsDialog::save()
{
    if (!m_connections->save()) {
        showPage(Page::Connections);
        return false;
    }
    if (!m_clusters->save()) {
        showPage(Page::Clusters);
        return false;
    }
    m_llm->save();
    m_general->save();
    Q_EMIT saved();
    return true;
}

void SettingsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace Mwb::Widgets
