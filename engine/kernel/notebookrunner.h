// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/cellverification.h"
#include "kernel/executionresult.h"
#include "kernel/runtimeshim.h"
#include "notebook/notebook.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace Mwb::Kernel {

class CellVerifier;
class KernelClient;

// The run verdict of one code cell (ARCHITECTURE.md event stream: OK / FIXED / FAILED / SKIPPED).
struct CellReport
{
    int index = 0;        // 1-based among the notebook's code cells
    int notebookCell = 0; // 0-based index in Notebook::cells
    QString status;       // OK, FAILED, SKIPPED
    int attempts = 0;
    ExecutionResult execution;
    CellVerification verification;
};

struct RunReport
{
    QList<CellReport> cells;
    // PASS (every code cell OK), PARTIAL (some failed), FAIL (the kernel died or went away, so the
    // rest could not run), INTERRUPTED (stopped on request).
    QString result;
    QString exitValue; // set when the notebook called notebook.exit
    QString error;     // what ended the run early
    int ok() const;
    int failed() const;
    int skipped() const;
};

struct RunOptions
{
    ShimSettings shim;
    bool installShim = true;
    std::optional<std::chrono::milliseconds> cellTimeout; // default: the client's
};

// Runs a notebook's code cells one after another on a kernel and verifies each (Pass-2 without
// the fix loop). Markdown and raw cells are not sent. After notebook.exit the remaining cells are
// SKIPPED; after a kernel death or a lost connection too, and the run is FAIL.
class NotebookRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookRunner)
public:
    NotebookRunner(KernelClient &client, const CellVerifier &verifier, QObject *parent = nullptr);

    RunReport run(const Notebook::Notebook &notebook, const RunOptions &options);

Q_SIGNALS:
    void cellStarted(int index, int total);
    void cellFinished(const Mwb::Kernel::CellReport &report, int total);

private:
    KernelClient &m_client;
    const CellVerifier &m_verifier;
};

} // namespace Mwb::Kernel
