// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Mwb::Kernel {

// Verification (b): lines of a cell's stdout/stderr that show an error although the cell "succeeded"
// (code that catches and prints). Patterns of mission_anchors.md §1.5: "Traceback", "Exception:" and
// "<Name>Error:" with the colon; lines that mention WARN/WARNING, "deprecated", FutureWarning,
// UserWarning, DeprecationWarning or "should be int, but was" are ignored. ANSI codes must be gone.
QStringList findErrorLines(const QString &text);

// OCI failures no retry can fix (IAM, missing bucket); the matched pattern, or empty.
QString findUnfixableOciError(const QString &text);

} // namespace Mwb::Kernel
