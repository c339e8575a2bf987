// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>

namespace Mwb::Kernel {

// The embedded default kernel (`mwb exec --local`): Debian's jupyter-server with python3-ipykernel on
// 127.0.0.1, a free port, a random token (passed in JUPYTER_TOKEN, never argv), a temporary root and
// isolated JUPYTER_{CONFIG,DATA,RUNTIME}_DIR and IPYTHONDIR (protocols.md §1.1), which get our
// jupyter_server_config.py (a cheaper IOPub activity watcher subscribed to status messages only, no
// IOPub rate limit that would drop output) and ipython_kernel_config.py (no history database, no pre-reply sleep), see
// resources/jupyter. The server runs in its own session
// and process group with PR_SET_PDEATHSIG, so it goes when mwb exits, is stopped (SIGTERM), or crashes;
// its kernels exit with it (jupyter-server shuts them down; ipykernel also watches its parent).
class LocalJupyterServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalJupyterServer)
public:
    explicit LocalJupyterServer(QObject *parent = nullptr);
    ~LocalJupyterServer() override;

    // The Debian packages it needs, as the command that installs them.
    static QString installCommand();

    // Overrides the server executable (default: jupyter-server on PATH, then /usr/bin).
    void setProgram(const QString &program) { m_program = program; }
    // Starts the server and waits for /api/status; fails with the install command when the
    // server or the kernel spec `requiredKernel` is missing.
    Core::Result<void> start(const QString &requiredKernel = QStringLiteral("python3"),
                             std::chrono::milliseconds timeout = std::chrono::seconds(60));
    // SIGTERM to the server's process group, SIGKILL after a grace period.
    void stop();

    bool isRunning() const;
    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    qint64 processId() const;
    QString rootDir() const;

private:
    Core::Result<void> startOnce(const QString &program, std::chrono::milliseconds timeout);

    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_token;
};

} // namespace Mwb::Kernel
