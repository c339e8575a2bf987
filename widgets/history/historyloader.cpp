// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyloader.h"

#include "history/historystore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace Mwb::Widgets {

HistoryLoader::HistoryLoader(QObject *parent)
    : QObject(parent)
{
}

HistoryLoader::~HistoryLoader() = default;

Core::Result<QList<HistoryRun>> HistoryLoader::read(const QString &projectDir, int limit)
{
    if (projectDir.isEmpty() || !QFileInfo(History::HistoryStore::databasePath(projectDir)).isFile()) {
        return QList<HistoryRun>();
    }
    // One store (one QSqlDatabase connection) per call, opened and closed on the calling thread.
    auto store = History::HistoryStore::open(projectDir);
    if (!store) {
        return store.error();
    }
    auto records = store->list(limit);
    if (!records) {
        return records.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryRun> runs;
    runs.reserve(records->size());
    for (const History::RunRecord &record : std::as_const(*records)) {
        QList<History::TaskRecord> tasks;
        if (record.kind == u"migrate-job") {
            auto rows = store->tasks(record.runId);
            if (!rows) {
                return rows.error();
            }
            tasks = std::move(rows).value();
        }
        runs.append(historyRunFrom(record, tasks, now));
    }
    return runs;
}

void HistoryLoader::load(const QString &projectDir, int limit)
{
    const quint64 request = ++m_request;
    m_loading = true;
    QtConcurrent::run([projectDir, limit] {
        return read(projectDir, limit);
    }).then(this, [this, request](const Core::Result<QList<HistoryRun>> &result) {
        if (request != m_request) {
            return; // a newer load() is on its way
        }
        m_loading = false;
        if (result) {
            Q_EMIT loaded(*result);
        } else {
            Q_EMIT failed(result.error().toString());
        }
    });
}

} // namespace Mwb::Widgets
