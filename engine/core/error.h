// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mwb::Core {

// An error a user can act on: what happened, where, and what to do next (STYLE.md).
struct Error
{
    QString file;    // file the problem is in; empty when not about a file
    int line = 0;    // 1-based; 0 = unknown
    int column = 0;  // 1-based, in characters; 0 = unknown
    QString message; // what happened
    QString hint;    // what to do next; may be empty

    // "file:line:column: message. hint" with the parts that are known.
    QString toString() const;

    static Error at(const QString &file, int line, int column, const QString &message, const QString &hint = {});
    static Error inFile(const QString &file, const QString &message, const QString &hint = {});
};

} // namespace Mwb::Core
