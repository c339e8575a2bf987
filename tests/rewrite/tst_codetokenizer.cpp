// SPDX-License-Identifier: GPL-3.0-or-later
// The tokenizer decides where rules may fire: comments and string contents are masked, code is not.
#include "rewrite/codetokenizer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Rewrite;

Q_DECLARE_METATYPE(Mwb::Rewrite::Dialect)

class TestCodeTokenizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masking_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("masked");
        QTest::newRow("python comment") << Dialect::Python << u"x = 1  # dbutils.x"_s << u"x = 1             "_s;
        QTest::newRow("python string") << Dialect::Python << u"s = \"a#b\"; t"_s << u"s = \"   \"; t"_s;
        QTest::newRow("python triple with quotes inside")
            << Dialect::Python << u"q = \"\"\"a \"b\" \n c\"\"\" + d"_s << u"q = \"\"\"      \n  \"\"\" + d"_s;
        QTest::newRow("python f-string placeholders are code")
            << Dialect::Python << u"f\"a{x['k']}b{{c}}\" + rb'y'"_s << u"f\" {x['k']}      \" + rb' '"_s;
        QTest::newRow("python identifier ending in f is no prefix")
            << Dialect::Python << u"elf\"x\""_s << u"elf\" \""_s;
        QTest::newRow("python escaped quote") << Dialect::Python << u"'it\\'s' # c"_s << u"'     '    "_s;
        QTest::newRow("scala nested block comment")
            << Dialect::Scala << u"a /* x /* y */ z */ b // c"_s << u"a                   b     "_s;
        QTest::newRow("scala interpolator") << Dialect::Scala << u"s\"$x y\" + 'c'"_s << u"s\"    \" + ' '"_s;
        QTest::newRow("scala triple raw") << Dialect::Scala << u"\"\"\"a\\\"\"\"\" ok"_s << u"\"\"\"   \"\"\" ok"_s;
        QTest::newRow("sql comments and doubled quote")
            << Dialect::Sql << u"SELECT 'it''s' -- c\n/* d */ FROM t"_s << u"SELECT '     '     \n        FROM t"_s;
        QTest::newRow("r comment and string") << Dialect::R << u"x <- \"#\" # y"_s << u"x <- \" \"    "_s;
    }

    void masking()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, code);
        QFETCH(QString, masked);
        const TokenizedCode t = tokenize(code, dialect);
        QCOMPARE(t.masked.size(), code.size());
        QCOMPARE(t.masked, masked);
        QCOMPARE(t.problemOffset, -1);
    }

    void tokenKinds()
    {
        const QString code = u"a = f\"x{y}\"  # note\nb = '''t'''"_s;
        const TokenizedCode t = tokenize(code, Dialect::Python);
        QCOMPARE(t.tokens.size(), 3);
        QCOMPARE(t.tokens.at(0).kind, Token::Kind::String);
        QVERIFY(t.tokens.at(0).interpolated);
        QCOMPARE(code.mid(t.tokens.at(0).contentStart, t.tokens.at(0).contentEnd - t.tokens.at(0).contentStart), u"x{y}"_s);
        QCOMPARE(t.tokens.at(1).kind, Token::Kind::Comment);
        QVERIFY(t.tokens.at(2).triple);
        QVERIFY(t.isCode(0));
        QVERIFY(!t.isCode(code.indexOf(u"note")));
        QCOMPARE(t.tokenAt(code.indexOf(u"t'''")), &t.tokens.at(2));
    }

    void problems_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("offset");
        QTest::newRow("unbalanced quote") << Dialect::Python << u"x = 1\ny = \"abc\nz = 2"_s << 10;
        QTest::newRow("unterminated triple") << Dialect::Python << u"q = '''abc"_s << 4;
        QTest::newRow("unclosed bracket") << Dialect::Python << u"f(a, [b]"_s << 1;
        QTest::newRow("wrong closing bracket") << Dialect::Scala << u"f(a]"_s << 3;
    }

    void problems()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, code);
        QFETCH(int, offset);
        const TokenizedCode t = tokenize(code, dialect);
        QCOMPARE(t.problemOffset, offset);
        QVERIFY(!t.problem.isEmpty());
    }

    void lineIndex()
    {
        const LineIndex lines(u"ab\ncd\n\nef"_s);
        QCOMPARE(lines.lineCount(), 4);
        QCOMPARE(lines.lineOf(0), 0);
        QCOMPARE(lines.lineOf(2), 0);
        QCOMPARE(lines.lineOf(3), 1);
        QCOMPARE(lines.lineOf(6), 2);
        QCOMPARE(lines.lineOf(8), 3);
        QCOMPARE(lines.lineEnd(1), 5);
        QCOMPARE(lines.lineEnd(3), 9);
    }

    // Millions of characters in one cell: linear, no quadratic blow-up.
    void largeInputIsLinear()
    {
        QString code;
        for (int i = 0; i < 100000; ++i) {
            code += u"x = dbutils.widgets.get(\"v\")  # c\n"_s;
        }
        QElapsedTimer timer;
        timer.start();
        const TokenizedCode t = tokenize(code, Dialect::Python);
        QVERIFY(code.size() > 3000000);
        QCOMPARE(t.tokens.size(), 200000);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestCodeTokenizer)
#include "tst_codetokenizer.moc"
