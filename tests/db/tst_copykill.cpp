// SPDX-License-Identifier: GPL-3.0-or-later
// Faults and concurrency with the real `mwb` as a child process (reliability.md §6 harness, §10 cases
// 19, 20, 21, 23): kill -9 at named points and at random points, then `mwb data resume`; the target
// must equal the source with no duplicate and no gap, and a second resume must change nothing.
#include "common/testservices.h"
#include "core/jsonio.h"
#include "db/connection.h"
#include "db/dialect.h"
#include "db/jobstate.h"
#include "db/jobstatus.h"
#include "dbfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Mwb;
using Db::DialectKind;

namespace {

constexpr int itemRows = 20000;
constexpr int noKeyRows = 5000;

#define CHECK_OK(result) QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).error().toString()))

#define REQUIRE_DIALECT(kind)                                                                                          \
    do {                                                                                                               \
        if ((kind) == DialectKind::Postgres) {                                                                         \
            MWB_REQUIRE_POSTGRES(pg);                                                                                  \
        } else if ((kind) == DialectKind::Mysql) {                                                                     \
            MWB_REQUIRE_MYSQL(my);                                                                                     \
        }                                                                                                              \
    } while (false)

Db::Connection open(const Test::ScratchDatabase &db)
{
    auto connection = Db::Connection::open(db.spec(), u"test"_s);
    if (!connection) {
        qWarning("%s", qPrintable(connection.error().toString()));
        return {};
    }
    return std::move(connection).value();
}

// A SQLite source with a keyed table (resumed by key) and a table without a key (redone whole).
bool makeSource(const Test::ScratchDatabase &source)
{
    const Db::Connection s = open(source);
    for (const QString &sql : {u"CREATE TABLE items(id INTEGER PRIMARY KEY, payload TEXT NOT NULL, n INTEGER NOT NULL)"_s,
                               u"CREATE TABLE nokey(a TEXT, b INTEGER)"_s, u"BEGIN"_s}) {
        if (!s.exec(sql)) {
            return false;
        }
    }
    QSqlQuery insert(s.database());
    insert.prepare(u"INSERT INTO items VALUES (?, ?, ?)"_s);
    for (int i = 1; i <= itemRows; ++i) {
        insert.bindValue(0, i * 3); // gaps in the key
        insert.bindValue(1, u"payload %1 \u00e9\t\\ \"x\""_s.arg(i));
        insert.bindValue(2, i % 97);
        if (!insert.exec()) {
            return false;
        }
    }
    insert.prepare(u"INSERT INTO nokey VALUES (?, ?)"_s);
    for (int i = 1; i <= noKeyRows; ++i) {
        insert.bindValue(0, u"row %1"_s.arg(i % 10)); // duplicates on purpose
        insert.bindValue(1, i);
        if (!insert.exec()) {
            return false;
        }
    }
    return s.exec(u"COMMIT"_s).ok();
}

QString scalar(const Db::Connection &c, const QString &sql)
{
    QSqlQuery query = c.query();
    if (!query.exec(sql) || !query.next()) {
        return u"error: "_s + query.lastError().text();
    }
    return query.value(0).toString();
}

struct MwbProcess
{
    explicit MwbProcess(const QString &projectDir) : project(projectDir) { }

    QString project;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QString out;
    QString err;

    int run(const QStringList &args, const QStringList &env = {}, int timeoutMs = 120000)
    {
        QProcess process;
        process.setWorkingDirectory(project);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : env) {
            environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MWB_EXECUTABLE), args);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            err = u"timeout"_s;
            return exitCode = -2;
        }
        out = QString::fromUtf8(process.readAllStandardOutput());
        err = QString::fromUtf8(process.readAllStandardError());
        exitStatus = process.exitStatus();
        exitCode = process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
        return exitCode;
    }
};

int countLines(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return int(file.readAll().count(needle));
}

} // namespace

class TestCopyKill : public QObject
{
    Q_OBJECT

    // The target equals the source: every key once, nothing missing, the no-key table whole.
    void verifyTarget(const Test::ScratchDatabase &target, const QString &project, const QString &jobId)
    {
        const Db::Connection t = open(target);
        QCOMPARE(scalar(t, u"SELECT COUNT(*) FROM items"_s).toInt(), itemRows);
        QCOMPARE(scalar(t, u"SELECT COUNT(DISTINCT id) FROM items"_s).toInt(), itemRows);
        QCOMPARE(scalar(t, u"SELECT SUM(id) FROM items"_s).toLongLong(), 3LL * itemRows * (itemRows + 1) / 2);
        qint64 sumN = 0;
        for (int i = 1; i <= itemRows; ++i) {
            sumN += i % 97;
        }
        QCOMPARE(scalar(t, u"SELECT SUM(n) FROM items"_s).toLongLong(), sumN);
        QCOMPARE(scalar(t, u"SELECT payload FROM items WHERE id = 300"_s), u"payload 100 \u00e9\t\\ \"x\""_s);
        QCOMPARE(scalar(t, u"SELECT COUNT(*) FROM nokey"_s).toInt(), noKeyRows);
        QCOMPARE(scalar(t, u"SELECT COUNT(DISTINCT b) FROM nokey"_s).toInt(), noKeyRows);
        const QString jobDir = Db::JobState::jobDir(project, jobId);
        QVERIFY(!QFile::exists(QDir(jobDir).filePath(u"items_failed.jsonl"_s))
                || QFileInfo(QDir(jobDir).filePath(u"items_failed.jsonl"_s)).size() == 0);
        auto state = Db::JobState::load(jobDir);
        CHECK_OK(state);
        QCOMPARE(state->status, u"completed"_s);
        QCOMPARE(state->table(u"items"_s)->rowsMigrated, itemRows);
        QCOMPARE(state->table(u"nokey"_s)->rowsMigrated, noKeyRows);
    }

    void prepare(DialectKind target, const QString &tag, QTemporaryDir &project, Test::ScratchDatabase &source,
                 Test::ScratchDatabase &sink)
    {
        CHECK_OK(source.create(DialectKind::Sqlite, tag + u"src"_s, project.path()));
        CHECK_OK(sink.create(target, tag, project.path()));
        QVERIFY(makeSource(source));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(MWB_EXECUTABLE)));
    }

    // §10 case 19: kill -9 after the batch is sent, before COMMIT. The batch is sent again once.
    void case19_killBeforeCommit()
    {
        MWB_REQUIRE_POSTGRES(pg);
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        prepare(DialectKind::Postgres, u"k19"_s, project, source, sink);
        MwbProcess mwb(project.path());
        mwb.run({u"data"_s, u"start"_s, u"--source"_s, source.url(), u"--target"_s, sink.url(), u"--batch-size"_s, u"500"_s,
                 u"--job-id"_s, u"k19"_s},
                {u"MWB_TEST_CRASH_AT=before_commit:7"_s});
        QCOMPARE(mwb.exitStatus, QProcess::CrashExit);
        {
            // The checkpoint never points past the committed data: 6 batches of 500.
            const Db::Connection t = open(sink);
            QCOMPARE(scalar(t, u"SELECT COUNT(*) FROM items"_s).toInt(), 3000);
            QCOMPARE(scalar(t, u"SELECT rows_migrated FROM mwb_checkpoints WHERE table_name = 'items'"_s).toInt(), 3000);
        }
        QCOMPARE(mwb.run({u"data"_s, u"resume"_s, u"k19"_s}), 0);
        verifyTarget(sink, project.path(), u"k19"_s);
        // A second resume is a no-op.
        QCOMPARE(mwb.run({u"data"_s, u"resume"_s, u"k19"_s}), 0);
        verifyTarget(sink, project.path(), u"k19"_s);
    }

    // §10 case 20: kill -9 after COMMIT, before checkpoint.json is written: the target-side row
    // (committed with the batch) decides; no duplicates. Also inside the table without a key,
    // which is emptied and loaded again rather than resumed.
    void case20_killAfterCommitBeforeMirror_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("commit");
        QTest::newRow("postgres, keyed table") << int(DialectKind::Postgres) << 9;
        QTest::newRow("postgres, table without key") << int(DialectKind::Postgres) << 45;
        QTest::newRow("mysql, keyed table") << int(DialectKind::Mysql) << 9;
        QTest::newRow("mysql, table without key") << int(DialectKind::Mysql) << 45;
        QTest::newRow("sqlite, keyed table") << int(DialectKind::Sqlite) << 9;
        QTest::newRow("sqlite, table without key") << int(DialectKind::Sqlite) << 45;
    }
    void case20_killAfterCommitBeforeMirror()
    {
        QFETCH(int, target);
        QFETCH(int, commit);
        REQUIRE_DIALECT(DialectKind(target));
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        prepare(DialectKind(target), u"k20"_s, project, source, sink);
        MwbProcess mwb(project.path());
        // items: 40 batches of 500, then nokey: 10 batches.
        mwb.run({u"data"_s, u"start"_s, u"--source"_s, source.url(), u"--target"_s, sink.url(), u"--batch-size"_s, u"500"_s,
                 u"--job-id"_s, u"k20"_s},
                {u"MWB_TEST_CRASH_AT=after_commit:%1"_s.arg(commit)});
        QCOMPARE(mwb.exitStatus, QProcess::CrashExit);
        // The status of a killed job reads "interrupted" from any process.
        QCOMPARE(mwb.run({u"data"_s, u"status"_s, u"k20"_s, u"--json"_s}), 0);
        const auto status = Core::Json::parse(mwb.out.toStdString());
        QCOMPARE(status["status"].get<std::string>(), std::string("interrupted"));
        QCOMPARE(mwb.run({u"data"_s, u"resume"_s, u"k20"_s}), 0);
        verifyTarget(sink, project.path(), u"k20"_s);
        QCOMPARE(mwb.run({u"data"_s, u"status"_s, u"k20"_s, u"--json"_s}), 0);
        const auto after = Core::Json::parse(mwb.out.toStdString());
        QCOMPARE(after["status"].get<std::string>(), std::string("completed"));
        QCOMPARE(after["snapshot_consistent"].get<bool>(), false); // pgcopydb --not-consistent semantics
    }

    // §10 case 21: a torn or empty checkpoint.json is detected, moved aside, and the target-side
    // checkpoints decide; the job never skips ahead.
    void case21_tornCheckpointFile_data()
    {
        QTest::addColumn<bool>("empty");
        QTest::newRow("truncated JSON") << false;
        QTest::newRow("zero length") << true;
    }
    void case21_tornCheckpointFile()
    {
        QFETCH(bool, empty);
        MWB_REQUIRE_POSTGRES(pg);
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        prepare(DialectKind::Postgres, u"k21"_s, project, source, sink);
        MwbProcess mwb(project.path());
        mwb.run({u"data"_s, u"start"_s, u"--source"_s, source.url(), u"--target"_s, sink.url(), u"--batch-size"_s, u"500"_s,
                 u"--job-id"_s, u"k21"_s},
                {u"MWB_TEST_CRASH_AT=after_commit:12"_s});
        QCOMPARE(mwb.exitStatus, QProcess::CrashExit);
        const QString jobDir = Db::JobState::jobDir(project.path(), u"k21"_s);
        const QString file = QDir(jobDir).filePath(u"checkpoint.json"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const QByteArray whole = f.readAll();
            QVERIFY(f.resize(empty ? 0 : whole.size() / 2));
        }
        QCOMPARE(mwb.run({u"data"_s, u"resume"_s, u"k21"_s}), 0);
        QVERIFY(!QDir(jobDir).entryList({u"checkpoint.json.corrupt.*"_s}).isEmpty());
        verifyTarget(sink, project.path(), u"k21"_s);
    }

    // §10 case 23: a second job on the same target fails at once with "target locked by <job>
    // (pid, host)"; after kill -9 of the first, the lock is gone without any manual step.
    void case23_secondJobIsLockedOut_data()
    {
        QTest::addColumn<int>("target");
        QTest::newRow("postgres") << int(DialectKind::Postgres);
        QTest::newRow("mysql") << int(DialectKind::Mysql);
        QTest::newRow("sqlite") << int(DialectKind::Sqlite);
    }
    void case23_secondJobIsLockedOut()
    {
        QFETCH(int, target);
        REQUIRE_DIALECT(DialectKind(target));
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        prepare(DialectKind(target), u"k23"_s, project, source, sink);
        const QString events = QDir(project.path()).filePath(u"first.events"_s);
        QProcess first;
        first.setWorkingDirectory(project.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"MWB_TEST_BATCH_DELAY_MS"_s, u"200"_s);
        first.setProcessEnvironment(environment);
        first.start(QStringLiteral(MWB_EXECUTABLE), {u"data"_s, u"start"_s, u"--source"_s, source.url(), u"--target"_s, sink.url(),
                                                     u"--batch-size"_s, u"500"_s, u"--job-id"_s, u"k23a"_s, u"--events"_s, events});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(countLines(events, "\"table_progress\"") >= 1, 30000);

        MwbProcess mwb(project.path());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(mwb.run({u"data"_s, u"start"_s, u"--source"_s, source.url(), u"--target"_s, sink.url(), u"--job-id"_s, u"k23b"_s}), 1);
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY2(mwb.err.contains(u"target locked by k23a (pid %1, host "_s.arg(first.processId())), qPrintable(mwb.err));

        first.kill(); // SIGKILL
        QVERIFY(first.waitForFinished());
        QCOMPARE(mwb.run({u"data"_s, u"resume"_s, u"k23a"_s}), 0);
        verifyTarget(sink, project.path(), u"k23a"_s);
    }

    // kill -9 at random points (several seeds) in the middle of the tables, then resume: no duplicate,
    // no gap, whatever the target.
    void killAtRandomPointsThenResume_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {11u, 23u, 37u}) {
            QTest::addRow("postgres seed %u", seed) << int(DialectKind::Postgres) << seed;
        }
        QTest::addRow("mysql seed 5") << int(DialectKind::Mysql) << 5u;
        QTest::addRow("mysql seed 71") << int(DialectKind::Mysql) << 71u;
        QTest::addRow("sqlite seed 3") << int(DialectKind::Sqlite) << 3u;
        QTest::addRow("sqlite seed 41") << int(DialectKind::Sqlite) << 41u;
    }
    void killAtRandomPointsThenResume()
    {
        QFETCH(int, target);
        QFETCH(quint32, seed);
        REQUIRE_DIALECT(DialectKind(target));
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        prepare(DialectKind(target), u"kr"_s, project, source, sink);
        QRandomGenerator random(seed);
        const QString jobId = u"kr%1"_s.arg(seed);
        // Two kills per seed: one in each run, then a resume that completes.
        for (int round = 0; round < 2; ++round) {
            const QString events = QDir(project.path()).filePath(u"events.%1"_s.arg(round));
            const int killAfter = 1 + int(random.bounded(round == 0 ? 30 : 20));
            QProcess job;
            job.setWorkingDirectory(project.path());
            QStringList args = round == 0 ? QStringList {u"data"_s, u"start"_s, u"--source"_s, source.url(), u"--target"_s,
                                                         sink.url(), u"--batch-size"_s, u"300"_s, u"--job-id"_s, jobId}
                                          : QStringList {u"data"_s, u"resume"_s, jobId};
            args << u"--events"_s << events;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"MWB_TEST_BATCH_DELAY_MS"_s, QString::number(random.bounded(3, 15)));
            job.setProcessEnvironment(environment);
            job.start(QStringLiteral(MWB_EXECUTABLE), args);
            QVERIFY(job.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(countLines(events, "\"table_progress\"") >= killAfter
                                         || job.state() == QProcess::NotRunning,
                                     60000);
            // A random moment inside the next batch, not just at the event.
            QTest::qWait(int(random.bounded(8)));
            ::kill(pid_t(job.processId()), SIGKILL);
            QVERIFY(job.waitForFinished());
        }
        MwbProcess mwb(project.path());
        QCOMPARE(mwb.run({u"data"_s, u"resume"_s, jobId}), 0);
        verifyTarget(sink, project.path(), jobId);
    }

    // SIGTERM: the running batch finishes, the checkpoint is written, exit 130, and the last event is
    // run_finished INTERRUPTED (ARCHITECTURE.md "Event stream"); resume completes the job.
    void sigtermStopsAfterTheBatchAndResumes()
    {
        MWB_REQUIRE_POSTGRES(pg);
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        prepare(DialectKind::Postgres, u"kt"_s, project, source, sink);
        QProcess job;
        job.setWorkingDirectory(project.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"MWB_TEST_BATCH_DELAY_MS"_s, u"50"_s);
        job.setProcessEnvironment(environment);
        job.start(QStringLiteral(MWB_EXECUTABLE), {u"data"_s, u"start"_s, u"--source"_s, source.url(), u"--target"_s, sink.url(),
                                                   u"--batch-size"_s, u"500"_s, u"--job-id"_s, u"kt"_s, u"--events"_s, u"-"_s});
        QVERIFY(job.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(job.peek(1 << 20).count("\"table_progress\"") >= 3, 30000);
        job.terminate();
        QVERIFY(job.waitForFinished(30000));
        QCOMPARE(job.exitStatus(), QProcess::NormalExit);
        QCOMPARE(job.exitCode(), 130);
        const QList<QByteArray> lines = job.readAllStandardOutput().trimmed().split('\n');
        const auto last = Core::Json::parse(lines.last().toStdString());
        QCOMPARE(last["event"].get<std::string>(), std::string("run_finished"));
        QCOMPARE(last["result"].get<std::string>(), std::string("INTERRUPTED"));
        MwbProcess mwb(project.path());
        QCOMPARE(mwb.run({u"data"_s, u"status"_s, u"kt"_s, u"--json"_s}), 0);
        QCOMPARE(Core::Json::parse(mwb.out.toStdString())["status"].get<std::string>(), std::string("interrupted"));
        QCOMPARE(mwb.run({u"data"_s, u"resume"_s, u"kt"_s}), 0);
        verifyTarget(sink, project.path(), u"kt"_s);
    }

    // --detach: the command returns at once with the job id; the job runs on in its own session
    // and `mwb data status` (another process) follows it to the end. The run is in the history.
    void detachedJobRunsAndStatusIsReadable()
    {
        MWB_REQUIRE_POSTGRES(pg);
        QTemporaryDir project;
        Test::ScratchDatabase source;
        Test::ScratchDatabase sink;
        prepare(DialectKind::Postgres, u"kd"_s, project, source, sink);
        MwbProcess mwb(project.path());
        QCOMPARE(mwb.run({u"data"_s, u"start"_s, u"--source"_s, source.url(), u"--target"_s, sink.url(), u"--detach"_s}), 0);
        const QString jobId = mwb.out.trimmed().split(u'\n').last();
        QVERIFY2(jobId.startsWith(u"dj-"_s), qPrintable(mwb.out));
        QTRY_VERIFY_WITH_TIMEOUT(mwb.run({u"data"_s, u"status"_s, jobId, u"--json"_s}) == 0
                                     && Core::Json::parse(mwb.out.toStdString())["status"].get<std::string>() == "completed",
                                 60000);
        verifyTarget(sink, project.path(), jobId);
        QVERIFY(QFile::exists(QDir(project.path()).filePath(u".mwb/history.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCopyKill)
#include "tst_copykill.moc"
