// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"

#include <QString>

namespace Mwb::Kernel {

enum class CheckState {
    Passed,
    Failed,
    NotAvailable, // the check could not run (no Spark logs, no judge); never counts as passed
};

QString checkStateName(CheckState state);

struct CheckResult
{
    CheckState state = CheckState::NotAvailable;
    QString detail; // why it failed, or why it was not available
};

// The four verifications of one attempt at a cell, each recorded on its own (ARCHITECTURE.md Pass-2):
// (a) execution status, (b) error patterns in stdout/stderr, (c) Spark driver logs / failed stages,
// (d) the LLM judge.
struct CellVerification
{
    CheckResult execution;
    CheckResult errorPatterns;
    CheckResult sparkLogs;
    CheckResult judge;
    // An OCI failure that no retry fixes (IAM, bucket); empty when none (mission_anchors.md §1.5 3a).
    QString unfixable;

    // True when a check failed. A cell whose checks passed or were not available is not failed, but
    // only Passed checks count as evidence (reports show NotAvailable as such).
    bool failed() const;
    // The first failure's detail, "(a) ..." style; empty when none failed.
    QString firstFailure() const;
    Core::OrderedJson toJson() const;
};

} // namespace Mwb::Kernel
