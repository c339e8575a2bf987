// SPDX-License-Identifier: GPL-3.0-or-later
#include "execcommand.h"

#include "cliapp.h"
#include "core/eventstream.h"
#include "core/termination.h"
#include "kernel/aidplogsource.h"
#include "kernel/aidpservice.h"
#include "kernel/cellverifier.h"
#include "kernel/jupyterservice.h"
#include "kernel/kernelclient.h"
#include "kernel/localjupyterserver.h"
#include "kernel/notebookrunner.h"
#include "kernel/ociconfig.h"
#include "kernel/ocisigner.h"
#include "kernel/sparkrestlogsource.h"
#include "notebook/notebookio.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

namespace {

struct Target
{
    QString kind; // local, jupyter, aidp
    std::shared_ptr<Kernel::KernelService> service;
    std::unique_ptr<Kernel::LocalJupyterServer> localServer; // --local only
    std::shared_ptr<Kernel::AidpService> aidp;
    QString kernelName;
};

// Human progress lines in the log format of ARCHITECTURE.md: on stdout, or on stderr when stdout
// carries the event stream.
class Progress
{
public:
    Progress(bool toStderr, QString scope) : m_toStderr(toStderr), m_scope(std::move(scope)) { }
    void line(const QString &text) const
    {
        const QString out = u"[%1] [%2] "_s.arg(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s), m_scope) + text + u'\n';
        m_toStderr ? printErr(out) : printOut(out);
    }

private:
    bool m_toStderr;
    QString m_scope;
};

Core::Result<void> openTarget(Target &target, const QCommandLineParser &parser)
{
    if (parser.isSet(u"local"_s)) {
        target.kind = u"local"_s;
        target.localServer = std::make_unique<Kernel::LocalJupyterServer>();
        if (auto ok = target.localServer->start(); !ok) {
            return ok;
        }
        target.service = std::make_shared<Kernel::JupyterService>(target.localServer->url(), target.localServer->token());
        target.kernelName = parser.value(u"kernel"_s).isEmpty() ? u"python3"_s : parser.value(u"kernel"_s);
        return {};
    }
    if (parser.isSet(u"jupyter"_s)) {
        target.kind = u"jupyter"_s;
        const QUrl url = QUrl::fromUserInput(parser.value(u"jupyter"_s));
        if (!url.isValid() || !url.password().isEmpty() || url.query().contains(u"token="_s)) {
            return Core::Error::inFile({}, Tr::tr("--jupyter needs the server URL without credentials"),
                                       Tr::tr("Put the token in MWB_JUPYTER_TOKEN (or JUPYTER_TOKEN), never in the URL."));
        }
        QString token = qEnvironmentVariable("MWB_JUPYTER_TOKEN");
        if (token.isEmpty()) {
            token = qEnvironmentVariable("JUPYTER_TOKEN");
        }
        target.service = std::make_shared<Kernel::JupyterService>(url, token);
        target.kernelName = parser.value(u"kernel"_s);
        return {};
    }
    target.kind = u"aidp"_s;
    const QString configPath = parser.isSet(u"oci-config"_s) ? parser.value(u"oci-config"_s) : Kernel::OciConfig::defaultPath();
    auto config = Kernel::OciConfig::read(configPath, parser.value(u"aidp"_s));
    if (!config) {
        return config.error();
    }
    auto signer = Kernel::OciSigner::create(*config);
    if (!signer) {
        return signer.error();
    }
    auto aidpTarget = Kernel::AidpTarget::make(parser.value(u"datalake"_s), parser.value(u"workspace"_s),
                                               parser.value(u"cluster"_s), parser.value(u"region"_s),
                                               QUrl(parser.value(u"aidp-endpoint"_s)), QUrl(parser.value(u"aidp-ws-endpoint"_s)));
    if (!aidpTarget) {
        return aidpTarget.error();
    }
    Kernel::AidpOptions options;
    if (parser.isSet(u"aidp-poll-ms"_s)) {
        const auto ms = std::chrono::milliseconds(parser.value(u"aidp-poll-ms"_s).toLongLong());
        options.sessionRetryDelay = ms;
        options.kernelPollInterval = ms;
    }
    target.aidp = std::make_shared<Kernel::AidpService>(*aidpTarget, std::shared_ptr<Kernel::OciSigner>(std::move(*signer)), options);
    target.service = target.aidp;
    target.kernelName = parser.value(u"kernel"_s);
    return {};
}

} // namespace

int runExec(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run a notebook cell by cell on a kernel and verify every cell: execution status, error lines in its "
               "output, Spark driver logs (when available) and the LLM judge (when configured). The Jupyter token "
               "comes from MWB_JUPYTER_TOKEN or JUPYTER_TOKEN; secrets never go on the command line."));
    parser.addHelpOption();
    parser.addOptions({
        {u"local"_s, Tr::tr("Start a private jupyter-server with the Python kernel on 127.0.0.1 for this run.")},
        {u"jupyter"_s, Tr::tr("Use the Jupyter server at URL."), Tr::tr("URL")},
        {u"aidp"_s, Tr::tr("Use Oracle AI Data Platform with this ~/.oci/config profile."), Tr::tr("PROFILE")},
        {u"params"_s, Tr::tr("A job parameter for oidlUtils.parameters / dbutils.widgets (repeatable; more k=v may follow)."),
         Tr::tr("k=v")},
        {u"events"_s, Tr::tr("Write the JSON-lines event stream to FILE (\"-\" = stdout)."), Tr::tr("FILE")},
        {u"kernel"_s, Tr::tr("Kernel name (default: python3; AIDP: notebook)."), Tr::tr("NAME")},
        {u"cell-timeout"_s, Tr::tr("Time limit per cell in seconds (default 7200)."), Tr::tr("SECONDS"), u"7200"_s},
        {u"busy-timeout"_s, Tr::tr("\"Kernel hung\" when a cell is not started within SECONDS (default 60)."), Tr::tr("SECONDS"),
         u"60"_s},
        {u"protocol"_s, Tr::tr("WebSocket framing: auto (offer v1, default) or legacy."), Tr::tr("NAME"), u"auto"_s},
        {u"spark-rest"_s, Tr::tr("Spark UI/REST root for checking failed stages (verification c)."), Tr::tr("URL")},
        {u"volumes-root"_s, Tr::tr("Folder that stands for /Volumes in dbutils.fs (runtime shim)."), Tr::tr("DIR")},
        {u"no-shim"_s, Tr::tr("Do not install the runtime shim (oidlUtils/dbutils) into the kernel.")},
        {u"oci-config"_s, Tr::tr("OCI configuration file (default ~/.oci/config)."), Tr::tr("FILE")},
        {u"datalake"_s, Tr::tr("AIDP data-lake OCID (gives the region)."), Tr::tr("OCID")},
        {u"workspace"_s, Tr::tr("AIDP workspace id."), Tr::tr("ID")},
        {u"cluster"_s, Tr::tr("AIDP cluster id."), Tr::tr("ID")},
        {u"region"_s, Tr::tr("OCI region, when the data-lake OCID does not give it."), Tr::tr("REGION")},
        {u"aidp-endpoint"_s, Tr::tr("AIDP REST endpoint (default https://aidp.<region>.oci.oraclecloud.com)."), Tr::tr("URL")},
        {u"aidp-ws-endpoint"_s, Tr::tr("AIDP kernel endpoint (default wss://c1.ws.aidp.<region>.oci.oraclecloud.com)."),
         Tr::tr("URL")},
        {u"aidp-poll-ms"_s, Tr::tr("Delay between AIDP session retries and polls (default 15000/5000)."), Tr::tr("MS")},
    });
    parser.addPositionalArgument(u"NOTEBOOK"_s, Tr::tr("Notebook to run (.ipynb, Databricks source, .dbc entry)."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"exec"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    QStringList positional = parser.positionalArguments();
    QMap<QString, QString> parameters;
    QStringList paramItems = parser.values(u"params"_s);
    // "--params a=1 b=2": the extra pairs arrive as positional arguments.
    for (qsizetype i = positional.size() - 1; i >= 1; --i) {
        if (positional.at(i).contains(u'=')) {
            paramItems << positional.takeAt(i);
        }
    }
    for (const QString &item : std::as_const(paramItems)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals <= 0) {
            return usageError(Tr::tr("--params expects k=v, got \"%1\"").arg(item), u"exec"_s);
        }
        parameters.insert(item.left(equals), item.mid(equals + 1));
    }
    if (positional.size() != 1) {
        return usageError(Tr::tr("expected one NOTEBOOK"), u"exec"_s);
    }
    const int targets = int(parser.isSet(u"local"_s)) + int(parser.isSet(u"jupyter"_s)) + int(parser.isSet(u"aidp"_s));
    if (targets != 1) {
        return usageError(Tr::tr("give exactly one of --local, --jupyter URL, --aidp PROFILE"), u"exec"_s);
    }
    bool okCell = false;
    bool okBusy = false;
    const int cellTimeout = parser.value(u"cell-timeout"_s).toInt(&okCell);
    const double busyTimeout = parser.value(u"busy-timeout"_s).toDouble(&okBusy);
    if (!okCell || cellTimeout <= 0 || !okBusy || busyTimeout <= 0) {
        return usageError(Tr::tr("--cell-timeout and --busy-timeout take a positive number of seconds"), u"exec"_s);
    }
    const QString protocol = parser.value(u"protocol"_s);
    if (protocol != u"auto" && protocol != u"legacy") {
        return usageError(Tr::tr("--protocol must be auto or legacy"), u"exec"_s);
    }

    Core::EventStream events;
    if (auto ok = Core::EventStream::open(events, parser.value(u"events"_s)); !ok) {
        return fail(ok.error());
    }
    events.setRunId(u"exec-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s) + u'-'
                    + QUuid::createUuid().toString(QUuid::Id128).left(8));
    Core::TerminationWatcher watcher;

    const QString notebookPath = positional.first();
    const QString notebookName = QFileInfo(notebookPath).completeBaseName();
    const Progress progress(parser.value(u"events"_s) == u"-", notebookName);
    auto finish = [&](const QString &result, const Kernel::RunReport *report = nullptr, const QString &error = {}) {
        Core::OrderedJson fields = Core::OrderedJson::object();
        fields["result"] = Core::toStd(result);
        fields["report"] = nullptr; // exec writes no report file; migrate-job does
        if (report) {
            fields["ok"] = report->ok();
            fields["failed"] = report->failed();
            fields["skipped"] = report->skipped();
            if (!report->exitValue.isNull()) {
                fields["exit_value"] = Core::toStd(report->exitValue);
            }
        }
        if (!error.isEmpty()) {
            fields["error"] = Core::toStd(error);
        }
        events.emitEvent(u"run_finished"_s, fields);
        progress.line(Tr::tr("RESULT: %1").arg(result));
        return exitCodeForResult(result);
    };

    auto notebook = Notebook::readNotebookFile(notebookPath);
    {
        Core::OrderedJson fields = Core::OrderedJson::object();
        fields["command"] = "exec";
        fields["notebook"] = Core::toStd(notebookPath);
        fields["target"] = Core::toStd(parser.isSet(u"local"_s) ? u"local"_s : parser.isSet(u"jupyter"_s) ? u"jupyter"_s : u"aidp"_s);
        fields["cells"] = notebook ? static_cast<int>(notebook->codeCellCount()) : 0;
        events.emitEvent(u"run_started"_s, fields);
    }
    if (!notebook) {
        fail(notebook.error());
        return finish(u"FAIL"_s, nullptr, notebook.error().toString());
    }

    Target target;
    if (auto ok = openTarget(target, parser); !ok) {
        fail(ok.error());
        return finish(Core::TerminationWatcher::isRequested() ? u"INTERRUPTED"_s : u"FAIL"_s, nullptr, ok.error().toString());
    }
    Kernel::KernelOptions options;
    options.cellTimeout = std::chrono::seconds(cellTimeout);
    options.busyTimeout = std::chrono::milliseconds(qint64(busyTimeout * 1000));
    options.offerV1 = protocol == u"auto";
    auto client = std::make_unique<Kernel::KernelClient>(target.service, options);
    events.log(u"info"_s, Tr::tr("starting a kernel on %1").arg(target.service->describe()));
    if (auto ok = client->start(notebookName, target.kernelName); !ok) {
        fail(ok.error());
        return finish(Core::TerminationWatcher::isRequested() ? u"INTERRUPTED"_s : u"FAIL"_s, nullptr, ok.error().toString());
    }
    events.log(u"info"_s, Tr::tr("kernel %1 connected (%2 framing)").arg(client->handle().kernelId,
                                                                           Kernel::wireFormatName(client->wireFormat())));

    Kernel::CellVerifier verifier;
    if (parser.isSet(u"spark-rest"_s)) {
        verifier.setSparkLogSource(std::make_shared<Kernel::SparkRestLogSource>(QUrl(parser.value(u"spark-rest"_s))));
    } else if (target.aidp) {
        verifier.setSparkLogSource(std::make_shared<Kernel::AidpLogSource>(target.aidp));
    }

    Kernel::NotebookRunner runner(*client, verifier);
    QObject::connect(&runner, &Kernel::NotebookRunner::cellFinished, &runner, [&](const Kernel::CellReport &cell, int total) {
        QString line = Tr::tr("Cell %1/%2: %3").arg(cell.index).arg(total).arg(cell.status);
        if (cell.status == u"FAILED") {
            line += u": "_s + cell.verification.firstFailure();
        } else if (cell.status == u"SKIPPED" && !cell.execution.message.isEmpty()) {
            line += u" ("_s + cell.execution.message + u')';
        } else if (cell.execution.status == Kernel::ExecutionStatus::Exited) {
            line += u" (notebook.exit: "_s + cell.execution.exitValue + u')';
        }
        progress.line(line);
        Core::OrderedJson fields = Core::OrderedJson::object();
        fields["task"] = Core::toStd(notebookName);
        fields["index"] = cell.index;
        fields["total"] = total;
        fields["status"] = Core::toStd(cell.status);
        fields["attempts"] = cell.attempts;
        if (cell.status != u"SKIPPED") {
            fields["execution_status"] = Core::toStd(Kernel::executionStatusName(cell.execution.status));
            fields["elapsed_ms"] = cell.execution.elapsedMs;
        }
        if (cell.status == u"FAILED") {
            fields["error"] = Core::toStd(cell.verification.firstFailure());
        }
        if (cell.status != u"SKIPPED") {
            fields["checks"] = cell.verification.toJson();
        }
        events.emitEvent(u"cell_finished"_s, fields);
    });
    Kernel::RunOptions runOptions;
    runOptions.installShim = !parser.isSet(u"no-shim"_s);
    runOptions.shim.parameters = parameters;
    runOptions.shim.volumesRoot = parser.value(u"volumes-root"_s);
    if (target.kind != u"aidp") {
        runOptions.shim.notebookDir = QFileInfo(notebookPath).absolutePath();
    }
    const Kernel::RunReport report = runner.run(*notebook, runOptions);
    if (!report.error.isEmpty()) {
        events.log(u"error"_s, report.error);
        printErr(Tr::tr("mwb: error: %1").arg(report.error) + u'\n');
    }
    [[maybe_unused]] auto closed = client->shutdown();
    client.reset();
    if (target.localServer) {
        target.localServer->stop();
    }
    return finish(report.result, &report);
}

} // namespace Mwb::Cli
