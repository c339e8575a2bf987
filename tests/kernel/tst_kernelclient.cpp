// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel client against the real jupyter-server + ipykernel that scripts/test.sh starts.
#include "common/testservices.h"
#include "kernel/jupyterservice.h"
#include "kernel/kernelclient.h"
#include "kernel/restclient.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Mwb::Kernel;

class TestKernelClient : public QObject
{
    Q_OBJECT

private:
    // A connected client on a fresh kernel, or null after a test failure was recorded.
    std::unique_ptr<KernelClient> startClient(const Mwb::Test::Service &svc, bool offerV1 = true,
                                              KernelOptions options = {})
    {
        options.offerV1 = offerV1;
        auto service = std::make_shared<JupyterService>(QUrl(svc.url), svc.password);
        auto client = std::make_unique<KernelClient>(service, options);
        auto ok = client->start(u"tst_kernelclient"_s);
        if (!ok) {
            qWarning("%s", qPrintable(ok.error().toString()));
            return nullptr;
        }
        return client;
    }

private Q_SLOTS:
    void restApi()
    {
        MWB_REQUIRE_JUPYTER(svc);
        JupyterService service(QUrl(svc.url), svc.password);
        auto specs = service.rest().kernelSpecs();
        QVERIFY2(specs, qPrintable(specs ? QString() : specs.error().toString()));
        QVERIFY(specs->contains("kernelspecs"));
        QVERIFY((*specs)["kernelspecs"].contains("python3"));

        auto kernel = service.rest().startKernel(u"python3"_s);
        QVERIFY(kernel);
        const QString id = Mwb::Core::stringValue(*kernel, "id");
        QVERIFY(!id.isEmpty());
        auto list = service.rest().kernels();
        QVERIFY(list && list->is_array());
        bool listed = false;
        for (const auto &k : *list) {
            listed = listed || Mwb::Core::stringValue(k, "id") == id;
        }
        QVERIFY(listed);
        QVERIFY(service.rest().interruptKernel(id));
        auto restarted = service.rest().restartKernel(id);
        QVERIFY(restarted);
        QCOMPARE(Mwb::Core::stringValue(*restarted, "id"), id);
        QVERIFY(service.rest().deleteKernel(id));
        auto gone = service.rest().kernel(id);
        QVERIFY(!gone);
        QVERIFY2(gone.error().message.contains(u"404"_s), qPrintable(gone.error().message));

        JupyterService wrongToken(QUrl(svc.url), u"not-the-token"_s);
        auto denied = wrongToken.rest().kernels();
        QVERIFY(!denied);
        QVERIFY(denied.error().message.contains(u"403"_s));
    }

    void executeCollectsOutputs_data()
    {
        QTest::addColumn<bool>("offerV1");
        QTest::newRow("legacy JSON text frames") << false;
        QTest::newRow("v1.kernel.websocket.jupyter.org binary frames") << true;
    }
    void executeCollectsOutputs()
    {
        QFETCH(bool, offerV1);
        MWB_REQUIRE_JUPYTER(svc);
        auto client = startClient(svc, offerV1);
        QVERIFY(client);
        QCOMPARE(client->wireFormat(), offerV1 ? WireFormat::V1 : WireFormat::Legacy);
        QSignalSpy outputs(client.get(), &KernelClient::outputReceived);
        const ExecutionResult result = client->run(
            u"import sys\nfrom IPython.display import display, HTML\nprint('hello')\nprint('to stderr', file=sys.stderr)\n"
            "display(HTML('<b>hi</b>'))\n6 * 7"_s);
        QCOMPARE(result.status, ExecutionStatus::Ok);
        QCOMPARE(result.streamText(u"stdout"_s), u"hello\n"_s);
        QCOMPARE(result.streamText(u"stderr"_s), u"to stderr\n"_s);
        bool sawHtml = false;
        bool sawResult = false;
        for (const CellOutput &output : result.outputs) {
            if (output.kind == CellOutput::Kind::DisplayData) {
                sawHtml = Mwb::Core::stringValue(output.data, "text/html") == u"<b>hi</b>";
            }
            if (output.kind == CellOutput::Kind::ExecuteResult) {
                sawResult = Mwb::Core::stringValue(output.data, "text/plain") == u"42";
                QCOMPARE(output.executionCount, result.executionCount);
            }
        }
        QVERIFY(sawHtml);
        QVERIFY(sawResult);
        QVERIFY(result.executionCount >= 1);
        QVERIFY(outputs.count() >= 4);
        QCOMPARE(result.outputsAsNbformat().size(), size_t(4));

        // State carries over between cells on one kernel.
        const ExecutionResult second = client->run(u"x = 41\nprint(x + 1)"_s);
        QCOMPARE(second.status, ExecutionStatus::Ok);
        QCOMPARE(second.streamText(u"stdout"_s), u"42\n"_s);
        QCOMPARE(second.executionCount, result.executionCount + 1);
        QVERIFY(client->shutdown());
    }

    void errorCell_data() { executeCollectsOutputs_data(); }
    void errorCell()
    {
        QFETCH(bool, offerV1);
        MWB_REQUIRE_JUPYTER(svc);
        auto client = startClient(svc, offerV1);
        QVERIFY(client);
        const ExecutionResult result = client->run(u"print('before')\n1 / 0"_s);
        QCOMPARE(result.status, ExecutionStatus::Error);
        QCOMPARE(result.ename, u"ZeroDivisionError"_s);
        QCOMPARE(result.evalue, u"division by zero"_s);
        QCOMPARE(result.errorSummary(), u"ZeroDivisionError: division by zero"_s);
        QCOMPARE(result.streamText(u"stdout"_s), u"before\n"_s);
        // Display keeps IPython's colours; reports do not.
        QVERIFY(result.traceback.join(QString()).contains(u'\x1b'));
        QVERIFY(!result.reportText().contains(u'\x1b'));
        QVERIFY(result.reportText().contains(u"ZeroDivisionError: division by zero"_s));
        // The kernel is fine afterwards.
        QCOMPARE(client->run(u"print('after')"_s).streamText(u"stdout"_s), u"after\n"_s);
        QVERIFY(client->shutdown());
    }

    void interruptSleep()
    {
        MWB_REQUIRE_JUPYTER(svc);
        auto client = startClient(svc);
        QVERIFY(client);
        QTimer::singleShot(700, client.get(), [&client] { QVERIFY(client->interrupt()); });
        const ExecutionResult result = client->run(u"import time\ntime.sleep(30)"_s);
        QCOMPARE(result.status, ExecutionStatus::Error);
        QCOMPARE(result.ename, u"KeyboardInterrupt"_s);
        QVERIFY2(result.elapsedMs < 10000, qPrintable(QString::number(result.elapsedMs)));
        QVERIFY(client->shutdown());
    }

    void restartClearsNamespace()
    {
        MWB_REQUIRE_JUPYTER(svc);
        auto client = startClient(svc);
        QVERIFY(client);
        QCOMPARE(client->run(u"name = 'kept'"_s).status, ExecutionStatus::Ok);
        QCOMPARE(client->run(u"print(name)"_s).streamText(u"stdout"_s), u"kept\n"_s);
        QVERIFY(client->restart());
        const ExecutionResult after = client->run(u"print('name' in dir())"_s);
        QCOMPARE(after.status, ExecutionStatus::Ok);
        QCOMPARE(after.streamText(u"stdout"_s), u"False\n"_s);
        QCOMPARE(after.executionCount, 1);
        QVERIFY(client->shutdown());
    }

    void kernelDeath()
    {
        MWB_REQUIRE_JUPYTER(svc);
        auto client = startClient(svc);
        QVERIFY(client);
        QCOMPARE(client->run(u"x = 1"_s).status, ExecutionStatus::Ok);
        const ExecutionResult died = client->run(u"import os\nos._exit(1)"_s, 30s);
        QCOMPARE(died.status, ExecutionStatus::KernelDied);
        QVERIFY2(died.message.contains(u"kernel died"_s), qPrintable(died.message));
        QVERIFY(died.elapsedMs < 15000);
        // The server restarted the kernel: cells run again, on an empty namespace.
        ExecutionResult next;
        for (int attempt = 0; attempt < 20; ++attempt) {
            next = client->run(u"print('x' in dir())"_s, 20s);
            if (next.status == ExecutionStatus::Ok) {
                break;
            }
            QTest::qWait(250);
        }
        QCOMPARE(next.status, ExecutionStatus::Ok);
        QCOMPARE(next.streamText(u"stdout"_s), u"False\n"_s);
        QVERIFY(client->shutdown());
    }

    void cellOutlivesTimeout()
    {
        MWB_REQUIRE_JUPYTER(svc);
        auto client = startClient(svc);
        QVERIFY(client);
        const ExecutionResult result = client->run(u"import time\nprint('started', flush=True)\ntime.sleep(30)"_s, 1s);
        QCOMPARE(result.status, ExecutionStatus::TimedOut);
        QVERIFY(result.message.contains(u"time limit"_s));
        QCOMPARE(result.streamText(u"stdout"_s), u"started\n"_s);
        QVERIFY(result.elapsedMs < 5000);
        // The timeout interrupted the kernel, so the next cell runs promptly.
        const ExecutionResult next = client->run(u"print('next')"_s, 10s);
        QCOMPARE(next.status, ExecutionStatus::Ok);
        QCOMPARE(next.streamText(u"stdout"_s), u"next\n"_s);
        QVERIFY(client->shutdown());
    }

    void kernelHungWithoutBusy()
    {
        MWB_REQUIRE_JUPYTER(svc);
        KernelOptions options;
        options.busyTimeout = 1s;
        auto client = startClient(svc, true, options);
        QVERIFY(client);
        // A second client keeps the same kernel busy, so our request gets no "busy" for a while.
        auto other = std::make_unique<KernelClient>(std::make_shared<JupyterService>(QUrl(svc.url), svc.password),
                                                    KernelOptions {});
        QVERIFY(other->attach(client->handle()));
        const QString blocking = other->execute(u"import time\ntime.sleep(4)"_s);
        QVERIFY(!blocking.isEmpty());
        QTest::qWait(300);
        const ExecutionResult result = client->run(u"print('queued')"_s);
        QCOMPARE(result.status, ExecutionStatus::Hung);
        QVERIFY2(result.message.contains(u"kernel hung"_s), qPrintable(result.message));
        QVERIFY(result.elapsedMs < 3000);
        QVERIFY(client->interrupt());
        QVERIFY(client->shutdown());
    }

    void socketDropMidCell_data() { executeCollectsOutputs_data(); }
    void socketDropMidCell()
    {
        QFETCH(bool, offerV1);
        MWB_REQUIRE_JUPYTER(svc);
        auto client = startClient(svc, offerV1);
        QVERIFY(client);
        QSignalSpy reconnected(client.get(), &KernelClient::reconnected);
        bool dropped = false;
        connect(client.get(), &KernelClient::outputReceived, this, [&](const CellOutput &output) {
            if (!dropped && output.text.contains(u"first"_s)) {
                dropped = true;
                client->dropConnection();
            }
        });
        const ExecutionResult result = client->run(
            u"import time\nprint('first', flush=True)\ntime.sleep(1.5)\nprint('second', flush=True)\n"
            "time.sleep(0.2)\nprint('third')\n'done'"_s);
        QVERIFY(dropped);
        QCOMPARE(reconnected.count(), 1);
        QCOMPARE(result.status, ExecutionStatus::Ok);
        QCOMPARE(result.streamText(u"stdout"_s), u"first\nsecond\nthird\n"_s);
        QCOMPARE(result.outputs.last().kind, CellOutput::Kind::ExecuteResult);
        QCOMPARE(client->run(u"print('still here')"_s).streamText(u"stdout"_s), u"still here\n"_s);
        QVERIFY(client->shutdown());
    }

    void wrongTokenFailsClearly()
    {
        MWB_REQUIRE_JUPYTER(svc);
        auto service = std::make_shared<JupyterService>(QUrl(svc.url), u"wrong"_s);
        KernelClient client(service, {});
        auto ok = client.start(u"x"_s);
        QVERIFY(!ok);
        QVERIFY2(ok.error().message.contains(u"403"_s), qPrintable(ok.error().toString()));
        QVERIFY(!ok.error().toString().contains(u"wrong"_s)); // the token is never echoed
    }
};

QTEST_GUILESS_MAIN(TestKernelClient)
#include "tst_kernelclient.moc"
