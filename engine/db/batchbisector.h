// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace Mwb::Db {

// What one attempt to write rows [from, to) in one transaction gave.
struct WriteAttempt
{
    bool ok = false;
    // Failure caused by the rows (constraint, conversion, encoding): bisect. Anything else (lost
    // connection, missing table) stops the table instead of rejecting every row one by one.
    bool rowError = true;
    qsizetype failedRow = -1; // row the server named (PostgreSQL COPY "line N", SQLite's failing step), else -1
    QString message;
    QString code;
    QString column; // the column the server named, when it did
};

// Isolates the bad rows of a failed batch so that good rows commit exactly once (reliability.md
// §1.1, pgloader copy-retry-batch): when the server names the failing row, the rows before it are
// retried as one range, the row is rejected and the rest retried; otherwise the range is split in
// halves, O(k log n) attempts for k bad rows. Ranges are attempted strictly left to right, so a
// checkpoint written with each successful range never points past an unresolved row.
class BatchBisector
{
public:
    // Writes and commits [from, to) or rolls back and says why.
    using TryRange = std::function<WriteAttempt(qsizetype from, qsizetype to)>;
    // Records a bad row (the failed-rows file); false stops everything (write failure).
    using RejectRow = std::function<bool(qsizetype row, const WriteAttempt &why)>;

    struct Outcome
    {
        bool ok = true;           // false: a non-row error (fatal) or reject failure stopped it
        WriteAttempt fatal;       // the stopping error when !ok
        qsizetype committedRows = 0;
        qsizetype rejectedRows = 0;
        int attempts = 0;         // write round trips, for the O(k log n) check
        bool lastWasReject = false; // the final action was a reject: the caller must still move its checkpoint
    };

    // Starts from an attempt on [0, rowCount) that already failed (`first`).
    static Outcome isolate(qsizetype rowCount, const WriteAttempt &first, const TryRange &tryRange, const RejectRow &reject);
};

} // namespace Mwb::Db
