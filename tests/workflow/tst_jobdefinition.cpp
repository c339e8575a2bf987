// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/jobdefinition.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

class TestJobDefinition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("jobNames");
        QTest::addColumn<int>("tasksOfFirst");
        QTest::newRow("settings only") << QByteArray(R"({"name": "a", "tasks": [{"task_key": "t", "notebook_task": {"notebook_path": "/x"}}]})")
                                       << QStringList { u"a"_s } << 1;
        QTest::newRow("jobs/get response")
            << QByteArray(R"({"job_id": 7, "settings": {"name": "b", "tasks": [{"task_key": "t", "notebook_task": {"notebook_path": "/x"}}]}})")
            << QStringList { u"b"_s } << 1;
        QTest::newRow("export of two")
            << QByteArray(R"({"jobs": [{"job_id": 1, "settings": {"name": "c", "tasks": []}}, {"job_id": 2, "settings": {"name": "d", "tasks": []}}]})")
            << QStringList { u"c"_s, u"d"_s } << 0;
        QTest::newRow("Jobs API 2.0 single task")
            << QByteArray(R"({"job_id": 3, "settings": {"name": "e", "notebook_task": {"notebook_path": "/y"}}})") << QStringList { u"e"_s } << 1;
    }
    void shapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, jobNames);
        QFETCH(int, tasksOfFirst);
        auto jobs = Workflow::readJobs(json, u"jobs.json"_s);
        QVERIFY2(jobs.ok(), qPrintable(jobs.ok() ? QString() : jobs.error().toString()));
        QStringList names;
        for (const auto &job : std::as_const(*jobs)) {
            names.append(job.name);
        }
        QCOMPARE(names, jobNames);
        QCOMPARE(jobs->first().tasks.size(), tasksOfFirst);
    }

    void readsTheExample()
    {
        auto jobs = Workflow::readJobsFile(QStringLiteral(MWB_SOURCE_DIR) + u"/examples/jobs/retail_daily_etl.json"_s);
        QVERIFY(jobs.ok());
        const auto &job = jobs->first();
        QCOMPARE(job.jobId, 1093284750123LL);
        QCOMPARE(job.parameters["env"].get<std::string>(), "dev");
        QCOMPARE(job.tasks.at(2).taskKey, u"clean_orders"_s);
        QCOMPARE(job.tasks.at(2).dependsOn, (QStringList { u"ingest_orders"_s, u"ingest_customers"_s }));
        QVERIFY(job.tasks.at(2).line > 1);
        QCOMPARE(job.tasks.last().taskType, u"spark_python_task"_s);
    }

    void errorsNameThePosition_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown dependency")
            << QByteArray("{\"name\": \"j\", \"tasks\": [\n{\"task_key\": \"a\", \"depends_on\": [{\"task_key\": \"ghost\"}], "
                          "\"notebook_task\": {\"notebook_path\": \"/a\"}}]}")
            << u"jobs.json:2:"_s;
        QTest::newRow("duplicate task key")
            << QByteArray("{\"name\": \"j\", \"tasks\": [\n{\"task_key\": \"a\"},\n{\"task_key\": \"a\"}]}") << u"jobs.json:3:2: "_s;
        QTest::newRow("notebook task without path")
            << QByteArray("{\"name\": \"j\", \"tasks\": [{\"task_key\": \"a\", \"notebook_task\": {}}]}") << u"without \"notebook_path\""_s;
        QTest::newRow("not a job") << QByteArray("{\"hello\": 1}") << u"no job found"_s;
        QTest::newRow("malformed") << QByteArray("{\"name\": \"j\",\n \"tasks\": [}") << u"jobs.json:2:"_s;
        QTest::newRow("two jobs with one name")
            << QByteArray(R"({"jobs": [{"settings": {"name": "x"}}, {"settings": {"name": "x"}}]})") << u"two jobs are named \"x\""_s;
    }
    void errorsNameThePosition()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto jobs = Workflow::readJobs(json, u"jobs.json"_s);
        QVERIFY(!jobs.ok());
        QVERIFY2(jobs.error().toString().contains(expected), qPrintable(jobs.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestJobDefinition)
#include "tst_jobdefinition.moc"
