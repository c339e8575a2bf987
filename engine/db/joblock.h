// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace Mwb::Db {

class Connection;

// One data job per target at a time (DATA_MIGRATION.md, reliability.md §5 and §10 case 23). The lock
// lives as long as a session or a file descriptor, so a killed process never leaves it behind:
//   PostgreSQL: pg_try_advisory_lock on the target connection; the holder is found through
//               pg_locks + pg_stat_activity.application_name ("mwb <job> <pid> <host>").
//   MySQL:      GET_LOCK('mwb-data:<database>', 0); the holder writes itself to mwb_job_lock.
//   SQLite:     flock() on "<database>.mwb-lock", which holds the holder as JSON.
// A second job fails at once with "target locked by <job> (pid <pid>, host <host>)".
class JobLock
{
public:
    ~JobLock();
    JobLock(const JobLock &) = delete;
    JobLock &operator=(const JobLock &) = delete;

    // `target` must stay open while the lock is held (PostgreSQL, MySQL: the lock is its session's).
    static Core::Result<std::unique_ptr<JobLock>> acquire(Connection &target, const QString &jobId);

private:
    JobLock() = default;
    int m_fd = -1;
};

} // namespace Mwb::Db
