// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notebook/language.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace Mwb::Rewrite {

// The write-redirect sandbox of REWRITE_RULES.md: execution only, never saved. Pass 2 runs the
// returned code instead of the cell; the migrated notebook keeps the real targets.
struct SandboxOptions
{
    QString schema;       // tables go to default.<schema>.<db>_<table>
    QString bucket;       // path writes go to oci://<bucket>@<namespace>/<original path>
    QString ociNamespace;
};

// Tables written so far in the job (lower-case original name -> sandbox name); later reads of
// them are redirected too. One state per job run, passed from cell to cell in execution order.
struct SandboxState
{
    QHash<QString, QString> writtenTables;
};

struct SandboxRedirect
{
    QString original;
    QString redirected;
    bool write = false;
};

struct SandboxResult
{
    QString code;
    QList<SandboxRedirect> redirects;
};

// Redirects every write target of one migrated cell (saveAsTable, insertInto, writeTo,
// INSERT/UPDATE/DELETE/MERGE/CREATE/DROP/TRUNCATE/ALTER, DataFrameWriter.save/parquet/csv/...
// paths) and reads of tables written earlier. `language` is the cell's language; cells of other
// languages come back unchanged.
SandboxResult redirectWrites(const QString &code, Notebook::Language language, const SandboxOptions &options,
                             SandboxState &state);

// default.<schema>.<db>_<table> for a table name ("db.t", "cat.db.t", "t").
QString sandboxTableName(const QString &table, const SandboxOptions &options);

} // namespace Mwb::Rewrite
