// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mwb::Db {

// What a data job was asked to do; written once to job.json so `mwb data resume` can repeat it.
// Holds no secret: source and target are URLs without passwords or profile names.
struct JobConfig
{
    QString jobId;
    QString source;
    QString target;
    QString mode = QStringLiteral("whole_database"); // single_table | whole_database | table_list
    QStringList tables;                               // empty = every table of the source
    qint64 batchSize = 50000;
    int memoryLimitMb = 50;
    bool truncateTarget = false;
    bool stopOnError = false;
    bool continueOnRowError = true;

    Core::OrderedJson toJson() const;
    static Core::Result<JobConfig> fromJson(const Core::OrderedJson &json, const QString &file);
};

enum class TableState { Pending, InProgress, Completed, Failed };
QString tableStateName(TableState state);

// One table's committed progress. The target-side row in mwb_checkpoints holds the same fields and
// is the truth; this is its mirror for people and for `mwb data status`.
struct TableProgress
{
    QString table;
    TableState state = TableState::Pending;
    qint64 rowsMigrated = 0;
    qint64 rowsFailed = 0;
    qint64 totalRows = -1;
    bool hasKey = true;
    Core::OrderedJson lastKey; // JSON array of the last committed key, null before the first batch
    qint64 failedBytes = 0;    // committed length of <table>_failed.jsonl
    QString error;
};

// checkpoint.json: the job's state, written atomically after every commit.
struct JobState
{
    JobConfig config;
    QString status = QStringLiteral("running"); // running|completed|completed_with_errors|failed|interrupted
    QString startedAt;
    QString completedAt;
    QString errorMessage;
    QString currentTable;
    bool snapshotConsistent = true; // false once a run resumed: the source snapshot died with the first process
    int runs = 1;
    qint64 pid = 0;
    QString host;
    qint64 orphanRows = 0; // rows moved to fk_violations.jsonl
    bool schemaCreated = false; // this job created the target tables (and so adds indexes, FKs, views, triggers)
    bool postDataDone = false;  // orphans, identities and the post-data DDL are done
    QList<TableProgress> tables;

    TableProgress *table(const QString &name);
    const TableProgress *table(const QString &name) const;

    Core::OrderedJson toJson() const;
    static Core::Result<JobState> fromJson(const Core::OrderedJson &json, const QString &file);

    // <project>/.tmp/migrations/<job_id>
    static QString jobDir(const QString &projectDir, const QString &jobId);
    // Reads checkpoint.json. A file that does not parse is moved aside (<name>.corrupt.<ts>) and
    // the error says so; the caller then trusts the target-side checkpoints (reliability.md §6).
    static Core::Result<JobState> load(const QString &jobDir);
    Core::Result<void> save(const QString &jobDir) const;
};

Core::Result<JobConfig> loadJobConfig(const QString &jobDir);
Core::Result<void> saveJobConfig(const QString &jobDir, const JobConfig &config);

} // namespace Mwb::Db
