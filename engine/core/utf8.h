// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Mwb::Core {

// Byte offset of the first byte that is not part of a well-formed UTF-8 sequence
// (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), or -1 when all is valid.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

} // namespace Mwb::Core
