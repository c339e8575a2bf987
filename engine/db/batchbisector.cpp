// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/batchbisector.h"

#include <QList>
#include <QPair>

namespace Mwb::Db {

namespace {

struct Range
{
    qsizetype from;
    qsizetype to;
    bool known = false;   // `attempt` holds the failed result for exactly this range
    WriteAttempt attempt;
};

} // namespace

BatchBisector::Outcome BatchBisector::isolate(qsizetype rowCount, const WriteAttempt &first, const TryRange &tryRange,
                                              const RejectRow &reject)
{
    Outcome outcome;
    // A stack with the leftmost pending range on top keeps the attempts in row order.
    QList<Range> stack;
    stack.append({0, rowCount, true, first});
    while (!stack.isEmpty()) {
        Range range = stack.takeLast();
        if (range.from >= range.to) {
            continue;
        }
        WriteAttempt attempt = range.attempt;
        if (!range.known) {
            attempt = tryRange(range.from, range.to);
            ++outcome.attempts;
            if (attempt.ok) {
                outcome.committedRows += range.to - range.from;
                outcome.lastWasReject = false;
                continue;
            }
        }
        if (!attempt.rowError) {
            outcome.ok = false;
            outcome.fatal = attempt;
            return outcome;
        }
        if (range.to - range.from == 1) {
            if (!reject(range.from, attempt)) {
                outcome.ok = false;
                outcome.fatal = attempt;
                return outcome;
            }
            ++outcome.rejectedRows;
            outcome.lastWasReject = true;
            continue;
        }
        const qsizetype named = attempt.failedRow;
        if (named >= range.from && named < range.to) {
            // Rows before the named one, then the row itself (already known bad), then the rest.
            stack.append({named + 1, range.to, false, {}});
            stack.append({named, named + 1, true, attempt});
            stack.append({range.from, named, false, {}});
            continue;
        }
        const qsizetype mid = range.from + (range.to - range.from) / 2;
        stack.append({mid, range.to, false, {}});
        stack.append({range.from, mid, false, {}});
    }
    return outcome;
}

} // namespace Mwb::Db
