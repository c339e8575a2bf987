// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

int fail(const Core::Error &error, int code)
{
    printErr(Tr::tr("mwb: error: %1").arg(error.toString()) + u'\n');
    return code;
}

int usageError(const QString &message, const QString &command)
{
    printErr(Tr::tr("mwb %1: %2").arg(command, message) + u'\n'
             + Tr::tr("Run \"mwb %1 --help\" for the options.").arg(command) + u'\n');
    return Usage;
}

int exitCodeForResult(const QString &result)
{
    if (result == u"PASS") {
        return Pass;
    }
    if (result == u"PARTIAL") {
        return Partial;
    }
    if (result == u"INTERRUPTED") {
        return Interrupted;
    }
    return Failed;
}

} // namespace Mwb::Cli
