// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/localjupyterserver.h"

#include "kernel/restclient.h"
#include "kernel/tokenauthenticator.h"
#include "kernel/tr.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

QString randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

LocalJupyterServer::LocalJupyterServer(QObject *parent)
    : QObject(parent)
{
}

LocalJupyterServer::~LocalJupyterServer()
{
    stop();
}

QString LocalJupyterServer::installCommand()
{
    return u"sudo apt-get install -y --no-install-recommends jupyter-server python3-ipykernel"_s;
}

bool LocalJupyterServer::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 LocalJupyterServer::processId() const
{
    return m_process.processId();
}

QString LocalJupyterServer::rootDir() const
{
    return m_dir ? m_dir->filePath(u"root"_s) : QString();
}

Core::Result<void> LocalJupyterServer::start(const QString &requiredKernel, std::chrono::milliseconds timeout)
{
    QString program = m_program;
    if (program.isEmpty()) {
        program = QStandardPaths::findExecutable(u"jupyter-server"_s);
        if (program.isEmpty()) {
            program = QStandardPaths::findExecutable(u"jupyter-server"_s, {u"/usr/bin"_s});
        }
    }
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        return Core::Error::inFile({}, Tr::tr("jupyter-server is not installed, so --local cannot start a kernel"),
                                   Tr::tr("Install it with: %1").arg(installCommand()));
    }
    // A free port can be taken between probing and binding; --port-retries=0 makes that a clear
    // failure, so try a few ports.
    Core::Result<void> started;
    for (int attempt = 0; attempt < 3; ++attempt) {
        started = startOnce(program, timeout);
        if (started) {
            break;
        }
        stop();
    }
    if (!started) {
        return started;
    }
    RestClient rest(m_url, std::make_shared<TokenAuthenticator>(m_token));
    auto specs = rest.kernelSpecs();
    if (!specs) {
        stop();
        return specs.error();
    }
    if (!specs->contains("kernelspecs") || !(*specs)["kernelspecs"].contains(Core::toStd(requiredKernel))) {
        stop();
        return Core::Error::inFile({}, Tr::tr("the local Jupyter server has no \"%1\" kernel").arg(requiredKernel),
                                   Tr::tr("Install the Python kernel with: %1").arg(installCommand()));
    }
    return {};
}

Core::Result<void> LocalJupyterServer::startOnce(const QString &program, std::chrono::milliseconds timeout)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/mwb-jupyter-XXXXXX"_s);
    if (!m_dir->isValid()) {
        return Core::Error::inFile(QDir::tempPath(), Tr::tr("cannot create a temporary folder for the local Jupyter server"),
                                   Tr::tr("Check that the temporary folder is writable (TMPDIR)."));
    }
    for (const QString &sub : {u"root"_s, u"config"_s, u"data"_s, u"runtime"_s, u"ipython"_s}) {
        QDir(m_dir->path()).mkpath(sub);
    }
    // Our server and kernel configuration (resources/jupyter): it turns off per-message and per-cell
    // work a batch run does not use.
    QDir(m_dir->path()).mkpath(u"ipython/profile_default"_s);
    for (const auto &[resource, target] : {std::pair {u"jupyter_server_config.py"_s, u"config/jupyter_server_config.py"_s},
                                           std::pair {u"ipython_kernel_config.py"_s, u"ipython/profile_default/ipython_kernel_config.py"_s}}) {
        const QString path = m_dir->filePath(target);
        if (!QFile::copy(u":/mwb/jupyter/"_s + resource, path)) {
            return Core::Error::inFile(path, Tr::tr("cannot write the local Jupyter server's configuration"),
                                       Tr::tr("Check that the temporary folder is writable (TMPDIR)."));
        }
    }
    const quint16 port = freePort();
    m_token = randomToken();
    m_url = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"JUPYTER_TOKEN"_s, m_token);
    environment.insert(u"JUPYTER_CONFIG_DIR"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"JUPYTER_DATA_DIR"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"JUPYTER_RUNTIME_DIR"_s, m_dir->filePath(u"runtime"_s));
    environment.insert(u"IPYTHONDIR"_s, m_dir->filePath(u"ipython"_s));
    environment.remove(u"JUPYTER_TOKEN_FILE"_s);
    QStringList arguments {u"--no-browser"_s, u"--ip=127.0.0.1"_s, u"--port=%1"_s.arg(port), u"--port-retries=0"_s,
                           u"--ServerApp.root_dir="_s + m_dir->filePath(u"root"_s)};
    if (::geteuid() == 0) {
        arguments << u"--allow-root"_s; // without it the server exits at once as root (protocols.md §1.1)
    }
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setWorkingDirectory(m_dir->filePath(u"root"_s));
    m_process.setStandardOutputFile(m_dir->filePath(u"server.log"_s));
    m_process.setStandardErrorFile(m_dir->filePath(u"server.log"_s), QIODevice::Append);
    const pid_t parent = ::getpid();
    m_process.setChildProcessModifier([parent] {
        // Own session and process group: stop() signals the group, and a terminal's Ctrl-C reaches
        // mwb (which stops the server in order) rather than the server directly.
        ::setsid();
        // SIGTERM when mwb dies, even by SIGKILL or a crash; if mwb died before this line, stop now.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) {
            ::_exit(1);
        }
    });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        return Core::Error::inFile(program, Tr::tr("cannot start jupyter-server: %1").arg(m_process.errorString()),
                                   Tr::tr("Install it with: %1").arg(installCommand()));
    }
    RestClient rest(m_url, std::make_shared<TokenAuthenticator>(m_token));
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            QFile log(m_dir->filePath(u"server.log"_s));
            QString tail;
            if (log.open(QIODevice::ReadOnly)) {
                tail = QString::fromUtf8(log.readAll()).trimmed().right(600);
            }
            return Core::Error::inFile(program, Tr::tr("jupyter-server exited during start-up: %1").arg(tail),
                                       Tr::tr("If a Python module is missing, install the packages with: %1").arg(installCommand()));
        }
        auto reply = rest.send("GET", rest.resolve(u"api/status"_s), Core::Json(), std::chrono::seconds(2));
        if (reply && reply->status == 200) {
            return {};
        }
        m_process.waitForFinished(100);
    }
    return Core::Error::inFile(program, Tr::tr("jupyter-server did not answer on %1 within %n second(s)", nullptr,
                                               int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()))
                                            .arg(m_url.toDisplayString()),
                               Tr::tr("See the server log; the machine may be overloaded."));
}

void LocalJupyterServer::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    const pid_t pid = static_cast<pid_t>(m_process.processId());
    // The server shuts its kernels down on SIGTERM ("Shutting down N kernels").
    ::kill(-pid, SIGTERM);
    if (!m_process.waitForFinished(8000)) {
        ::kill(-pid, SIGKILL);
        m_process.waitForFinished(2000);
    }
}

} // namespace Mwb::Kernel
