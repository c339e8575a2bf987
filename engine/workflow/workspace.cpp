// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workspace.h"

#include "notebook/dbcarchive.h"
#include "notebook/notebookio.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mwb::Workflow {

namespace {

const QStringList kExtensions { u".py"_s, u".sql"_s, u".scala"_s, u".r"_s, u".R"_s, u".ipynb"_s };

// "/Workspace/Repos/a/b" -> "Repos/a/b": the /Workspace prefix is how newer runtimes spell the
// same tree.
QString normalized(const QString &workspacePath)
{
    QString path = QDir::cleanPath(workspacePath.trimmed());
    while (path.startsWith(u'/')) {
        path.remove(0, 1);
    }
    if (path.startsWith(u"Workspace/"_s)) {
        path.remove(0, 10);
    }
    return path;
}

} // namespace

Workspace::Workspace(const QString &rootDir)
    : m_root(QDir(rootDir).absolutePath())
{
    indexArchives();
}

void Workspace::indexArchives()
{
    QDirIterator it(m_root, { u"*.dbc"_s }, QDir::Files, QDirIterator::Subdirectories);
    const QDir root(m_root);
    while (it.hasNext()) {
        const QString archive = it.next();
        const QString folder = root.relativeFilePath(QFileInfo(archive).absolutePath());
        auto entries = Notebook::readDbcFile(archive);
        if (!entries) {
            m_warnings.append(entries.error().toString());
            continue;
        }
        for (const auto &entry : std::as_const(*entries)) {
            const QString relative = folder == u"." ? entry.path : folder + u'/' + entry.path;
            m_archiveEntries.insert(QDir::cleanPath(relative), archive + u'!' + entry.path);
            m_cache.insert(archive + u'!' + entry.path, entry.notebook);
        }
    }
}

std::optional<Workspace::Location> Workspace::resolve(const QString &workspacePath, QStringList *tried) const
{
    const QStringList parts = normalized(workspacePath).split(u'/', Qt::SkipEmptyParts);
    const QDir root(m_root);
    for (qsizetype first = 0; first < parts.size(); ++first) {
        const QString suffix = parts.mid(first).join(u'/');
        // A path that already carries a notebook extension ("etl/x.py", GIT sources) is tried as is.
        if (Notebook::formatForPath(suffix) && QFileInfo(root.filePath(suffix)).isFile()) {
            return Location { root.filePath(suffix), suffix };
        }
        for (const QString &ext : kExtensions) {
            const QString candidate = suffix + ext;
            if (tried) {
                tried->append(candidate);
            }
            if (QFileInfo(root.filePath(candidate)).isFile()) {
                return Location { root.filePath(candidate), candidate };
            }
        }
        const auto entry = m_archiveEntries.constFind(suffix);
        if (entry != m_archiveEntries.cend()) {
            const QString archive = entry->section(u'!', 0, 0);
            return Location { *entry, root.relativeFilePath(archive) + u'!' + entry->section(u'!', 1) };
        }
    }
    return std::nullopt;
}

Core::Result<Notebook::Notebook> Workspace::load(const Location &location) const
{
    const auto cached = m_cache.constFind(location.filePath);
    if (cached != m_cache.cend()) {
        return *cached;
    }
    auto notebook = Notebook::readNotebookFile(location.filePath);
    m_cache.insert(location.filePath, notebook);
    return notebook;
}

QString Workspace::absoluteTarget(const QString &fromWorkspacePath, const QString &target)
{
    if (target.startsWith(u'/')) {
        return QDir::cleanPath(target);
    }
    const QString folder = fromWorkspacePath.section(u'/', 0, -2);
    return QDir::cleanPath(folder + u'/' + target);
}

} // namespace Mwb::Workflow
