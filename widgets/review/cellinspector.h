// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notebook/cell.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QTextBrowser;

namespace Mwb::Widgets {

// One execution attempt of a migrated cell in a Pass-2 run: the code that ran, what it printed
// and the four verdicts (execution, stderr patterns, Spark driver log, LLM judge), plus what the
// fixer changed and why.
struct CellAttempt
{
    int number = 1;
    QString code;
    QString output;
    QString execution;   // "OK", "ERROR: ...", ...
    QString stderrCheck; // "clean", "Traceback found", ...
    QString driverLog;   // "no failed stages", "not available", ...
    QString llmJudge;    // "PASS: ..." / "ISSUE: ... | FIX: ...", or empty when not asked
    QString fixerNotes;
};

// The cell inspector dock (WORKBENCH_UI.md): for the selected cell, the original Databricks
// outputs and the migrated cell's outputs (text with ANSI codes removed, images), and every
// attempt of the last run when one exists.
class CellInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CellInspector)

public:
    explicit CellInspector(QWidget *parent = nullptr);
    ~CellInspector() override;

    // Either side may be missing (an added or removed cell).
    void showCell(const std::optional<Notebook::Cell> &source, qsizetype sourceIndex,
                  const std::optional<Notebook::Cell> &migrated, qsizetype migratedIndex,
                  const QList<CellAttempt> &attempts = {});
    void clear();

    // The rendered page as HTML, for tests and export.
    QString html() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace Mwb::Widgets
