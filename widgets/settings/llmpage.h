// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Mwb::Widgets {

class SecretStore;

// Settings > LLM: the Anthropic API key (keychain key "anthropic-api-key", as engine/llm reads
// it) and the model (QSettings, handed to mwb as MWB_LLM_MODEL).
class LlmPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmPage)

public:
    explicit LlmPage(SecretStore *secrets, QWidget *parent = nullptr);
    ~LlmPage() override;

    bool save();

private:
    void showKeyState(bool stored, bool sessionOnly);

    SecretStore *m_secrets;
    QLineEdit *m_key;
    QLabel *m_keyState;
    QPushButton *m_removeKey;
    QComboBox *m_model;
    int m_readRequest = 0;
    bool m_removeRequested = false;
};

} // namespace Mwb::Widgets
