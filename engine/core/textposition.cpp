// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textposition.h"

namespace Mwb::Core {

TextPosition positionAtByte(const QByteArray &utf8, qsizetype byteOffset)
{
    TextPosition pos;
    const qsizetype end = std::min(byteOffset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            // Continuation bytes belong to the code point already counted.
            ++pos.column;
        }
    }
    return pos;
}

} // namespace Mwb::Core

namespace Mwb::Core {

TextPosition positionAtIndex(QStringView text, qsizetype index)
{
    TextPosition pos;
    const qsizetype end = std::min(index, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == u'\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

} // namespace Mwb::Core
