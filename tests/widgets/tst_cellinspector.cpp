// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/cellinspector.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;
using Mwb::Core::Json;
using Mwb::Notebook::Cell;

class TestCellInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTextAndImagesOfBothSides()
    {
        QImage image(8, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "PNG"));

        Cell source;
        source.source = u"print(1)"_s;
        source.extra["outputs"] = Json::array({{{"output_type", "stream"}, {"name", "stdout"}, {"text", "1\n"}}});
        Cell migrated;
        migrated.source = u"plot()"_s;
        migrated.extra["outputs"] = Json::array(
            {{{"output_type", "error"}, {"ename", "\x1b[31mValueError"}, {"evalue", "bad <value>"}, {"traceback", Json::array()}},
             {{"output_type", "display_data"}, {"data", {{"image/png", png.toBase64().toStdString()}}}, {"metadata", Json::object()}}});
        CellInspector inspector;
        inspector.showCell(source, 0, migrated, 2);
        const QString text = inspector.browser()->toPlainText();
        QVERIFY(text.contains(u"Cell 1"_s));
        QVERIFY(text.contains(u"Cell 3"_s));
        QVERIFY(text.contains(u"ValueError: bad <value>"_s)); // ANSI stripped, text escaped
        QVERIFY(!text.contains(u"\x1b"_s));
        const QVariant resource = inspector.browser()->document()->resource(QTextDocument::ImageResource, QUrl(u"mwb-image://1"_s));
        QCOMPARE(resource.value<QImage>().size(), QSize(8, 4));
        QVERIFY(text.contains(u"No run recorded"_s));
    }

    void missingSideAndAttempts()
    {
        CellInspector inspector;
        CellAttempt first;
        first.number = 1;
        first.code = u"spark.table('x')"_s;
        first.execution = u"ERROR: AnalysisException"_s;
        first.stderrCheck = u"Traceback found"_s;
        first.driverLog = u"not available"_s;
        CellAttempt second = first;
        second.number = 2;
        second.execution = u"OK"_s;
        second.fixerNotes = u"table renamed through the catalog manifest"_s;
        inspector.showCell(std::nullopt, -1, Cell(), 0, {first, second});
        const QString text = inspector.browser()->toPlainText();
        QVERIFY(text.contains(u"No such cell on this side"_s));
        QVERIFY(text.contains(u"Attempt 2"_s));
        QVERIFY(text.contains(u"AnalysisException"_s));
        QVERIFY(text.contains(u"not available"_s));
        QVERIFY(text.contains(u"not asked"_s));
        QVERIFY(text.contains(u"catalog manifest"_s));
    }
};

QTEST_MAIN(TestCellInspector)
#include "tst_cellinspector.moc"
