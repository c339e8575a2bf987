// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"

#include <QVariant>

namespace Mwb::Db {

// A cell value as JSON that is valid for any value (reliability.md §10 case 25): integers stay
// exact (unsigned 64-bit too), floats that JSON cannot hold (NaN, ±Infinity) become strings,
// binary becomes {"base64": "..."}, and a text value whose bytes are not UTF-8 (kept as bytes by the
// reader) becomes {"invalid_utf8_base64": "..."}; newlines, quotes, U+2028 and control characters
// are escaped by the JSON writer.
Core::OrderedJson variantToJson(const QVariant &value, bool bytesAreInvalidText = false);

// The inverse for key values stored in checkpoints: numbers, strings and {"base64": ...}.
QVariant variantFromJson(const Core::OrderedJson &json);

} // namespace Mwb::Db
