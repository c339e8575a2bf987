// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/secretprompt.h"

#include "settings/secretstore.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mwb::Widgets::SecretPrompt)
};

QString labelFor(const QString &key)
{
    if (key == SecretStore::anthropicKeyName()) {
        return Tr::tr("Anthropic API key:");
    }
    const QString jupyterPrefix = SecretStore::jupyterTokenKey({});
    if (key.startsWith(jupyterPrefix)) {
        return Tr::tr("Token of the Jupyter server of cluster profile \"%1\":").arg(key.mid(jupyterPrefix.size()));
    }
    return Tr::tr("Password of the connection \"%1\":").arg(key);
}

} // namespace

bool askForSecrets(QWidget *parent, SecretStore *secrets, const QStringList &keys)
{
    for (const QString &key : keys) {
        QInputDialog dialog(parent);
        dialog.setObjectName(u"secretPrompt"_s);
        dialog.setWindowTitle(Tr::tr("Password needed"));
        dialog.setLabelText(labelFor(key) + u"\n\n"_s
            + Tr::tr("No system keychain is available: the answer is kept in memory until the "
                     "workbench closes and never written to disk."));
        dialog.setTextEchoMode(QLineEdit::Password);
        if (dialog.exec() != QDialog::Accepted) {
            return false;
        }
        secrets->setSessionSecret(key, dialog.textValue());
    }
    return true;
}

} // namespace Mwb::Widgets
