// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonio.h"
#include "core/textposition.h"
#include "core/utf8.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Core;

class TestJsonIo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorPositions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("missing value") << QByteArray("{\n  \"a\": ,\n}") << 2 << 8;
        QTest::newRow("column counts characters, not bytes") << QByteArray("{\"é\": x}") << 1 << 7;
        QTest::newRow("truncated: points just past the end") << QByteArray("[1,\n2,") << 2 << 3;
        QTest::newRow("invalid UTF-8") << QByteArray("[\"ok\",\n \"\xE2\x82\"]") << 2 << 3;
    }
    void errorPositions()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        auto parsed = parseJson(json, u"f.json"_s);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().line, line);
        QCOMPARE(parsed.error().column, column);
        QVERIFY(parsed.error().toString().startsWith(u"f.json:%1:%2: "_s.arg(line).arg(column)));
    }

    void keepsNumbersExact()
    {
        auto parsed = parseJson("{\"f\": 1.0, \"i\": 1, \"big\": 9007199254740993}", u"n.json"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->dump(), std::string("{\"big\":9007199254740993,\"f\":1.0,\"i\":1}"));
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("offset");
        QTest::newRow("ascii") << QByteArray("abc") << -1;
        QTest::newRow("valid multibyte") << QByteArray("a\xC3\xA9\xE3\x81\x82\xF0\x9F\x98\x80") << -1;
        QTest::newRow("overlong") << QByteArray("a\xC0\xAF") << 1;
        QTest::newRow("surrogate") << QByteArray("ab\xED\xA0\x80") << 2;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("cut off") << QByteArray("x\xE3\x81") << 1;
        QTest::newRow("lone continuation") << QByteArray("\x80") << 0;
    }
    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, offset);
        QCOMPARE(firstInvalidUtf8(bytes), qsizetype(offset));
    }
};

QTEST_GUILESS_MAIN(TestJsonIo)
#include "tst_jsonio.moc"
