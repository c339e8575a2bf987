// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding the processes a test left behind: every process whose working directory or command
// line lies under a folder (the local jupyter-server runs in its temporary root; kernels start in it).

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

namespace Mwb::Test {

inline QList<qint64> processesUnder(const QString &folder)
{
    QList<qint64> pids;
    const QString prefix = QFileInfo(folder).canonicalFilePath();
    if (prefix.isEmpty()) {
        return pids;
    }
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid) {
            continue;
        }
        const QString cwd = QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget();
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QByteArray command;
        if (cmdline.open(QIODevice::ReadOnly)) {
            command = cmdline.readAll();
        }
        if (cwd.startsWith(prefix) || command.contains(prefix.toUtf8())) {
            pids << pid;
        }
    }
    return pids;
}

} // namespace Mwb::Test
