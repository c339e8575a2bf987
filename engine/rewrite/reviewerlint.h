// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rewrite/lintfinding.h"
#include "rewrite/rewriteoptions.h"
#include "notebook/notebook.h"

#include <QList>

namespace Mwb::Rewrite {

// The reviewer lint of REWRITE_RULES.md over a migrated notebook, pairing cells with the source by
// index (mission_anchors.md §1.8 migration-reviewer). Ids:
//   lint.leftover_dbutils   blocker (nit when the aidp_compat shim serves it)
//   lint.leftover_s3        blocker
//   lint.doubled_path       blocker   .ipynb.ipynb, .ipynb<digit>.ipynb, doubled output base
//   lint.relative_run       important
//   lint.dynamic_notebook_run important
//   lint.write_mode_drift   important
//   lint.sql_cell_converted important
//   lint.builtin_shadowing  important
//   lint.pass_cell          important
//   lint.hardcoded_catalog  nit       3-part names of catalogs outside the catalog manifest
//   lint.databricks_marker  nit       markers left for Pass 2 / the LLM
QList<LintFinding> reviewerLint(const Notebook::Notebook &source, const Notebook::Notebook &migrated,
                                const RewriteOptions &options);

} // namespace Mwb::Rewrite
