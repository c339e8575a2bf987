// SPDX-License-Identifier: GPL-3.0-or-later
// `mwb migrate-job` as users run it, on the real local kernel (a private jupyter-server with
// python3-ipykernel), with the LLM replaced by a local stand-in of the Messages API.
#include "common/messagesstandin.h"
#include "core/jsonio.h"
#include "kernel/processes.h"
#include "run/jobreport.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Mwb::Core::Json;

namespace {

const QString fixtures = QStringLiteral(MWB_FIXTURES_DIR "/migrate/");
const QString testKey = u"sk-ant-test-3f9a1c77e2b84d05"_s;

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every file under a folder, concatenated (to look for leaked secrets).
QByteArray everything(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            all += f.readAll();
        }
    }
    return all;
}

Mwb::Run::JobReport report(const QString &path)
{
    auto parsed = Mwb::Run::JobReport::parse(readText(path), path);
    if (!parsed) {
        qWarning() << parsed.error().toString();
        return {};
    }
    return *parsed;
}

const Mwb::Run::TaskResultRow *row(const Mwb::Run::JobReport &r, const QString &task)
{
    for (const auto &t : r.tasks) {
        if (t.task == task) {
            return &t;
        }
    }
    return nullptr;
}

// The documented log line format (ARCHITECTURE.md "Log line format").
const QRegularExpression logLine(
    uR"(^\[\d{2}:\d{2}:\d{2}\] \[[^\]/]+(/[^\]]+)?\] (\[child:[^\]]+\] )?(Cell \d+/\d+: (OK|OK \(fixed attempt \d+\)|VERIFY FAIL \(attempt \d+/\d+\): .+|FAILED.*|SKIPPED \(.+\))|\[fixup_cell\] Rewinding to index \d+ \(reason: .*\)|RESULT: (PASS|PARTIAL|FAIL|ALREADY_MIGRATED|INTERRUPTED)( \(.+\))?|Pass [12]: .+)$)"_s);

} // namespace

class TestMigrateJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QProcessEnvironment environment(const QProcessEnvironment &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TMPDIR"_s, m_tmp.path());
        env.remove(u"ANTHROPIC_API_KEY"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"disabled:"_s); // no keychain: the key comes from the environment
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // the texts checked below are the untranslated ones
        env.remove(u"LANGUAGE"_s);
        for (const QString &key : extra.keys()) {
            env.insert(key, extra.value(key));
        }
        return env;
    }

    int mwb(const QString &workDir, const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr,
            const QProcessEnvironment &extra = {}, int timeoutMs = 240000)
    {
        QProcess p;
        p.setWorkingDirectory(workDir);
        p.setProcessEnvironment(environment(extra));
        // Wait in an event loop: the Messages API stand-in answers from this thread.
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        p.start(QStringLiteral(MWB_EXECUTABLE), arguments);
        loop.exec();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            qWarning() << "mwb timed out:" << p.readAllStandardError().right(3000);
            return -1;
        }
        const QByteArray o = p.readAllStandardOutput();
        const QByteArray e = p.readAllStandardError();
        if (out) {
            *out = o;
        }
        if (err) {
            *err = e;
        }
        return p.exitCode();
    }

    // A project folder with the manifest of one fixture job.
    QString project(const QString &jobsFile)
    {
        const QString dir = m_tmp.filePath(u"p%1"_s.arg(++m_projects));
        QDir().mkpath(dir);
        QByteArray err;
        const int code = mwb(dir, {u"build-dag"_s, u"--jobs-json"_s, fixtures + u"jobs/"_s + jobsFile, u"--workspace"_s,
                                   fixtures + u"workspace"_s, u"-o"_s, dir + u"/reports"_s},
                             nullptr, &err);
        if (code != 0) {
            qWarning() << err;
        }
        return dir;
    }

    int m_projects = 0;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void exampleJobPasses()
    {
        // The README's main job: the bundled example, on the real local kernel, no LLM.
        const QString dir = m_tmp.filePath(u"example"_s);
        QDir().mkpath(dir + u"/mounts/raw/orders/pos"_s);
        const QString examples = QStringLiteral(MWB_SOURCE_DIR "/examples/");
        QCOMPARE(mwb(dir, {u"build-dag"_s, u"--jobs-json"_s, examples + u"jobs/retail_daily_etl.json"_s, u"--workspace"_s,
                           examples + u"workspace"_s, u"-o"_s, u"reports"_s}),
                 0);
        QProcessEnvironment secrets;
        secrets.insert(u"MWB_SECRET_RETAIL_ETL_SMTP_PASSWORD"_s, u"placeholder-for-the-test"_s);
        QByteArray err;
        const int code = mwb(dir, {u"migrate-job"_s, u"--manifest"_s, u"reports/retail_daily_etl_manifest.json"_s, u"--local"_s,
                                   u"--output-base"_s, u"out"_s, u"--llm"_s, u"none"_s, u"--mount"_s, u"/mnt/raw="_s + dir + u"/mounts/raw"_s,
                                   u"--catalog-manifest"_s, examples + u"config/catalog_manifest.json"_s, u"--bucket-mapping"_s,
                                   examples + u"config/bucket_mapping.json"_s},
                             nullptr, &err, secrets);
        QVERIFY2(code == 0, err.right(3000).constData());
        QVERIFY(readText(dir + u"/out/migration.log"_s).contains(u"[retail_daily_etl] RESULT: PASS"_s));
        const auto r = report(dir + u"/out/retail_daily_etl/reports/JOB_REPORT.md"_s);
        QCOMPARE(r.rollUp(), u"PASS"_s);
        QCOMPARE(r.tasks.size(), 6); // the spark_python_task is listed under Errors & Warnings
        int ran = 0;
        for (const auto &t : r.tasks) {
            QCOMPARE(t.failed, 0);
            // Every cell that could run on this kernel ran OK; the rest are accounted for in task.json.
            const QString taskJson = QDir(dir + u"/out/retail_daily_etl/tasks"_s)
                                         .entryInfoList({u"*_"_s + t.task}, QDir::Dirs)
                                         .value(0)
                                         .filePath()
                + u"/task.json"_s;
            const Json j = Json::parse(readText(taskJson).toStdString());
            QCOMPARE(t.ok + j["skipped"].get<int>(), j["code_cells"].get<int>());
            ran += t.ok;
        }
        QVERIFY(ran >= 40);
        QVERIFY(!everything(dir).contains("placeholder-for-the-test"));
    }

    void brokenCellIsPartialWithoutLlm()
    {
        const QString dir = project(u"broken_job.json"_s);
        QByteArray out;
        QByteArray err;
        const int code = mwb(dir, {u"migrate-job"_s, u"--manifest"_s, u"reports/broken_job_manifest.json"_s, u"--local"_s,
                                   u"--output-base"_s, u"out"_s, u"--llm"_s, u"none"_s, u"--events"_s, u"-"_s},
                             &out, &err);
        QCOMPARE(code, 3);
        const auto r = report(dir + u"/out/broken_job/reports/JOB_REPORT.md"_s);
        QCOMPARE(r.rollUp(), u"PARTIAL"_s);
        const auto *prepare = row(r, u"prepare"_s);
        const auto *compute = row(r, u"compute"_s);
        QVERIFY(prepare && compute);
        QCOMPARE(prepare->status, u"PASS"_s);
        QCOMPARE(prepare->ok, 4); // widgets, %run (child verified inline), two code cells
        QCOMPARE(compute->status, u"PARTIAL"_s);
        QCOMPARE(compute->ok, 1);
        QCOMPARE(compute->failed, 2); // the broken cell, and the one that needs its result
        // The task value set by prepare reached compute as a parameter.
        QVERIFY2(readText(dir + u"/out/broken_job/tasks/02_compute/test_report.md"_s).contains(u"upstream rows: 5"_s),
                 "compute did not see prepare's task value");
        // The child notebook's cells ran inline and are logged as such.
        const QString log = readText(dir + u"/out/migration.log"_s);
        QVERIFY2(log.contains(u"[broken_job/prepare] [child:deps/"_s), qPrintable(log));
        QVERIFY(log.contains(u"[broken_job/compute] Cell 2/3: FAILED: "_s));
        // Events: the last line is run_finished with the roll-up.
        const QList<QByteArray> lines = out.trimmed().split('\n');
        const Json last = Json::parse(lines.last().toStdString());
        QCOMPARE(Mwb::Core::stringValue(last, "event"), u"run_finished"_s);
        QCOMPARE(Mwb::Core::stringValue(last, "result"), u"PARTIAL"_s);
        int cellEvents = 0;
        for (const QByteArray &line : lines) {
            const Json event = Json::parse(line.toStdString(), nullptr, false);
            cellEvents += Mwb::Core::stringValue(event, "event") == u"cell_finished";
        }
        QCOMPARE(cellEvents, 4 + 3);
        // The history has the run and its tasks.
        QVERIFY(QFileInfo::exists(dir + u"/.mwb/history.sqlite"_s));
    }

    void fixerRepairsTheCell()
    {
        Mwb::Test::MessagesStandIn llm;
        QVERIFY(llm.start());
        llm.setExpectedKey(testKey);
        // The first request fails with 429, the next with 500: the client retries both.
        llm.enqueueStatus(429, R"({"type":"error","error":{"type":"rate_limit_error","message":"slow down"}})", {{"retry-after", "0"}});
        llm.enqueueStatus(500, R"({"type":"error","error":{"type":"api_error","message":"oops"}})");
        int fixerTurns = 0;
        llm.setHandler([&](const Json &request) -> Json {
            const bool fixer = request.contains("tools") && !request["tools"].empty();
            if (!fixer) {
                return Mwb::Test::MessagesStandIn::textReply(u"PASS: the output matches what the cell computes"_s);
            }
            ++fixerTurns;
            const Json &messages = request["messages"];
            const Json &lastContent = messages.back()["content"];
            const bool afterTool = lastContent.is_array() && !lastContent.empty() && lastContent[0].value("type", "") == "tool_result";
            if (!afterTool) {
                // Look around first: a tool call whose result must come back.
                return Mwb::Test::MessagesStandIn::toolUseReply(u"toolu_probe"_s, u"run_on_kernel"_s,
                                                                Json {{"code", "print('count is', count)"}});
            }
            return Mwb::Test::MessagesStandIn::toolUseReply(
                u"toolu_submit"_s, u"submit_code"_s,
                Json {{"code", "# total = int(count) * (1 + tax_rate)\ntax_rate = 0.2  # Oracle tool modification: tax_rate was "
                               "defined in a notebook the job no longer runs\ntotal = int(count) * (1 + tax_rate)\n"},
                      {"explanation", "define tax_rate"}});
        });
        const QString dir = project(u"broken_job.json"_s);
        QByteArray out;
        QByteArray err;
        QProcessEnvironment extra;
        extra.insert(u"ANTHROPIC_API_KEY"_s, testKey);
        extra.insert(u"MWB_ANTHROPIC_BASE_URL"_s, llm.url().toString());
        const int code = mwb(dir, {u"migrate-job"_s, u"--manifest"_s, u"reports/broken_job_manifest.json"_s, u"--local"_s,
                                   u"--output-base"_s, u"out"_s, u"--llm"_s, u"anthropic"_s, u"--events"_s, u"-"_s},
                             &out, &err, extra);
        QVERIFY2(code == 0, err.right(4000).constData());
        const auto r = report(dir + u"/out/broken_job/reports/JOB_REPORT.md"_s);
        QCOMPARE(r.rollUp(), u"PASS"_s);
        const auto *compute = row(r, u"compute"_s);
        QVERIFY(compute);
        QCOMPARE(compute->fixed, 1);
        QCOMPARE(compute->failed, 0);
        QCOMPARE(compute->ok + compute->fixed, 3);
        const QString log = readText(dir + u"/out/migration.log"_s);
        QVERIFY2(log.contains(u"[broken_job/compute] Cell 2/3: VERIFY FAIL (attempt 0/10): "_s), qPrintable(log));
        QVERIFY2(log.contains(u"[broken_job/compute] Cell 2/3: OK (fixed attempt 1)"_s), qPrintable(log));
        // The tool result of run_on_kernel went back to the model, with the kernel's answer.
        bool sawToolResult = false;
        for (const auto &request : llm.requests()) {
            for (const Json &message : request.body["messages"]) {
                if (message["content"].is_array()) {
                    for (const Json &block : message["content"]) {
                        if (block.value("type", "") == "tool_result" && block.value("tool_use_id", "") == "toolu_probe") {
                            sawToolResult = block.dump().find("count is 5") != std::string::npos;
                        }
                    }
                }
            }
        }
        QVERIFY2(sawToolResult, "the run_on_kernel result did not reach the model");
        QVERIFY(fixerTurns >= 2);
        // The first two requests were answered 429 and 500 (enqueued above); the client retried them.
        QVERIFY(llm.requests().size() >= 2 + 1 + fixerTurns);
        // The saved notebook holds the fix, and no outputs.
        const QString saved = readText(dir + u"/out/broken_job/notebooks/Repos/shop/compute.ipynb"_s);
        QVERIFY2(saved.contains(u"tax_rate = 0.2"_s), qPrintable(saved));
        QVERIFY(!saved.contains(u"upstream rows: 5"_s));
        // Token use is reported; the key is nowhere.
        const QString jobReport = readText(dir + u"/out/broken_job/reports/JOB_REPORT.md"_s);
        QVERIFY(jobReport.contains(u"- Tokens in: "_s));
        QVERIFY(!everything(dir).contains(testKey.toUtf8()));
        QVERIFY(!out.contains(testKey.toUtf8()));
        QVERIFY(!err.contains(testKey.toUtf8()));
    }

    void invalidKeyStopsBeforeAnything()
    {
        Mwb::Test::MessagesStandIn llm;
        QVERIFY(llm.start());
        llm.setExpectedKey(u"sk-ant-the-right-one"_s);
        llm.setHandler([](const Json &) { return Mwb::Test::MessagesStandIn::textReply(u"PASS: ok"_s); });
        const QString dir = project(u"broken_job.json"_s);
        QByteArray err;
        QProcessEnvironment extra;
        extra.insert(u"ANTHROPIC_API_KEY"_s, testKey);
        extra.insert(u"MWB_ANTHROPIC_BASE_URL"_s, llm.url().toString());
        const int code = mwb(dir, {u"migrate-job"_s, u"--manifest"_s, u"reports/broken_job_manifest.json"_s, u"--local"_s,
                                   u"--output-base"_s, u"out"_s, u"--llm"_s, u"anthropic"_s},
                             nullptr, &err, extra);
        QCOMPARE(code, 1);
        const QString jobReport = readText(dir + u"/out/broken_job/reports/JOB_REPORT.md"_s);
        QVERIFY2(jobReport.contains(u"ANTHROPIC_API_KEY"_s), qPrintable(jobReport));
        QCOMPARE(report(dir + u"/out/broken_job/reports/JOB_REPORT.md"_s).rollUp(), u"FAIL"_s);
        QVERIFY(!QFileInfo::exists(dir + u"/out/broken_job/notebooks"_s)); // nothing migrated
        QVERIFY(!everything(dir).contains(testKey.toUtf8()));
        QVERIFY(!err.contains(testKey.toUtf8()));
    }

    void missingNotebookAndUnreachableKernelFail()
    {
        const QString dir = project(u"broken_job.json"_s);
        // A manifest that names a notebook the workspace does not have.
        const QString manifestPath = dir + u"/reports/broken_job_manifest.json"_s;
        QString manifest = readText(manifestPath);
        manifest.replace(u"/Repos/shop/compute"_s, u"/Repos/shop/vanished"_s);
        {
            QFile f(dir + u"/reports/bad_manifest.json"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(manifest.toUtf8());
        }
        QByteArray err;
        QCOMPARE(mwb(dir, {u"migrate-job"_s, u"--manifest"_s, u"reports/bad_manifest.json"_s, u"--local"_s, u"--output-base"_s,
                           u"bad"_s, u"--llm"_s, u"none"_s},
                     nullptr, &err),
                 1);
        const QString bad = readText(dir + u"/bad/broken_job/reports/JOB_REPORT.md"_s);
        QVERIFY2(bad.contains(u"vanished"_s), qPrintable(bad));
        QVERIFY(!QFileInfo::exists(dir + u"/bad/broken_job/notebooks"_s));

        // No kernel server where the URL points.
        QCOMPARE(mwb(dir, {u"migrate-job"_s, u"--manifest"_s, u"reports/broken_job_manifest.json"_s, u"--jupyter"_s,
                           u"http://127.0.0.1:9"_s, u"--output-base"_s, u"unreachable"_s, u"--llm"_s, u"none"_s},
                     nullptr, &err),
                 1);
        const auto r = report(dir + u"/unreachable/broken_job/reports/JOB_REPORT.md"_s);
        QCOMPARE(r.rollUp(), u"FAIL"_s);
        const QString text = readText(dir + u"/unreachable/broken_job/reports/JOB_REPORT.md"_s);
        QVERIFY2(text.contains(u"no kernel on"_s), qPrintable(text));
    }

    void killedRunResumesWithoutRepeats()
    {
        const QString dir = project(u"slow_job.json"_s);
        const QStringList args {u"migrate-job"_s, u"--manifest"_s, u"reports/slow_job_manifest.json"_s, u"--local"_s,
                                u"--output-base"_s, u"out"_s, u"--llm"_s, u"none"_s};
        // kill -9 while the second task runs.
        {
            QProcess p;
            p.setWorkingDirectory(dir);
            p.setProcessEnvironment(environment());
            p.start(QStringLiteral(MWB_EXECUTABLE), args);
            QTRY_VERIFY_WITH_TIMEOUT(readText(dir + u"/out/migration.log"_s).contains(u"[slow_job/second] Cell 1/3: OK"_s), 120000);
            p.kill();
            QVERIFY(p.waitForFinished());
        }
        const QString firstLog = readText(dir + u"/out/migration.log"_s);
        QVERIFY(firstLog.contains(u"[slow_job/first] RESULT: PASS"_s));
        QVERIFY(!firstLog.contains(u"[slow_job/second] RESULT"_s));
        QByteArray err;
        QCOMPARE(mwb(dir, args, nullptr, &err), 0);
        const QString secondLog = readText(dir + u"/out/migration.log"_s).mid(firstLog.size());
        // The finished task was neither rewritten nor run again; the interrupted one was run whole.
        QVERIFY2(!secondLog.contains(u"[slow_job/first] Cell"_s), qPrintable(secondLog));
        QVERIFY(secondLog.contains(u"[slow_job/first] RESULT: ALREADY_MIGRATED"_s));
        QVERIFY(secondLog.contains(u"[slow_job/second] Cell 1/3: OK"_s));
        QVERIFY(secondLog.contains(u"Pass 1: 2 notebook(s) written, 1 already migrated"_s) || secondLog.contains(u"already migrated"_s));
        const auto resumed = report(dir + u"/out/slow_job/reports/JOB_REPORT.md"_s);
        QCOMPARE(resumed.rollUp(), u"PASS"_s);

        // The same job uninterrupted, for the counts.
        QCOMPARE(mwb(dir, {u"migrate-job"_s, u"--manifest"_s, u"reports/slow_job_manifest.json"_s, u"--local"_s,
                           u"--output-base"_s, u"clean"_s, u"--llm"_s, u"none"_s}),
                 0);
        const auto clean = report(dir + u"/clean/slow_job/reports/JOB_REPORT.md"_s);
        QCOMPARE(resumed.tasks.size(), clean.tasks.size());
        for (qsizetype i = 0; i < clean.tasks.size(); ++i) {
            QCOMPARE(resumed.tasks.at(i).task, clean.tasks.at(i).task);
            QCOMPARE(resumed.tasks.at(i).ok, clean.tasks.at(i).ok);
            QCOMPARE(resumed.tasks.at(i).failed, clean.tasks.at(i).failed);
            QCOMPARE(resumed.tasks.at(i).fixed, clean.tasks.at(i).fixed);
        }
        // No jupyter-server or kernel outlives the killed mwb (it ran in a process group).
        QTRY_VERIFY_WITH_TIMEOUT(Mwb::Test::processesUnder(m_tmp.path()).isEmpty(), 20000);

        // --only-tasks re-runs a finished task.
        QCOMPARE(mwb(dir, args + QStringList {u"--only-tasks"_s, u"first"_s}), 0);
        const QString thirdLog = readText(dir + u"/out/migration.log"_s).mid(firstLog.size() + secondLog.size());
        QVERIFY(thirdLog.contains(u"[slow_job/first] Cell 3/3: OK"_s));
        QVERIFY(!thirdLog.contains(u"[slow_job/second] Cell"_s));

        // --start-task re-runs from the first matching task on, in layer order; earlier ones are reported.
        const qsizetype before = readText(dir + u"/out/migration.log"_s).size();
        QCOMPARE(mwb(dir, args + QStringList {u"--start-task"_s, u"seco"_s}), 0);
        const QString fourthLog = readText(dir + u"/out/migration.log"_s).mid(before);
        QVERIFY(!fourthLog.contains(u"[slow_job/first] Cell"_s));
        QVERIFY(fourthLog.contains(u"[slow_job/first] RESULT: ALREADY_MIGRATED"_s));
        QVERIFY(fourthLog.contains(u"[slow_job/second] Cell 3/3: OK"_s));
        QVERIFY(fourthLog.contains(u"[slow_job/third] Cell 3/3: OK"_s));

        // A torn task.json is not trusted: moved aside, and the task runs again.
        {
            QFile torn(dir + u"/out/slow_job/tasks/01_first/task.json"_s);
            QVERIFY(torn.open(QIODevice::WriteOnly | QIODevice::Truncate));
            torn.write("{\"status\": \"PASS\", \"ok\": 3");
        }
        const qsizetype beforeTorn = readText(dir + u"/out/migration.log"_s).size();
        QCOMPARE(mwb(dir, args), 0);
        QVERIFY(readText(dir + u"/out/migration.log"_s).mid(beforeTorn).contains(u"[slow_job/first] Cell 3/3: OK"_s));
        QVERIFY(!QDir(dir + u"/out/slow_job/tasks/01_first"_s).entryList({u"task.json.corrupt.*"_s}).isEmpty());
        QVERIFY(readText(dir + u"/out/slow_job/reports/JOB_REPORT.md"_s).contains(u"the task runs again"_s));
    }

    void sigtermStopsAfterTheCell()
    {
        const QString dir = project(u"slow_job.json"_s);
        QProcess p;
        p.setWorkingDirectory(dir);
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(MWB_EXECUTABLE), {u"migrate-job"_s, u"--manifest"_s, u"reports/slow_job_manifest.json"_s, u"--local"_s,
                                                 u"--output-base"_s, u"out"_s, u"--llm"_s, u"none"_s, u"--events"_s, u"-"_s});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("\"cell_finished\""), 120000);
        p.terminate();
        QVERIFY(p.waitForFinished(60000));
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 130);
        const Json last = Json::parse(out.trimmed().split('\n').last().toStdString());
        QCOMPARE(Mwb::Core::stringValue(last, "event"), u"run_finished"_s);
        QCOMPARE(Mwb::Core::stringValue(last, "result"), u"INTERRUPTED"_s);
        const auto r = report(dir + u"/out/slow_job/reports/JOB_REPORT.md"_s);
        QCOMPARE(r.rollUp(), u"INTERRUPTED"_s);
    }

    void logAndReportFollowTheDocumentedFormats()
    {
        // Every line of every log the runs above wrote.
        int lines = 0;
        QDirIterator it(m_tmp.path(), {u"migration.log"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            for (const QString &line : readText(it.next()).split(u'\n', Qt::SkipEmptyParts)) {
                QVERIFY2(logLine.match(line).hasMatch(), qPrintable(line));
                ++lines;
            }
        }
        QVERIFY(lines > 20);
        QDirIterator reports(m_tmp.path(), {u"JOB_REPORT.md"_s}, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        const QStringList sections {u"## Task Results"_s, u"## Errors & Warnings"_s, u"## Unmapped Databricks Job Triggers"_s,
                                    u"## Dependency Backfill"_s, u"## Required Packages"_s, u"## Runtime metadata"_s};
        while (reports.hasNext()) {
            const QString text = readText(reports.next());
            QVERIFY(QRegularExpression(u"^# Job Report: \\S+\n- Date: \\d{4}-\\d\\d-\\d\\dT[^\n]+\n- Tasks: \\d+\n- Parameters: \\{.*\\}\n"_s)
                        .match(text)
                        .hasMatch());
            qsizetype at = 0;
            for (const QString &section : sections) {
                const qsizetype next = text.indexOf(u'\n' + section + u'\n', at);
                QVERIFY2(next > at, qPrintable(section));
                at = next;
            }
            QVERIFY(text.contains(u"| Task | Status | OK | Failed | Fixed |\n|------|--------|----|--------|-------|\n"_s));
            ++count;
        }
        QVERIFY(count >= 4);
    }
};

QTEST_GUILESS_MAIN(TestMigrateJob)
#include "tst_migratejob.moc"
