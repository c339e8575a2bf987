// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/runlogview.h"

#include "jobs/runlogmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Mwb::Widgets {

RunLogView::RunLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunLogModel(this))
    , m_task(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_view(new QTreeView(this))
{
    m_task->addItem(tr("All tasks"), QString());
    m_task->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_level->addItem(tr("All levels"), int(RunLogModel::MinimumLevel::Info));
    m_level->addItem(tr("Warnings and errors"), int(RunLogModel::MinimumLevel::Warning));
    m_level->addItem(tr("Errors"), int(RunLogModel::MinimumLevel::Error));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(RunLogModel::TimeColumn, 80);
    m_view->setColumnWidth(RunLogModel::LevelColumn, 80);
    m_view->setColumnWidth(RunLogModel::TaskColumn, 120);

    auto *filters = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_task);
    filters->addWidget(label);
    filters->addWidget(m_task);
    filters->addWidget(m_level);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_task, &QComboBox::currentIndexChanged, this, &RunLogView::applyFilter);
    connect(m_level, &QComboBox::currentIndexChanged, this, &RunLogView::applyFilter);
    connect(m_model, &RunLogModel::tasksChanged, this, &RunLogView::updateTasks);
    // Follow the log while the user is at its end; leave them alone when they scrolled up to read.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_view->setProperty("follow", bar->value() >= bar->maximum() - 2);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->property("follow").toBool()) {
            m_view->scrollToBottom();
        }
    });
}

RunLogView::~RunLogView() = default;

void RunLogView::setSubjectIsTable()
{
    m_task->setItemText(0, tr("All tables"));
    m_model->setTaskHeader(tr("Table"));
}

void RunLogView::applyFilter()
{
    m_model->setFilter(m_task->currentData().toString(), RunLogModel::MinimumLevel(m_level->currentData().toInt()));
}

void RunLogView::updateTasks(const QStringList &tasks)
{
    for (const QString &task : tasks) {
        if (m_task->findData(task) < 0) {
            m_task->addItem(task, task);
        }
    }
}

} // namespace Mwb::Widgets
