// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/notebookrunner.h"

#include "core/termination.h"
#include "kernel/cellverifier.h"
#include "kernel/kernelclient.h"
#include "kernel/tr.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

namespace {

int countStatus(const QList<CellReport> &cells, const QString &status)
{
    return static_cast<int>(std::count_if(cells.begin(), cells.end(), [&](const CellReport &c) { return c.status == status; }));
}

} // namespace

int RunReport::ok() const
{
    return countStatus(cells, u"OK"_s);
}

int RunReport::failed() const
{
    return countStatus(cells, u"FAILED"_s);
}

int RunReport::skipped() const
{
    return countStatus(cells, u"SKIPPED"_s);
}

NotebookRunner::NotebookRunner(KernelClient &client, const CellVerifier &verifier, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_verifier(verifier)
{
}

RunReport NotebookRunner::run(const Notebook::Notebook &notebook, const RunOptions &options)
{
    RunReport report;
    QList<int> codeCells;
    for (int i = 0; i < notebook.cells.size(); ++i) {
        if (notebook.cells.at(i).isCode() && !notebook.cells.at(i).source.trimmed().isEmpty()) {
            codeCells << i;
        }
    }
    const int total = static_cast<int>(codeCells.size());
    m_client.setStopCheck([] { return Core::TerminationWatcher::isRequested(); });

    if (options.installShim) {
        const ExecutionResult shim = m_client.run(runtimeShimInstallCode(options.shim), std::chrono::seconds(120), true);
        if (!shim.succeeded()) {
            report.result = u"FAIL"_s;
            report.error = Tr::tr("could not install the runtime shim into the kernel: %1").arg(shim.errorSummary());
            return report;
        }
    }

    QString skipReason;
    for (int n = 0; n < total; ++n) {
        CellReport cell;
        cell.index = n + 1;
        cell.notebookCell = codeCells.at(n);
        if (skipReason.isEmpty() && Core::TerminationWatcher::isRequested()) {
            skipReason = Tr::tr("stopped on request");
            report.result = u"INTERRUPTED"_s;
        }
        if (!skipReason.isEmpty()) {
            cell.status = u"SKIPPED"_s;
            cell.execution.message = skipReason;
            report.cells << cell;
            Q_EMIT cellFinished(cell, total);
            continue;
        }
        Q_EMIT cellStarted(cell.index, total);
        const QDateTime startedAt = QDateTime::currentDateTimeUtc();
        const Notebook::Cell &source = notebook.cells.at(cell.notebookCell);
        cell.execution = m_client.run(source.source, options.cellTimeout);
        cell.attempts = 1;
        cell.verification = m_verifier.verify(source.source, cell.execution, startedAt);
        cell.status = cell.verification.failed() ? u"FAILED"_s : u"OK"_s;
        report.cells << cell;
        Q_EMIT cellFinished(cell, total);

        switch (cell.execution.status) {
        case ExecutionStatus::Exited:
            report.exitValue = cell.execution.exitValue;
            skipReason = Tr::tr("the notebook exited in cell %1").arg(cell.index);
            break;
        case ExecutionStatus::KernelDied:
        case ExecutionStatus::ConnectionLost:
            report.error = cell.execution.errorSummary();
            report.result = u"FAIL"_s;
            skipReason = Tr::tr("not run: %1").arg(report.error);
            break;
        case ExecutionStatus::Interrupted:
            if (Core::TerminationWatcher::isRequested()) {
                report.result = u"INTERRUPTED"_s;
                skipReason = Tr::tr("stopped on request");
            }
            break;
        default:
            break;
        }
    }
    m_client.setStopCheck({});
    if (report.result.isEmpty()) {
        report.result = report.failed() == 0 ? u"PASS"_s : u"PARTIAL"_s;
    }
    return report;
}

} // namespace Mwb::Kernel
