// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "core/result.h"

#include <QString>

namespace Mwb::Widgets {

// Replaces one top-level member of a project settings file (connections.json "profiles", workbench.json
// "clusters") and keeps every other member as it was, written atomically. A file that exists but cannot
// be read or parsed is an error and is left alone: it holds settings this page does not know.
Core::Result<void> writeProjectJsonMember(const QString &file, const char *member, const Core::OrderedJson &value);

} // namespace Mwb::Widgets
