// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/changespanel.h"

#include "review/changesmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

// Rows pass when they match the rule and the severity filter (both optional).
class ChangesFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString rule;
    QString severity;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!rule.isEmpty() && index.data(ChangesModel::RuleIdRole).toString() != rule) {
            return false;
        }
        if (severity.isEmpty()) {
            return true;
        }
        // "changes" selects change records (no severity); otherwise an exact severity.
        const QString value = index.data(ChangesModel::SeverityRole).toString();
        return severity == u"-changes"_s ? value.isEmpty() : value == severity;
    }
};

} // namespace

ChangesPanel::ChangesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangesModel(this))
    , m_filter(new ChangesFilter(this))
    , m_view(new QTreeView(this))
    , m_scopeBox(new QComboBox(this))
    , m_rules(new QComboBox(this))
    , m_severities(new QComboBox(this))
    , m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ChangesModel::SortRole);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->sortByColumn(ChangesModel::LocationColumn, Qt::AscendingOrder);

    m_scopeBox->addItem(tr("Open notebook"), int(Scope::Notebook));
    m_scopeBox->addItem(tr("Whole job"), int(Scope::Job));
    m_scopeBox->setToolTip(tr("Changes of the open notebook, or of every notebook of its job"));
    m_rules->setToolTip(tr("Show one rule"));
    m_severities->setToolTip(tr("Show change records, or findings of one severity"));
    m_severities->addItem(tr("All kinds"), QString());
    m_severities->addItem(tr("Changes"), u"-changes"_s);
    m_severities->addItem(tr("Blockers"), u"blocker"_s);
    m_severities->addItem(tr("Important"), u"important"_s);
    m_severities->addItem(tr("Nits"), u"nit"_s);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 4, 4, 0);
    filters->addWidget(m_scopeBox);
    filters->addWidget(m_rules);
    filters->addWidget(m_severities);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_scopeBox, &QComboBox::currentIndexChanged, this,
            [this] { setScope(Scope(m_scopeBox->currentData().toInt())); });
    connect(m_rules, &QComboBox::currentIndexChanged, this,
            [this] { setRuleFilter(m_rules->currentData().toString()); });
    connect(m_severities, &QComboBox::currentIndexChanged, this,
            [this] { setSeverityFilter(m_severities->currentData().toString()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const ChangeItem *item = m_model->item(m_filter->mapToSource(index).row())) {
            Q_EMIT itemActivated(*item);
        }
    });
    setItems({});
}

ChangesPanel::~ChangesPanel() = default;

void ChangesPanel::setItems(const QList<ChangeItem> &items)
{
    m_notebookItems = items;
    if (m_scope == Scope::Notebook) {
        showItems();
    }
}

void ChangesPanel::setJobItems(const QList<ChangeItem> &items)
{
    m_jobItems = items;
    if (m_scope == Scope::Job) {
        showItems();
    }
}

void ChangesPanel::setScope(Scope scope)
{
    m_scope = scope;
    const int index = m_scopeBox->findData(int(scope));
    if (index != m_scopeBox->currentIndex()) {
        const QSignalBlocker blocker(m_scopeBox);
        m_scopeBox->setCurrentIndex(index);
    }
    showItems();
}

void ChangesPanel::showItems()
{
    m_model->setItems(m_scope == Scope::Job ? m_jobItems : m_notebookItems);
    const QSignalBlocker blocker(m_rules);
    m_rules->clear();
    m_rules->addItem(tr("All rules"), QString());
    for (const QString &rule : m_model->ruleIds()) {
        m_rules->addItem(rule, rule);
    }
    const int keep = m_rules->findData(m_rule);
    m_rules->setCurrentIndex(keep < 0 ? 0 : keep);
    setRuleFilter(m_rules->currentData().toString());
    for (int column = 0; column < ChangesModel::ReasonColumn; ++column) {
        m_view->resizeColumnToContents(column);
    }
}

void ChangesPanel::setRuleFilter(const QString &ruleId)
{
    m_rule = ruleId;
    auto *filter = static_cast<ChangesFilter *>(m_filter);
    filter->rule = ruleId;
    filter->refresh();
    const int index = m_rules->findData(ruleId);
    if (index >= 0 && index != m_rules->currentIndex()) {
        const QSignalBlocker blocker(m_rules);
        m_rules->setCurrentIndex(index);
    }
    updateCount();
}

void ChangesPanel::setSeverityFilter(const QString &severity)
{
    m_severity = severity;
    auto *filter = static_cast<ChangesFilter *>(m_filter);
    filter->severity = severity;
    filter->refresh();
    const int index = m_severities->findData(severity);
    if (index >= 0 && index != m_severities->currentIndex()) {
        const QSignalBlocker blocker(m_severities);
        m_severities->setCurrentIndex(index);
    }
    updateCount();
}

void ChangesPanel::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

} // namespace Mwb::Widgets
