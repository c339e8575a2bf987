// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/atomicfile.h"
#include "core/tr.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Mwb::Core {

namespace {

QString osError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    const QString dirPath = info.absolutePath();
    if (!QDir().mkpath(dirPath)) {
        return Error::inFile(path, Tr::tr("cannot create the folder %1").arg(dirPath),
                             Tr::tr("Check the permissions of the output folder."));
    }
    QTemporaryFile temp(dirPath + u"/." + info.fileName() + u".XXXXXX");
    if (!temp.open()) {
        return Error::inFile(path, Tr::tr("cannot create a temporary file: %1").arg(temp.errorString()),
                             Tr::tr("Check the permissions of the output folder and free disk space."));
    }
    if (temp.write(data) != data.size() || !temp.flush()) {
        return Error::inFile(path, Tr::tr("cannot write: %1").arg(temp.errorString()),
                             Tr::tr("Check free disk space."));
    }
    if (::fsync(temp.handle()) != 0) {
        return Error::inFile(path, Tr::tr("cannot flush to disk: %1").arg(osError()));
    }
    // QTemporaryFile is created 0600; a result file should get the usual permissions.
    temp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    const QByteArray from = QFile::encodeName(temp.fileName());
    const QByteArray to = QFile::encodeName(info.absoluteFilePath());
    if (std::rename(from.constData(), to.constData()) != 0) {
        return Error::inFile(path, Tr::tr("cannot replace the file: %1").arg(osError()));
    }
    temp.setAutoRemove(false);
    const int dirFd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

QString quarantineCorruptFile(const QString &path)
{
    const QString target
        = path + u".corrupt." + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ"));
    return QFile::rename(path, target) ? target : QString();
}

} // namespace Mwb::Core
