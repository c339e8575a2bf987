// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/batchwriter.h"
#include "rewrite/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

Core::Result<void> BatchWriter::write(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    // mkpath costs a failing mkdir per existing folder level; a stat first is far cheaper.
    if (!QFileInfo(info.absolutePath()).isDir() && !QDir().mkpath(info.absolutePath())) {
        return Core::Error::inFile(path, Tr::tr("cannot create the folder %1").arg(info.absolutePath()),
                                   Tr::tr("Check the permissions of the output base."));
    }
    const QString temporary = info.absolutePath() + u"/."_s + info.fileName() + u".tmp-"_s
        + QString::number(QCoreApplication::applicationPid());
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        QFile::remove(temporary);
        return Core::Error::inFile(path, Tr::tr("cannot write the file: %1").arg(reason),
                                   Tr::tr("Check the free space and permissions of the output base."));
    }
    file.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temporary);
        return Core::Error::inFile(path, Tr::tr("cannot replace the file: %1").arg(reason));
    }
    return {};
}

} // namespace Mwb::Rewrite
