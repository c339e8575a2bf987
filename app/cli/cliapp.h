// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace Mwb::Cli {

// Exit codes (ARCHITECTURE.md "Command line").
enum ExitCode : int { Pass = 0, Failed = 1, Usage = 2, Partial = 3, Interrupted = 130 };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mwb::Cli)
};

void printOut(const QString &text);
void printErr(const QString &text);
// "mwb: error: <file:line:col: message. hint>"
int fail(const Core::Error &error, int code = Failed);
int usageError(const QString &message, const QString &command);
// The exit code of a run result: PASS 0, PARTIAL 3, INTERRUPTED 130, anything else (FAIL) 1.
int exitCodeForResult(const QString &result);

} // namespace Mwb::Cli
