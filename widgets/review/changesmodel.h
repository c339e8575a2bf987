// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/changeitem.h"

#include <QAbstractTableModel>
#include <QList>

namespace Mwb::Widgets {

// The change records and findings of one notebook or a whole job, one per row. Fed, not fetched.
class ChangesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesModel)

public:
    enum Column { KindColumn, RuleColumn, SeverityColumn, LocationColumn, ReasonColumn, ColumnCount };
    enum Role { RuleIdRole = Qt::UserRole + 1, SeverityRole, CellRole, LineRole, NotebookRole, KindRole, SortRole };

    explicit ChangesModel(QObject *parent = nullptr);
    ~ChangesModel() override;

    void setItems(const QList<ChangeItem> &items);
    const QList<ChangeItem> &items() const { return m_items; }
    const ChangeItem *item(int row) const;
    QStringList ruleIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChangeItem> m_items;
};

} // namespace Mwb::Widgets
