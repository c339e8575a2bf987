// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/llmpage.h"

#include "settings/secretstore.h"
#include "settings/workbenchsettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

LlmPage::LlmPage(SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_key(new QLineEdit(this))
    , m_keyState(new QLabel(this))
    , m_removeKey(new QPushButton(tr("Remove key"), this))
    , m_model(new QComboBox(this))
{
    setObjectName(u"llmPage"_s);
    m_key->setObjectName(u"anthropicKey"_s);
    m_keyState->setObjectName(u"anthropicKeyState"_s);
    m_removeKey->setObjectName(u"removeAnthropicKey"_s);
    m_model->setObjectName(u"llmModel"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(u"sk-ant-…"_s);
    m_keyState->setWordWrap(true);
    m_model->setEditable(true);
    // Empty = mwb's default model (engine/llm/anthropicclient.cpp).
    m_model->addItem(tr("mwb's default"), QString());
    for (const QString &model : { u"claude-sonnet-4-5"_s, u"claude-opus-4-1"_s, u"claude-haiku-4-5"_s }) {
        m_model->addItem(model, model);
    }
    const QString model = WorkbenchSettings::llmModel();
    if (model.isEmpty()) {
        m_model->setCurrentIndex(0);
    } else if (const int index = m_model->findData(model); index >= 0) {
        m_model->setCurrentIndex(index);
    } else {
        m_model->setEditText(model);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Anthropic API key:"), m_key);
    form->addRow(QString(), m_keyState);
    auto *removeRow = new QHBoxLayout;
    removeRow->addWidget(m_removeKey);
    removeRow->addStretch();
    form->addRow(QString(), removeRow);
    form->addRow(tr("Model:"), m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The key is used by the fixer and the judge of migrate-job runs. A key in the "
                               "ANTHROPIC_API_KEY environment variable takes precedence."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_removeKey, &QPushButton::clicked, this, [this] {
        m_removeRequested = true;
        m_key->clear();
        showKeyState(false, false);
    });
    connect(m_secrets, &SecretStore::readFinished, this,
        [this](int request, const QString &, const QString &secret, const QString &) {
            if (request == m_readRequest) {
                showKeyState(!secret.isEmpty(), !m_secrets->isAvailable());
            }
        });
    m_keyState->setText(tr("Looking for a stored key…"));
    m_readRequest = m_secrets->read(SecretStore::anthropicKeyName());
}

LlmPage::~LlmPage() = default;

void LlmPage::showKeyState(bool stored, bool sessionOnly)
{
    m_removeKey->setEnabled(stored);
    if (stored) {
        m_keyState->setText(sessionOnly ? tr("A key is kept in memory for this session.")
                                        : tr("A key is stored in the system keychain."));
    } else if (m_secrets->isAvailable()) {
        m_keyState->setText(tr("No key is stored. A key typed here is saved in the system keychain."));
    } else {
        m_keyState->setText(tr("No system keychain is available: a key typed here is kept in memory for this "
                               "session only and never written to disk."));
    }
}

bool LlmPage::save()
{
    const QString key = m_key->text().trimmed();
    if (!key.isEmpty()) {
        m_secrets->write(SecretStore::anthropicKeyName(), key);
        m_key->clear();
        showKeyState(true, !m_secrets->isAvailable());
    } else if (m_removeRequested) {
        m_secrets->remove(SecretStore::anthropicKeyName());
    }
    m_removeRequested = false;
    const int index = m_model->findText(m_model->currentText());
    WorkbenchSettings::setLlmModel(index >= 0 ? m_model->itemData(index).toString() : m_model->currentText());
    return true;
}

} // namespace Mwb::Widgets
