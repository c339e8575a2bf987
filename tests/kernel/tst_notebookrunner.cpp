// SPDX-License-Identifier: GPL-3.0-or-later
// Running notebooks with the runtime shim on the real jupyter-server + ipykernel.
#include "common/testservices.h"
#include "kernel/cellverifier.h"
#include "kernel/jupyterservice.h"
#include "kernel/kernelclient.h"
#include "kernel/notebookrunner.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Kernel;

namespace {

Mwb::Notebook::Notebook notebookOf(const QStringList &sources)
{
    Mwb::Notebook::Notebook notebook;
    notebook.name = u"test"_s;
    for (const QString &source : sources) {
        Mwb::Notebook::Cell cell;
        if (source.startsWith(u"#md ")) {
            cell.kind = Mwb::Notebook::CellKind::Markdown;
            cell.source = source.mid(4);
        } else {
            cell.source = source;
        }
        notebook.cells << cell;
    }
    return notebook;
}

} // namespace

class TestNotebookRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<KernelClient> client(const Mwb::Test::Service &svc)
    {
        auto client = std::make_unique<KernelClient>(std::make_shared<JupyterService>(QUrl(svc.url), svc.password),
                                                     KernelOptions {});
        if (!client->start(u"runner"_s)) {
            return nullptr;
        }
        return client;
    }

private Q_SLOTS:
    void shimParametersAndExit()
    {
        MWB_REQUIRE_JUPYTER(svc);
        auto kernel = client(svc);
        QVERIFY(kernel);
        CellVerifier verifier;
        NotebookRunner runner(*kernel, verifier);
        QSignalSpy finished(&runner, &NotebookRunner::cellFinished);
        RunOptions options;
        options.shim.parameters = {{u"env"_s, u"prod"_s}, {u"run_date"_s, u"2024-01-31"_s}};
        const auto notebook = notebookOf({
            u"print(oidlUtils.parameters.getParameter('env', 'dev'), oidlUtils.parameters.getParameter('missing', 'dflt'))"_s,
            u"#md Markdown is not sent to the kernel"_s,
            u"dbutils.widgets.text('region', 'eu')\nprint(dbutils.widgets.get('run_date'), dbutils.widgets.get('region'), getArgument('env'))"_s,
            u"oidlUtils.parameters.setTaskValue('rows', 3)\nprint(dbutils.jobs.taskValues.get('t', 'rows'))"_s,
            u"oidlUtils.notebook.exit('done: ' + oidlUtils.parameters.getParameter('env'))\nprint('not after exit')"_s,
            u"print('never runs')"_s,
        });
        const RunReport report = runner.run(notebook, options);
        QCOMPARE(report.result, u"PASS"_s);
        QCOMPARE(report.cells.size(), 5);
        QCOMPARE(finished.count(), 5);
        QCOMPARE(report.cells.at(0).execution.streamText(u"stdout"_s), u"prod dflt\n"_s);
        QCOMPARE(report.cells.at(1).notebookCell, 2); // the markdown cell is skipped over
        QCOMPARE(report.cells.at(1).execution.streamText(u"stdout"_s), u"2024-01-31 eu prod\n"_s);
        QCOMPARE(report.cells.at(2).execution.streamText(u"stdout"_s), u"3\n"_s);
        const CellReport &exitCell = report.cells.at(3);
        QCOMPARE(exitCell.status, u"OK"_s);
        QCOMPARE(exitCell.execution.status, ExecutionStatus::Exited);
        QCOMPARE(exitCell.execution.exitValue, u"done: prod"_s);
        QVERIFY(exitCell.execution.outputs.isEmpty()); // neither the print after exit nor a traceback
        QCOMPARE(report.exitValue, u"done: prod"_s);
        QCOMPARE(report.cells.at(4).status, u"SKIPPED"_s);
        QVERIFY(kernel->shutdown());
    }

    void notebookRunAndVolumes()
    {
        MWB_REQUIRE_JUPYTER(svc);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile child(dir.filePath(u"child.ipynb"_s));
        QVERIFY(child.open(QIODevice::WriteOnly));
        Mwb::Core::Json nb = Mwb::Core::Json::object();
        auto cell = [](const char *type, const char *source) {
            Mwb::Core::Json c {{"cell_type", type}, {"metadata", Mwb::Core::Json::object()}, {"source", source}};
            if (std::string(type) == "code") {
                c["outputs"] = Mwb::Core::Json::array();
                c["execution_count"] = nullptr;
            }
            return c;
        };
        nb["cells"] = Mwb::Core::Json::array({cell("markdown", "# child"), cell("code", "n = int(dbutils.widgets.get('n'))\n"),
                                              cell("code", "dbutils.notebook.exit(str(n * 2))")});
        nb["metadata"] = Mwb::Core::Json::object();
        nb["nbformat"] = 4;
        nb["nbformat_minor"] = 5;
        child.write(QByteArray::fromStdString(nb.dump()));
        child.close();
        auto kernel = client(svc);
        QVERIFY(kernel);
        CellVerifier verifier;
        NotebookRunner runner(*kernel, verifier);
        RunOptions options;
        options.shim.notebookDir = dir.path();
        options.shim.volumesRoot = dir.filePath(u"volumes"_s);
        const auto notebook = notebookOf({
            u"print(oidlUtils.notebook.run('child', 60, {'n': '21'}))"_s,
            u"dbutils.fs.put('/Volumes/main/sales/raw/a.txt', 'hello', overwrite=True)\n"
            "print(dbutils.fs.head('/Volumes/main/sales/raw/a.txt'), [f.name for f in dbutils.fs.ls('/Volumes/main/sales/raw')])"_s,
            u"dbutils.fs.put('dbfs:/FileStore/x.csv', 'a,b', overwrite=True)\nprint(dbutils.fs.ls('/dbfs/FileStore')[0].size)"_s,
            u"dbutils.notebook.run('missing_child', 60, {})"_s,
        });
        const RunReport report = runner.run(notebook, options);
        QCOMPARE(report.cells.at(0).execution.streamText(u"stdout"_s), u"42\n"_s);
        QCOMPARE(report.cells.at(1).execution.streamText(u"stdout"_s), u"hello ['a.txt']\n"_s);
        QVERIFY(QFile::exists(dir.filePath(u"volumes/main/sales/raw/a.txt"_s)));
        QCOMPARE(report.cells.at(2).execution.streamText(u"stdout"_s), u"3\n"_s);
        QVERIFY(QFile::exists(dir.filePath(u"volumes/default/default/dbfs/FileStore/x.csv"_s)));
        QCOMPARE(report.cells.at(3).status, u"FAILED"_s);
        QCOMPARE(report.cells.at(3).execution.ename, u"FileNotFoundError"_s);
        QCOMPARE(report.result, u"PARTIAL"_s);
        QVERIFY(kernel->shutdown());
    }

    void kernelDeathEndsTheRun()
    {
        MWB_REQUIRE_JUPYTER(svc);
        auto kernel = client(svc);
        QVERIFY(kernel);
        CellVerifier verifier;
        NotebookRunner runner(*kernel, verifier);
        RunOptions options;
        options.installShim = false;
        const RunReport report = runner.run(notebookOf({u"x = 1"_s, u"import os\nos._exit(1)"_s, u"print(x)"_s}), options);
        QCOMPARE(report.result, u"FAIL"_s);
        QCOMPARE(report.cells.at(0).status, u"OK"_s);
        QCOMPARE(report.cells.at(1).status, u"FAILED"_s);
        QCOMPARE(report.cells.at(1).execution.status, ExecutionStatus::KernelDied);
        QVERIFY(report.cells.at(1).verification.firstFailure().contains(u"kernel died"_s));
        QCOMPARE(report.cells.at(2).status, u"SKIPPED"_s);
        QVERIFY(report.error.contains(u"kernel died"_s));
        auto closed = kernel->shutdown();
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().toString()));
    }

    void secretsComeFromTheEnvironment()
    {
        // The shim module itself, in a plain interpreter with a controlled environment.
        QProcess python;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"MWB_SECRET_MY_SCOPE_DB_PASSWORD"_s, u"s3cret"_s);
        python.setProcessEnvironment(environment);
        python.start(u"python3"_s, {u"-c"_s, u"import sys; sys.path.insert(0, sys.argv[1]); import mwb_runtime; ns = {}\n"
                                              "mwb_runtime.install(ns)\n"
                                              "print(ns['dbutils'].secrets.get('my-scope', 'db.password'))\n"
                                              "print([m.key for m in ns['dbutils'].secrets.list('my-scope')])\n"
                                              "try:\n    ns['dbutils'].secrets.get('x', 'y')\nexcept KeyError as e:\n    print('missing', e)\n"_s,
                                     QStringLiteral(MWB_SOURCE_DIR "/resources/python")});
        QVERIFY(python.waitForFinished(20000));
        const QString out = QString::fromUtf8(python.readAllStandardOutput());
        QVERIFY2(python.exitCode() == 0, qPrintable(QString::fromUtf8(python.readAllStandardError())));
        QCOMPARE(out.section(u'\n', 0, 0), u"s3cret"_s);
        QCOMPARE(out.section(u'\n', 1, 1), u"['db_password']"_s);
        QVERIFY(out.section(u'\n', 2, 2).contains(u"MWB_SECRET_X_Y"_s));
    }
};

QTEST_GUILESS_MAIN(TestNotebookRunner)
#include "tst_notebookrunner.moc"
