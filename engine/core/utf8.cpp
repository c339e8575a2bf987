// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/utf8.h"

namespace Mwb::Core {

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        // Table 3-7 of the Unicode standard: the second byte's range depends on the first.
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            length = 3;
        } else if (c == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (c == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size) {
            return i;
        }
        if (data[i + 1] < low || data[i + 1] > high) {
            return i;
        }
        for (int k = 2; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

} // namespace Mwb::Core
