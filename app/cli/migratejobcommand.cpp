// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratejobcommand.h"

#include "cliapp.h"
#include "core/eventstream.h"
#include "core/termination.h"
#include "kernel/aidplogsource.h"
#include "kernel/aidpservice.h"
#include "kernel/jupyterservice.h"
#include "kernel/localjupyterserver.h"
#include "kernel/ociconfig.h"
#include "kernel/ocisigner.h"
#include "kernel/sparkrestlogsource.h"
#include "llm/anthropicclient.h"
#include "rewritecommand.h"
#include "run/jobmigrator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

namespace {

QStringList listValue(const QCommandLineParser &parser, const QString &name)
{
    QStringList out;
    for (const QString &value : parser.values(name)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            out << part.trimmed();
        }
    }
    return out;
}

} // namespace

int runMigrateJob(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Migrate Databricks jobs to Oracle AI Data Platform: Pass 1 rewrites every task notebook and its "
               "%run dependencies, Pass 2 runs each task notebook cell by cell on a live kernel, verifies every cell "
               "four ways and lets the LLM fixer repair failing cells. Secrets come from the environment or the "
               "keychain (ANTHROPIC_API_KEY, MWB_JUPYTER_TOKEN), never from the command line."));
    parser.addHelpOption();
    parser.addOptions({
        {u"manifest"_s, Tr::tr("The job manifest written by mwb build-dag."), Tr::tr("FILE")},
        {u"output-base"_s, Tr::tr("Where migrated notebooks and reports go (default: migrated)."), Tr::tr("DIR"), u"migrated"_s},
        {u"workspace"_s, Tr::tr("The exported workspace folder (default: the manifest's)."), Tr::tr("DIR")},
        {u"local"_s, Tr::tr("Start a private jupyter-server with the Python kernel on 127.0.0.1 for this run.")},
        {u"jupyter"_s, Tr::tr("Use the Jupyter server at URL (token from MWB_JUPYTER_TOKEN)."), Tr::tr("URL")},
        {u"aidp"_s, Tr::tr("Use Oracle AI Data Platform with this ~/.oci/config profile."), Tr::tr("PROFILE")},
        {u"jobs"_s, Tr::tr("Only these jobs of the manifest (comma-separated)."), Tr::tr("a,b")},
        {u"start-task"_s, Tr::tr("Run from the first task whose key contains S (in layer order); earlier tasks are not run."),
         Tr::tr("S")},
        {u"only-tasks"_s, Tr::tr("Run only these tasks (comma-separated), even if already migrated."), Tr::tr("a,b")},
        {u"skip-migrated"_s, Tr::tr("Skip notebooks and tasks that a previous run finished (default).")},
        {u"no-skip-migrated"_s, Tr::tr("Migrate and run everything again.")},
        {u"parallel"_s, Tr::tr("Tasks of one layer run at the same time, each on its own kernel (default 4)."), Tr::tr("N"),
         u"4"_s},
        {u"catalog-manifest"_s, Tr::tr("Catalogs whose 3-part names are remapped: {\"catalogs\": [...]}."), Tr::tr("FILE")},
        {u"bucket-mapping"_s, Tr::tr("S3 bucket -> OCI bucket and namespace."), Tr::tr("FILE")},
        {u"no-redirect-schema"_s, Tr::tr("Do NOT redirect writes to the sandbox while cells run: the job writes its real "
                                          "tables and paths. Only when you mean it.")},
        {u"sandbox-schema"_s, Tr::tr("Schema that receives redirected table writes (default mwb_sandbox)."), Tr::tr("NAME"),
         u"mwb_sandbox"_s},
        {u"sandbox-bucket"_s, Tr::tr("Bucket that receives redirected path writes (default mwb-sandbox)."), Tr::tr("NAME"),
         u"mwb-sandbox"_s},
        {u"sandbox-namespace"_s, Tr::tr("Object Storage namespace of the sandbox bucket."), Tr::tr("NS")},
        {u"max-fix-attempts"_s, Tr::tr("Fixer attempts per failing cell (default 10)."), Tr::tr("N"), u"10"_s},
        {u"llm"_s, Tr::tr("The fixer and judge: anthropic or none (default: anthropic when a key is configured, else none)."),
         Tr::tr("NAME")},
        {u"llm-rewrite"_s, Tr::tr("Pass 1 also sends cells that still carry Databricks markers after the rules to the "
                                  "LLM (one request per such cell).")},
        {u"events"_s, Tr::tr("Write the JSON-lines event stream to FILE (\"-\" = stdout)."), Tr::tr("FILE")},
        {u"kernel"_s, Tr::tr("Kernel name (default: python3; AIDP: notebook)."), Tr::tr("NAME")},
        {u"cell-timeout"_s, Tr::tr("Time limit per cell in seconds (default 7200)."), Tr::tr("SECONDS"), u"7200"_s},
        {u"busy-timeout"_s, Tr::tr("\"Kernel hung\" when a cell is not started within SECONDS (default 60)."), Tr::tr("SECONDS"),
         u"60"_s},
        {u"spark-rest"_s, Tr::tr("Spark UI/REST root for checking failed stages (verification c)."), Tr::tr("URL")},
        {u"volumes-root"_s, Tr::tr("Folder that stands for /Volumes on the kernel's machine (default: <output-base>/volumes "
                                   "for --local and --jupyter)."),
         Tr::tr("DIR")},
        {u"mount"_s, Tr::tr("Map a Databricks mount point to a folder on the kernel's machine (repeatable), e.g. "
                            "/mnt/raw=/data/raw."),
         Tr::tr("POINT=DIR")},
        {u"oci-config"_s, Tr::tr("OCI configuration file (default ~/.oci/config)."), Tr::tr("FILE")},
        {u"datalake"_s, Tr::tr("AIDP data-lake OCID (gives the region)."), Tr::tr("OCID")},
        {u"aidp-workspace"_s, Tr::tr("AIDP workspace id."), Tr::tr("ID")},
        {u"cluster"_s, Tr::tr("AIDP cluster id."), Tr::tr("ID")},
        {u"region"_s, Tr::tr("OCI region, when the data-lake OCID does not give it."), Tr::tr("REGION")},
        {u"aidp-endpoint"_s, Tr::tr("AIDP REST endpoint (default https://aidp.<region>.oci.oraclecloud.com)."), Tr::tr("URL")},
        {u"aidp-ws-endpoint"_s, Tr::tr("AIDP kernel endpoint (default wss://c1.ws.aidp.<region>.oci.oraclecloud.com)."),
         Tr::tr("URL")},
        {u"aidp-poll-ms"_s, Tr::tr("Delay between AIDP session retries and polls (default 15000/5000)."), Tr::tr("MS")},
    });
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"migrate-job"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), u"migrate-job"_s);
    }
    if (!parser.isSet(u"manifest"_s)) {
        return usageError(Tr::tr("--manifest FILE is required (mwb build-dag writes it)"), u"migrate-job"_s);
    }
    const int targets = int(parser.isSet(u"local"_s)) + int(parser.isSet(u"jupyter"_s)) + int(parser.isSet(u"aidp"_s));
    if (targets != 1) {
        return usageError(Tr::tr("give exactly one of --local, --jupyter URL, --aidp PROFILE"), u"migrate-job"_s);
    }
    if (parser.isSet(u"skip-migrated"_s) && parser.isSet(u"no-skip-migrated"_s)) {
        return usageError(Tr::tr("--skip-migrated and --no-skip-migrated contradict each other"), u"migrate-job"_s);
    }
    bool ok = false;
    const int parallel = parser.value(u"parallel"_s).toInt(&ok);
    if (!ok || parallel < 1 || parallel > 64) {
        return usageError(Tr::tr("--parallel takes a number from 1 to 64"), u"migrate-job"_s);
    }
    const int maxFix = parser.value(u"max-fix-attempts"_s).toInt(&ok);
    if (!ok || maxFix < 0 || maxFix > 50) {
        return usageError(Tr::tr("--max-fix-attempts takes a number from 0 to 50"), u"migrate-job"_s);
    }
    bool okCell = false;
    bool okBusy = false;
    const int cellTimeout = parser.value(u"cell-timeout"_s).toInt(&okCell);
    const double busyTimeout = parser.value(u"busy-timeout"_s).toDouble(&okBusy);
    if (!okCell || cellTimeout <= 0 || !okBusy || busyTimeout <= 0) {
        return usageError(Tr::tr("--cell-timeout and --busy-timeout take a positive number of seconds"), u"migrate-job"_s);
    }
    const QString llmChoice = parser.value(u"llm"_s);
    if (!llmChoice.isEmpty() && llmChoice != u"anthropic" && llmChoice != u"none") {
        return usageError(Tr::tr("--llm must be anthropic or none"), u"migrate-job"_s);
    }

    Run::MigrateOptions options;
    options.manifestPath = QDir(parser.value(u"manifest"_s)).absolutePath();
    options.outputBase = QDir(parser.value(u"output-base"_s)).absolutePath();
    options.projectDir = QDir::currentPath();
    options.workspaceDir = parser.value(u"workspace"_s);
    options.jobs = listValue(parser, u"jobs"_s);
    options.startTask = parser.value(u"start-task"_s);
    options.onlyTasks = listValue(parser, u"only-tasks"_s);
    options.skipMigrated = !parser.isSet(u"no-skip-migrated"_s);
    options.parallel = parallel;
    options.maxFixAttempts = maxFix;
    options.redirect = !parser.isSet(u"no-redirect-schema"_s);
    options.sandbox.schema = parser.value(u"sandbox-schema"_s);
    options.sandbox.bucket = parser.value(u"sandbox-bucket"_s);
    options.sandbox.ociNamespace = parser.value(u"sandbox-namespace"_s);
    const LoadedOptions rewrite = loadOptions(parser.value(u"catalog-manifest"_s), parser.value(u"bucket-mapping"_s));
    options.rewrite = rewrite.rewrite;
    options.optionsFingerprint = rewrite.fingerprint;
    options.llmRewrite = parser.isSet(u"llm-rewrite"_s);
    if (options.llmRewrite) {
        if (llmChoice == u"none") {
            return usageError(Tr::tr("--llm-rewrite needs the LLM; it cannot go with --llm none"), u"migrate-job"_s);
        }
        options.optionsFingerprint += u"+llm-rewrite"_s; // a change of this option redoes Pass 1
    }
    options.kernelOptions.cellTimeout = std::chrono::seconds(cellTimeout);
    options.kernelOptions.busyTimeout = std::chrono::milliseconds(qint64(busyTimeout * 1000));
    options.runId = u"migrate-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s) + u'-'
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    options.commandLine = u"mwb migrate-job "_s + arguments.mid(1).join(u' ');

    if (llmChoice != u"none") {
        auto settings = Llm::LlmSettings::fromEnvironment();
        if (settings) {
            options.llm = true;
            options.llmSettings = *settings;
            options.llmSettings.meter = std::make_shared<Llm::UsageMeter>();
            bool okIn = false;
            bool okOut = false;
            const double in = qEnvironmentVariable("MWB_LLM_PRICE_INPUT").toDouble(&okIn);
            const double out = qEnvironmentVariable("MWB_LLM_PRICE_OUTPUT").toDouble(&okOut);
            options.llmSettings.meter->setPrices(okIn ? in : 3.0, okOut ? out : 15.0);
        } else if (llmChoice == u"anthropic" || options.llmRewrite) {
            return fail(settings.error(), Failed);
        } else {
            printErr(Tr::tr("mwb: note: no LLM key configured, so failing cells are not fixed and the judge is off "
                            "(set ANTHROPIC_API_KEY, or pass --llm none to silence this)")
                     + u'\n');
        }
    }

    Core::EventStream events;
    if (auto opened = Core::EventStream::open(events, parser.value(u"events"_s)); !opened) {
        return fail(opened.error());
    }
    events.setRunId(options.runId);
    Core::TerminationWatcher watcher;

    // The kernel target: services are made on each task's thread (network objects are thread-bound).
    std::unique_ptr<Kernel::LocalJupyterServer> localServer;
    const QString kernelName = parser.value(u"kernel"_s);
    if (parser.isSet(u"local"_s) || parser.isSet(u"jupyter"_s)) {
        QUrl url;
        QString token;
        if (parser.isSet(u"local"_s)) {
            localServer = std::make_unique<Kernel::LocalJupyterServer>();
            if (auto started = localServer->start(kernelName.isEmpty() ? u"python3"_s : kernelName); !started) {
                events.emitEvent(u"run_finished"_s, {{"result", "FAIL"}, {"error", Core::toStd(started.error().toString())}});
                return fail(started.error());
            }
            url = localServer->url();
            token = localServer->token();
            options.target.description = Tr::tr("local Jupyter kernel (python3, private jupyter-server on 127.0.0.1)");
        } else {
            url = QUrl::fromUserInput(parser.value(u"jupyter"_s));
            if (!url.isValid() || !url.password().isEmpty() || url.query().contains(u"token="_s)) {
                return usageError(Tr::tr("--jupyter needs the server URL without credentials; put the token in "
                                         "MWB_JUPYTER_TOKEN"),
                                  u"migrate-job"_s);
            }
            token = qEnvironmentVariable("MWB_JUPYTER_TOKEN");
            if (token.isEmpty()) {
                token = qEnvironmentVariable("JUPYTER_TOKEN");
            }
            options.target.description = Tr::tr("Jupyter server %1").arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        }
        options.target.makeService = [url, token] { return std::make_shared<Kernel::JupyterService>(url, token); };
        options.target.kernelName = kernelName.isEmpty() ? u"python3"_s : kernelName;
        options.target.volumesRoot = parser.isSet(u"volumes-root"_s) ? QDir(parser.value(u"volumes-root"_s)).absolutePath()
                                                                     : QDir(options.outputBase).filePath(u"volumes"_s);
        QDir().mkpath(options.target.volumesRoot);
        for (const QString &mount : parser.values(u"mount"_s)) {
            const qsizetype eq = mount.indexOf(u'=');
            if (eq <= 0 || !mount.startsWith(u'/')) {
                return usageError(Tr::tr("--mount expects POINT=DIR, e.g. /mnt/raw=/data/raw; got \"%1\"").arg(mount), u"migrate-job"_s);
            }
            options.target.mounts.insert(mount.left(eq), QDir(mount.mid(eq + 1)).absolutePath());
        }
    } else {
        const QString configPath = parser.isSet(u"oci-config"_s) ? parser.value(u"oci-config"_s) : Kernel::OciConfig::defaultPath();
        auto config = Kernel::OciConfig::read(configPath, parser.value(u"aidp"_s));
        if (!config) {
            return fail(config.error());
        }
        if (auto probe = Kernel::OciSigner::create(*config); !probe) {
            return fail(probe.error());
        }
        auto target = Kernel::AidpTarget::make(parser.value(u"datalake"_s), parser.value(u"aidp-workspace"_s),
                                               parser.value(u"cluster"_s), parser.value(u"region"_s),
                                               QUrl(parser.value(u"aidp-endpoint"_s)), QUrl(parser.value(u"aidp-ws-endpoint"_s)));
        if (!target) {
            return fail(target.error());
        }
        Kernel::AidpOptions aidpOptions;
        if (parser.isSet(u"aidp-poll-ms"_s)) {
            const auto ms = std::chrono::milliseconds(parser.value(u"aidp-poll-ms"_s).toLongLong());
            aidpOptions.sessionRetryDelay = ms;
            aidpOptions.kernelPollInterval = ms;
        }
        const Kernel::OciConfig cfg = *config;
        const Kernel::AidpTarget aidpTarget = *target;
        options.target.makeService = [cfg, aidpTarget, aidpOptions]() -> std::shared_ptr<Kernel::KernelService> {
            auto signer = Kernel::OciSigner::create(cfg);
            if (!signer) {
                return nullptr;
            }
            return std::make_shared<Kernel::AidpService>(aidpTarget, std::shared_ptr<Kernel::OciSigner>(std::move(*signer)), aidpOptions);
        };
        options.target.aidp = true;
        options.target.kernelName = kernelName;
        options.target.description = Tr::tr("AIDP cluster %1 (profile %2)").arg(parser.value(u"cluster"_s), parser.value(u"aidp"_s));
    }
    if (parser.isSet(u"spark-rest"_s)) {
        const QUrl sparkRest(parser.value(u"spark-rest"_s));
        options.target.makeLogSource = [sparkRest](const std::shared_ptr<Kernel::KernelService> &) {
            return std::static_pointer_cast<Kernel::SparkLogSource>(std::make_shared<Kernel::SparkRestLogSource>(sparkRest));
        };
    } else if (options.target.aidp) {
        options.target.makeLogSource = [](const std::shared_ptr<Kernel::KernelService> &service) -> std::shared_ptr<Kernel::SparkLogSource> {
            auto aidp = std::dynamic_pointer_cast<Kernel::AidpService>(service);
            return aidp ? std::make_shared<Kernel::AidpLogSource>(aidp) : nullptr;
        };
    }

    Run::JobMigrator migrator(options, &events);
    const Run::MigrateSummary summary = migrator.run();
    if (localServer) {
        localServer->stop();
    }
    Core::OrderedJson fields = Core::OrderedJson::object();
    fields["result"] = Core::toStd(summary.result);
    fields["report"] = summary.jobs.isEmpty() ? Core::OrderedJson() : Core::OrderedJson(Core::toStd(summary.jobs.first().reportPath));
    fields["jobs"] = Core::OrderedJson::array();
    for (const Run::JobOutcome &job : summary.jobs) {
        fields["jobs"].push_back({{"job", Core::toStd(job.job)}, {"result", Core::toStd(job.result)}, {"report", Core::toStd(job.reportPath)}});
    }
    events.emitEvent(u"run_finished"_s, fields);
    const auto print = parser.value(u"events"_s) == u"-" ? printErr : printOut;
    for (const Run::JobOutcome &job : summary.jobs) {
        print(Tr::tr("%1: %2 -> %3").arg(job.job, job.result, job.reportPath) + u'\n');
    }
    return exitCodeForResult(summary.result);
}

} // namespace Mwb::Cli
