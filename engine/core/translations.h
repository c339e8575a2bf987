// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Mwb::Core {

// Installs the project's translations (resources ":/i18n/mwb_<locale>.qm", compiled from
// translations/*.ts) and Qt's own for the system locale. English needs nothing.
void installTranslations(QCoreApplication &app);

} // namespace Mwb::Core
