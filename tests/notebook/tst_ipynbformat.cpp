// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/ipynbformat.h"
#include "notebook/notebookio.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(MWB_FIXTURES_DIR) + u"/notebooks/"_s + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestIpynbFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Files saved by Jupyter (nbformat.write, see make_fixtures.py) come back byte for byte.
    void roundTripIsByteExact_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList names = QDir(QStringLiteral(MWB_FIXTURES_DIR) + u"/notebooks"_s).entryList({ u"*.ipynb"_s }, QDir::Files);
        QVERIFY(names.size() >= 4);
        for (const QString &name : names) {
            QTest::newRow(qPrintable(name)) << fixture(name);
        }
        QTest::newRow("example: build_customer_360 (Jupyter 4.5 layout)")
            << QStringLiteral(MWB_SOURCE_DIR) + u"/examples/workspace/retail/customer360/build_customer_360.ipynb"_s;
    }
    void roundTripIsByteExact()
    {
        QFETCH(QString, path);
        const QByteArray original = readAll(path);
        QVERIFY(!original.isEmpty());
        auto notebook = Notebook::readIpynb(original, path);
        QVERIFY2(notebook.ok(), qPrintable(notebook.ok() ? QString() : notebook.error().toString()));
        const QByteArray written = Notebook::writeIpynb(*notebook);
        QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(original));
    }

    void interpretsCells()
    {
        auto nb = Notebook::readNotebookFile(fixture(u"jupyter_v45.ipynb"_s));
        QVERIFY(nb.ok());
        QCOMPARE(nb->cells.size(), 7);
        QCOMPARE(nb->language, Notebook::Language::Python);
        QCOMPARE(nb->cells.at(0).kind, Notebook::CellKind::Markdown);
        QVERIFY(nb->cells.at(0).source.contains(u"売上レポート"_s));
        QCOMPARE(nb->cells.at(0).id, u"cell-00"_s);
        QCOMPARE(nb->cells.at(3).language(nb->language), Notebook::Language::Sql);
        QCOMPARE(nb->cells.at(3).body(), u"SELECT region, sum(amount) FROM sales.orders GROUP BY region"_s);
        QCOMPARE(nb->cells.at(5).kind, Notebook::CellKind::Raw);
        QVERIFY(nb->cells.at(2).extra["outputs"][0]["data"].contains("application/json"));
        QCOMPARE(nb->codeCellCount(), 5);
    }

    void databricksSqlNotebook()
    {
        auto nb = Notebook::readNotebookFile(fixture(u"databricks_sql_v40.ipynb"_s));
        QVERIFY(nb.ok());
        QCOMPARE(nb->language, Notebook::Language::Sql);
        QCOMPARE(nb->name, u"daily_sales"_s);
        QCOMPARE(nb->cells.at(1).language(nb->language), Notebook::Language::Sql);
        QCOMPARE(nb->cells.at(1).title, u"Totals"_s);
        QVERIFY(nb->cells.at(1).showTitle);
        QCOMPARE(nb->cells.at(2).language(nb->language), Notebook::Language::Python);
        QVERIFY(nb->cells.at(0).id.isEmpty()); // 4.0 has no ids and gets none
    }

    void stringSourcesStayStrings()
    {
        auto nb = Notebook::readNotebookFile(fixture(u"string_sources_v42.ipynb"_s));
        QVERIFY(nb.ok());
        QVERIFY(nb->cells.at(0).sourceAsString);
        QCOMPARE(nb->cells.at(0).source, u"x = 1\ny = 2\n"_s);
        QVERIFY(Notebook::writeIpynb(*nb).contains("\"source\": \"x = 1\\ny = 2\\n\""));
    }

    // nbformat 4.5 requires ids: cells without one get a valid, unique, reproducible id.
    void mintsIdsFor45()
    {
        Notebook::Notebook nb;
        for (int i = 0; i < 50; ++i) {
            Notebook::Cell cell;
            cell.source = u"same source"_s;
            nb.cells.append(cell);
        }
        const QByteArray first = Notebook::writeIpynb(nb);
        QCOMPARE(first, Notebook::writeIpynb(nb));
        auto back = Notebook::readIpynb(first, u"x.ipynb"_s);
        QVERIFY(back.ok());
        QSet<QString> ids;
        static const QRegularExpression valid(u"^[a-zA-Z0-9-_]{1,64}$"_s);
        for (const auto &cell : std::as_const(back->cells)) {
            QVERIFY2(valid.match(cell.id).hasMatch(), qPrintable(cell.id));
            ids.insert(cell.id);
        }
        QCOMPARE(ids.size(), 50);
        // Code cells from other formats get the keys the schema requires.
        QVERIFY(back->cells.at(0).extra.contains("outputs"));
        QVERIFY(back->cells.at(0).extra.contains("execution_count"));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("line");
        QTest::newRow("truncated") << QByteArray("{\n \"cells\": [\n  {\"cell_type\": \"code\"") << u"truncated"_s << 3;
        QTest::newRow("trailing comma") << QByteArray("{\"cells\": [],\n \"nbformat\": 4,}") << u"malformed JSON"_s << 2;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"cells\": [],\n \"x\": \"\xC3\x28\"}") << u"invalid UTF-8"_s << 2;
        QTest::newRow("nbformat 3") << QByteArray("{\"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": []}")
                                    << u"unsupported nbformat major version 3"_s << 0;
        QTest::newRow("nbformat 5") << QByteArray("{\"nbformat\": 5, \"nbformat_minor\": 0, \"cells\": []}")
                                    << u"unsupported nbformat major version 5"_s << 0;
        QTest::newRow("top-level array") << QByteArray("[1, 2]") << u"not a JSON object"_s << 0;
        QTest::newRow("cells not a list") << QByteArray("{\"nbformat\": 4, \"nbformat_minor\": 4, \"cells\": {}}")
                                          << u"\"cells\""_s << 0;
        QTest::newRow("unknown cell type")
            << QByteArray("{\"nbformat\": 4, \"nbformat_minor\": 4, \"metadata\": {}, \"cells\": [{\"cell_type\": \"widget\", "
                          "\"source\": \"\"}]}")
            << u"cell 1 has an unknown cell_type \"widget\""_s << 0;
        QTest::newRow("source is a number")
            << QByteArray("{\"nbformat\": 4, \"nbformat_minor\": 4, \"metadata\": {}, \"cells\": [{\"cell_type\": \"code\", "
                          "\"source\": 5}]}")
            << u"cell 1: \"source\""_s << 0;
        QTest::newRow("empty file") << QByteArray("") << u"empty"_s << 0;
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(int, line);
        auto nb = Notebook::readIpynb(bytes, u"bad.ipynb"_s);
        QVERIFY(!nb.ok());
        const QString message = nb.error().toString();
        QVERIFY2(message.startsWith(u"bad.ipynb"_s), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(nb.error().line, line);
        QVERIFY2(!nb.error().hint.isEmpty(), "every error says what to do");
    }
};

QTEST_GUILESS_MAIN(TestIpynbFormat)
#include "tst_ipynbformat.moc"
