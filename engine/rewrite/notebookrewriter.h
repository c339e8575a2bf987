// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rewrite/rewriteoptions.h"
#include "rewrite/rewriteresult.h"
#include "notebook/notebook.h"

namespace Mwb::Rewrite {

// Pass 1 for one notebook: every rule of REWRITE_RULES.md, the shim imports, then the reviewer
// lint. Never fails: a cell the rules cannot read is kept as it is and reported. The caller
// stops before writing when result.unmappedBuckets is not empty.
RewriteResult rewriteNotebook(const Notebook::Notebook &source, const RewriteOptions &options);

} // namespace Mwb::Rewrite
