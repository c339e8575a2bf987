// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/cellverification.h"

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

QString checkStateName(CheckState state)
{
    switch (state) {
    case CheckState::Passed:
        return u"passed"_s;
    case CheckState::Failed:
        return u"failed"_s;
    case CheckState::NotAvailable:
        return u"not_available"_s;
    }
    return {};
}

bool CellVerification::failed() const
{
    for (const CheckResult *check : {&execution, &errorPatterns, &sparkLogs, &judge}) {
        if (check->state == CheckState::Failed) {
            return true;
        }
    }
    return false;
}

QString CellVerification::firstFailure() const
{
    for (const CheckResult *check : {&execution, &errorPatterns, &sparkLogs, &judge}) {
        if (check->state == CheckState::Failed) {
            return check->detail;
        }
    }
    return {};
}

Core::OrderedJson CellVerification::toJson() const
{
    auto one = [](const CheckResult &check) {
        Core::OrderedJson out = Core::OrderedJson::object();
        out["state"] = Core::toStd(checkStateName(check.state));
        if (!check.detail.isEmpty()) {
            out["detail"] = Core::toStd(check.detail);
        }
        return out;
    };
    Core::OrderedJson out = Core::OrderedJson::object();
    out["execution"] = one(execution);
    out["error_patterns"] = one(errorPatterns);
    out["spark_logs"] = one(sparkLogs);
    out["llm_judge"] = one(judge);
    if (!unfixable.isEmpty()) {
        out["unfixable"] = Core::toStd(unfixable);
    }
    return out;
}

} // namespace Mwb::Kernel
