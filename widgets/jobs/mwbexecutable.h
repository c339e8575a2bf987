// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::Widgets {

// The `mwb` engine the GUI delegates runs to (ARCHITECTURE.md "Engine and GUI"), first found of:
// $MWB_EXECUTABLE; <appdir>/mwb (installed side by side); <appdir>/../cli/mwb (the build tree:
// build/app/gui/migration-workbench next to build/app/cli/mwb); `mwb` on PATH. Falls back to the bare
// name "mwb" so that QProcess reports a readable "not found" error.
QString mwbExecutable();

} // namespace Mwb::Widgets
