// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"

#include <QString>

namespace Mwb::Kernel {

// nbformat "multiline_string": a string, or a list of strings joined with "" (nbformat v4 schema);
// anything else gives an empty string.
QString multilineText(const Core::Json &value);

// AIDP wraps stream text as a JSON array [{"type": "TEXT_PLAIN", "value": "..."}, ...]
// (protocols.md §2.3); returns the concatenated values, or `text` unchanged when it is not such an array.
QString unwrapTextPlain(const QString &text);

// AIDP stream messages with metadata.type == "event" carry Spark job ids, not user output.
bool isEventStream(const Core::Json &metadata);

// The exception the runtime shim's notebook.exit() raises to end a notebook (resources/python).
inline constexpr char notebookExitName[] = "MwbNotebookExit";

} // namespace Mwb::Kernel
