// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notebook/notebook.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Mwb::Workflow {

// A reference from one notebook to another: `%run ./x` (inlined into the caller) or
// `dbutils.notebook.run("./x", 0, {...})` (a child run).
struct DependencyReference
{
    enum class Kind { RunMagic, NotebookRun };
    Kind kind = Kind::RunMagic;
    QString target;     // the path as written, unquoted; empty when dynamic
    bool dynamic = false;
    QString expression; // the source text of a path that is computed at run time
    QList<QPair<QString, QString>> arguments; // %run $name=value arguments, in order
    int cell = 0;       // 1-based cell index
    int line = 0;       // 1-based line within the cell
};

QString dependencyKindName(DependencyReference::Kind kind); // "%run" / "notebook.run"

// Finds the references in code cells. Comments and string literals are skipped, so
// `# %run ./old` and `print("dbutils.notebook.run(...)")` do not count.
QList<DependencyReference> scanDependencies(const Notebook::Notebook &notebook);

// The text with comments and the contents of string literals replaced by spaces (same length, same
// line breaks), for Python/R-style or Scala-style code.
QString maskCommentsAndStrings(const QString &code, Notebook::Language language);

} // namespace Mwb::Workflow
