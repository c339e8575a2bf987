// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/changeitem.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Mwb::Widgets {

class ChangesModel;

// The "Changes & findings" dock (WORKBENCH_UI.md): every change record and lint finding of the
// open notebook or the whole job, filterable by rule and by severity; activating a row asks to
// show that line in the diff.
class ChangesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesPanel)

public:
    explicit ChangesPanel(QWidget *parent = nullptr);
    ~ChangesPanel() override;

    // The items of the open notebook, and of its whole job (the scope box switches between them).
    void setItems(const QList<ChangeItem> &items);
    void setJobItems(const QList<ChangeItem> &items);
    enum class Scope { Notebook, Job };
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    ChangesModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    // Filters; an empty string shows all.
    void setRuleFilter(const QString &ruleId);
    void setSeverityFilter(const QString &severity);

Q_SIGNALS:
    void itemActivated(const Mwb::Widgets::ChangeItem &item);

private:
    void updateCount();
    void showItems();

    ChangesModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_view;
    QComboBox *m_scopeBox;
    QComboBox *m_rules;
    QComboBox *m_severities;
    QLabel *m_count;
    QString m_rule;
    QString m_severity;
    QList<ChangeItem> m_notebookItems;
    QList<ChangeItem> m_jobItems;
    Scope m_scope = Scope::Notebook;
};

} // namespace Mwb::Widgets
