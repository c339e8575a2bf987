// SPDX-License-Identifier: GPL-3.0-or-later
// The per-task files of migrate-job: test_report.md, task.json and the Pass 2 section.
#include "run/taskreports.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTaskReports : public QObject
{
    Q_OBJECT

    static Mwb::Run::TaskOutcome outcome()
    {
        Mwb::Run::TaskOutcome o;
        o.status = u"PARTIAL"_s;
        o.kernel = u"local"_s;
        Mwb::Run::CellResult ok;
        ok.index = 1;
        ok.status = u"OK"_s;
        ok.code = u"print('```not a fence end```')"_s;
        Mwb::Run::AttemptResult a;
        a.status = u"OK"_s;
        ok.attempts << a;
        Mwb::Run::CellResult fixed;
        fixed.index = 2;
        fixed.status = u"FIXED"_s;
        fixed.code = u"x = 2"_s;
        Mwb::Run::AttemptResult f0;
        f0.status = u"FAILED"_s;
        f0.fixerNote = u"define x"_s;
        Mwb::Run::AttemptResult f1;
        f1.attempt = 1;
        f1.status = u"FIXED"_s;
        fixed.attempts << f0 << f1;
        Mwb::Run::CellResult failed;
        failed.index = 3;
        failed.status = u"FAILED"_s;
        failed.detail = u"(a) error: NameError: y"_s;
        Mwb::Run::CellResult skipped;
        skipped.index = 4;
        skipped.status = u"SKIPPED"_s;
        skipped.detail = u"needs Spark"_s;
        o.cells << ok << fixed << failed << skipped;
        return o;
    }

private Q_SLOTS:
    void counts()
    {
        const auto o = outcome();
        QCOMPARE(o.ok(), 1);
        QCOMPARE(o.fixed(), 1);
        QCOMPARE(o.failed(), 1);
        QCOMPARE(o.skipped(), 1);
    }

    void fenceCannotBeClosedByContent()
    {
        const QString block = Mwb::Run::fenced(u"a\n```\nb"_s);
        QVERIFY(block.startsWith(u"````\n"_s));
        QVERIFY(block.endsWith(u"\n````\n"_s));
    }

    void testReport()
    {
        Mwb::Run::TaskInput in;
        in.job = u"j"_s;
        in.task = u"t"_s;
        in.migratedPath = u"/x/t.ipynb"_s;
        const QString md = Mwb::Run::testReportMarkdown(in, outcome());
        QVERIFY(md.startsWith(u"# Test report: t\n"_s));
        QVERIFY(md.contains(u"## Cell 2/4: FIXED"_s));
        QVERIFY(md.contains(u"| 0 | FAILED |  | define x |"_s));
        QVERIFY(md.contains(u"Reason: needs Spark"_s));
        QVERIFY(md.contains(u"**Original output**"_s));
    }

    void taskJsonAndPass2Section()
    {
        Mwb::Run::TaskInput in;
        in.task = u"t"_s;
        const auto j = Mwb::Run::taskJson(in, outcome(), u"abc"_s);
        QCOMPARE(j["status"].get<std::string>(), "PARTIAL");
        QCOMPARE(j["notebook_sha256"].get<std::string>(), "abc");
        QCOMPARE(j["cells"].size(), 4u);
        const QString once = Mwb::Run::withPass2Section(u"# Migration report\n\n## Changes\n- a\n"_s, outcome());
        QVERIFY(once.contains(u"- Cell 2: auto-fixed (attempt 1): define x"_s));
        // A second run replaces the section instead of adding another.
        const QString twice = Mwb::Run::withPass2Section(once, outcome());
        QCOMPARE(twice, once);
        QCOMPARE(twice.count(u"## Pass 2"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestTaskReports)
#include "tst_taskreports.moc"
