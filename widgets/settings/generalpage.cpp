// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/generalpage.h"

#include "settings/workbenchsettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

GeneralPage::GeneralPage(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
{
    setObjectName(u"generalPage"_s);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language"), QString());
    // Language names in their own language, so that a user can find theirs whatever is shown now.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(WorkbenchSettings::language())));

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies the next time the workbench starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    auto *theme = new QLabel(tr("Light and dark follow the system's colour scheme."), this);
    theme->setObjectName(u"themeNote"_s);
    theme->setWordWrap(true);
    form->addRow(tr("Appearance:"), theme);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
}

GeneralPage::~GeneralPage() = default;

bool GeneralPage::save()
{
    WorkbenchSettings::setLanguage(m_language->currentData().toString());
    return true;
}

} // namespace Mwb::Widgets
