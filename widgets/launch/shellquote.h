// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Mwb::Widgets {

// POSIX shell quoting (IEEE 1003.1, "Quoting": inside single quotes every character is literal,
// so the only character that needs care is the quote itself, written as '\''). Words made only
// of characters no shell treats specially stay bare, so the common command reads naturally.
QString shellQuote(const QString &argument);

// "mwb " followed by each argument shell-quoted: paste it into a POSIX shell and mwb receives
// exactly `arguments`.
QString commandLine(const QStringList &arguments);

} // namespace Mwb::Widgets
