// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notebook/cell.h"
#include "notebook/language.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Mwb::Run {

// What the kernel of a task can run, probed once per session (plan: kernelprobe code).
struct KernelCapabilities
{
    bool spark = false; // a SparkSession named `spark` is there, or pyspark can be imported
    bool aidp = false;  // an AIDP notebook kernel: %sql / %scala magics run natively
};

// How Pass 2 treats one code cell of a migrated notebook.
struct CellPlan
{
    enum class Action {
        Execute,  // send `code` to the kernel
        RunChild, // a %run: run the migrated child notebook's cells inline, each verified
        Skip,     // cannot run on this kernel (reason says why); reported, never counted as OK
    };
    Action action = Action::Execute;
    QString code;       // Execute: what to send (the cell itself, or a %sql cell as spark.sql calls)
    QString childPath;  // RunChild: the path written after %run
    QList<QPair<QString, QString>> childArguments; // RunChild: $name=value arguments
    QString skipReason; // Skip
    QString blockingName; // Skip because of a name defined by a skipped cell: that name
};

// Names a cell binds at top level (assignments, def, class, imports, for targets): used to skip
// later cells that depend on a cell that could not run.
QStringList definedNames(const QString &code);

// Decides what to do with one code cell. `unavailable` maps names bound only by skipped cells to
// the 1-based cell that would have bound them.
CellPlan planCell(const Notebook::Cell &cell, Notebook::Language notebookLanguage, const KernelCapabilities &kernel,
                  const QHash<QString, int> &unavailable);

// Python code that prints one JSON line {"spark": bool} describing the kernel (run silently).
QString kernelProbeCode();
KernelCapabilities parseKernelProbe(const QString &stdoutText);

} // namespace Mwb::Run
