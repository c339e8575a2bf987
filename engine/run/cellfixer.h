// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/anthropicclient.h"
#include "notebook/language.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Mwb::Run {

// Everything the fixer is told about a failing cell (ARCHITECTURE.md Pass-2: the failing cell, its
// outputs, the verification results, the source cell and its original Databricks output).
struct FixRequest
{
    QString job;
    QString task;
    QString notebook;
    int cell = 0;  // 1-based among the task's code cells
    int total = 0;
    Notebook::Language language = Notebook::Language::Python;
    QString code;           // the cell as it ran (saved form, without sandbox redirects)
    QString output;         // what it printed, ANSI removed
    QString verification;   // the four checks, one per line
    QString sourceCell;     // the Databricks cell before Pass 1
    QString originalOutput; // its output in the exported notebook, if any
    int attempt = 1;        // the fix attempt this request is for
    int maxAttempts = 10;
};

// What the fixer can reach, provided by the task runner. Every callback gets validated input.
struct FixTools
{
    std::function<QString(const QString &code)> runOnKernel; // scratch code in the task's kernel (sandboxed)
    std::function<QString()> sourceNotebook;                  // the Databricks notebook, cells numbered
    std::function<QString(int cell)> cellHistory;             // attempts at a cell of this task (0: recent cells)
    bool spark = false;                                       // describe_table / list tables need Spark
    QStringList readableRoots; // folders read_notebook may read (the job's output and source folders)
};

struct FixProposal
{
    enum class Kind { None, Submit, Rewind };
    Kind kind = Kind::None;
    QString code;     // Submit: the new cell; Rewind: the new text of cell rewindTo
    int rewindTo = 0; // Rewind: 1-based code cell to replay from
    QString reason;
    QStringList notes; // make_note calls, in order
    QString error;     // why there is no proposal (LLM unreachable, no answer)
    int turns = 0;
    int toolCalls = 0;
};

// The LLM fixer with tools (mission_anchors.md §1.5 "call_fix"): one tool-use conversation per fix
// attempt. Tool arguments are checked (indexes in range, table names well-formed, paths inside
// readableRoots after resolving links), tool output is bounded before it goes back to the model.
class CellFixer
{
public:
    explicit CellFixer(Llm::LlmSettings settings);
    FixProposal propose(const FixRequest &request, const FixTools &tools);

    static QList<Llm::ToolDefinition> toolDefinitions();
    // Whether `path` is inside one of `roots` once links and ".." are resolved.
    static bool isReadable(const QString &path, const QStringList &roots);

private:
    Llm::AnthropicClient m_client;
};

} // namespace Mwb::Run
