// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mwb::Kernel {

// One output of a cell, as the kernel published it on iopub (messaging.rst "IOPub").
struct CellOutput
{
    enum class Kind { Stream, DisplayData, ExecuteResult, Error };
    Kind kind = Kind::Stream;
    QString streamName;      // Stream: stdout / stderr
    QString text;            // Stream: the text, AIDP TEXT_PLAIN wrappers removed, ANSI codes kept
    Core::Json data = Core::Json::object();     // DisplayData / ExecuteResult: the MIME bundle
    Core::Json metadata = Core::Json::object(); // DisplayData / ExecuteResult
    int executionCount = -1; // ExecuteResult
    QString ename;           // Error
    QString evalue;          // Error
    QStringList traceback;   // Error, ANSI codes kept (display)

    // The nbformat v4 output object (protocols.md §4: "transient" dropped).
    Core::Json toNbformat() const;
    // What a reader sees: stream text, text/plain of a result, the traceback of an error, ANSI removed.
    QString reportText() const;
};

enum class ExecutionStatus {
    Ok,             // execute_reply "ok"
    Error,          // execute_reply "error": the cell raised
    Aborted,        // execute_reply "aborted": not run because an earlier request failed
    TimedOut,       // the per-cell time limit passed; the kernel was interrupted
    Hung,           // no "busy" status within the liveness limit after sending the request
    KernelDied,     // the kernel restarted or died under the cell (no reply will come)
    ConnectionLost, // the WebSocket dropped and could not be re-attached
    Interrupted,    // stopped on request (interrupt, restart, SIGTERM)
    Exited,         // notebook.exit(value) ended the notebook here; counts as success
};

QString executionStatusName(ExecutionStatus status);

// Everything one execute_request produced. Complete only after both the execute_reply and the
// matching "idle" status arrived (protocols.md §1.5 item 2), or after a liveness failure.
struct ExecutionResult
{
    ExecutionStatus status = ExecutionStatus::Ok;
    QString msgId;
    QList<CellOutput> outputs;
    int executionCount = -1;
    QString ename;
    QString evalue;
    QStringList traceback; // ANSI codes kept
    QString message;       // our explanation when the kernel gave none (timeout, death, ...)
    QString exitValue;     // Exited: the value passed to notebook.exit
    qint64 elapsedMs = 0;

    bool succeeded() const { return status == ExecutionStatus::Ok || status == ExecutionStatus::Exited; }
    // Concatenated stream text of `name` ("stdout"/"stderr"), ANSI removed unless `keepAnsi`.
    QString streamText(const QString &name, bool keepAnsi = false) const;
    // All outputs as a reader sees them, ANSI removed (reports, verification, the LLM).
    QString reportText() const;
    // One line: "ZeroDivisionError: division by zero", or the liveness message.
    QString errorSummary() const;
    // nbformat "outputs" array.
    Core::Json outputsAsNbformat() const;
};

} // namespace Mwb::Kernel
