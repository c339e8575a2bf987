// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "workflow/manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mwb::Gui::Project)
};

QStringList manifestFiles(const QDir &dir)
{
    QStringList files;
    const QFileInfoList entries = dir.entryInfoList({ u"*_manifest.json"_s }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : entries) {
        files << info.absoluteFilePath();
    }
    return files;
}

} // namespace

int Project::jobCount() const
{
    int count = 0;
    for (const Widgets::ProjectManifest &manifest : manifests) {
        count += static_cast<int>(manifest.manifest.jobs.size());
    }
    return count;
}

int Project::taskCount() const
{
    int count = 0;
    for (const Widgets::ProjectManifest &manifest : manifests) {
        for (const Workflow::ManifestJob &job : manifest.manifest.jobs) {
            count += static_cast<int>(job.tasks.size());
        }
    }
    return count;
}

Core::Result<Project> Project::load(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        return Core::Error::inFile(folder, Tr::tr("the project folder does not exist"),
            Tr::tr("Choose the folder that holds the reports/ folder of \"mwb build-dag\"."));
    }
    Project project;
    QStringList files;
    if (info.isFile()) {
        project.folder = info.absolutePath();
        files << info.absoluteFilePath();
    } else {
        const QDir dir(info.absoluteFilePath());
        project.folder = dir.absolutePath();
        files = manifestFiles(QDir(dir.filePath(u"reports"_s)));
        if (files.isEmpty()) {
            files = manifestFiles(dir);
        }
    }
    if (files.isEmpty()) {
        return Core::Error::inFile(project.folder, Tr::tr("no job manifests (reports/*_manifest.json) in this folder"),
            Tr::tr("Build them with \"mwb build-dag --jobs-json JOBS.json --workspace WORKSPACE -o %1\".")
                .arg(QDir::toNativeSeparators(QDir(project.folder).filePath(u"reports"_s))));
    }
    for (const QString &file : std::as_const(files)) {
        auto manifest = Workflow::readManifestFile(file);
        if (manifest.ok()) {
            project.manifests.append({ file, std::move(manifest).value() });
        } else {
            project.errors.append(manifest.error());
        }
    }
    if (project.manifests.isEmpty()) {
        return project.errors.constFirst();
    }
    return project;
}

} // namespace Mwb::Gui
