// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyrun.h"

#include "core/jsonio.h"

#include <QCoreApplication>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mwb::Widgets::HistoryRun)
};

// A "running" row whose process is gone was killed before it could write its end (a SIGKILL, a
// crash, a reboot). kill(pid, 0) only probes: EPERM means the process exists under another user.
bool processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0) {
        return true; // unknown pid: trust the row
    }
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

QDateTime parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

RunResult runResultFromStatus(const QString &status)
{
    if (status == u"running") {
        return RunResult::Running;
    }
    if (status == u"completed") {
        return RunResult::Passed;
    }
    if (status == u"completed_with_errors") {
        return RunResult::Partial;
    }
    if (status == u"failed") {
        return RunResult::Failed;
    }
    if (status == u"interrupted") {
        return RunResult::Interrupted;
    }
    return RunResult::Unknown;
}

HistoryRun historyRunFrom(
    const History::RunRecord &record, const QList<History::TaskRecord> &tasks, const QDateTime &now)
{
    HistoryRun run;
    run.record = record;
    run.result = runResultFromStatus(record.status);
    run.started = parseTime(record.startedAt);
    run.finished = parseTime(record.finishedAt);
    if (run.result == RunResult::Running && !processExists(record.pid)) {
        run.processGone = true;
        run.result = RunResult::Interrupted;
    }
    if (run.started.isValid()) {
        if (run.finished.isValid()) {
            run.durationMs = std::max<qint64>(0, run.started.msecsTo(run.finished));
        } else if (run.result == RunResult::Running) {
            run.durationMs = std::max<qint64>(0, run.started.msecsTo(now));
        }
    }

    auto summary = Core::parseJson(record.summary.toUtf8(), record.runId);
    const bool hasSummary = !record.summary.isEmpty() && summary.ok() && summary->is_object();
    if (record.kind == u"migrate-job") {
        run.hasCells = true;
        for (const History::TaskRecord &task : tasks) {
            run.cellsOk += task.ok;
            run.cellsFailed += task.failed;
            run.cellsFixed += task.fixed;
            if (!run.jobs.contains(task.job)) {
                run.jobs << task.job;
            }
        }
        if (hasSummary) {
            run.outcome = Core::stringValue(*summary, "result");
            if (summary->contains("jobs") && (*summary)["jobs"].is_array()) {
                QStringList jobs;
                for (const auto &job : (*summary)["jobs"]) {
                    const QString name = Core::stringValue(job, "job");
                    if (!name.isEmpty() && !jobs.contains(name)) {
                        jobs << name;
                    }
                }
                if (!jobs.isEmpty()) {
                    run.jobs = jobs;
                }
            }
        }
    } else if (record.kind == u"data" && hasSummary) {
        const auto &json = *summary;
        if (json.contains("rows_migrated") && json["rows_migrated"].is_number()) {
            run.hasRows = true;
            run.rowsCopied = json["rows_migrated"].get<qint64>();
            if (json.contains("rows_failed") && json["rows_failed"].is_number()) {
                run.rowsFailed = json["rows_failed"].get<qint64>();
            }
        }
    }
    return run;
}

QString runResultLabel(RunResult result, const QString &kind)
{
    switch (result) {
    case RunResult::Running:
        return Tr::tr("Running");
    case RunResult::Passed:
        return Tr::tr("Passed");
    case RunResult::Partial:
        return kind == u"validate" ? Tr::tr("Differences") : Tr::tr("Partial");
    case RunResult::Failed:
        return Tr::tr("Failed");
    case RunResult::Interrupted:
        return Tr::tr("Interrupted");
    case RunResult::Unknown:
        break;
    }
    return Tr::tr("Unknown");
}

QString runKindLabel(const QString &kind)
{
    if (kind == u"migrate-job") {
        return Tr::tr("Migrate job");
    }
    if (kind == u"data") {
        return Tr::tr("Data copy");
    }
    if (kind == u"validate") {
        return Tr::tr("Validation");
    }
    return kind;
}

QString formatDuration(qint64 ms)
{
    if (ms < 0) {
        return QString();
    }
    if (ms < 10'000) {
        return Tr::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    }
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60) {
        return Tr::tr("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    }
    return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

QColor runResultColor(RunResult result)
{
    switch (result) {
    case RunResult::Running:
        return QColor(0x3a, 0x86, 0xd4); // blue
    case RunResult::Passed:
        return QColor(0x2e, 0x9d, 0x4f); // green
    case RunResult::Partial:
        return QColor(0xd9, 0x8e, 0x04); // amber
    case RunResult::Failed:
        return QColor(0xd6, 0x45, 0x41); // red
    case RunResult::Interrupted:
        return QColor(0x8e, 0x7c, 0xc3); // violet
    case RunResult::Unknown:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98); // grey
}

} // namespace Mwb::Widgets
