// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/mwbexecutable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

QString mwbExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("MWB_EXECUTABLE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : { appDir.filePath(u"mwb"_s), appDir.filePath(u"../cli/mwb"_s) }) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable()) {
            return QDir::cleanPath(info.absoluteFilePath());
        }
    }
    const QString onPath = QStandardPaths::findExecutable(u"mwb"_s);
    return onPath.isEmpty() ? u"mwb"_s : onPath;
}

} // namespace Mwb::Widgets
