// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/shellquote.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Widgets;

class TestShellQuote : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotes_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain option") << u"--manifest"_s << u"--manifest"_s;
        QTest::newRow("path and URL stay bare") << u"sqlite:///tmp/a.db"_s << u"sqlite:///tmp/a.db"_s;
        QTest::newRow("comma list") << u"a,b,c"_s << u"a,b,c"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("space") << u"my file.json"_s << u"'my file.json'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("dollar and backtick") << u"$HOME `id`"_s << u"'$HOME `id`'"_s;
        QTest::newRow("glob") << u"*.json"_s << u"'*.json'"_s;
        QTest::newRow("stdin dash") << u"-"_s << u"-"_s;
        QTest::newRow("non-ASCII") << u"données"_s << u"'données'"_s;
        QTest::newRow("query string") << u"postgresql://u@h/db?sslmode=require"_s
                                      << u"'postgresql://u@h/db?sslmode=require'"_s;
    }
    void quotes()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(shellQuote(argument), quoted);
    }

    // What a user pastes into a shell must give mwb the very same arguments: let sh split the
    // command line and print each word on its own line.
    void roundTripsThroughSh()
    {
        const QStringList arguments { u"data"_s, u"start"_s, u"--source"_s, u"sqlite:///tmp/my source.db"_s, u"it's"_s,
            u"\"double\""_s, u"$PATH"_s, u"a\\b"_s, u"*"_s, u"line\nbreak"_s, u""_s, u"ümlaut 漢字"_s, u"'"_s,
            u"a;b|c&d"_s, u"--events"_s, u"-"_s };
        const QString line = commandLine(arguments);
        QVERIFY(line.startsWith(u"mwb "_s));
        QProcess sh;
        sh.start(u"sh"_s, { u"-c"_s, u"printf '%s\\0' "_s + line.mid(4) });
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        QStringList words = QString::fromUtf8(sh.readAllStandardOutput()).split(QChar(0));
        QCOMPARE(words.takeLast(), QString()); // after the last NUL
        QCOMPARE(words, arguments);
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
