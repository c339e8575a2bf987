// SPDX-License-Identifier: GPL-3.0-or-later
// `mwb validate` as users run it: exit codes, --json, --report-dir, --events -, --tables,
// tolerances from the command line, usage errors, a history row, no secret in any output.
#include "core/jsonio.h"
#include "db/connection.h"
#include "validatefixture.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

class TestValidateCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString makeSqlite(const QStringList &mutation)
    {
        const QString path = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter));
        Db::ConnectionSpec spec;
        spec.dialect = Db::DialectKind::Sqlite;
        spec.database = path;
        auto connection = Db::Connection::open(spec, u"cli-fixture"_s, Db::Connection::SqliteFile::CreateIfMissing);
        if (!connection || !Test::createValidationFixture(*connection) || !Test::execAll(*connection, mutation)) {
            return {};
        }
        return u"sqlite://"_s + path;
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run mwb(const QStringList &arguments, const QString &workingDir = {})
    {
        return mwbCommand(QStringList { u"validate"_s } + arguments, workingDir);
    }

    Run mwbCommand(const QStringList &arguments, const QString &workingDir = {})
    {
        QProcess process;
        process.setWorkingDirectory(workingDir.isEmpty() ? m_dir.path() : workingDir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MWB_PASSWORD"_s, u"s3cr3t-never-printed"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MWB_EXECUTABLE), arguments);
        process.waitForFinished(120000);
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void equalPasses()
    {
        const QString a = makeSqlite({});
        const QString b = makeSqlite({});
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const Run run = mwb({ u"--source"_s, a, u"--target"_s, b });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"PASS matrix"_s), qPrintable(run.out + run.err));
        QVERIFY(!run.out.contains(u"s3cr3t"_s) && !run.err.contains(u"s3cr3t"_s));
        // A history row of kind "validate" in <project>/.mwb/history.sqlite.
        QVERIFY(QFile::exists(m_dir.filePath(u".mwb/history.sqlite"_s)));
    }

    void differenceFailsWithJsonAndReports()
    {
        const QString a = makeSqlite({});
        const QString b = makeSqlite({ u"UPDATE matrix SET c_text = 'A' WHERE id = 1"_s, u"DELETE FROM pairs WHERE k1 = 2"_s });
        const QString reports = m_dir.filePath(u"reports"_s);
        const Run run = mwb({ u"--source"_s, a, u"--target"_s, b, u"--json"_s, u"--report-dir"_s, reports });
        QCOMPARE(run.exitCode, 1);
        auto json = Core::parseJson(run.out.toUtf8(), u"stdout"_s);
        QVERIFY2(json, qPrintable(run.out + run.err));
        QCOMPARE((*json)["passed"].get<bool>(), false);
        QCOMPARE((*json)["unexplained_data_differences"].get<int>(), 2);
        int checked = 0;
        for (const auto &table : (*json)["tables"]) {
            if (table["table"] == "matrix") {
                QCOMPARE(table["differences"][0]["key"].get<std::string>(), "1");
                QCOMPARE(table["differences"][0]["columns"][0].get<std::string>(), "c_text");
                ++checked;
            } else if (table["table"] == "pairs") {
                QCOMPARE(table["differences"][0]["kind"].get<std::string>(), "missing_in_target");
                QCOMPARE(table["differences"][0]["key"].get<std::string>(), "2, a");
                ++checked;
            }
        }
        QCOMPARE(checked, 2);
        for (const char *file : { "validation.json", "validation.md", "validation.html" }) {
            QVERIFY2(QFile::exists(QDir(reports).filePath(QString::fromLatin1(file))), file);
        }
    }

    void tablesAndTolerances()
    {
        const QString a = makeSqlite({});
        const QString b = makeSqlite({ u"UPDATE matrix SET c_dec = 12.3449 WHERE id = 1"_s, u"UPDATE tags SET label = 'z'"_s });
        // Only matrix, with a tolerance that explains its difference: pass.
        Run run = mwb({ u"--source"_s, a, u"--target"_s, b, u"--tables"_s, u"matrix"_s, u"--tolerance"_s,
                        u"matrix.c_dec=abs:0.01"_s, u"--no-schema"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(!run.out.contains(u"tags"_s));
        // All tables: tags fails.
        run = mwb({ u"--source"_s, a, u"--target"_s, b, u"--tolerance"_s, u"matrix.c_dec=abs:0.01"_s, u"--no-schema"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(u"FAIL tags"_s));
        // ... unless a share of its rows may differ.
        run = mwb({ u"--source"_s, a, u"--target"_s, b, u"--tolerance"_s, u"matrix.c_dec=abs:0.01"_s, u"--allow-mismatch"_s,
                    u"tags=1"_s, u"--no-schema"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }

    void eventsOnStdout()
    {
        const QString a = makeSqlite({});
        const QString b = makeSqlite({ u"DELETE FROM journal WHERE msg IS NULL"_s });
        const Run run = mwb({ u"--source"_s, a, u"--target"_s, b, u"--events"_s, u"-"_s });
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 7);
        QStringList names;
        for (const QString &line : lines) {
            auto event = Core::parseJson(line.toUtf8(), u"event"_s);
            QVERIFY2(event, qPrintable(line));
            names << QString::fromStdString((*event)["event"].get<std::string>());
        }
        // Framed by run_started and run_finished like every run (ARCHITECTURE.md "Event stream").
        QCOMPARE(names.first(), u"run_started"_s);
        QCOMPARE(names.at(1), u"validate_started"_s);
        QCOMPARE(names.at(names.size() - 2), u"validate_finished"_s);
        QCOMPARE(names.last(), u"run_finished"_s);
        auto finished = Core::parseJson(lines.last().toUtf8(), u"event"_s);
        QCOMPARE(QString::fromStdString((*finished)["result"].get<std::string>()), u"FAIL"_s);
        QCOMPARE(names.count(u"validate_table"_s), 5);
    }

    void dataStartValidatesAfterTheCopy()
    {
        // mwb data start --validate: the copy, then the validation of the target against the source.
        const QString source = makeSqlite({});
        QVERIFY(!source.isEmpty());
        const QString targetPath = m_dir.filePath(u"copy-target.sqlite"_s);
        {
            Db::ConnectionSpec spec;
            spec.dialect = Db::DialectKind::Sqlite;
            spec.database = targetPath;
            QVERIFY(Db::Connection::open(spec, u"cli-target"_s, Db::Connection::SqliteFile::CreateIfMissing).ok());
        }
        const Run run = mwbCommand({ u"data"_s, u"start"_s, u"--source"_s, source, u"--target"_s, u"sqlite://"_s + targetPath,
                                     u"--job-id"_s, u"validated-copy"_s, u"--validate"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"validation: PASS"_s), qPrintable(run.err));
        const QString reports = m_dir.filePath(u".tmp/migrations/validated-copy/validation"_s);
        QVERIFY(QFile::exists(reports + u"/validation.json"_s));
        QVERIFY(QFile::exists(reports + u"/validation.md"_s));
        QVERIFY(QFile::exists(reports + u"/validation.html"_s));

        // The copy left its bookkeeping table (mwb_checkpoints) in the target: a later validation of the whole
        // database does not count it as a schema difference.
        const Run again = mwb({ u"--source"_s, source, u"--target"_s, u"sqlite://"_s + targetPath });
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    }

    void dataStartValidateEndsWithRunFinished()
    {
        const QString source = makeSqlite({});
        const QString targetPath = m_dir.filePath(u"copy-target-events.sqlite"_s);
        const Run run = mwbCommand({ u"data"_s, u"start"_s, u"--source"_s, source, u"--target"_s, u"sqlite://"_s + targetPath,
                                     u"--job-id"_s, u"validated-events"_s, u"--validate"_s, u"--events"_s, u"-"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        auto last = Core::parseJson(lines.last().toUtf8(), u"event"_s);
        QVERIFY(last);
        QCOMPARE(QString::fromStdString((*last)["event"].get<std::string>()), u"run_finished"_s);
        QCOMPARE(QString::fromStdString((*last)["validation"].get<std::string>()), u"PASS"_s);
        QCOMPARE(QString::fromStdString((*last)["result"].get<std::string>()), u"PASS"_s);
    }

    void usageErrors()
    {
        QCOMPARE(mwb({ u"--source"_s, u"sqlite:///nowhere.db"_s }).exitCode, 2);
        QCOMPARE(mwb({ u"--source"_s, u"sqlite:///a.db"_s, u"--target"_s, u"sqlite:///b.db"_s, u"--sample"_s, u"x"_s }).exitCode, 2);
        QCOMPARE(mwb({ u"--source"_s, u"sqlite:///a.db"_s, u"--target"_s, u"sqlite:///b.db"_s, u"--tolerance"_s, u"bad"_s }).exitCode, 2);
        // A password in the URL is refused, and not echoed.
        const Run run = mwb({ u"--source"_s, u"postgresql://u:hunter2@127.0.0.1/db"_s, u"--target"_s, u"sqlite:///b.db"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.contains(u"hunter2"_s));
        // A missing SQLite source is an error (not an empty database created on the fly).
        const Run missing = mwb({ u"--source"_s, u"sqlite://"_s + m_dir.filePath(u"none.sqlite"_s), u"--target"_s,
                                  u"sqlite://"_s + m_dir.filePath(u"none2.sqlite"_s) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validatecli.moc"
