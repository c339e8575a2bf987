// SPDX-License-Identifier: GPL-3.0-or-later
// Pure functions of the kernel module: wire codecs, output normalisation, verification parsing.
#include "kernel/ansi.h"
#include "kernel/cellverifier.h"
#include "kernel/errorpatterns.h"
#include "kernel/judgeverdict.h"
#include "kernel/ociconfig.h"
#include "kernel/outputnormalizer.h"
#include "kernel/runtimeshim.h"
#include "kernel/sparkrestlogsource.h"
#include "kernel/wireformat.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Kernel;

namespace {

// Serves fixed JSON per path, like Spark's driver UI.
class FixedJsonServer final : public QAbstractHttpServer
{
public:
    QHash<QString, QByteArray> answers; // path?query -> body
    QStringList requests;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QString key = request.url().path();
        if (request.url().hasQuery()) {
            key += u'?' + request.url().query();
        }
        requests << key;
        auto responder = makeResponder(request, socket);
        if (!answers.contains(key)) {
            responder.write(QByteArray("{\"message\": \"no\"}"), "application/json", QHttpServerResponder::StatusCode::NotFound);
            return true;
        }
        responder.write(answers.value(key), "application/json");
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
};

} // namespace

class TestKernelUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v1FrameMatchesSpecExample()
    {
        // protocols.md §1.7: the 191-byte minimal kernel_info_request frame.
        KernelMessage message;
        message.channel = u"shell"_s;
        message.header = Mwb::Core::Json::parse(R"({"msg_id":"m1","username":"u","session":"s1","date":"2026-01-01T00:00:00Z","msg_type":"kernel_info_request","version":"5.3"})");
        const QByteArray frame = encodeMessage(message, WireFormat::V1);
        QCOMPARE(frame.size(), 191);
        QCOMPARE(frame.left(56).toHex(),
                 QByteArray("0600000000000000380000000000000"
                            "03d00000000000000b900000000000000bb00000000000000bd00000000000000bf00000000000000"));
        QCOMPARE(frame.mid(56, 6), QByteArray("shell{"));
        QVERIFY(frame.endsWith("{}{}{}"));
        auto decoded = decodeBinaryFrame(frame, WireFormat::V1);
        QVERIFY(decoded);
        QCOMPARE(decoded->channel, u"shell"_s);
        QCOMPARE(decoded->msgType(), u"kernel_info_request"_s);
        QCOMPARE(decoded->msgId(), u"m1"_s);
    }

    void codecsRoundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("withBuffers");
        QTest::newRow("legacy text") << int(WireFormat::Legacy) << false;
        QTest::newRow("legacy binary with buffers") << int(WireFormat::Legacy) << true;
        QTest::newRow("v1") << int(WireFormat::V1) << false;
        QTest::newRow("v1 with buffers") << int(WireFormat::V1) << true;
    }
    void codecsRoundTrip()
    {
        QFETCH(int, format);
        QFETCH(bool, withBuffers);
        const auto wire = WireFormat(format);
        KernelMessage message = KernelMessage::request(u"iopub"_s, u"stream"_s, u"sess"_s, u"mwb"_s,
                                                       Mwb::Core::Json {{"name", "stdout"}, {"text", "héllo \u001b[31mred\n"}});
        message.parentHeader = Mwb::Core::Json {{"msg_id", "parent-1"}};
        if (withBuffers) {
            message.buffers << QByteArray("\x00\x01\x02", 3) << QByteArray("tail");
        }
        const QByteArray frame = encodeMessage(message, wire);
        const bool text = wire == WireFormat::Legacy && !withBuffers;
        auto decoded = text ? decodeTextFrame(frame) : decodeBinaryFrame(frame, wire);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->channel, u"iopub"_s);
        QCOMPARE(decoded->parentMsgId(), u"parent-1"_s);
        QVERIFY(decoded->content == message.content);
        QVERIFY(decoded->header == message.header);
        QCOMPARE(decoded->buffers, message.buffers);
    }

    void corruptFramesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("count too large") << QByteArray::fromHex("ff00000000000000");
        QTest::newRow("offsets past the end") << QByteArray::fromHex("0600000000000000") + QByteArray(48, '\xff');
    }
    void corruptFramesAreErrors()
    {
        QFETCH(QByteArray, frame);
        QVERIFY(!decodeBinaryFrame(frame, WireFormat::V1));
        QVERIFY(!decodeBinaryFrame(frame, WireFormat::Legacy));
        QVERIFY(!decodeTextFrame(frame));
    }

    void stripAnsiRemovesColours()
    {
        QCOMPARE(stripAnsi(u"\x1b[0;31mZeroDivisionError\x1b[0m: division by zero"_s), u"ZeroDivisionError: division by zero"_s);
        QCOMPARE(stripAnsi(u"\x1b[1;32mIn [5]\x1b[0m"_s), u"In [5]"_s);
        QCOMPARE(stripAnsi(u"plain"_s), u"plain"_s);
    }

    void textPlainUnwrapping_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("AIDP wrapper") << uR"([{"type":"TEXT_PLAIN","value":"actual output\n"}])"_s << u"actual output\n"_s;
        QTest::newRow("two parts") << uR"([{"type":"TEXT_PLAIN","value":"a"},{"type":"TEXT_PLAIN","value":"b"}])"_s << u"ab"_s;
        QTest::newRow("user list untouched") << u"[1, 2, 3]\n"_s << u"[1, 2, 3]\n"_s;
        QTest::newRow("other types untouched") << uR"([{"type":"TEXT_PLAIN","value":"a"},{"type":"IMAGE"}])"_s
                                               << uR"([{"type":"TEXT_PLAIN","value":"a"},{"type":"IMAGE"}])"_s;
        QTest::newRow("plain text") << u"hello\n"_s << u"hello\n"_s;
    }
    void textPlainUnwrapping()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(unwrapTextPlain(input), expected);
    }

    void errorPatterns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hits");
        QTest::newRow("traceback") << u"Traceback (most recent call last):\n  File x\nValueError: bad"_s << 2;
        QTest::newRow("caught and printed") << u"FileNotFoundError: [Errno 2] no such file"_s << 1;
        QTest::newRow("exception colon") << u"Exception: boom"_s << 1;
        QTest::newRow("py4j error") << u"py4j.protocol.Py4JJavaError: An error occurred"_s << 1;
        QTest::newRow("no colon") << u"no NameError here, just the word"_s << 0;
        QTest::newRow("warning line ignored") << u"WARNING: ValueError: would be ignored"_s << 0;
        QTest::newRow("spark WARN ignored") << u"24/01/01 WARN TaskSetManager: Lost task, TypeError: x"_s << 0;
        QTest::newRow("deprecated ignored") << u"KeyError: is deprecated"_s << 0;
        QTest::newRow("FutureWarning ignored") << u"FutureWarning: TypeError: in future"_s << 0;
        QTest::newRow("int warning ignored") << u"ValueError: should be int, but was str"_s << 0;
        QTest::newRow("clean output") << u"rows: 42\nall good"_s << 0;
    }
    void errorPatterns()
    {
        QFETCH(QString, text);
        QFETCH(int, hits);
        QCOMPARE(findErrorLines(text).size(), hits);
    }

    void unfixableOciErrors()
    {
        QCOMPARE(findUnfixableOciError(u"oci.exceptions.ServiceError: NotAuthorizedOrNotFound"_s), u"NotAuthorizedOrNotFound"_s);
        QVERIFY(findUnfixableOciError(u"NameError: x"_s).isEmpty());
    }

    void judgeVerdicts()
    {
        auto pass = JudgeVerdict::parse(u"PASS: output matches the original"_s);
        QVERIFY(pass && pass->passed);
        QCOMPARE(pass->reason, u"output matches the original"_s);
        auto issue = JudgeVerdict::parse(u"Let me look.\n**ISSUE:** row count is 0 | FIX: read the migrated table"_s);
        QVERIFY(issue && !issue->passed);
        QCOMPARE(issue->issue, u"row count is 0"_s);
        QCOMPARE(issue->suggestion, u"read the migrated table"_s);
        auto multiline = JudgeVerdict::parse(u"ISSUE: schema differs\n| FIX: cast col\nto int"_s);
        QVERIFY(multiline);
        QCOMPARE(multiline->issue, u"schema differs"_s);
        QCOMPARE(multiline->suggestion, u"cast col\nto int"_s);
        QVERIFY(!JudgeVerdict::parse(u"Looks fine to me"_s)); // never a silent pass
    }

    void verifierRecordsChecksSeparately()
    {
        ExecutionResult result;
        result.status = ExecutionStatus::Ok;
        CellOutput out;
        out.kind = CellOutput::Kind::Stream;
        out.streamName = u"stdout"_s;
        out.text = u"KeyError: 'tags'\n"_s;
        result.outputs << out;
        CellVerifier verifier;
        const CellVerification v = verifier.verify(u"x"_s, result, QDateTime::currentDateTimeUtc());
        QCOMPARE(v.execution.state, CheckState::Passed);
        QCOMPARE(v.errorPatterns.state, CheckState::Failed);
        QCOMPARE(v.sparkLogs.state, CheckState::NotAvailable); // neither source: not available, not passed
        QCOMPARE(v.judge.state, CheckState::NotAvailable);
        QVERIFY(v.failed());
        QVERIFY(v.firstFailure().contains(u"KeyError"_s));
        const auto json = v.toJson();
        QCOMPARE(json["spark_logs"]["state"].get<std::string>(), std::string("not_available"));
    }

    void sparkRestFailedStages()
    {
        FixedJsonServer server;
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        server.answers[u"/api/v1/applications"_s] = R"([{"id": "app-2"}, {"id": "app-1"}])";
        server.answers[u"/api/v1/applications/app-2/stages?status=failed"_s] =
            R"([{"stageId": 3, "name": "count at x.py:1", "submissionTime": "2099-01-01T00:00:00.000GMT",
                 "failureReason": "Job aborted due to stage failure"},
                {"stageId": 1, "name": "old", "submissionTime": "2000-01-01T00:00:00.000GMT", "failureReason": "old"}])";
        CellVerifier verifier;
        verifier.setSparkLogSource(std::make_shared<SparkRestLogSource>(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
        ExecutionResult ok;
        CellVerification v = verifier.verify(u"df.count()"_s, ok, QDateTime::currentDateTimeUtc());
        QCOMPARE(v.sparkLogs.state, CheckState::Failed);
        QVERIFY2(v.sparkLogs.detail.contains(u"stage 3"_s), qPrintable(v.sparkLogs.detail));
        QVERIFY(!v.sparkLogs.detail.contains(u"old"_s));

        server.answers[u"/api/v1/applications/app-2/stages?status=failed"_s] = "[]";
        v = verifier.verify(u"df.count()"_s, ok, QDateTime::currentDateTimeUtc());
        QCOMPARE(v.sparkLogs.state, CheckState::Passed);

        // An unreachable endpoint is "not available", never "passed".
        verifier.setSparkLogSource(std::make_shared<SparkRestLogSource>(QUrl(u"http://127.0.0.1:1"_s)));
        v = verifier.verify(u"df.count()"_s, ok, QDateTime::currentDateTimeUtc());
        QCOMPARE(v.sparkLogs.state, CheckState::NotAvailable);
        QVERIFY(!v.sparkLogs.detail.isEmpty());
    }

    void regionFromDataLakeOcid_data()
    {
        QTest::addColumn<QString>("ocid");
        QTest::addColumn<QString>("region");
        QTest::newRow("region id") << u"ocid1.datalake.oc1.us-chicago-1.amaaaaaa"_s << u"us-chicago-1"_s;
        QTest::newRow("legacy key") << u"ocid1.datalake.oc1.iad.amaaaaaa"_s << u"us-ashburn-1"_s;
        QTest::newRow("no region") << u"ocid1.tenancy.oc1..aaaa"_s << QString();
        QTest::newRow("not an OCID") << u"lake-1"_s << QString();
    }
    void regionFromDataLakeOcid()
    {
        QFETCH(QString, ocid);
        QFETCH(QString, region);
        QCOMPARE(regionFromOcid(ocid), region);
    }

    void ociConfigProfilesInherit()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"config"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[DEFAULT]\nuser=ocid1.user.oc1..u\nfingerprint=aa:bb\ntenancy=ocid1.tenancy.oc1..t\nregion=us-ashburn-1\n"
                   "key_file=~/.oci/key.pem\n\n[OTHER]\nfingerprint=cc:dd\n");
        file.close();
        auto other = OciConfig::read(file.fileName(), u"OTHER"_s);
        QVERIFY(other);
        QCOMPARE(other->fingerprint, u"cc:dd"_s);
        QCOMPARE(other->user, u"ocid1.user.oc1..u"_s);
        QCOMPARE(other->keyFile, QDir::homePath() + u"/.oci/key.pem"_s);
        QCOMPARE(*other->keyId(), u"ocid1.tenancy.oc1..t/ocid1.user.oc1..u/cc:dd"_s);
        auto missing = OciConfig::read(file.fileName(), u"NOPE"_s);
        QVERIFY(!missing);
        QVERIFY(missing.error().hint.contains(u"OTHER"_s));
    }

    void shimIsEmbedded()
    {
        const auto files = runtimeShimFiles();
        QVERIFY(files.contains(u"mwb_runtime/__init__.py"_s));
        QVERIFY(files.contains(u"mwb_runtime/dbutils.py"_s));
        ShimSettings settings;
        settings.parameters = {{u"env"_s, u"it's \"quoted\""_s}};
        const QString code = runtimeShimInstallCode(settings);
        QVERIFY(code.contains(u"runtime.install(get_ipython().user_ns"_s));
        QVERIFY(!code.contains(u"quoted"_s)); // parameters travel base64-encoded, never as code
    }
};

QTEST_GUILESS_MAIN(TestKernelUnits)
#include "tst_kernelunits.moc"
