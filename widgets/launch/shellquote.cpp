// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/shellquote.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

bool isPlain(QChar c)
{
    if (c.unicode() >= 0x80) {
        return false; // non-ASCII: quoted, since the shell's locale decides what it is
    }
    return c.isLetterOrNumber() || u"_@%+=:,./-"_s.contains(c);
}

} // namespace

QString shellQuote(const QString &argument)
{
    if (!argument.isEmpty() && std::all_of(argument.cbegin(), argument.cend(), isPlain)) {
        return argument;
    }
    QString quoted = argument;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString commandLine(const QStringList &arguments)
{
    QString line = u"mwb"_s;
    for (const QString &argument : arguments) {
        line += u' ' + shellQuote(argument);
    }
    return line;
}

} // namespace Mwb::Widgets
