// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace Mwb::Run {

// <output-base>/migration.log, the human log of ARCHITECTURE.md ("Log line format"), appended to and
// echoed to stderr, one line at a time from any thread:
//   [12:34:56] [<job>/<task>] Cell 5/27: OK
// Secrets never reach it: callers pass texts that hold none, and line() additionally masks the
// values registered with addSecret().
class MigrationLog
{
public:
    MigrationLog() = default;
    ~MigrationLog();
    MigrationLog(const MigrationLog &) = delete;
    MigrationLog &operator=(const MigrationLog &) = delete;

    // Appends to `path` (created with its folder). echoToStderr: also write each line to stderr.
    Core::Result<void> open(const QString &path, bool echoToStderr = true);
    void addSecret(const QString &secret);
    // "[HH:mm:ss] [<job>/<task>] <text>"; an empty task gives "[<job>]". Local time, as the
    // reference tool's log. Newlines in text are replaced by spaces so one call is one line.
    void line(const QString &job, const QString &task, const QString &text);
    // The formatted line without writing it (tests, the GUI's parser).
    static QString format(const QString &time, const QString &job, const QString &task, const QString &text);

private:
    QMutex m_mutex;
    std::FILE *m_file = nullptr;
    bool m_echo = true;
    QStringList m_secrets;
};

} // namespace Mwb::Run
