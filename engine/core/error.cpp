// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

using namespace Qt::StringLiterals;

namespace Mwb::Core {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0) {
            out += u':' + QString::number(line);
            if (column > 0) {
                out += u':' + QString::number(column);
            }
        }
        out += u": "_s;
    }
    out += message;
    if (!hint.isEmpty()) {
        if (!out.endsWith(u'.')) {
            out += u'.';
        }
        out += u' ' + hint;
    }
    return out;
}

Error Error::at(const QString &file, int line, int column, const QString &message, const QString &hint)
{
    return Error { file, line, column, message, hint };
}

Error Error::inFile(const QString &file, const QString &message, const QString &hint)
{
    return Error { file, 0, 0, message, hint };
}

} // namespace Mwb::Core
