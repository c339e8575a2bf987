// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/notebookdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Diff;
using Mwb::Notebook::Cell;
using Mwb::Notebook::CellKind;
using Mwb::Notebook::Notebook;

namespace {

Notebook notebookOf(const QStringList &sources)
{
    Notebook nb;
    for (const QString &source : sources) {
        Cell cell;
        cell.kind = source.startsWith(u"#md "_s) ? CellKind::Markdown : CellKind::Code;
        cell.source = source;
        nb.cells.append(cell);
    }
    return nb;
}

// "L>R:change" per matched pair, e.g. "0>0:=", "1>-:-", "->2:+", "2>3:~".
QString describe(const NotebookDiff &diff)
{
    QStringList parts;
    for (const CellDiff &cell : diff.cells) {
        const QString l = cell.left < 0 ? u"-"_s : QString::number(cell.left);
        const QString r = cell.right < 0 ? u"-"_s : QString::number(cell.right);
        const char *mark = cell.change == CellChange::Unchanged ? "="
            : cell.change == CellChange::Modified             ? "~"
            : cell.change == CellChange::Added                ? "+"
                                                              : "-";
        parts.append(l + u'>' + r + u':' + QLatin1String(mark));
    }
    return parts.join(u' ');
}

} // namespace

class TestNotebookDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cellMatching_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<int>("matching");
        QTest::addColumn<QString>("expected");
        const QStringList base {u"import os"_s, u"df = spark.table('a')\ndf.count()"_s, u"#md notes"_s,
                                u"display(df)"_s};
        QTest::newRow("identical") << base << base << int(CellMatching::Automatic) << u"0>0:= 1>1:= 2>2:= 3>3:="_s;
        QTest::newRow("rewritten in place, by position")
            << base
            << QStringList {u"import os"_s, u"df = spark.table('b')\ndf.count()"_s, u"#md notes"_s, u"df.show()"_s}
            << int(CellMatching::ByPosition) << u"0>0:= 1>1:~ 2>2:= 3>3:~"_s;
        QTest::newRow("cell inserted")
            << base
            << QStringList {u"import os"_s, u"import sys"_s, u"df = spark.table('a')\ndf.count()"_s, u"#md notes"_s,
                            u"display(df)"_s}
            << int(CellMatching::Automatic) << u"0>0:= ->1:+ 1>2:= 2>3:= 3>4:="_s;
        QTest::newRow("cell deleted")
            << base << QStringList {u"import os"_s, u"#md notes"_s, u"display(df)"_s} << int(CellMatching::Automatic)
            << u"0>0:= 1>-:- 2>1:= 3>2:="_s;
        QTest::newRow("cell moved to the end")
            << base
            << QStringList {u"import os"_s, u"#md notes"_s, u"display(df)"_s, u"df = spark.table('a')\ndf.count()"_s}
            << int(CellMatching::BySimilarity) << u"0>0:= 1>-:- 2>1:= 3>2:= ->3:+"_s;
        QTest::newRow("modified and inserted, similarity pairs the modified one")
            << base
            << QStringList {u"import os"_s, u"x = 1"_s, u"df = spark.table('a')\ndf.count()\ndf.printSchema()"_s,
                            u"#md notes"_s, u"display(df)"_s}
            << int(CellMatching::Automatic) << u"0>0:= ->1:+ 1>2:~ 2>3:= 3>4:="_s;
        QTest::newRow("kinds never pair")
            << QStringList {u"#md title"_s} << QStringList {u"title"_s} << int(CellMatching::BySimilarity)
            << u"0>-:- ->0:+"_s;
    }
    void cellMatching()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(int, matching);
        QFETCH(QString, expected);
        NotebookDiffOptions options;
        options.matching = CellMatching(matching);
        QCOMPARE(describe(diffNotebooks(notebookOf(left), notebookOf(right), options)), expected);
    }

    void rowsAlignBothSides()
    {
        const QStringList left {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        const QStringList right {u"a"_s, u"B"_s, u"x"_s, u"y"_s, u"d"_s};
        const QList<DiffRow> rows = alignLines(left, right);
        // a | b~B | c~x | +y | d : every line of both sides appears exactly once, in order.
        QCOMPARE(rows.size(), 5);
        QList<qsizetype> seenLeft, seenRight;
        for (const DiffRow &row : rows) {
            if (row.leftLine >= 0) {
                seenLeft.append(row.leftLine);
            }
            if (row.rightLine >= 0) {
                seenRight.append(row.rightLine);
            }
        }
        QCOMPARE(seenLeft, (QList<qsizetype> {0, 1, 2, 3}));
        QCOMPARE(seenRight, (QList<qsizetype> {0, 1, 2, 3, 4}));
        QCOMPARE(rows.at(1).kind, RowKind::Changed);
        QCOMPARE(rows.at(1).chars.added.size(), 1);
        QCOMPARE(rows.at(3).kind, RowKind::Added);
        QCOMPARE(rows.at(3).leftLine, -1);
    }

    void outputsAndExecutionCountsIgnoredByDefault()
    {
        Notebook a = notebookOf({u"print(1)"_s});
        Notebook b = a;
        b.cells[0].extra["execution_count"] = 7;
        b.cells[0].extra["outputs"] = Mwb::Core::Json::array({{{"output_type", "stream"}, {"text", "1\n"}}});
        QCOMPARE(diffNotebooks(a, b).changedCells(), 0);
        NotebookDiffOptions strict;
        strict.ignoreOutputs = false;
        strict.ignoreExecutionCount = false;
        const NotebookDiff d = diffNotebooks(a, b, strict);
        QCOMPARE(d.changedCells(), 1);
        QVERIFY(d.cells.first().outputsChanged);
        QVERIFY(d.cells.first().executionCountChanged);
        QVERIFY(!d.cells.first().sourceChanged);
    }

    void threeHundredCellPair()
    {
        QStringList left, right;
        for (int i = 0; i < 300; ++i) {
            const QString cell = u"x%1 = dbutils.widgets.get('p%1')\nprint(x%1)"_s.arg(i);
            left.append(cell);
            right.append(i % 3 == 0 ? QString(cell).replace(u"dbutils.widgets.get"_s, u"oidlUtils.parameters.getParameter"_s)
                                    : cell);
        }
        const NotebookDiff d = diffNotebooks(notebookOf(left), notebookOf(right));
        QCOMPARE(d.cells.size(), 300);
        QCOMPARE(d.changedCells(), 100);
        QCOMPARE(d.changedLines(), 100);
    }
};

QTEST_GUILESS_MAIN(TestNotebookDiff)
#include "tst_notebookdiff.moc"
