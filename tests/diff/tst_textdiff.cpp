// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/textdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Diff;

namespace {

// Renders a character diff as "a[-x-]b{+y+}" for readable expectations.
QString render(const QString &a, const QString &b)
{
    QString out;
    for (const Edit &e : diffCharacters(a, b)) {
        switch (e.kind) {
        case EditKind::Equal:
            out += a.mid(e.a, e.count);
            break;
        case EditKind::Delete:
            out += u"[-"_s + a.mid(e.a, e.count) + u"-]"_s;
            break;
        case EditKind::Insert:
            out += u"{+"_s + b.mid(e.b, e.count) + u"+}"_s;
            break;
        }
    }
    return out;
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void characterDiff_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical") << u"spark.table(x)"_s << u"spark.table(x)"_s << u"spark.table(x)"_s;
        QTest::newRow("one letter inserted") << u"color"_s << u"colour"_s << u"colo{+u+}r"_s;
        QTest::newRow("word replaced, shared letters not scattered")
            << u"x = dbutils.widgets.get(\"env\")"_s << u"x = oidlUtils.parameters.getParameter(\"env\")"_s
            << u"x = [-dbutils.widgets.get-]{+oidlUtils.parameters.getParameter+}(\"env\")"_s;
        QTest::newRow("bucket path") << u"s3://raw-bucket/data"_s << u"oci://raw-bucket@ns/data"_s
                                     << u"[-s3-]{+oci+}://raw-bucket{+@ns+}/data"_s;
        QTest::newRow("all new") << QString() << u"abc"_s << u"{+abc+}"_s;
        QTest::newRow("all gone") << u"abc"_s << QString() << u"[-abc-]"_s;
        QTest::newRow("unicode") << u"値 = 1"_s << u"値 = 2"_s << u"値 = [-1-]{+2+}"_s;
    }
    void characterDiff()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, expected);
        QCOMPARE(render(a, b), expected);
    }

    void charRangesPointIntoTheirLines()
    {
        const CharDiff d = diffChars(u"df.display()"_s, u"display(df)"_s);
        for (const CharRange &r : d.removed) {
            QVERIFY(r.start >= 0 && r.start + r.length <= 12);
        }
        for (const CharRange &r : d.added) {
            QVERIFY(r.start >= 0 && r.start + r.length <= 11);
        }
        QVERIFY(!d.removed.isEmpty());
        QVERIFY(!d.added.isEmpty());
    }

    void longLinesAreDiffedQuickly()
    {
        // A 100,000-character line with a change in the middle (a minified JSON cell).
        QString a;
        for (int i = 0; i < 20000; ++i) {
            a += u"k%1:v;"_s.arg(i % 10);
        }
        QString b = a;
        b.replace(a.size() / 2, 3, u"XYZ"_s);
        const CharDiff d = diffChars(a, b);
        QCOMPARE(d.removed.size(), 1);
        QCOMPARE(d.added.size(), 1);
        QCOMPARE(b.mid(d.added.first().start, d.added.first().length), u"XYZ"_s);
    }

    void splitLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("no terminator") << u"a\nb"_s << QStringList {u"a"_s, u"b"_s};
        QTest::newRow("terminator") << u"a\nb\n"_s << QStringList {u"a"_s, u"b"_s};
        QTest::newRow("crlf") << u"a\r\nb\r\n"_s << QStringList {u"a"_s, u"b"_s};
        QTest::newRow("blank lines kept") << u"a\n\n\nb"_s << QStringList {u"a"_s, QString(), QString(), u"b"_s};
    }
    void splitLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QCOMPARE(Mwb::Diff::splitLines(text), lines);
    }

    void ignoreWhitespace()
    {
        const QStringList a {u"x = f(a,  b)"_s, u"y = 2"_s};
        const QStringList b {u"x = f(a, b)   "_s, u"y = 3"_s};
        const QList<Edit> strict = diffLines(a, b);
        const QList<Edit> loose = diffLines(a, b, {.ignoreWhitespace = true});
        QCOMPARE(strict.first().kind, EditKind::Delete);
        QCOMPARE(loose.first(), (Edit {EditKind::Equal, 0, 0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
