// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/jobstate.h"
#include "db/schemamodel.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Mwb::Core {
class EventStream;
}

namespace Mwb::Db {

class Connection;
class CheckpointStore;

// How one table ended.
enum class TableOutcome { Completed, Failed, Interrupted };

// Copies one table from source to target with the promise of DATA_MIGRATION.md: every row read is
// written or isolated exactly once, the batch and its checkpoint commit together, and a resumed
// run continues after the last committed key (or redoes a table without a key).
class TableCopier
{
public:
    struct Settings
    {
        QString jobId;
        QString jobDir;
        qint64 batchSize = 50000;
        qint64 memoryLimitBytes = 50LL * 1024 * 1024;
        bool truncateTarget = false;     // first run only: empty the target table first
        bool continueOnRowError = true;  // false: the first bad row fails the table
    };

    TableCopier(Connection &source, Connection &target, CheckpointStore &checkpoints, Core::EventStream &events,
                Settings settings);

    // `progress` is updated as batches commit; `onCommitted` runs after each batch (mirror the
    // checkpoint file, emit events). Returns Failed with progress.error set on a table failure.
    TableOutcome copy(const Table &source, const Table &target, TableProgress &progress,
                      const std::function<void()> &onCommitted);

    // The source columns that are copied (present in both, not generated), in source order.
    static QStringList copiedColumns(const Table &source, const Table &target);
    // Indexes into `columns` of the key the copy pages by: the primary key, else a UNIQUE key
    // of NOT NULL columns; none when a key column is a float (gh-ost refuses float keys).
    static QList<int> keyColumns(const Table &source, const QStringList &columns);

private:
    Connection &m_source;
    Connection &m_target;
    CheckpointStore &m_checkpoints;
    Core::EventStream &m_events;
    Settings m_settings;
};

} // namespace Mwb::Db
