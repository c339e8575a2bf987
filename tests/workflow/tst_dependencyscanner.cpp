// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/sourceformat.h"
#include "workflow/dependencyscanner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;
using Kind = Workflow::DependencyReference::Kind;

namespace {

Notebook::Notebook pythonNotebook(const QStringList &cells)
{
    Notebook::Notebook nb;
    for (const QString &source : cells) {
        Notebook::Cell cell;
        cell.source = source;
        nb.cells.append(cell);
    }
    return nb;
}

// "kind target|dynamic:expr args" per reference, for readable comparisons.
QStringList describe(const QList<Workflow::DependencyReference> &refs)
{
    QStringList out;
    for (const auto &ref : refs) {
        QString text = Workflow::dependencyKindName(ref.kind) + u' ' + (ref.dynamic ? u"dynamic:"_s + ref.expression : ref.target);
        for (const auto &[name, value] : ref.arguments) {
            text += u' ' + name + u'=' + value;
        }
        text += u" @%1:%2"_s.arg(ref.cell).arg(ref.line);
        out.append(text);
    }
    return out;
}

} // namespace

class TestDependencyScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scans_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("relative %run") << QStringList { u"%run ./lib/helpers"_s } << QStringList { u"%run ./lib/helpers @1:1"_s };
        QTest::newRow("quoted path with a space")
            << QStringList { u"%run \"./lib/date helpers\""_s } << QStringList { u"%run ./lib/date helpers @1:1"_s };
        QTest::newRow("$param arguments")
            << QStringList { u"%run ./x $env=\"dev\" $date=2024-01-01"_s } << QStringList { u"%run ./x env=dev date=2024-01-01 @1:1"_s };
        QTest::newRow("inline comment") << QStringList { u"%run ../shared/cfg # shared config"_s }
                                        << QStringList { u"%run ../shared/cfg @1:1"_s };
        QTest::newRow("commented-out lines do not count")
            << QStringList { u"# %run ./old\nx = 1  # dbutils.notebook.run(\"./nope\", 0)"_s } << QStringList {};
        QTest::newRow("inside a string does not count")
            << QStringList { u"print(\"dbutils.notebook.run('./nope', 0)\")"_s } << QStringList {};
        QTest::newRow("notebook.run literal")
            << QStringList { u"x = 1\nresult = dbutils.notebook.run(\"./children/tiles\", 0, {\"a\": \"1\"})"_s }
            << QStringList { u"notebook.run ./children/tiles @1:2"_s };
        QTest::newRow("notebook.run keyword and single quotes")
            << QStringList { u"dbutils.notebook.run(path='/Repos/a/b', timeout_seconds=60)"_s }
            << QStringList { u"notebook.run /Repos/a/b @1:1"_s };
        QTest::newRow("notebook.run dynamic variable")
            << QStringList { u"dbutils.notebook.run(child, 0)"_s } << QStringList { u"notebook.run dynamic:child @1:1"_s };
        QTest::newRow("notebook.run f-string is dynamic")
            << QStringList { u"dbutils.notebook.run(f\"./{name}\", 0)"_s } << QStringList { u"notebook.run dynamic:f\"./{name}\" @1:1"_s };
        QTest::newRow("look-alike name") << QStringList { u"mydbutils.notebook.run(\"./x\", 0)"_s } << QStringList {};
        QTest::newRow("several cells")
            << QStringList { u"%md\n%run ./not_code"_s, u"%run ./a"_s, u"y = oidlUtils.notebook.run(\"./b\", 10)"_s }
            << QStringList { u"%run ./a @2:1"_s, u"notebook.run ./b @3:1"_s };
    }
    void scans()
    {
        QFETCH(QStringList, cells);
        QFETCH(QStringList, expected);
        Notebook::Notebook nb = pythonNotebook(cells);
        // A "%md" code cell from .ipynb is markdown: its %run text is prose, not a dependency.
        QCOMPARE(describe(Workflow::scanDependencies(nb)), expected);
    }

    void scalaComments()
    {
        Notebook::Notebook nb;
        nb.language = Notebook::Language::Scala;
        Notebook::Cell cell;
        cell.source = u"// dbutils.notebook.run(\"./no\", 0)\n/* dbutils.notebook.run(\"./no2\", 0) */\nval r = dbutils.notebook.run(\"./yes\", 60)"_s;
        nb.cells.append(cell);
        QCOMPARE(describe(Workflow::scanDependencies(nb)), QStringList { u"notebook.run ./yes @1:3"_s });
    }

    void maskKeepsLength()
    {
        const QString code = u"a = 'x # y'  # comment\nb = \"\"\"multi\nline\"\"\""_s;
        const QString masked = Workflow::maskCommentsAndStrings(code, Notebook::Language::Python);
        QCOMPARE(masked.size(), code.size());
        QCOMPARE(masked.count(u'\n'), code.count(u'\n'));
        QVERIFY(!masked.contains(u"comment"_s));
        QVERIFY(!masked.contains(u"multi"_s));
        QVERIFY(masked.startsWith(u"a = '"_s));
    }
};

QTEST_GUILESS_MAIN(TestDependencyScanner)
#include "tst_dependencyscanner.moc"
