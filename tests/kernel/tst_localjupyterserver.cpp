// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded --local kernel: Debian's jupyter-server started and stopped by the engine.
#include "kernel/jupyterservice.h"
#include "kernel/kernelclient.h"
#include "kernel/localjupyterserver.h"
#include "kernel/restclient.h"
#include "processes.h"

#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Mwb::Kernel;

class TestLocalJupyterServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startRunStop()
    {
        if (!QFile::exists(u"/usr/bin/jupyter-server"_s)) {
            QSKIP("jupyter-server is not installed");
        }
        LocalJupyterServer server;
        auto started = server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        QCOMPARE(server.url().host(), u"127.0.0.1"_s);
        QVERIFY(server.token().size() >= 32);
        const pid_t pid = static_cast<pid_t>(server.processId());
        QCOMPARE(::getpgid(pid), pid); // own process group, so it can be stopped as a whole
        // The token travels in the environment, never in argv.
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray arguments = cmdline.readAll();
        QVERIFY(!arguments.contains(server.token().toUtf8()));
        QVERIFY(arguments.contains("--ip=127.0.0.1"));

        auto service = std::make_shared<JupyterService>(server.url(), server.token());
        KernelClient client(service, {});
        QVERIFY(client.start(u"local"_s));
        const ExecutionResult result = client.run(u"import os\nprint(os.getcwd().startswith(os.environ['JUPYTER_RUNTIME_DIR'].rsplit('/', 1)[0]))"_s);
        QCOMPARE(result.streamText(u"stdout"_s), u"True\n"_s); // the kernel runs in the temporary root
        const QString root = server.rootDir();
        QVERIFY(Mwb::Test::processesUnder(root).size() >= 2); // the server and its kernel

        server.stop();
        QVERIFY(!server.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(Mwb::Test::processesUnder(root).isEmpty(), 10000);
        // Without a token nobody gets in, with the old one neither (the server is gone).
        RestClient rest(server.url(), nullptr);
        QVERIFY(!rest.serverStatus());
    }

    void missingServerSaysHowToInstall()
    {
        LocalJupyterServer server;
        server.setProgram(u"/nonexistent/jupyter-server"_s);
        auto started = server.start();
        QVERIFY(!started);
        QVERIFY(started.error().toString().contains(
            u"sudo apt-get install -y --no-install-recommends jupyter-server python3-ipykernel"_s));
    }

    void missingKernelSaysHowToInstall()
    {
        if (!QFile::exists(u"/usr/bin/jupyter-server"_s)) {
            QSKIP("jupyter-server is not installed");
        }
        LocalJupyterServer server;
        auto started = server.start(u"no-such-kernel"_s);
        QVERIFY(!started);
        QVERIFY(started.error().message.contains(u"no-such-kernel"_s));
        QVERIFY(started.error().hint.contains(LocalJupyterServer::installCommand()));
        QVERIFY(!server.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestLocalJupyterServer)
#include "tst_localjupyterserver.moc"
