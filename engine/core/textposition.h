// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

namespace Mwb::Core {

struct TextPosition
{
    int line = 1;   // 1-based
    int column = 1; // 1-based, counted in Unicode code points (what editors show)
};

// Line and column of a byte offset into UTF-8 text. Offsets past the end map to the end.
TextPosition positionAtByte(const QByteArray &utf8, qsizetype byteOffset);

} // namespace Mwb::Core

namespace Mwb::Core {

// Line and column of a UTF-16 index into a QString (columns in UTF-16 units, which equal code
// points outside the astral planes).
TextPosition positionAtIndex(QStringView text, qsizetype index);

} // namespace Mwb::Core
