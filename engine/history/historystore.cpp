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

Core::Error sqlError(const QString &path, const QSqlError &error)
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
                               u"CREATE INDEX IF NOT EXISTS runs_started ON runs (started_at)"_s}) {
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

} // namespace Mwb::History
