// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "core/jsonio.h"
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

// workbench.json's output base, else <folder>/migrated.
QString outputBaseOf(const QString &folder)
{
    const QDir dir(folder);
    const QString settings = dir.filePath(u"workbench.json"_s);
    if (QFileInfo::exists(settings)) {
        if (auto bytes = Core::readFile(settings)) {
            if (auto json = Core::parseJson(*bytes, settings)) {
                const QString base = Core::stringValue(*json, "output_base");
                if (!base.isEmpty()) {
                    return QDir::cleanPath(dir.absoluteFilePath(base));
                }
            }
        }
    }
    return dir.filePath(u"migrated"_s);
}

} // namespace

const Rewrite::Pass1Notebook *Project::migratedNotebook(const QString &jobName, const QString &workspacePath) const
{
    const auto job = migrated.constFind(jobName);
    if (job == migrated.constEnd()) {
        return nullptr;
    }
    const auto notebook = job->constFind(workspacePath);
    return notebook == job->constEnd() ? nullptr : &notebook.value();
}

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
    project.outputBase = outputBaseOf(project.folder);
    const QFileInfoList jobDirs = QDir(project.outputBase).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &jobDir : jobDirs) {
        const QString summaryPath = QDir(jobDir.absoluteFilePath()).filePath(u"reports/pass1_summary.json"_s);
        if (!QFileInfo::exists(summaryPath)) {
            continue;
        }
        auto summary = Rewrite::readPass1Summary(summaryPath);
        if (!summary) {
            project.errors.append(summary.error());
            continue;
        }
        auto &byPath = project.migrated[summary->jobName.isEmpty() ? jobDir.fileName() : summary->jobName];
        for (const Rewrite::Pass1Notebook &notebook : std::as_const(summary->notebooks)) {
            byPath.insert(notebook.workspacePath, notebook);
        }
    }
    return project;
}

} // namespace Mwb::Gui
