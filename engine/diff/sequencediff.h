// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Mwb::Diff {

enum class EditKind { Equal, Delete, Insert };

// A run of one kind: `count` items from position `a` of the old sequence (Equal, Delete) and/or
// position `b` of the new one (Equal, Insert). Runs are maximal and in order; a Delete directly
// before an Insert marks a replacement.
struct Edit
{
    EditKind kind = EditKind::Equal;
    qsizetype a = 0;
    qsizetype b = 0;
    qsizetype count = 0;
    bool operator==(const Edit &) const = default;
};

// Shortest edit script between two sequences of symbols (lines or characters interned to ints).
// Eugene W. Myers, "An O(ND) Difference Algorithm and Its Variations" (1986), with the linear-space
// refinement (§4b: find the middle snake, recurse on both halves), after trimming the common
// prefix and suffix. Worst case O((N+M)·D) time, O(N+M) memory.
QList<Edit> diffSequences(const QList<int> &a, const QList<int> &b);

// Merges adjacent runs of the same kind and orders each Delete before its Insert.
QList<Edit> normalizeEdits(const QList<Edit> &edits);

} // namespace Mwb::Diff
