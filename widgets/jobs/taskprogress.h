// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Mwb::Widgets {

// The state of one code cell in a running migrate-job: empty status while it has not run yet.
struct CellProgress
{
    QString status; // OK, FIXED, FAILED, SKIPPED; empty = not run yet
    int attempts = 0;
    QString detail; // the error or skip reason
};

// One task of a migrate-job run as the job monitor shows it. Invariant: cells.size() == total once
// total is known; cell i (1-based in events and history) is cells[i - 1].
struct TaskProgress
{
    QString job;
    QString task;
    // waiting (planned, not started) | running | PASS | PARTIAL | FAIL | ALREADY_MIGRATED | INTERRUPTED | not run
    QString status;
    int total = 0;
    QList<CellProgress> cells;
    int ok = 0;
    int fixed = 0;
    int failed = 0;
    int skipped = 0;

    int done() const
    {
        int n = 0;
        for (const CellProgress &c : cells) {
            n += c.status.isEmpty() ? 0 : 1;
        }
        return n;
    }
};

} // namespace Mwb::Widgets
