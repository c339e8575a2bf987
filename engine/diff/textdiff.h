// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/sequencediff.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mwb::Diff {

struct LineDiffOptions
{
    // Compare lines with runs of spaces/tabs collapsed and trailing whitespace dropped.
    bool ignoreWhitespace = false;
};

// Splits text into lines without their terminators ("a\nb\n" -> ["a", "b"]; "" -> []).
QStringList splitLines(const QString &text);

// Line diff of two texts given as lines.
QList<Edit> diffLines(const QStringList &a, const QStringList &b, const LineDiffOptions &options = {});

// A half-open character range [start, start + length) of a line.
struct CharRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const CharRange &) const = default;
};

// The characters that differ between an old and a new line: ranges in `a` that were removed and
// ranges in `b` that were inserted. Tiny coincidental equalities between changes are folded into
// the change (semantic cleanup), so "color" -> "colour" marks "u" but "foo(bar)" -> "baz(qux)"
// marks the two words, not every shared letter.
struct CharDiff
{
    QList<CharRange> removed; // in a
    QList<CharRange> added;   // in b
};
CharDiff diffChars(const QString &a, const QString &b);

// Character-level edit script with semantic cleanup applied (positions index UTF-16 units).
QList<Edit> diffCharacters(const QString &a, const QString &b);

// Similarity in [0, 1]: 2 * matched / (|a| + |b|) over lines (1 for two empty texts).
double lineSimilarity(const QStringList &a, const QStringList &b);

} // namespace Mwb::Diff
