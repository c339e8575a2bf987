// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/changesmodel.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

ChangesModel::ChangesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ChangesModel::~ChangesModel() = default;

void ChangesModel::setItems(const QList<ChangeItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const ChangeItem *ChangesModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QStringList ChangesModel::ruleIds() const
{
    QSet<QString> ids;
    for (const ChangeItem &item : m_items) {
        ids.insert(item.ruleId);
    }
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return list;
}

int ChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ChangeItem &item = m_items.at(index.row());
    switch (role) {
    case RuleIdRole:
        return item.ruleId;
    case SeverityRole:
        return item.severity;
    case CellRole:
        return qlonglong(item.cell);
    case LineRole:
        return qlonglong(item.line);
    case NotebookRole:
        return item.notebook;
    case KindRole:
        return int(item.kind);
    case SortRole:
        // Locations sort by notebook, then cell and line as numbers ("cell 2" before "cell 10").
        if (index.column() == LocationColumn) {
            return u"%1\x1f%2\x1f%3"_s.arg(item.notebook)
                .arg(item.cell + 1, 8, 10, QChar(u'0'))
                .arg(item.line + 1, 8, 10, QChar(u'0'));
        }
        if (index.column() == SeverityColumn) {
            // Blockers first.
            return item.severity == u"blocker" ? 0 : item.severity == u"important" ? 1 : item.severity == u"nit" ? 2 : 3;
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (item.before.isEmpty() && item.after.isEmpty()) {
            return item.reason;
        }
        return tr("%1\n\nBefore: %2\nAfter: %3").arg(item.reason, item.before, item.after);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return item.kind == ChangeItem::Kind::Change ? tr("Change") : tr("Finding");
    case RuleColumn:
        return item.ruleId;
    case SeverityColumn:
        return item.severity;
    case LocationColumn: {
        const QString where = item.line >= 0 ? tr("cell %1, line %2").arg(item.cell + 1).arg(item.line + 1)
                                             : tr("cell %1").arg(item.cell + 1);
        return item.notebook.isEmpty() ? where : QFileInfo(item.notebook).fileName() + u": "_s + where;
    }
    case ReasonColumn:
        return item.reason;
    default:
        return {};
    }
}

QVariant ChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case RuleColumn:
        return tr("Rule");
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Where");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace Mwb::Widgets
