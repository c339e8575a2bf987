// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/jobstatus.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

using Core::OrderedJson;

OrderedJson stringOrNull(const QString &s)
{
    return s.isEmpty() ? OrderedJson(nullptr) : OrderedJson(s.toStdString());
}

} // namespace

QString failedRowsFileName(const QString &table)
{
    QString name = table;
    name.replace(u'/', u'_');
    name.replace(QChar(0), u'_');
    return name + u"_failed.jsonl"_s;
}

bool jobProcessAlive(qint64 pid, const QString &host)
{
    if (pid <= 0 || (!host.isEmpty() && host != QSysInfo::machineHostName())) {
        return false;
    }
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

OrderedJson dataJobStatus(const JobState &state, const QString &jobDir)
{
    QString status = state.status;
    if (status == u"running" && !jobProcessAlive(state.pid, state.host)) {
        status = u"interrupted"_s;
    }
    qint64 migrated = 0;
    qint64 failed = 0;
    qint64 total = 0;
    int completed = 0;
    QString errorFile;
    OrderedJson tablesStatus = OrderedJson::array();
    OrderedJson failedTables = OrderedJson::array();
    for (const TableProgress &t : state.tables) {
        migrated += t.rowsMigrated;
        failed += t.rowsFailed;
        total += qMax<qint64>(0, t.totalRows);
        const QString file = QDir(jobDir).filePath(failedRowsFileName(t.table));
        QString tableStatus = tableStateName(t.state);
        if (t.state == TableState::Completed) {
            ++completed;
            if (t.rowsFailed > 0) {
                tableStatus = u"completed_with_errors"_s;
            }
        }
        if (t.rowsFailed > 0) {
            errorFile = file;
        }
        OrderedJson entry = OrderedJson::object();
        entry["table"] = t.table.toStdString();
        entry["status"] = tableStatus.toStdString();
        entry["rows_migrated"] = t.rowsMigrated;
        entry["rows_failed"] = t.rowsFailed;
        entry["total_rows"] = t.totalRows;
        tablesStatus.push_back(entry);
        if (t.state == TableState::Failed || t.rowsFailed > 0) {
            OrderedJson f = OrderedJson::object();
            f["table"] = t.table.toStdString();
            f["error"] = stringOrNull(t.error);
            f["rows_failed"] = t.rowsFailed;
            f["error_file"] = t.rowsFailed > 0 ? OrderedJson(file.toStdString()) : OrderedJson(nullptr);
            failedTables.push_back(f);
        }
    }
    double percent = 0;
    if (total > 0) {
        percent = qMin(100.0, 100.0 * double(migrated + failed) / double(total));
    } else if (!state.tables.isEmpty() && completed == state.tables.size()) {
        percent = 100.0;
    }
    OrderedJson json = OrderedJson::object();
    json["job_id"] = state.config.jobId.toStdString();
    json["status"] = status.toStdString();
    json["mode"] = state.config.mode.toStdString();
    json["progress_percent"] = double(qRound(percent * 10)) / 10.0;
    json["current_table"] = stringOrNull(state.currentTable);
    json["rows_migrated"] = migrated;
    json["rows_failed"] = failed;
    json["total_rows"] = total;
    json["error_file"] = stringOrNull(errorFile);
    json["tables_completed"] = completed;
    json["tables_total"] = state.tables.size();
    json["tables_status"] = tablesStatus;
    json["failed_tables"] = failedTables;
    json["started_at"] = stringOrNull(state.startedAt);
    json["completed_at"] = stringOrNull(state.completedAt);
    json["error_message"] = stringOrNull(state.errorMessage);
    json["snapshot_consistent"] = state.snapshotConsistent;
    return json;
}

} // namespace Mwb::Db
