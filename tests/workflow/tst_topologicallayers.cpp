// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/topologicallayers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Workflow;

class TestTopologicalLayers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layers_data()
    {
        QTest::addColumn<QList<LayerNode>>("nodes");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::newRow("empty") << QList<LayerNode> {} << QList<QStringList> {};
        QTest::newRow("independent tasks share layer 1, in input order")
            << QList<LayerNode> { { u"b"_s, {} }, { u"a"_s, {} } } << QList<QStringList> { { u"b"_s, u"a"_s } };
        QTest::newRow("diamond")
            << QList<LayerNode> { { u"report"_s, { u"transform"_s, u"audit"_s } },
                                  { u"transform"_s, { u"ingest"_s } },
                                  { u"audit"_s, { u"ingest"_s } },
                                  { u"ingest"_s, {} } }
            << QList<QStringList> { { u"ingest"_s }, { u"transform"_s, u"audit"_s }, { u"report"_s } };
        QTest::newRow("longest path decides the layer")
            << QList<LayerNode> { { u"a"_s, {} }, { u"b"_s, { u"a"_s } }, { u"c"_s, { u"b"_s } }, { u"d"_s, { u"a"_s, u"c"_s } } }
            << QList<QStringList> { { u"a"_s }, { u"b"_s }, { u"c"_s }, { u"d"_s } };
    }
    void layers()
    {
        QFETCH(QList<LayerNode>, nodes);
        QFETCH(QList<QStringList>, expected);
        const auto result = topologicalLayers(nodes);
        QVERIFY(result.has_value());
        QCOMPARE(*result, expected);
    }

    void cycles_data()
    {
        QTest::addColumn<QList<LayerNode>>("nodes");
        QTest::addColumn<QStringList>("cycle");
        QTest::newRow("self") << QList<LayerNode> { { u"a"_s, { u"a"_s } } } << QStringList { u"a"_s, u"a"_s };
        QTest::newRow("three behind a good task")
            << QList<LayerNode> { { u"ok"_s, {} }, { u"x"_s, { u"z"_s, u"ok"_s } }, { u"y"_s, { u"x"_s } }, { u"z"_s, { u"y"_s } } }
            << QStringList { u"x"_s, u"y"_s, u"z"_s, u"x"_s };
    }
    void cycles()
    {
        QFETCH(QList<LayerNode>, nodes);
        QFETCH(QStringList, cycle);
        QStringList found;
        QVERIFY(!topologicalLayers(nodes, &found).has_value());
        QCOMPARE(found, cycle);
    }
};

QTEST_GUILESS_MAIN(TestTopologicalLayers)
#include "tst_topologicallayers.moc"
