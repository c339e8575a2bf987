// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/joblock.h"

#include "core/eventstream.h"
#include "core/jsonio.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "db/tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

// "mwb-data" as a 64-bit advisory lock key (PostgreSQL advisory locks are per database).
constexpr qint64 advisoryKey = 0x6d77622d64617461LL;

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto lockedError(const Connection &target, const QString &job, const QString &pid, const QString &host)
{
    return Core::Error::inFile(target.spec().describe(),
                               Tr::tr("target locked by %1 (pid %2, host %3)").arg(job.isEmpty() ? Tr::tr("another job") : job,
                                                                                     pid.isEmpty() ? u"?"_s : pid,
                                                                                     host.isEmpty() ? u"?"_s : host),
                               Tr::tr("Wait for that job to finish (mwb data status %1) or stop it; the lock goes away with its process.")
                                   .arg(job));
}

QString pidText()
{
    return QString::number(QCoreApplication::applicationPid());
}

} // namespace

JobLock::~JobLock()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
}

Core::Result<std::unique_ptr<JobLock>> JobLock::acquire(Connection &target, const QString &jobId)
{
    std::unique_ptr<JobLock> lock(new JobLock);
    const QString host = QSysInfo::machineHostName();
    switch (target.dialect().kind()) {
    case DialectKind::Postgres: {
        QSqlQuery query(target.database());
        // application_name is at most 63 bytes; the job id and pid come first.
        const QString name = QString(u"mwb "_s + jobId + u' ' + pidText() + u' ' + host).left(63);
        query.prepare(u"SELECT set_config('application_name', ?, false)"_s);
        query.bindValue(0, name);
        query.exec();
        if (!query.exec(u"SELECT pg_try_advisory_lock(%1)"_s.arg(advisoryKey)) || !query.next()) {
            return Core::Error::inFile(target.spec().describe(), Tr::tr("cannot take the job lock: %1").arg(query.lastError().text()));
        }
        if (query.value(0).toBool()) {
            return lock;
        }
        QSqlQuery holder(target.database());
        holder.exec(u"SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                    "WHERE l.locktype = 'advisory' AND l.granted AND l.database = "
                    "(SELECT oid FROM pg_database WHERE datname = current_database()) "
                    "AND ((l.classid::bigint << 32) | l.objid::bigint) = %1"_s.arg(advisoryKey));
        const QStringList parts = holder.next() ? holder.value(0).toString().split(u' ') : QStringList();
        return lockedError(target, parts.value(1), parts.value(2), parts.value(3));
    }
    case DialectKind::Mysql: {
        QSqlQuery query(target.database());
        if (!query.exec(u"SELECT GET_LOCK(CONCAT('mwb-data:', DATABASE()), 0)"_s) || !query.next()) {
            return Core::Error::inFile(target.spec().describe(), Tr::tr("cannot take the job lock: %1").arg(query.lastError().text()));
        }
        const bool got = query.value(0).toInt() == 1;
        const QString table = target.dialect().quoteIdentifier(u"mwb_job_lock"_s);
        if (got) {
            if (auto made = target.exec(u"CREATE TABLE IF NOT EXISTS "_s + table
                                        + u" (lock_name VARCHAR(64) PRIMARY KEY, job_id VARCHAR(64), pid BIGINT, host VARCHAR(255), "
                                          "since VARCHAR(40)) CHARACTER SET utf8mb4"_s);
                !made) {
                return made.error();
            }
            QSqlQuery write(target.database());
            write.prepare(u"REPLACE INTO "_s + table + u" (lock_name, job_id, pid, host, since) VALUES ('mwb-data', ?, ?, ?, ?)"_s);
            write.bindValue(0, jobId);
            write.bindValue(1, QCoreApplication::applicationPid());
            write.bindValue(2, host);
            write.bindValue(3, Core::EventStream::timestampNow());
            write.exec();
            return lock;
        }
        QSqlQuery holder(target.database());
        if (holder.exec(u"SELECT job_id, pid, host FROM "_s + table + u" WHERE lock_name = 'mwb-data'"_s) && holder.next()) {
            return lockedError(target, holder.value(0).toString(), holder.value(1).toString(), holder.value(2).toString());
        }
        return lockedError(target, {}, {}, {});
    }
    case DialectKind::Sqlite: {
        const QString path = target.spec().database + u".mwb-lock"_s;
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            return Core::Error::inFile(path, Tr::tr("cannot create the job lock file"),
                                       Tr::tr("Check the permissions of the folder that holds the target database."));
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            QFile file(path);
            Core::OrderedJson holder;
            if (file.open(QIODevice::ReadOnly)) {
                auto parsed = Core::parseOrderedJson(file.readAll(), path);
                if (parsed) {
                    holder = *parsed;
                }
            }
            ::close(fd);
            return lockedError(target, Core::stringValue(holder, "job_id"), Core::stringValue(holder, "pid"),
                               Core::stringValue(holder, "host"));
        }
        Core::OrderedJson holder = Core::OrderedJson::object();
        holder["job_id"] = jobId.toStdString();
        holder["pid"] = pidText().toStdString();
        holder["host"] = host.toStdString();
        const std::string text = holder.dump() + '\n';
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, text.data(), text.size(), 0) != ssize_t(text.size())) {
            // The lock itself holds; only the holder description is missing.
        }
        lock->m_fd = fd;
        return lock;
    }
    }
    return lock;
}

} // namespace Mwb::Db
