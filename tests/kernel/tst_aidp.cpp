// SPDX-License-Identifier: GPL-3.0-or-later
// The AIDP flavour against a local stand-in that verifies every OCI signature with the public key.
#include "aidpstandin.h"
#include "kernel/aidplogsource.h"
#include "kernel/aidpservice.h"
#include "kernel/cellverifier.h"
#include "kernel/kernelclient.h"
#include "kernel/ociconfig.h"
#include "kernel/ocisigner.h"
#include "kernel/restclient.h"

#include <QNetworkRequest>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Kernel;

namespace {

const QString lake = u"ocid1.datalake.oc1.eu-frankfurt-1.amaaaaaatest"_s;
const QString workspace = u"ws-123"_s;
const QString cluster = u"cluster-9"_s;

} // namespace

class TestAidp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Mwb::Test::ThrowAwayKey> m_key;
    std::unique_ptr<Mwb::Test::ThrowAwayKey> m_otherKey;
    OciConfig m_config;

    std::unique_ptr<Mwb::Test::AidpStandIn> standIn()
    {
        auto server = std::make_unique<Mwb::Test::AidpStandIn>(m_key->pkey, *m_config.keyId(), lake, workspace, cluster);
        if (!server->start()) {
            return nullptr;
        }
        return server;
    }

    std::shared_ptr<AidpService> service(const Mwb::Test::AidpStandIn &server, const OciConfig &config)
    {
        auto target = AidpTarget::make(lake, workspace, cluster, {}, QUrl(u"http://127.0.0.1:%1"_s.arg(server.httpPort)),
                                       QUrl(u"ws://127.0.0.1:%1"_s.arg(server.wsPort)));
        auto signer = OciSigner::create(config);
        if (!target || !signer) {
            return nullptr;
        }
        AidpOptions options;
        options.sessionRetryDelay = std::chrono::milliseconds(10);
        options.kernelPollInterval = std::chrono::milliseconds(10);
        options.kernelPollTimeout = std::chrono::seconds(5);
        return std::make_shared<AidpService>(*target, std::shared_ptr<OciSigner>(std::move(*signer)), options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = std::make_unique<Mwb::Test::ThrowAwayKey>(m_dir.path(), u"key.pem"_s);
        m_otherKey = std::make_unique<Mwb::Test::ThrowAwayKey>(m_dir.path(), u"other.pem"_s);
        QFile file(m_dir.filePath(u"config"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[DEFAULT]\nuser=ocid1.user.oc1..aaaauser\ntenancy=ocid1.tenancy.oc1..aaaatenancy\n"
                                  "fingerprint=%1\nkey_file=%2\nregion=eu-frankfurt-1\n\n[WRONGKEY]\nkey_file=%3\n")
                       .arg(m_key->fingerprint, m_key->pemPath, m_otherKey->pemPath)
                       .toUtf8());
        file.close();
        auto config = OciConfig::read(file.fileName(), u"DEFAULT"_s);
        QVERIFY(config);
        m_config = *config;
    }

    void regionAndUrlsFromTheDataLake()
    {
        auto target = AidpTarget::make(lake, workspace, cluster);
        QVERIFY(target);
        QCOMPARE(target->region, u"eu-frankfurt-1"_s);
        QCOMPARE(target->notebookUrl().toString(),
                 u"https://aidp.eu-frankfurt-1.oci.oraclecloud.com/20240831/dataLakes/"_s + lake + u"/workspaces/ws-123/notebook/"_s);
        QCOMPARE(target->channelsUrl(u"k1"_s, u"abc"_s, u"s1"_s).toString(),
                 u"wss://c1.ws.aidp.eu-frankfurt-1.oci.oraclecloud.com/20240831/dataLakes/"_s + lake
                     + u"/notebook/workspaces/ws-123/api/kernels/k1/channels?session_id=abc---s1"_s);
        QVERIFY(!AidpTarget::make(u"lake-without-region"_s, workspace, cluster));
        QVERIFY(!AidpTarget::make(lake, {}, cluster));
    }

    void signatureHeaders()
    {
        auto signer = OciSigner::create(m_config);
        QVERIFY(signer);
        (*signer)->setClockForTesting(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QNetworkRequest request(QUrl(u"https://aidp.eu-frankfurt-1.oci.oraclecloud.com/x/y?a=1"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QVERIFY((*signer)->authenticate(request, "POST", "{\"k\":1}"));
        QCOMPARE(request.rawHeader("date"), QByteArray("Fri, 02 Jan 2026 03:04:05 GMT"));
        QCOMPARE(request.rawHeader("x-content-sha256"),
                 QCryptographicHash::hash("{\"k\":1}", QCryptographicHash::Sha256).toBase64());
        QCOMPARE(request.rawHeader("content-length"), QByteArray("7"));
        const QByteArray authorization = request.rawHeader("authorization");
        QVERIFY(authorization.startsWith("Signature version=\"1\",keyId=\"ocid1.tenancy.oc1..aaaatenancy/ocid1.user.oc1..aaaauser/"));
        QVERIFY(authorization.contains("algorithm=\"rsa-sha256\""));
        QVERIFY(authorization.contains("headers=\"date (request-target) host content-length content-type x-content-sha256\""));
        QCOMPARE(OciSigner::requestTarget("GET", QUrl(u"https://h/p/q?x=1&y=2"_s)), QByteArray("get /p/q?x=1&y=2"));
        QCOMPARE(OciSigner::hostHeader(QUrl(u"https://h.example"_s)), QByteArray("h.example"));
        QCOMPARE(OciSigner::hostHeader(QUrl(u"http://127.0.0.1:8080/"_s)), QByteArray("127.0.0.1:8080"));
    }

    void signedSessionStartAndKernel()
    {
        auto server = standIn();
        QVERIFY(server);
        auto aidp = service(*server, m_config);
        QVERIFY(aidp);
        auto handle = aidp->startKernel(u"etl_task"_s, {});
        QVERIFY2(handle, qPrintable(handle ? QString() : handle.error().toString()));
        QCOMPARE(handle->kernelId, server->kernelId);
        QCOMPARE(handle->sessionId, u"sess-1"_s);
        QVERIFY2(server->rejected.isEmpty(), qPrintable(server->rejected.join(u"; "_s)));
        // GET sessions?path=..., POST (400 not ready), POST (201), GET session (kernel null), GET session.
        QCOMPARE(server->verified, 5);
        QCOMPARE(server->sessionPosts.size(), 2);
        const auto body = Mwb::Core::Json::parse(server->sessionPosts.last().toStdString());
        QCOMPARE(QString::fromStdString(body["cluster_id"].get<std::string>()), cluster);
        QCOMPARE(QString::fromStdString(body["kernel"]["name"].get<std::string>()), u"notebook"_s);
        QCOMPARE(QString::fromStdString(body["path"].get<std::string>()), u"Workspace/etl_task.ipynb"_s);
        QCOMPARE(QString::fromStdString(body["type"].get<std::string>()), u"notebook"_s);
    }

    void executeOverSignedWebSocket()
    {
        auto server = standIn();
        QVERIFY(server);
        server->sessionNotReadyAnswers = 0;
        server->kernelNullPolls = 0;
        auto aidp = service(*server, m_config);
        QVERIFY(aidp);
        KernelClient client(aidp, {});
        auto ok = client.start(u"etl_task"_s);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QVERIFY(server->socketSigned);
        QCOMPARE(client.wireFormat(), WireFormat::V1);
        QCOMPARE(server->socketUrl.path(), u"/20240831/dataLakes/"_s + lake + u"/notebook/workspaces/ws-123/api/kernels/"_s
                                               + server->kernelId + u"/channels"_s);
        const QString sessionId = QUrlQuery(server->socketUrl).queryItemValue(u"session_id"_s);
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}---sess-1$"_s).match(sessionId).hasMatch(), qPrintable(sessionId));

        const ExecutionResult result = client.run(u"spark.range(3).count()"_s);
        QCOMPARE(result.status, ExecutionStatus::Ok);
        // TEXT_PLAIN wrapper removed, the Spark event stream not counted as output.
        QCOMPARE(result.streamText(u"stdout"_s), u"ran: spark.range(3).count()\n"_s);
        QCOMPARE(result.outputs.size(), 1);
        QVERIFY(client.interrupt());
        QVERIFY(client.shutdown());
        QVERIFY2(server->rejected.isEmpty(), qPrintable(server->rejected.join(u"; "_s)));
    }

    void clusterLifecyclePolling()
    {
        auto server = standIn();
        QVERIFY(server);
        auto aidp = service(*server, m_config);
        QVERIFY(aidp);
        server->clusterStates = {u"STARTING"_s, u"INSTALLING_LIBRARIES"_s, u"ACTIVE"_s};
        QVERIFY(aidp->waitForActiveCluster(std::chrono::seconds(10), std::chrono::milliseconds(10)));
        // One terminal answer may be a blip; two in a row mean the cluster is gone.
        server->clusterStates = {u"FAILED"_s, u"ACTIVE"_s};
        QVERIFY(aidp->waitForActiveCluster(std::chrono::seconds(10), std::chrono::milliseconds(10)));
        server->clusterStates = {u"STOPPED"_s, u"STOPPED"_s};
        auto stopped = aidp->waitForActiveCluster(std::chrono::seconds(10), std::chrono::milliseconds(10));
        QVERIFY(!stopped);
        QVERIFY(stopped.error().message.contains(u"STOPPED"_s));
        server->clusterStates = {u"TERMINATED"_s};
        QVERIFY(!aidp->computeIsGone({}));
        QVERIFY(aidp->computeIsGone({}));
        QVERIFY2(server->rejected.isEmpty(), qPrintable(server->rejected.join(u"; "_s)));
    }

    void driverLogSearchFeedsVerification()
    {
        auto server = standIn();
        QVERIFY(server);
        auto aidp = service(*server, m_config);
        QVERIFY(aidp);
        CellVerifier verifier;
        verifier.setSparkLogSource(std::make_shared<AidpLogSource>(aidp));
        ExecutionResult ok;
        const CellVerification v = verifier.verify(u"df.count()"_s, ok, QDateTime::currentDateTimeUtc());
        QCOMPARE(v.sparkLogs.state, CheckState::Failed);
        QVERIFY(v.sparkLogs.detail.contains(u"Job 4 failed"_s));
        const auto body = Mwb::Core::Json::parse(server->searchLogsBody.toStdString());
        QCOMPARE(body["logLevel"].get<std::string>(), std::string("error"));
        QCOMPARE(body["logContentTypeContains"].get<std::string>(), std::string("driver"));
        QCOMPARE(body["subjectContains"].get<std::string>(), std::string("spark-driver"));
        QVERIFY(body.contains("timeBegin") && body.contains("timeEnd"));
        QVERIFY(server->rejected.isEmpty());
    }

    void mwbExecWithAidpProfile()
    {
        auto server = standIn();
        QVERIFY(server);
        QProcess mwb;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"OCI_CLI_CONFIG_FILE"_s, m_dir.filePath(u"config"_s));
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // the output checked below is the untranslated one
        environment.remove(u"LANGUAGE"_s);
        mwb.setProcessEnvironment(environment);
        mwb.start(QStringLiteral(MWB_EXECUTABLE),
                  {u"exec"_s, QStringLiteral(MWB_FIXTURES_DIR "/kernel/passing.ipynb"), u"--aidp"_s, u"DEFAULT"_s,
                   u"--datalake"_s, lake, u"--workspace"_s, workspace, u"--cluster"_s, cluster, u"--aidp-endpoint"_s,
                   u"http://127.0.0.1:%1"_s.arg(server->httpPort), u"--aidp-ws-endpoint"_s,
                   u"ws://127.0.0.1:%1"_s.arg(server->wsPort), u"--aidp-poll-ms"_s, u"10"_s, u"--events"_s, u"-"_s});
        // The stand-in lives in this process: keep its event loop running while mwb works.
        QTRY_VERIFY_WITH_TIMEOUT(mwb.state() == QProcess::NotRunning, 60000);
        const QByteArray out = mwb.readAllStandardOutput();
        const QString errors = QString::fromUtf8(mwb.readAllStandardError());
        QVERIFY2(server->rejected.isEmpty(), qPrintable(server->rejected.join(u"; "_s)));
        QVERIFY(server->socketSigned);
        // The shim install plus the two code cells ran on the stand-in's kernel.
        QCOMPARE(server->executedCode.size(), 3);
        QVERIFY(server->executedCode.first().contains(u"__mwb_install_runtime"_s));
        // Verification (c): the driver-log search reports a failed job for every cell.
        QCOMPARE(mwb.exitCode(), 3);
        QVERIFY2(errors.contains(u"Cell 1/2: FAILED: ERROR DAGScheduler: Job 4 failed"_s), qPrintable(errors));
        QVERIFY(out.contains("\"spark_logs\":{\"state\":\"failed\""));
        QVERIFY(out.trimmed().split('\n').last().contains("\"event\":\"run_finished\""));
    }

    void migrateJobStopsOnAnExpiredSessionToken()
    {
        auto server = standIn();
        QVERIFY(server);
        // A session-token profile whose token the service no longer accepts: every request gets 401.
        QFile token(m_dir.filePath(u"expired_token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.expired");
        token.close();
        const QString config = m_dir.filePath(u"config_expired"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"[EXPIRED]\nsecurity_token_file=%1\nkey_file=%2\nregion=eu-frankfurt-1\n"_s.arg(token.fileName(), m_key->pemPath).toUtf8());
        file.close();
        const QString project = m_dir.filePath(u"project"_s);
        QDir().mkpath(project);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"OCI_CLI_CONFIG_FILE"_s, config);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // the report texts checked below are the untranslated ones
        environment.remove(u"LANGUAGE"_s);
        const QString fixtures = QStringLiteral(MWB_FIXTURES_DIR "/migrate/");
        QProcess dag;
        dag.setWorkingDirectory(project);
        dag.start(QStringLiteral(MWB_EXECUTABLE), {u"build-dag"_s, u"--jobs-json"_s, fixtures + u"jobs/broken_job.json"_s,
                                                   u"--workspace"_s, fixtures + u"workspace"_s, u"-o"_s, u"reports"_s});
        QVERIFY(dag.waitForFinished(60000));
        QCOMPARE(dag.exitCode(), 0);
        QProcess mwb;
        mwb.setWorkingDirectory(project);
        mwb.setProcessEnvironment(environment);
        mwb.start(QStringLiteral(MWB_EXECUTABLE),
                  {u"migrate-job"_s, u"--manifest"_s, u"reports/broken_job_manifest.json"_s, u"--aidp"_s, u"EXPIRED"_s,
                   u"--datalake"_s, lake, u"--aidp-workspace"_s, workspace, u"--cluster"_s, cluster, u"--aidp-endpoint"_s,
                   u"http://127.0.0.1:%1"_s.arg(server->httpPort), u"--aidp-ws-endpoint"_s,
                   u"ws://127.0.0.1:%1"_s.arg(server->wsPort), u"--aidp-poll-ms"_s, u"10"_s, u"--output-base"_s, u"out"_s,
                   u"--llm"_s, u"none"_s});
        QTRY_VERIFY_WITH_TIMEOUT(mwb.state() == QProcess::NotRunning, 120000);
        QCOMPARE(mwb.exitCode(), 1);
        QVERIFY(!server->rejected.isEmpty());
        QCOMPARE(server->verified, 0);
        QFile report(project + u"/out/broken_job/reports/JOB_REPORT.md"_s);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(report.readAll());
        QVERIFY2(text.contains(u"| prepare | FAIL |"_s) && text.contains(u"| compute | FAIL |"_s), qPrintable(text));
        QVERIFY2(text.contains(u"401"_s) && text.contains(u"oci session authenticate"_s), qPrintable(text));
        QVERIFY(text.contains(u"not run: the run stopped because no kernel could be started"_s));
        // The token never reaches the report.
        QVERIFY(!text.contains(u"expired"_s.prepend(u"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9."_s)));
        // Pass 1 still wrote the migrated notebooks: nothing that was migrated is lost.
        QVERIFY(QFileInfo::exists(project + u"/out/broken_job/notebooks/Repos/shop/compute.ipynb"_s));
    }

    void wrongKeyIsRejected()
    {
        auto server = standIn();
        QVERIFY(server);
        auto config = OciConfig::read(m_dir.filePath(u"config"_s), u"WRONGKEY"_s);
        QVERIFY(config);
        auto aidp = service(*server, *config);
        QVERIFY(aidp);
        auto state = aidp->clusterState();
        QVERIFY(!state);
        QVERIFY2(state.error().message.contains(u"401"_s), qPrintable(state.error().message));
        QCOMPARE(server->rejected.size(), 1);
        QCOMPARE(server->rejected.first(), u"signature does not verify"_s);
        QCOMPARE(server->verified, 0);
    }
};

QTEST_GUILESS_MAIN(TestAidp)
#include "tst_aidp.moc"
