// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Mwb::Core {

// Writes data so that a reader sees either the old file or the complete new one, never a part:
// temporary file in the same folder, fsync, rename over the target, fsync of the folder
// (ARCHITECTURE.md "State on disk"). Creates missing parent folders.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

// Moves a file that a later run cannot trust aside as "<name>.corrupt.<UTC timestamp>" and
// returns the new path (empty if the move failed).
QString quarantineCorruptFile(const QString &path);

} // namespace Mwb::Core
