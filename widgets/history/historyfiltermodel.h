// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historyrun.h"

#include <optional>

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

namespace Mwb::Widgets {

// The run history's filters over a HistoryModel: free text (every word must occur in the title, the
// jobs, the run id or the kind), one kind, one result. Sorts on HistoryModel::SortRole (raw values).
class HistoryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterModel)

public:
    explicit HistoryFilterModel(QObject *parent = nullptr);
    ~HistoryFilterModel() override;

    void setText(const QString &text);
    QString text() const { return m_words.join(u' '); }
    // The stored kind ("migrate-job", "data", "validate"); empty: all kinds.
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }
    // std::nullopt: all results.
    void setResult(std::optional<RunResult> result);
    std::optional<RunResult> result() const { return m_result; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Rows without a value in the column (cells of a data run, rows of a migrate-job) sort last in
    // either order, as in a spreadsheet.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QString m_kind;
    std::optional<RunResult> m_result;
};

} // namespace Mwb::Widgets
