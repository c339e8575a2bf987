// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QTreeView;

namespace Mwb::Widgets {

class RunLogModel;

// The live log of a run with its filters: a task (or all) and a minimum level. Follows the newest line
// while the view is scrolled to the bottom.
class RunLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogView)

public:
    explicit RunLogView(QWidget *parent = nullptr);
    ~RunLogView() override;

    RunLogModel *model() const { return m_model; }
    // For logs whose subjects are tables: "All tables" and a "Table" column.
    void setSubjectIsTable();
    QComboBox *taskFilter() const { return m_task; }
    QComboBox *levelFilter() const { return m_level; }

private:
    void applyFilter();
    void updateTasks(const QStringList &tasks);

    RunLogModel *m_model;
    QComboBox *m_task;
    QComboBox *m_level;
    QTreeView *m_view;
};

} // namespace Mwb::Widgets
