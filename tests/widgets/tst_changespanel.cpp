// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/changesmodel.h"
#include "review/changespanel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;

namespace {

QList<ChangeItem> sampleItems()
{
    using Kind = ChangeItem::Kind;
    return {
        {Kind::Change, u"nb.ipynb"_s, 0, 2, u"widgets-get"_s, {}, u"parameter"_s, u"dbutils.widgets.get"_s, u"getParameter"_s, {}},
        {Kind::Change, u"nb.ipynb"_s, 3, 0, u"s3-to-oci"_s, {}, u"bucket mapping"_s, u"s3://a"_s, u"oci://a@ns"_s, {}},
        {Kind::Change, u"nb.ipynb"_s, 4, 1, u"widgets-get"_s, {}, u"parameter"_s, {}, {}, {}},
        {Kind::Finding, u"nb.ipynb"_s, 5, -1, u"lint-dbfs"_s, u"blocker"_s, u"/dbfs path left"_s, {}, {}, {}},
        {Kind::Finding, u"nb.ipynb"_s, 6, 0, u"lint-display"_s, u"important"_s, u"display() of a non-DataFrame"_s, {}, {}, {}},
    };
}

} // namespace

class TestChangesPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsConsistent()
    {
        ChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(sampleItems());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, ChangesModel::LocationColumn).data().toString(), u"nb.ipynb: cell 1, line 3"_s);
        QCOMPARE(model.index(3, ChangesModel::LocationColumn).data().toString(), u"nb.ipynb: cell 6"_s);
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"oci://a@ns"_s));
        QCOMPARE(model.ruleIds(), (QStringList {u"lint-dbfs"_s, u"lint-display"_s, u"s3-to-oci"_s, u"widgets-get"_s}));
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersByRuleAndSeverity()
    {
        ChangesPanel panel;
        QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setItems(sampleItems());
        QCOMPARE(panel.filterModel()->rowCount(), 5);
        panel.setRuleFilter(u"widgets-get"_s);
        QCOMPARE(panel.filterModel()->rowCount(), 2);
        panel.setRuleFilter(QString());
        panel.setSeverityFilter(u"blocker"_s);
        QCOMPARE(panel.filterModel()->rowCount(), 1);
        QCOMPARE(panel.filterModel()->index(0, ChangesModel::RuleColumn).data().toString(), u"lint-dbfs"_s);
        panel.setSeverityFilter(u"-changes"_s);
        QCOMPARE(panel.filterModel()->rowCount(), 3);
        // The rule filter survives new items when the rule is still there.
        panel.setSeverityFilter(QString());
        panel.setRuleFilter(u"s3-to-oci"_s);
        panel.setItems(sampleItems());
        QCOMPARE(panel.filterModel()->rowCount(), 1);
    }

    void locationsSortAsNumbers()
    {
        ChangesPanel panel;
        QList<ChangeItem> items = sampleItems();
        items[0].cell = 9; // cell 10 must come after cells 4..7
        panel.setItems(items);
        panel.view()->sortByColumn(ChangesModel::LocationColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < panel.filterModel()->rowCount(); ++row) {
            order << panel.filterModel()->index(row, ChangesModel::LocationColumn).data().toString();
        }
        QCOMPARE(order.last(), u"nb.ipynb: cell 10, line 3"_s);
        QCOMPARE(order.first(), u"nb.ipynb: cell 4, line 1"_s);
    }

    void scopeSwitchesBetweenNotebookAndJob()
    {
        ChangesPanel panel;
        const QList<ChangeItem> job = sampleItems();
        panel.setItems(job.mid(0, 2));
        panel.setJobItems(job);
        QCOMPARE(panel.filterModel()->rowCount(), 2);
        panel.setScope(ChangesPanel::Scope::Job);
        QCOMPARE(panel.filterModel()->rowCount(), 5);
        // New notebook items do not disturb the job view, and come back with the scope.
        panel.setItems(job.mid(0, 1));
        QCOMPARE(panel.filterModel()->rowCount(), 5);
        panel.setScope(ChangesPanel::Scope::Notebook);
        QCOMPARE(panel.filterModel()->rowCount(), 1);
    }

    void activationNamesTheLine()
    {
        ChangesPanel panel;
        panel.setItems(sampleItems());
        panel.setRuleFilter(u"s3-to-oci"_s);
        QSignalSpy spy(&panel, &ChangesPanel::itemActivated);
        Q_EMIT panel.view()->activated(panel.filterModel()->index(0, 0));
        QCOMPARE(spy.size(), 1);
        const auto item = spy.first().first().value<ChangeItem>();
        QCOMPARE(item.cell, 3);
        QCOMPARE(item.line, 0);
        QCOMPARE(item.ruleId, u"s3-to-oci"_s);
    }
};

QTEST_MAIN(TestChangesPanel)
#include "tst_changespanel.moc"
