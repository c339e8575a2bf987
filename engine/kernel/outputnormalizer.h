// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"

#include <QString>

namespace Mwb::Kernel {

// AIDP wraps stream text as a JSON array [{"type": "TEXT_PLAIN", "value": "..."}, ...]
// (protocols.md §2.3); returns the concatenated values, or `text` unchanged when it is not such an array.
QString unwrapTextPlain(const QString &text);

// AIDP stream messages with metadata.type == "event" carry Spark job ids, not user output.
bool isEventStream(const Core::Json &metadata);

// The exception the runtime shim's notebook.exit() raises to end a notebook (resources/python).
inline constexpr char notebookExitName[] = "MwbNotebookExit";

} // namespace Mwb::Kernel
