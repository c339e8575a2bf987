// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/dbcarchive.h"
#include "notebook/notebookio.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

const QString kExample = QStringLiteral(MWB_SOURCE_DIR) + u"/examples/workspace/retail/shared.dbc"_s;

} // namespace

class TestDbcArchive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheExampleArchive()
    {
        auto entries = Notebook::readDbcFile(kExample);
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().toString()));
        QStringList paths;
        for (const auto &entry : std::as_const(*entries)) {
            paths.append(entry.path);
            QVERIFY(!entry.notebook.cells.isEmpty());
        }
        paths.sort();
        QCOMPARE(paths, (QStringList { u"shared/common_config"_s, u"shared/logging_utils"_s }));
    }

    // Commands are ordered by "position", not by their order in the JSON list.
    void ordersCommandsByPosition()
    {
        const QByteArray json = R"json({"version": "NotebookV1", "name": "n", "language": "sql", "commands": [
            {"command": "%md\n# third", "position": 3},
            {"command": "SELECT 1", "position": 1, "commandTitle": "first", "showCommandTitle": true},
            {"command": "%python\nprint(2)", "position": 2.5}]})json";
        auto nb = Notebook::readNotebookV1(json, u"n.sql"_s);
        QVERIFY(nb.ok());
        QCOMPARE(nb->language, Notebook::Language::Sql);
        QCOMPARE(nb->cells.size(), 3);
        QCOMPARE(nb->cells.at(0).source, u"SELECT 1"_s);
        QCOMPARE(nb->cells.at(0).title, u"first"_s);
        QCOMPARE(nb->cells.at(1).language(nb->language), Notebook::Language::Python);
        QCOMPARE(nb->cells.at(2).kind, Notebook::CellKind::Markdown);
        QCOMPARE(nb->cells.at(2).source, u"# third"_s);
    }

    void writeThenReadKeepsCells()
    {
        auto original = Notebook::readNotebookFile(kExample + u"!shared/common_config"_s);
        QVERIFY(original.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.dbc"_s);
        QVERIFY(Notebook::writeNotebookFile(*original, path).ok());
        auto back = Notebook::readNotebookFile(path);
        QVERIFY(back.ok());
        QCOMPARE(back->cells.size(), original->cells.size());
        for (qsizetype i = 0; i < back->cells.size(); ++i) {
            QCOMPARE(back->cells.at(i).source, original->cells.at(i).source);
            QCOMPARE(back->cells.at(i).kind, original->cells.at(i).kind);
            QCOMPARE(back->cells.at(i).title, original->cells.at(i).title);
        }
    }

    void asksWhichEntryWhenSeveral()
    {
        auto nb = Notebook::readNotebookFile(kExample);
        QVERIFY(!nb.ok());
        QVERIFY2(nb.error().toString().contains(u"holds 2 notebooks"_s), qPrintable(nb.error().toString()));
    }

    void rejectsBrokenArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not a zip") << QByteArray("definitely not a zip file");
        QTest::newRow("empty") << QByteArray();
        QFile file(kExample);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray zip = file.readAll();
        QTest::newRow("truncated to half") << zip.left(zip.size() / 2);
        QByteArray corrupted = zip;
        for (qsizetype i = 60; i < 200 && i < corrupted.size(); ++i) {
            corrupted[i] = static_cast<char>(corrupted.at(i) ^ 0x5A);
        }
        QTest::newRow("corrupted entry data") << corrupted;
    }
    void rejectsBrokenArchives()
    {
        QFETCH(QByteArray, bytes);
        auto entries = Notebook::readDbc(bytes, u"broken.dbc"_s);
        QVERIFY(!entries.ok());
        QVERIFY2(entries.error().toString().startsWith(u"broken.dbc"_s), qPrintable(entries.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestDbcArchive)
#include "tst_dbcarchive.moc"
