// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eventstream.h"
#include "core/termination.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Mwb::Core;

class TestEventStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesAreJsonWithFixedLeadingKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"events.jsonl"_s);
        {
            EventStream stream;
            QVERIFY(EventStream::open(stream, path).ok());
            stream.setRunId(u"run-1"_s);
            OrderedJson fields;
            fields["task"] = "ingest";
            fields["event"] = "must not override";
            stream.emitEvent(u"task_started"_s, fields);
            stream.log(u"warning"_s, u"caf\u00e9"_s);
            // Invalid UTF-8 from a cell output is replaced, not thrown.
            OrderedJson bad;
            bad["text"] = std::string("\xff\xfe ok");
            stream.emitEvent(u"cell_finished"_s, bad);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last newline
        QVERIFY(lines.at(3).isEmpty());
        const Json first = Json::parse(lines.at(0).toStdString());
        QCOMPARE(first.at("event").get<std::string>(), std::string("task_started"));
        QCOMPARE(first.at("run_id").get<std::string>(), std::string("run-1"));
        QCOMPARE(first.at("task").get<std::string>(), std::string("ingest"));
        QVERIFY(lines.at(0).startsWith("{\"ts\":\""));
        QVERIFY(QDateTime::fromString(fromStd(first.at("ts").get<std::string>()), Qt::ISODateWithMs).isValid());
        const Json second = Json::parse(lines.at(1).toStdString());
        QCOMPARE(fromStd(second.at("message").get<std::string>()), u"caf\u00e9"_s);
        QCOMPARE(second.at("level").get<std::string>(), std::string("warning"));
        QVERIFY(Json::accept(lines.at(2).toStdString()));
    }

    void disabledStreamSwallowsEvents()
    {
        EventStream stream;
        QVERIFY(!stream.isEnabled());
        stream.emitEvent(u"run_started"_s); // must not crash
    }

    void unwritableTargetIsAnError()
    {
        EventStream stream;
        const auto result = EventStream::open(stream, u"/nonexistent-dir/x/events.jsonl"_s);
        QVERIFY(!result.ok());
        QVERIFY(result.error().toString().contains(u"/nonexistent-dir/x/events.jsonl"_s));
    }

    void sigtermBecomesAStopRequest()
    {
        TerminationWatcher watcher;
        TerminationWatcher::reset();
        QSignalSpy spy(&watcher, &TerminationWatcher::terminationRequested);
        QVERIFY(!TerminationWatcher::isRequested());
        ::raise(SIGTERM);
        QVERIFY(TerminationWatcher::isRequested());
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.first().first().toInt(), int(SIGTERM));
        TerminationWatcher::reset();
        QVERIFY(!TerminationWatcher::isRequested());
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_eventstream.moc"
