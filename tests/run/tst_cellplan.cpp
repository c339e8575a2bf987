// SPDX-License-Identifier: GPL-3.0-or-later
// What Pass 2 does with each kind of cell: run it, run a %run child inline, or skip it with a reason.
#include "run/cellfixer.h"
#include "run/cellplan.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Mwb::Run::CellPlan;

Q_DECLARE_METATYPE(CellPlan::Action)

class TestCellPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("spark");
        QTest::addColumn<bool>("aidp");
        QTest::addColumn<CellPlan::Action>("action");
        QTest::addColumn<QString>("expect"); // part of the code sent, the child path or the skip reason

        QTest::newRow("plain python") << u"x = 1\nprint(x)"_s << false << false << CellPlan::Action::Execute << u"print(x)"_s;
        QTest::newRow("spark without spark") << u"df = spark.table('a.b')"_s << false << false << CellPlan::Action::Skip
                                             << u"spark"_s;
        QTest::newRow("spark in a string is no use of spark") << u"print('spark.read')"_s << false << false
                                                              << CellPlan::Action::Execute << u"print"_s;
        QTest::newRow("spark in a comment") << u"# spark.sql('x')\ny = 2"_s << false << false << CellPlan::Action::Execute << u"y = 2"_s;
        QTest::newRow("attribute named spark") << u"cfg.spark = 1"_s << false << false << CellPlan::Action::Execute << u"cfg"_s;
        QTest::newRow("spark on a spark kernel") << u"df = spark.table('a.b')"_s << true << false << CellPlan::Action::Execute
                                                 << u"spark.table"_s;
        QTest::newRow("sql without spark") << u"%sql\nSELECT 1"_s << false << false << CellPlan::Action::Skip << u"%sql"_s;
        QTest::newRow("sql with spark") << u"%sql\nSELECT 1; SELECT ';' AS x"_s << true << false << CellPlan::Action::Execute
                                        << u"spark.sql(\"SELECT 1\")\n_mwb_sql_result = spark.sql(\"SELECT ';' AS x\")"_s;
        QTest::newRow("sql on aidp as is") << u"%sql\nSELECT 1"_s << false << true << CellPlan::Action::Execute << u"%sql\nSELECT 1"_s;
        QTest::newRow("scala off aidp") << u"%scala\nval x = 1"_s << true << false << CellPlan::Action::Skip << u"scala"_s;
        QTest::newRow("run") << u"%run /out/job/deps/dep_x/helpers.ipynb $env=\"dev\""_s << false << false
                             << CellPlan::Action::RunChild << u"/out/job/deps/dep_x/helpers.ipynb"_s;
        QTest::newRow("fs") << u"%fs ls /Volumes/x"_s << false << false << CellPlan::Action::Execute
                            << u"print(dbutils.fs.ls(\"/Volumes/x\"))"_s;
    }

    void plan()
    {
        QFETCH(QString, source);
        QFETCH(bool, spark);
        QFETCH(bool, aidp);
        QFETCH(CellPlan::Action, action);
        QFETCH(QString, expect);
        Mwb::Notebook::Cell cell;
        cell.source = source;
        const CellPlan plan = Mwb::Run::planCell(cell, Mwb::Notebook::Language::Python, {spark, aidp}, {});
        QCOMPARE(plan.action, action);
        const QString text = action == CellPlan::Action::Skip ? plan.skipReason
            : action == CellPlan::Action::RunChild           ? plan.childPath
                                                             : plan.code;
        QVERIFY2(text.contains(expect), qPrintable(text));
    }

    void dependentCellsAreSkipped()
    {
        // A name only a skipped cell binds makes later cells that use it unrunnable too.
        QHash<QString, int> unavailable;
        for (const QString &name : Mwb::Run::definedNames(u"raw_df = spark.read.csv('x')\ncount = raw_df.count()"_s)) {
            unavailable.insert(name, 4);
        }
        QVERIFY(unavailable.contains(u"raw_df"_s));
        QVERIFY(unavailable.contains(u"count"_s));
        Mwb::Notebook::Cell uses;
        uses.source = u"print(raw_df.columns)"_s;
        const CellPlan plan = Mwb::Run::planCell(uses, Mwb::Notebook::Language::Python, {}, unavailable);
        QCOMPARE(plan.action, CellPlan::Action::Skip);
        QVERIFY(plan.skipReason.contains(u"cell 4"_s));
        Mwb::Notebook::Cell keyword;
        keyword.source = u"f(count=3)"_s; // a keyword argument is not a use of the name
        QCOMPARE(Mwb::Run::planCell(keyword, Mwb::Notebook::Language::Python, {}, unavailable).action, CellPlan::Action::Execute);
    }

    void definedNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("assignments") << u"a = 1\nb, c = 2, 3\nd += 1\nif a == 1:\n    inner = 2"_s
                                     << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        QTest::newRow("def class import") << u"def f(x):\n    return x\nclass K:\n    pass\nimport os.path\nfrom x import y as z, w"_s
                                          << QStringList {u"f"_s, u"K"_s, u"os"_s, u"z"_s, u"w"_s};
        QTest::newRow("for and with") << u"for i, j in pairs:\n    pass\nwith open(p) as fh:\n    pass"_s
                                      << QStringList {u"i"_s, u"j"_s, u"fh"_s};
        QTest::newRow("comparison is no assignment") << u"a == b\nprint(x)"_s << QStringList {};
        QTest::newRow("string content ignored") << u"s = 'q = 1'"_s << QStringList {u"s"_s};
    }

    void definedNames()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, names);
        QCOMPARE(Mwb::Run::definedNames(code), names);
    }

    void probe()
    {
        QVERIFY(Mwb::Run::parseKernelProbe(u"noise\nMWB_PROBE {\"spark\": true}\n"_s).spark);
        QVERIFY(!Mwb::Run::parseKernelProbe(u"MWB_PROBE {\"spark\": false}\n"_s).spark);
        QVERIFY(!Mwb::Run::parseKernelProbe(u"MWB_PROBE not json"_s).spark);
    }

    void fixerReadsOnlyTheJobsFolders()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(u"job/deps"_s);
        QDir(dir.path()).mkpath(u"elsewhere"_s);
        for (const QString &f : {u"job/deps/a.ipynb"_s, u"elsewhere/secret.txt"_s}) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QFile::link(dir.filePath(u"elsewhere/secret.txt"_s), dir.filePath(u"job/deps/link.ipynb"_s)));
        const QStringList roots {dir.filePath(u"job"_s)};
        QVERIFY(Mwb::Run::CellFixer::isReadable(dir.filePath(u"job/deps/a.ipynb"_s), roots));
        QVERIFY(!Mwb::Run::CellFixer::isReadable(dir.filePath(u"job/../elsewhere/secret.txt"_s), roots));
        QVERIFY(!Mwb::Run::CellFixer::isReadable(dir.filePath(u"job/deps/link.ipynb"_s), roots)); // a link out
        QVERIFY(!Mwb::Run::CellFixer::isReadable(u"/etc/passwd"_s, roots));
        QVERIFY(!Mwb::Run::CellFixer::isReadable(dir.filePath(u"job-evil/x"_s), roots));
    }
};

QTEST_GUILESS_MAIN(TestCellPlan)
#include "tst_cellplan.moc"
