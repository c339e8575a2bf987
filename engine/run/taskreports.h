// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "run/taskrunner.h"

#include <QString>

namespace Mwb::Run {

// tasks/<NN_task>/test_report.md: per code cell its code, output, the original Databricks output,
// the four verdicts and every attempt (mission_anchors.md §1.7 "test_report.md").
QString testReportMarkdown(const TaskInput &input, const TaskOutcome &outcome);

// tasks/<NN_task>/task.json: the task's result; a PASS/PARTIAL one with `notebook_sha256` is what a
// later run trusts to report the task ALREADY_MIGRATED.
Core::OrderedJson taskJson(const TaskInput &input, const TaskOutcome &outcome, const QString &notebookSha256);

// Replaces (or appends) the "## Pass 2" section of a Pass-1 migration_report.md.
QString withPass2Section(const QString &report, const TaskOutcome &outcome);

// A fenced block that its content cannot close.
QString fenced(const QString &text, const QString &language = {});

} // namespace Mwb::Run
