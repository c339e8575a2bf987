// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/tablecopier.h"

#include "core/eventstream.h"
#include "core/termination.h"
#include "db/bulkwriter.h"
#include "db/checkpointstore.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "db/failedrowwriter.h"
#include "db/jobstatus.h"
#include "db/keysetreader.h"
#include "db/tr.h"
#include "db/variantjson.h"

#include <QDir>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

// Deterministic crash points for the kill tests (reliability.md §6 "fault injector"):
// MWB_TEST_CRASH_AT=before_commit:N or after_commit:N kills the process with SIGKILL at the N-th
// batch commit of this process. Without the variable this costs one branch per commit.
void crashPoint(const char *where)
{
    static const QByteArray spec = qgetenv("MWB_TEST_CRASH_AT");
    static int commits = 0;
    if (spec.isEmpty()) {
        return;
    }
    const QList<QByteArray> parts = spec.split(':');
    if (parts.size() != 2) {
        return;
    }
    if (qstrcmp(where, "before_commit") == 0) {
        ++commits;
    }
    if (parts.at(0) == where && parts.at(1).toInt() == commits) {
        ::raise(SIGKILL);
    }
}

// MWB_TEST_BATCH_DELAY_MS=n sleeps after each committed batch, so tests can hold a job in the
// middle of a table (lock and SIGTERM tests).
void testDelay()
{
    static const int delay = qEnvironmentVariableIntValue("MWB_TEST_BATCH_DELAY_MS");
    if (delay > 0) {
        QThread::msleep(static_cast<unsigned long>(delay));
    }
}

bool isFloat(const Column *column)
{
    return column && column->type.family == TypeFamily::Float;
}

} // namespace

TableCopier::TableCopier(Connection &source, Connection &target, CheckpointStore &checkpoints, Core::EventStream &events,
                         Settings settings)
    : m_source(source)
    , m_target(target)
    , m_checkpoints(checkpoints)
    , m_events(events)
    , m_settings(std::move(settings))
{
}

QStringList TableCopier::copiedColumns(const Table &source, const Table &target)
{
    QStringList columns;
    for (const Column &column : source.columns) {
        const Column *twin = target.column(column.name);
        if (!column.isGenerated() && twin && !twin->isGenerated()) {
            columns.append(column.name);
        }
    }
    return columns;
}

QList<int> TableCopier::keyColumns(const Table &source, const QStringList &columns)
{
    QList<QStringList> candidates;
    if (source.primaryKey && !source.primaryKey->columns.isEmpty()) {
        candidates.append(source.primaryKey->columns);
    }
    for (const UniqueConstraint &unique : source.uniques) {
        candidates.append(unique.columns);
    }
    for (const QStringList &candidate : std::as_const(candidates)) {
        QList<int> key;
        bool usable = true;
        for (const QString &name : candidate) {
            const Column *column = source.column(name);
            const qsizetype index = columns.indexOf(name);
            // A PK column is NOT NULL by definition elsewhere, but SQLite lets non-integer PK columns
            // hold NULL; require NOT NULL for unique keys, accept the PK as declared.
            const bool isPk = source.primaryKey && source.primaryKey->columns == candidate;
            if (!column || index < 0 || isFloat(column) || (!isPk && column->nullable)) {
                usable = false;
                break;
            }
            key.append(int(index));
        }
        if (usable && !key.isEmpty()) {
            return key;
        }
    }
    return {};
}

TableOutcome TableCopier::copy(const Table &source, const Table &target, TableProgress &progress,
                               const std::function<void()> &onCommitted)
{
    const QStringList columns = copiedColumns(source, target);
    QStringList targetColumns = columns; // same names on both sides (schema copy keeps names)
    const QList<int> keys = keyColumns(source, columns);
    progress.hasKey = !keys.isEmpty();
    const QString &jobId = m_settings.jobId;
    auto fail = [&](const QString &message) {
        progress.state = TableState::Failed;
        progress.error = message;
        return TableOutcome::Failed;
    };
    if (columns.isEmpty()) {
        return fail(Tr::tr("no column of %1 exists in the target table").arg(source.name));
    }

    auto writerResult = BulkWriter::create(m_target, target, targetColumns);
    if (!writerResult) {
        return fail(writerResult.error().toString());
    }
    std::unique_ptr<BulkWriter> writer = std::move(writerResult).value();
    FailedRowWriter failed(QDir(m_settings.jobDir).filePath(failedRowsFileName(source.name)));
    KeysetReader reader(m_source, source, columns, keys);
    if (auto total = reader.countRows(); total) {
        progress.totalRows = *total;
    } else {
        return fail(total.error().toString());
    }

    // Where to start: the target-side row is the truth (reliability.md §6); checkpoint.json is not.
    const std::optional<TableProgress> committed = m_checkpoints.read(jobId, source.name);
    if (committed && committed->state == TableState::Completed) {
        progress.state = TableState::Completed;
        progress.rowsMigrated = committed->rowsMigrated;
        progress.rowsFailed = committed->rowsFailed;
        progress.lastKey = committed->lastKey;
        progress.failedBytes = committed->failedBytes;
        return TableOutcome::Completed;
    }
    const bool continuing = committed && progress.hasKey && committed->lastKey.is_array();
    const Dialect &targetDialect = m_target.dialect();
    if (continuing) {
        progress.rowsMigrated = committed->rowsMigrated;
        progress.rowsFailed = committed->rowsFailed;
        progress.failedBytes = committed->failedBytes;
        progress.lastKey = committed->lastKey;
        if (auto cut = failed.truncateTo(committed->failedBytes); !cut) {
            return fail(cut.error().toString());
        }
        QVariantList lastKey;
        for (const auto &value : committed->lastKey) {
            lastKey.append(variantFromJson(value));
        }
        reader.startAfter(lastKey);
    } else {
        // Fresh start, or a restart of a table that cannot be resumed by key: empty the target
        // table when this job wrote to it before (or when asked), reset the row, in one transaction.
        const bool emptyTarget = committed.has_value() || m_settings.truncateTarget;
        progress = TableProgress {source.name, TableState::InProgress, 0, 0, progress.totalRows, progress.hasKey, nullptr, 0, {}};
        if (auto cut = failed.truncateTo(0); !cut) {
            return fail(cut.error().toString());
        }
        if (emptyTarget && targetDialect.kind() == DialectKind::Mysql) {
            // MySQL TRUNCATE commits implicitly; it runs first, the checkpoint row after it.
            if (auto t = m_target.exec(u"TRUNCATE TABLE "_s + targetDialect.quoteIdentifier(target.name)); !t) {
                return fail(t.error().toString());
            }
        }
        WriteAttempt step = writer->begin();
        if (step.ok && emptyTarget && targetDialect.kind() != DialectKind::Mysql) {
            step = writer->exec((targetDialect.kind() == DialectKind::Postgres ? u"TRUNCATE TABLE "_s : u"DELETE FROM "_s)
                                    + targetDialect.quoteIdentifier(target.name),
                                {});
        }
        if (step.ok) {
            step = writer->exec(m_checkpoints.deleteSql(), CheckpointStore::keyParams(jobId, source.name));
        }
        if (step.ok) {
            step = writer->exec(m_checkpoints.insertSql(), CheckpointStore::keyParams(jobId, source.name));
        }
        if (step.ok) {
            step = writer->commit();
        }
        if (!step.ok) {
            writer->rollback();
            return fail(Tr::tr("cannot prepare the target table %1: %2").arg(target.name, step.message));
        }
    }
    progress.state = TableState::InProgress;
    progress.error.clear();

    RowBatch batch(int(columns.size()), m_settings.batchSize, m_settings.memoryLimitBytes);
    auto keyJson = [&](qsizetype row) {
        if (keys.isEmpty()) {
            return Core::OrderedJson(nullptr);
        }
        Core::OrderedJson key = Core::OrderedJson::array();
        for (int k : keys) {
            key.push_back(variantToJson(batch.value(row, k)));
        }
        return key;
    };
    bool more = true;
    while (more) {
        batch.clear();
        auto filled = reader.fill(batch);
        if (!filled) {
            return fail(filled.error().toString());
        }
        more = *filled;
        if (batch.isEmpty()) {
            break;
        }
        const auto &invalid = reader.invalidText();
        // Commits rows [from, to) with the checkpoint that moves past them.
        auto tryRange = [&](qsizetype from, qsizetype to) -> WriteAttempt {
            for (const auto &cell : invalid) {
                if (cell.first >= from && cell.first < to) {
                    WriteAttempt bad;
                    bad.ok = false;
                    bad.rowError = true;
                    bad.failedRow = cell.first;
                    bad.code = u"invalid_utf8"_s;
                    bad.column = columns.at(cell.second);
                    bad.message = Tr::tr("column %1 holds text that is not valid UTF-8 (raw bytes kept in base64)")
                                      .arg(columns.at(cell.second));
                    return bad;
                }
            }
            WriteAttempt attempt = writer->begin();
            if (attempt.ok && to > from) {
                attempt = writer->writeRows(batch, from, to);
            }
            if (attempt.ok) {
                if (auto synced = failed.sync(); !synced) {
                    attempt.ok = false;
                    attempt.rowError = false;
                    attempt.message = synced.error().toString();
                }
            }
            TableProgress next = progress;
            next.rowsMigrated += to - from;
            next.lastKey = to > 0 ? keyJson(to - 1) : progress.lastKey;
            next.failedBytes = failed.size();
            if (attempt.ok) {
                attempt = writer->exec(m_checkpoints.updateSql(), CheckpointStore::updateParams(jobId, next));
            }
            if (attempt.ok) {
                crashPoint("before_commit");
                attempt = writer->commit();
            }
            if (!attempt.ok) {
                writer->rollback();
                return attempt;
            }
            crashPoint("after_commit");
            progress = next;
            return attempt;
        };
        auto reject = [&](qsizetype row, const WriteAttempt &why) -> bool {
            FailedRow bad;
            bad.table = source.name;
            bad.columns = columns;
            bad.values = batch.row(row);
            bad.keyColumns = keys;
            for (const auto &cell : invalid) {
                if (cell.first == row) {
                    bad.invalidText.append(cell.second);
                }
            }
            bad.error = why.message;
            bad.code = why.code;
            bad.column = why.column;
            if (auto written = failed.append(bad); !written) {
                progress.error = written.error().toString();
                return false;
            }
            ++progress.rowsFailed;
            return true;
        };
        const WriteAttempt first = tryRange(0, batch.rowCount());
        if (!first.ok) {
            if (!first.rowError) {
                return fail(Tr::tr("writing to %1 failed: %2").arg(target.name, first.message));
            }
            if (!m_settings.continueOnRowError) {
                return fail(Tr::tr("a row of %1 was refused and --no-continue-on-row-error is set: %2").arg(target.name, first.message));
            }
            const auto outcome = BatchBisector::isolate(batch.rowCount(), first, tryRange, reject);
            if (!outcome.ok) {
                return fail(Tr::tr("writing to %1 failed: %2").arg(target.name, outcome.fatal.message));
            }
            if (outcome.lastWasReject) {
                // Move the checkpoint past the trailing rejected rows (their lines are on disk).
                const qsizetype n = batch.rowCount();
                const qsizetype migrated = progress.rowsMigrated;
                WriteAttempt step = writer->begin();
                if (step.ok) {
                    step = failed.sync() ? step : WriteAttempt {};
                }
                TableProgress next = progress;
                next.lastKey = keyJson(n - 1);
                next.failedBytes = failed.size();
                if (step.ok) {
                    step = writer->exec(m_checkpoints.updateSql(), CheckpointStore::updateParams(jobId, next));
                }
                if (step.ok) {
                    step = writer->commit();
                }
                if (!step.ok) {
                    writer->rollback();
                    return fail(Tr::tr("cannot record the checkpoint of %1: %2").arg(target.name, step.message));
                }
                progress = next;
                progress.rowsMigrated = migrated;
            }
        }
        if (onCommitted) {
            onCommitted();
        }
        testDelay();
        if (Core::TerminationWatcher::isRequested()) {
            return TableOutcome::Interrupted;
        }
    }

    progress.state = TableState::Completed;
    WriteAttempt step = writer->begin();
    if (step.ok) {
        step = writer->exec(m_checkpoints.updateSql(), CheckpointStore::updateParams(jobId, progress));
    }
    if (step.ok) {
        step = writer->commit();
    }
    if (!step.ok) {
        writer->rollback();
        return fail(Tr::tr("cannot record the end of %1: %2").arg(target.name, step.message));
    }
    return TableOutcome::Completed;
}

} // namespace Mwb::Db
