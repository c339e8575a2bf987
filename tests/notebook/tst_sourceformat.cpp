// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/ipynbformat.h"
#include "notebook/notebookio.h"
#include "notebook/sourceformat.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;
using Notebook::Language;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct CellShape
{
    Notebook::CellKind kind;
    Language language;
    QString title;
    bool operator==(const CellShape &) const = default;
};

QList<CellShape> shapes(const Notebook::Notebook &nb)
{
    QList<CellShape> out;
    for (const auto &cell : nb.cells) {
        out.append({ cell.kind, cell.language(nb.language), cell.title });
    }
    return out;
}

const QByteArray kPython = "# Databricks notebook source\n"
                           "# MAGIC %md\n"
                           "# MAGIC # Orders\n"
                           "# MAGIC\n"
                           "# MAGIC Loads orders.\n"
                           "\n"
                           "# COMMAND ----------\n"
                           "\n"
                           "# DBTITLE 1,Read input\n"
                           "rows = [1, 2, 3]\n"
                           "print(sum(rows))\n"
                           "\n"
                           "# COMMAND ----------\n"
                           "\n"
                           "# DBTITLE 0,Hidden title\n"
                           "# MAGIC %sql\n"
                           "# MAGIC SELECT * FROM sales.orders\n"
                           "\n"
                           "# COMMAND ----------\n"
                           "\n"
                           "# MAGIC %run ./lib/helpers $env=\"dev\"\n"
                           "\n"
                           "# COMMAND ----------\n"
                           "\n"
                           "# MAGIC %pip install requests\n"
                           "\n"
                           "# COMMAND ----------\n"
                           "\n"
                           "# MAGIC %md-sandbox\n"
                           "# MAGIC <b>wide</b>\n"
                           "\n"
                           "# COMMAND ----------\n"
                           "\n"
                           "# MAGIC %scala\n"
                           "# MAGIC val x = 1\n";

} // namespace

class TestSourceFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCellsLanguagesAndTitles()
    {
        auto nb = Notebook::readDatabricksSource(kPython, u"orders.py"_s);
        QVERIFY2(nb.ok(), qPrintable(nb.ok() ? QString() : nb.error().toString()));
        QCOMPARE(nb->name, u"orders"_s);
        const QList<CellShape> expected {
            { Notebook::CellKind::Markdown, Language::Markdown, QString() },
            { Notebook::CellKind::Code, Language::Python, u"Read input"_s },
            { Notebook::CellKind::Code, Language::Sql, u"Hidden title"_s },
            { Notebook::CellKind::Code, Language::Run, QString() },
            { Notebook::CellKind::Code, Language::Pip, QString() },
            { Notebook::CellKind::Markdown, Language::Markdown, QString() },
            { Notebook::CellKind::Code, Language::Scala, QString() },
        };
        QCOMPARE(shapes(*nb), expected);
        QCOMPARE(nb->cells.at(0).source, u"# Orders\n\nLoads orders."_s);
        QVERIFY(nb->cells.at(1).showTitle);
        QVERIFY(!nb->cells.at(2).showTitle);
        QCOMPARE(nb->cells.at(2).source, u"%sql\nSELECT * FROM sales.orders"_s);
        QCOMPARE(nb->cells.at(3).source, u"%run ./lib/helpers $env=\"dev\""_s);
    }

    void writesTheSameText()
    {
        auto nb = Notebook::readDatabricksSource(kPython, u"orders.py"_s);
        QVERIFY(nb.ok());
        QCOMPARE(QString::fromUtf8(Notebook::writeDatabricksSource(*nb, Language::Python)), QString::fromUtf8(kPython));
    }

    // Databricks source -> ipynb -> source keeps cells, languages and titles (and here every byte).
    void roundTripThroughIpynb_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(MWB_SOURCE_DIR) + u"/examples/workspace"_s, { u"*.py"_s, u"*.sql"_s, u"*.scala"_s, u"*.r"_s },
                        QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path.section(u"/examples/"_s, 1))) << path;
            ++count;
        }
        QVERIFY(count >= 10);
    }
    void roundTripThroughIpynb()
    {
        QFETCH(QString, path);
        const QByteArray original = readAll(path);
        auto nb = Notebook::readNotebookBytes(original, path);
        QVERIFY2(nb.ok(), qPrintable(nb.ok() ? QString() : nb.error().toString()));
        const QByteArray ipynb = Notebook::writeIpynb(*nb);
        auto viaIpynb = Notebook::readIpynb(ipynb, u"x.ipynb"_s);
        QVERIFY(viaIpynb.ok());
        QCOMPARE(viaIpynb->language, nb->language);
        QCOMPARE(shapes(*viaIpynb), shapes(*nb));
        const auto suffix = path.section(u'.', -1);
        const QByteArray back = Notebook::writeDatabricksSource(*viaIpynb, *Notebook::sourceLanguageForSuffix(suffix));
        QCOMPARE(QString::fromUtf8(back), QString::fromUtf8(original));
    }

    void commentPrefixPerLanguage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Language>("language");
        QTest::newRow("sql") << u"q.sql"_s
                             << QByteArray("-- Databricks notebook source\nSELECT 1\n\n-- COMMAND ----------\n\n-- MAGIC %python\n-- MAGIC print(1)\n")
                             << Language::Sql;
        QTest::newRow("scala") << u"s.scala"_s
                               << QByteArray("// Databricks notebook source\nval a = 1\n\n// COMMAND ----------\n\n// MAGIC %python\n// MAGIC print(1)\n")
                               << Language::Scala;
        QTest::newRow("r") << u"r.r"_s
                           << QByteArray("# Databricks notebook source\nx <- 1\n\n# COMMAND ----------\n\n# MAGIC %python\n# MAGIC print(1)\n")
                           << Language::R;
    }
    void commentPrefixPerLanguage()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(Language, language);
        auto nb = Notebook::readDatabricksSource(text, file);
        QVERIFY(nb.ok());
        QCOMPARE(nb->language, language);
        QCOMPARE(nb->cells.size(), 2);
        QCOMPARE(nb->cells.at(0).language(nb->language), language);
        QCOMPARE(nb->cells.at(1).language(nb->language), Language::Python);
        QCOMPARE(Notebook::writeDatabricksSource(*nb, language), text);
    }

    // A Python notebook written as a .sql file keeps its meaning: Python cells get %python.
    void crossLanguageWriteAddsMagics()
    {
        auto nb = Notebook::readDatabricksSource(kPython, u"orders.py"_s);
        QVERIFY(nb.ok());
        const QByteArray sql = Notebook::writeDatabricksSource(*nb, Language::Sql);
        QVERIFY(sql.startsWith("-- Databricks notebook source\n"));
        QVERIFY(sql.contains("-- MAGIC %python\n-- MAGIC rows = [1, 2, 3]"));
        auto back = Notebook::readDatabricksSource(sql, u"orders.sql"_s);
        QVERIFY(back.ok());
        QCOMPARE(back->cells.at(1).language(back->language), Language::Python);
        QCOMPARE(back->cells.at(2).language(back->language), Language::Sql);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no header") << u"plain.py"_s << QByteArray("print(1)\n") << u"plain.py:1:1: missing the"_s;
        QTest::newRow("wrong comment style") << u"q.sql"_s << QByteArray("# Databricks notebook source\nSELECT 1\n")
                                             << u"-- Databricks notebook source"_s;
        QTest::newRow("invalid UTF-8") << u"u.py"_s << QByteArray("# Databricks notebook source\nx = '\xFF'\n")
                                       << u"u.py:2:6: invalid UTF-8"_s;
    }
    void rejectsBadInput()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        auto nb = Notebook::readDatabricksSource(text, file);
        QVERIFY(!nb.ok());
        QVERIFY2(nb.error().toString().contains(expected), qPrintable(nb.error().toString()));
    }

    void crlfAndBomAreAccepted()
    {
        auto nb = Notebook::readDatabricksSource("\xEF\xBB\xBF# Databricks notebook source\r\nx = 1\r\n\r\n# COMMAND ----------\r\n\r\ny = 2\r\n",
                                                 u"w.py"_s);
        QVERIFY(nb.ok());
        QCOMPARE(nb->cells.size(), 2);
        QCOMPARE(nb->cells.at(1).source, u"y = 2"_s);
    }
};

QTEST_GUILESS_MAIN(TestSourceFormat)
#include "tst_sourceformat.moc"
