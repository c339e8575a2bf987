// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notebook/notebook.h"

#include <QList>
#include <QScrollArea>
#include <QString>

class QLabel;
class QVBoxLayout;

namespace Mwb::Widgets {

class NotebookCellWidget;

// A read-only notebook: a summary line, then the cells one under the other (NotebookCellWidget).
//
// One QScrollArea scrolls a plain column of cell widgets whose heights come from their laid-out documents
// (heightForWidth), instead of a QListView with a painting delegate: each cell stays a real widget with mouse
// selection, copy and a context menu, and since a cell is a single painted widget (not an editor with its own
// scroll area) a 300-cell notebook is 300 light widgets that Qt clips and paints only where visible.
class NotebookView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookView)

public:
    explicit NotebookView(QWidget *parent = nullptr);
    ~NotebookView() override;

    // Shows `notebook`, replacing what was shown; `filePath` is only displayed.
    void setNotebook(const Notebook::Notebook &notebook, const QString &filePath = {});

    QString filePath() const { return m_filePath; }
    QString notebookName() const { return m_name; }
    int cellCount() const { return static_cast<int>(m_cells.size()); }
    // 0-based; nullptr when out of range.
    NotebookCellWidget *cellWidget(int index) const;

    // Scrolls so that cell `index` (0-based) starts at the top of the view.
    void scrollToCell(int index);

private:
    QWidget *m_column;
    QVBoxLayout *m_layout;
    QLabel *m_summary;
    QList<NotebookCellWidget *> m_cells; // children of m_column, in notebook order
    QString m_filePath;
    QString m_name;
};

} // namespace Mwb::Widgets
