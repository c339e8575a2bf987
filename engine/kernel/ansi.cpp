// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/ansi.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

QString stripAnsi(const QString &text)
{
    if (!text.contains(u'\x1b')) {
        return text;
    }
    // CSI sequences (ESC [ parameters intermediates final byte, ECMA-48 §5.4), which is all IPython's
    // colouring uses, plus two-byte escapes (ESC followed by one byte in @..Z \ ] ^ _).
    static const QRegularExpression escape(u"\x1b(?:\\[[0-?]*[ -/]*[@-~]|[@-Z\\\\^_])"_s);
    QString out = text;
    out.remove(escape);
    return out;
}

} // namespace Mwb::Kernel
