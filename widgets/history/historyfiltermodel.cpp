// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyfiltermodel.h"

#include "history/historymodel.h"

namespace Mwb::Widgets {

HistoryFilterModel::HistoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
    setDynamicSortFilter(true);
}

HistoryFilterModel::~HistoryFilterModel() = default;

void HistoryFilterModel::setText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words != m_words) {
        m_words = words;
        invalidateFilter();
    }
}

void HistoryFilterModel::setKind(const QString &kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        invalidateFilter();
    }
}

void HistoryFilterModel::setResult(std::optional<RunResult> result)
{
    if (result != m_result) {
        m_result = result;
        invalidateFilter();
    }
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && index.data(HistoryModel::KindRole).toString() != m_kind) {
        return false;
    }
    if (m_result && index.data(HistoryModel::ResultRole).toInt() != int(*m_result)) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString haystack = index.data(HistoryModel::FilterTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

bool HistoryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftValid = left.data(sortRole()).isValid();
    const bool rightValid = right.data(sortRole()).isValid();
    if (leftValid != rightValid) {
        // Descending shows a before b when lessThan(b, a): the valid one must then be the "greater".
        return sortOrder() == Qt::AscendingOrder ? leftValid : !leftValid;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Mwb::Widgets
