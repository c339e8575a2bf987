// SPDX-License-Identifier: GPL-3.0-or-later
// migration.log (ARCHITECTURE.md "Log line format"): one line per call in the documented shape,
// appended across runs, registered secrets never written, whole lines from concurrent tasks.
#include "run/migrationlog.h"

#include <memory>
#include <vector>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Mwb::Run;

namespace {

const QRegularExpression lineFormat(uR"(^\[\d{2}:\d{2}:\d{2}\] \[[^\]]+\] .+$)"_s);

QStringList fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

} // namespace

class TestMigrationLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cell OK") << u"DailyETL"_s << u"ingest"_s << u"Cell 5/27: OK"_s
                                 << u"[12:34:56] [DailyETL/ingest] Cell 5/27: OK"_s;
        QTest::newRow("verify fail") << u"DailyETL"_s << u"ingest"_s
                                     << u"Cell 14/27: VERIFY FAIL (attempt 3/10): TABLE_OR_VIEW_NOT_FOUND"_s
                                     << u"[12:34:56] [DailyETL/ingest] Cell 14/27: VERIFY FAIL (attempt 3/10): "
                                        "TABLE_OR_VIEW_NOT_FOUND"_s;
        QTest::newRow("child notebook")
            << u"DailyETL"_s << u"ingest"_s << u"[child:helpers/io_utils.ipynb] Cell 3/8: OK"_s
            << u"[12:34:56] [DailyETL/ingest] [child:helpers/io_utils.ipynb] Cell 3/8: OK"_s;
        QTest::newRow("job-level line") << u"DailyETL"_s << QString() << u"RESULT: PASS"_s
                                        << u"[12:34:56] [DailyETL] RESULT: PASS"_s;
        QTest::newRow("multi-line text") << u"J"_s << u"t"_s << u"Traceback:\n  File x\r\nZeroDivisionError\r!"_s
                                         << u"[12:34:56] [J/t] Traceback:   File x ZeroDivisionError !"_s;
        QTest::newRow("brackets in the job name")
            << u"[PROD] Daily"_s << u"a]b"_s << u"x"_s << u"[12:34:56] [(PROD) Daily/a)b] x"_s;
        QTest::newRow("newline in the task name") << u"J"_s << u"a\nb"_s << u"x"_s << u"[12:34:56] [J/a b] x"_s;
        QTest::newRow("empty text") << u"J"_s << u"t"_s << QString() << u"[12:34:56] [J/t] -"_s;
        QTest::newRow("no job, no task") << QString() << QString() << u"started"_s << u"[12:34:56] [mwb] started"_s;
    }

    void format()
    {
        QFETCH(QString, job);
        QFETCH(QString, task);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString line = MigrationLog::format(u"12:34:56"_s, job, task, text);
        QCOMPARE(line, expected);
        QVERIFY2(lineFormat.match(line).hasMatch(), qPrintable(line));
    }

    void appendsCreatesFolderAndMasksSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out/nested/migration.log"_s);
        {
            MigrationLog log;
            const auto opened = log.open(path, false);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
            log.addSecret(u"tok-3f9a"_s);
            log.addSecret(u"tok-3f9a-long-suffix"_s); // contains the first: masked whole
            log.addSecret(u"multi\nline"_s);
            log.addSecret(QString()); // nothing to hide; must not mask everything
            log.line(u"DailyETL"_s, u"ingest"_s, u"Cell 1/2: OK"_s);
            log.line(u"DailyETL"_s, u"ingest"_s, u"connecting with token tok-3f9a to http://x?token=tok-3f9a"_s);
            log.line(u"DailyETL"_s, u"ingest"_s, u"key tok-3f9a-long-suffix end"_s);
            log.line(u"DailyETL"_s, u"ingest"_s, u"password multi\nline end"_s);
        }
        {
            MigrationLog log; // a resumed run appends
            QVERIFY(log.open(path, false).ok());
            log.addSecret(u"s3cr3t"_s);
            log.line(u"DailyETL"_s, QString(), u"resumed s3cr3t"_s);
        }
        const QStringList lines = fileLines(path);
        QCOMPARE(lines.size(), 5);
        for (const QString &line : lines) {
            QVERIFY2(lineFormat.match(line).hasMatch(), qPrintable(line));
            QVERIFY2(!line.contains(u"tok-3f9a"_s) && !line.contains(u"s3cr3t"_s) && !line.contains(u"multi"_s),
                qPrintable(line));
        }
        QVERIFY(lines.at(0).endsWith(u"] [DailyETL/ingest] Cell 1/2: OK"_s));
        QVERIFY(lines.at(1).endsWith(u"connecting with token *** to http://x?token=***"_s));
        QVERIFY(lines.at(2).endsWith(u"key *** end"_s));
        QVERIFY(lines.at(3).endsWith(u"password *** end"_s));
        QVERIFY(lines.at(4).endsWith(u"] [DailyETL] resumed ***"_s));
    }

    void openFailureNamesThePath()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        MigrationLog log;
        const QString path = dir.filePath(u"file/sub/migration.log"_s);
        const auto opened = log.open(path, false);
        QVERIFY(!opened.ok());
        QVERIFY2(path.startsWith(opened.error().file), qPrintable(opened.error().toString()));
        QVERIFY(!opened.error().hint.isEmpty());
    }

    // Parallel tasks (--parallel N) log from their own threads: every line arrives whole.
    void concurrentWritersProduceWholeLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"migration.log"_s);
        MigrationLog log;
        QVERIFY(log.open(path, false).ok());
        log.addSecret(u"SECRETVALUE"_s);
        constexpr int threads = 8;
        constexpr int linesPerThread = 400;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&log, t] {
                const QString payload = QString(300, QChar(u'P' + t));
                for (int i = 0; i < linesPerThread; ++i) {
                    log.line(u"job"_s, u"task%1"_s.arg(t),
                        u"Cell %1/%2: OK %3 SECRETVALUE %3"_s.arg(i).arg(linesPerThread).arg(payload));
                }
            }));
        }
        for (auto &worker : workers) {
            worker->start();
        }
        for (auto &worker : workers) {
            QVERIFY(worker->wait(60000));
        }
        const QStringList lines = fileLines(path);
        QCOMPARE(lines.size(), threads * linesPerThread);
        static const QRegularExpression whole(
            uR"(^\[\d{2}:\d{2}:\d{2}\] \[job/task(\d)\] Cell (\d+)/400: OK ([P-W])+ \*\*\* ([P-W])+$)"_s);
        QList<int> perThread(threads, 0);
        for (const QString &line : lines) {
            QVERIFY2(lineFormat.match(line).hasMatch(), qPrintable(line));
            const auto match = whole.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line.left(120)));
            const int t = match.captured(1).toInt();
            // The payload is the thread's own letter only: no bytes of another line inside.
            QCOMPARE(line.count(QChar(u'P' + t)), 600);
            ++perThread[t];
        }
        QCOMPARE(perThread, QList<int>(threads, linesPerThread));
    }
};

QTEST_GUILESS_MAIN(TestMigrationLog)
#include "tst_migrationlog.moc"
