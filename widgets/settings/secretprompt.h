// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace Mwb::Widgets {

class SecretStore;

// "Ask each time": before a run, asks the user for every secret in `keys`
// (SecretStore::secretsToAsk()) in a password field and keeps the answers in the store's session
// memory, from where SecretStore::environmentFor() hands them to the run. Nothing is written
// anywhere. False when the user cancels one (then start nothing).
bool askForSecrets(QWidget *parent, SecretStore *secrets, const QStringList &keys);

} // namespace Mwb::Widgets
