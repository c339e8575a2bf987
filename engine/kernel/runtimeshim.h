// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace Mwb::Kernel {

// What the runtime shim (resources/python/mwb_runtime, embedded in the library) is installed with.
struct ShimSettings
{
    QMap<QString, QString> parameters; // job/task parameters (--params k=v)
    QString volumesRoot;               // where "/Volumes/..." lives on the kernel's machine; empty: real /Volumes
    QString notebookDir;               // base of notebook.run paths on the kernel's machine; empty: kernel cwd
    QString taskValuesFile;            // where setTaskValue keeps this task's values (JSON); empty: memory only
    QMap<QString, QString> mounts;     // Databricks mount point ("/mnt/raw") -> folder on the kernel's machine
};

// The Python cell that installs the shim into a kernel: it writes the package files into a
// temporary folder on the kernel side (so it works for remote kernels too), puts it on sys.path and
// calls mwb_runtime.install() on the notebook's globals. Run it silently before the first cell.
QString runtimeShimInstallCode(const ShimSettings &settings);

// The embedded package files (relative path -> content), for tests and the README check.
QMap<QString, QByteArray> runtimeShimFiles();

} // namespace Mwb::Kernel
