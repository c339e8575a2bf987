// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/cellverifier.h"

#include "kernel/celljudge.h"
#include "kernel/errorpatterns.h"
#include "kernel/sparklogsource.h"
#include "kernel/tr.h"

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

CellVerification CellVerifier::verify(const QString &code, const ExecutionResult &result, const QDateTime &startedAt,
                                      const QString &originalOutput) const
{
    CellVerification out;
    // (a) what the kernel said: execute_reply status, or our liveness verdict.
    if (result.succeeded()) {
        out.execution.state = CheckState::Passed;
        if (result.status == ExecutionStatus::Exited) {
            out.execution.detail = Tr::tr("notebook.exit(%1)").arg(result.exitValue);
        }
    } else {
        out.execution.state = CheckState::Failed;
        out.execution.detail = executionStatusName(result.status) + u": "_s + result.errorSummary();
    }

    // (b) error text in the streams of a cell that may have caught its own exception.
    const QString streams = result.streamText(u"stdout"_s) + u'\n' + result.streamText(u"stderr"_s);
    const QStringList errorLines = findErrorLines(streams);
    out.errorPatterns.state = errorLines.isEmpty() ? CheckState::Passed : CheckState::Failed;
    if (!errorLines.isEmpty()) {
        out.errorPatterns.detail = Tr::tr("error in the output: %1").arg(errorLines.first());
    }
    out.unfixable = findUnfixableOciError(result.reportText() + u'\n' + result.errorSummary());

    // (c) Spark's own record of failed work.
    if (!m_spark) {
        out.sparkLogs.detail = Tr::tr("no Spark driver logs or Spark REST endpoint configured");
    } else {
        auto failures = m_spark->failuresSince(startedAt);
        if (!failures) {
            out.sparkLogs.detail = Tr::tr("%1 could not be read: %2").arg(m_spark->describe(), failures.error().message);
        } else if (failures->isEmpty()) {
            out.sparkLogs.state = CheckState::Passed;
        } else {
            out.sparkLogs.state = CheckState::Failed;
            out.sparkLogs.detail = failures->first();
        }
    }

    // (d) the judge, when one is configured.
    if (!m_judge) {
        out.judge.detail = Tr::tr("no LLM judge configured");
    } else if (out.failed()) {
        // The cell already failed; the fixer gets the failure, the judge's tokens are not needed.
        out.judge.detail = Tr::tr("not asked: an earlier check failed");
    } else {
        JudgeRequest request {code, result.reportText(), originalOutput, QString()};
        auto verdict = m_judge->judge(request);
        if (!verdict) {
            out.judge.detail = verdict.error().message;
        } else if (verdict->passed) {
            out.judge.state = CheckState::Passed;
            out.judge.detail = verdict->reason;
        } else {
            out.judge.state = CheckState::Failed;
            out.judge.detail = verdict->suggestion.isEmpty() ? verdict->issue
                                                             : verdict->issue + u" | FIX: "_s + verdict->suggestion;
        }
    }
    return out;
}

} // namespace Mwb::Kernel
