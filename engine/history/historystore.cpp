// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historystore.h"

#include "core/eventstream.h"
#include "history/tr.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Mwb::History {

namespace {

QAtomicInteger<quint64> s_counter = 0;

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto sqlError(const QString &path, const QSqlError &error)
{
    return Core::Error::inFile(path, Tr::tr("run history: %1").arg(error.text()),
                               Tr::tr("Check that the project folder is writable; the file can be deleted to start a new history."));
}

const char *const columns = "run_id, kind, title, status, started_at, finished_at, report_path, summary, pid";

RunRecord recordFrom(const QSqlQuery &query)
{
    RunRecord run;
    run.runId = query.value(0).toString();
    run.kind = query.value(1).toString();
    run.title = query.value(2).toString();
    run.status = query.value(3).toString();
    run.startedAt = query.value(4).toString();
    run.finishedAt = query.value(5).toString();
    run.reportPath = query.value(6).toString();
    run.summary = query.value(7).toString();
    run.pid = query.value(8).toLongLong();
    return run;
}

const char *const taskColumns = "run_id, job, task, status, ok, failed, fixed, skipped, started_at, finished_at, "
                                "duration_ms, input_tokens, output_tokens";

const char *const attemptColumns = "run_id, job, task, cell, attempt, status, execution, error_patterns, spark_logs, "
                                   "judge, detail, code, fixer_note, duration_ms, finished_at";

// VALUES placeholders for a row whose columns are text (T) or integers (I). A null QString binds
// as SQL NULL, which would make NOT NULL columns fail and let key columns never match (NULLs are
// distinct), so text binds through IFNULL(?, '').
QString placeholders(QLatin1StringView kinds)
{
    QStringList out;
    for (const char kind : kinds) {
        out << (kind == 'T' ? u"IFNULL(?, '')"_s : u"?"_s);
    }
    return out.join(u", "_s);
}

TaskRecord taskFrom(const QSqlQuery &query)
{
    TaskRecord task;
    task.runId = query.value(0).toString();
    task.job = query.value(1).toString();
    task.task = query.value(2).toString();
    task.status = query.value(3).toString();
    task.ok = query.value(4).toInt();
    task.failed = query.value(5).toInt();
    task.fixed = query.value(6).toInt();
    task.skipped = query.value(7).toInt();
    task.startedAt = query.value(8).toString();
    task.finishedAt = query.value(9).toString();
    task.durationMs = query.value(10).toLongLong();
    task.inputTokens = query.value(11).toLongLong();
    task.outputTokens = query.value(12).toLongLong();
    return task;
}

AttemptRecord attemptFrom(const QSqlQuery &query)
{
    AttemptRecord attempt;
    attempt.runId = query.value(0).toString();
    attempt.job = query.value(1).toString();
    attempt.task = query.value(2).toString();
    attempt.cell = query.value(3).toInt();
    attempt.attempt = query.value(4).toInt();
    attempt.status = query.value(5).toString();
    attempt.execution = query.value(6).toString();
    attempt.errorPatterns = query.value(7).toString();
    attempt.sparkLogs = query.value(8).toString();
    attempt.judge = query.value(9).toString();
    attempt.detail = query.value(10).toString();
    attempt.code = query.value(11).toString();
    attempt.fixerNote = query.value(12).toString();
    attempt.durationMs = query.value(13).toLongLong();
    attempt.finishedAt = query.value(14).toString();
    return attempt;
}

} // namespace

QString HistoryStore::databasePath(const QString &projectDir)
{
    return QDir(projectDir).filePath(u".mwb/history.sqlite"_s);
}

Core::Result<HistoryStore> HistoryStore::open(const QString &projectDir)
{
    HistoryStore store;
    store.m_path = databasePath(projectDir);
    QDir().mkpath(QFileInfo(store.m_path).absolutePath());
    store.m_connection = u"mwb-history-"_s + QString::number(++s_counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, store.m_connection);
    db.setDatabaseName(store.m_path);
    // A reader (the GUI) may hold the file briefly; wait rather than fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        return sqlError(store.m_path, db.lastError());
    }
    QSqlQuery query(db);
    for (const QString &sql : {u"PRAGMA journal_mode=WAL"_s,
                               u"CREATE TABLE IF NOT EXISTS runs (run_id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT, "
                               "status TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, report_path TEXT, "
                               "summary TEXT, pid INTEGER)"_s,
                               u"CREATE INDEX IF NOT EXISTS runs_started ON runs (started_at)"_s,
                               // taskrecord.h: one row per (run, job, task) and per (run, job, task,
                               // cell, attempt); re-runs replace rows.
                               u"CREATE TABLE IF NOT EXISTS tasks (run_id TEXT NOT NULL, job TEXT NOT NULL, "
                               "task TEXT NOT NULL, status TEXT NOT NULL, ok INTEGER, failed INTEGER, fixed INTEGER, "
                               "skipped INTEGER, started_at TEXT, finished_at TEXT, duration_ms INTEGER, "
                               "input_tokens INTEGER, output_tokens INTEGER, PRIMARY KEY (run_id, job, task))"_s,
                               u"CREATE TABLE IF NOT EXISTS attempts (run_id TEXT NOT NULL, job TEXT NOT NULL, "
                               "task TEXT NOT NULL, cell INTEGER NOT NULL, attempt INTEGER NOT NULL, "
                               "status TEXT NOT NULL, execution TEXT, error_patterns TEXT, spark_logs TEXT, judge TEXT, "
                               "detail TEXT, code TEXT, fixer_note TEXT, duration_ms INTEGER, finished_at TEXT, "
                               "PRIMARY KEY (run_id, job, task, cell, attempt))"_s}) {
        if (!query.exec(sql)) {
            return sqlError(store.m_path, query.lastError());
        }
    }
    return store;
}

HistoryStore::HistoryStore(HistoryStore &&other) noexcept
    : m_connection(std::exchange(other.m_connection, QString()))
    , m_path(std::move(other.m_path))
{
}

HistoryStore &HistoryStore::operator=(HistoryStore &&other) noexcept
{
    std::swap(m_connection, other.m_connection);
    std::swap(m_path, other.m_path);
    return *this;
}

HistoryStore::~HistoryStore()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Core::Result<void> HistoryStore::recordStarted(const RunRecord &run)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT INTO runs (%1) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?) ON CONFLICT(run_id) DO UPDATE SET "
                  "status = excluded.status, finished_at = NULL, pid = excluded.pid, "
                  "summary = COALESCE(excluded.summary, runs.summary)"_s.arg(QLatin1String(columns)));
    query.bindValue(0, run.runId);
    query.bindValue(1, run.kind);
    query.bindValue(2, run.title);
    query.bindValue(3, run.status.isEmpty() ? u"running"_s : run.status);
    query.bindValue(4, run.startedAt.isEmpty() ? Core::EventStream::timestampNow() : run.startedAt);
    query.bindValue(5, run.reportPath);
    query.bindValue(6, run.summary.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(run.summary));
    query.bindValue(7, run.pid);
    if (!query.exec()) {
        return sqlError(m_path, query.lastError());
    }
    return {};
}

Core::Result<void> HistoryStore::recordFinished(const QString &runId, const QString &status, const QString &summary)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"UPDATE runs SET status = ?, finished_at = ?, summary = ? WHERE run_id = ?"_s);
    query.bindValue(0, status);
    query.bindValue(1, Core::EventStream::timestampNow());
    query.bindValue(2, summary);
    query.bindValue(3, runId);
    if (!query.exec()) {
        return sqlError(m_path, query.lastError());
    }
    return {};
}

Core::Result<QList<RunRecord>> HistoryStore::list(int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT %1 FROM runs ORDER BY started_at DESC, run_id DESC LIMIT ?"_s.arg(QLatin1String(columns)));
    query.bindValue(0, limit);
    if (!query.exec()) {
        return sqlError(m_path, query.lastError());
    }
    QList<RunRecord> runs;
    while (query.next()) {
        runs.append(recordFrom(query));
    }
    return runs;
}

Core::Result<std::optional<RunRecord>> HistoryStore::find(const QString &runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT %1 FROM runs WHERE run_id = ?"_s.arg(QLatin1String(columns)));
    query.bindValue(0, runId);
    if (!query.exec()) {
        return sqlError(m_path, query.lastError());
    }
    if (!query.next()) {
        return std::optional<RunRecord>();
    }
    return std::optional<RunRecord>(recordFrom(query));
}

Core::Result<void> HistoryStore::recordTask(const TaskRecord &task)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT OR REPLACE INTO tasks (%1) VALUES (%2)"_s.arg(QLatin1String(taskColumns),
                                                                         placeholders("TTTTIIIITTIII"_L1)));
    const QVariantList values {task.runId,     task.job,        task.task,       task.status,      task.ok,
                               task.failed,    task.fixed,      task.skipped,    task.startedAt,   task.finishedAt,
                               task.durationMs, task.inputTokens, task.outputTokens};
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    if (!query.exec()) {
        return sqlError(m_path, query.lastError());
    }
    return {};
}

Core::Result<void> HistoryStore::recordAttempt(const AttemptRecord &attempt)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT OR REPLACE INTO attempts (%1) VALUES (%2)"_s.arg(QLatin1String(attemptColumns),
                                                                            placeholders("TTTIITTTTTTTTIT"_L1)));
    const QVariantList values {attempt.runId,      attempt.job,       attempt.task,          attempt.cell,
                               attempt.attempt,    attempt.status,    attempt.execution,     attempt.errorPatterns,
                               attempt.sparkLogs,  attempt.judge,     attempt.detail,        attempt.code,
                               attempt.fixerNote,  attempt.durationMs, attempt.finishedAt};
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    if (!query.exec()) {
        return sqlError(m_path, query.lastError());
    }
    return {};
}

Core::Result<QList<TaskRecord>> HistoryStore::tasks(const QString &runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT %1 FROM tasks WHERE run_id = IFNULL(?, '') ORDER BY job, task"_s.arg(QLatin1String(taskColumns)));
    query.bindValue(0, runId);
    if (!query.exec()) {
        return sqlError(m_path, query.lastError());
    }
    QList<TaskRecord> rows;
    while (query.next()) {
        rows.append(taskFrom(query));
    }
    return rows;
}

Core::Result<QList<AttemptRecord>> HistoryStore::attempts(const QString &runId, const QString &job,
                                                          const QString &task) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // An empty (or null) filter matches every row.
    query.prepare(u"SELECT %1 FROM attempts WHERE run_id = IFNULL(?, '') AND (IFNULL(?, '') = '' OR job = ?) "
                  "AND (IFNULL(?, '') = '' OR task = ?) "
                  "ORDER BY job, task, cell, attempt"_s.arg(QLatin1String(attemptColumns)));
    query.bindValue(0, runId);
    query.bindValue(1, job);
    query.bindValue(2, job);
    query.bindValue(3, task);
    query.bindValue(4, task);
    if (!query.exec()) {
        return sqlError(m_path, query.lastError());
    }
    QList<AttemptRecord> rows;
    while (query.next()) {
        rows.append(attemptFrom(query));
    }
    return rows;
}

} // namespace Mwb::History
