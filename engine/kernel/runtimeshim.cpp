// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/runtimeshim.h"

#include "core/jsonio.h"

#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

namespace {

const QString resourceRoot = u":/mwb/python/"_s;

// A Python string literal that survives any content: base64 has no quotes or backslashes.
QString b64Literal(const QByteArray &bytes)
{
    return u"'"_s + QString::fromLatin1(bytes.toBase64()) + u"'"_s;
}

} // namespace

QMap<QString, QByteArray> runtimeShimFiles()
{
    QMap<QString, QByteArray> files;
    QDirIterator it(resourceRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(u".py")) {
            continue;
        }
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            files.insert(path.mid(resourceRoot.size()), file.readAll());
        }
    }
    return files;
}

QString runtimeShimInstallCode(const ShimSettings &settings)
{
    Core::Json parameters = Core::Json::object();
    for (auto it = settings.parameters.begin(); it != settings.parameters.end(); ++it) {
        parameters[Core::toStd(it.key())] = Core::toStd(it.value());
    }
    Core::Json options = Core::Json::object();
    options["parameters"] = parameters;
    options["volumes_root"] = settings.volumesRoot.isEmpty() ? Core::Json() : Core::Json(Core::toStd(settings.volumesRoot));
    options["notebook_dir"] = settings.notebookDir.isEmpty() ? Core::Json() : Core::Json(Core::toStd(settings.notebookDir));
    if (!settings.mounts.isEmpty()) {
        Core::Json mounts = Core::Json::object();
        for (auto it = settings.mounts.begin(); it != settings.mounts.end(); ++it) {
            mounts[Core::toStd(it.key())] = Core::toStd(it.value());
        }
        options["mounts"] = mounts;
    }
    if (!settings.taskValuesFile.isEmpty()) {
        options["task_values_file"] = Core::toStd(settings.taskValuesFile);
    }
    const std::string optionsJson = options.dump();

    QString files;
    const auto shimFiles = runtimeShimFiles();
    for (auto it = shimFiles.begin(); it != shimFiles.end(); ++it) {
        files += u"        "_s + b64Literal(it.key().toUtf8()) + u": "_s + b64Literal(it.value()) + u",\n"_s;
    }
    // One function so the notebook's namespace gains nothing but what install() puts there.
    return u"def __mwb_install_runtime():\n"
           "    import base64, importlib, json, os, sys, tempfile\n"
           "    root = tempfile.mkdtemp(prefix='mwb_runtime_')\n"
           "    files = {\n"_s
        + files
        + u"    }\n"
          "    for rel, data in files.items():\n"
          "        path = os.path.join(root, base64.b64decode(rel).decode('utf-8'))\n"
          "        os.makedirs(os.path.dirname(path), exist_ok=True)\n"
          "        with open(path, 'wb') as f:\n"
          "            f.write(base64.b64decode(data))\n"
          "    sys.path.insert(0, root)\n"
          "    for name in [m for m in sys.modules if m == 'mwb_runtime' or m.startswith('mwb_runtime.')]:\n"
          "        del sys.modules[name]\n"
          "    runtime = importlib.import_module('mwb_runtime')\n"
          "    options = json.loads(base64.b64decode("_s
        + b64Literal(QByteArray(optionsJson.data(), qsizetype(optionsJson.size())))
        + u").decode('utf-8'))\n"
          "    runtime.install(get_ipython().user_ns, **options)\n"
          "__mwb_install_runtime()\n"
          "del __mwb_install_runtime\n"_s;
}

} // namespace Mwb::Kernel
