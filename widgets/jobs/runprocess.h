// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

namespace Mwb::Widgets {

// One `mwb` run started by the GUI (ARCHITECTURE.md "Engine and GUI"): the working directory is the
// project, the arguments end with `--events -`, and stdout is the JSON-lines event stream.
//
// A run outlives this object and the GUI. The child is started in its own session (setsid through
// QProcess::setChildProcessModifier, which Qt 6.4 has), so neither a terminal's SIGHUP/SIGINT nor the
// GUI's process group reaches it. QProcess kills its child when destroyed, so the destructor (and
// detach()) hands the QProcess over to itself: it keeps draining the pipes while the GUI lives and
// deletes itself when the run ends. When the GUI exits, the pipes close; mwb ignores SIGPIPE and its
// event stream turns itself off (engine/core/eventstream.cpp), so the run goes on and records its
// result in .mwb/history.sqlite, where a monitor re-attaches to it.
class RunProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunProcess)

public:
    explicit RunProcess(QObject *parent = nullptr);
    // Leaves a running run running (see above); never stops it.
    ~RunProcess() override;

    // Starts `mwb <arguments>` in projectDir with the system environment plus extraEnv (secrets go
    // there, never into arguments). Returns false, after logLine and finished(-1, "FAIL"), when the
    // program cannot start or a run is already going.
    bool start(const QStringList &arguments, const QString &projectDir, const QProcessEnvironment &extraEnv = {});
    // Graceful stop: SIGTERM. The engine finishes the current cell or batch, checkpoints, writes
    // run_finished INTERRUPTED and exits 130.
    void stop();
    // Last resort: SIGKILL. The run's history row may keep saying "running"; readers check the pid.
    void kill();
    // Stops watching without stopping the run (what the destructor does).
    void detach();

    bool isRunning() const;
    qint64 pid() const { return m_pid; }
    QString runId() const { return m_runId; }
    QString projectDir() const { return m_projectDir; }
    QStringList arguments() const { return m_arguments; }
    // After finished(): the result of run_finished, or the fallback described at finished().
    QString result() const { return m_result; }
    int exitCode() const { return m_exitCode; }

    // Sends SIGTERM to a run this GUI did not start (a re-attached one), after checking that pid is
    // still an mwb process (a recycled pid must not be hit). Returns false when it is not.
    static bool terminateRun(qint64 pid);
    // True when pid is a live `mwb` process on this machine.
    static bool isRunAlive(qint64 pid);

Q_SIGNALS:
    void started(qint64 pid);
    // Every JSON object line of the event stream, in order.
    void eventReceived(const QJsonObject &event);
    // Once, with the first event that carries a run_id (data jobs: the job id).
    void runIdKnown(const QString &runId);
    // stderr lines (the human log) and stdout lines that are not JSON. level: "error", "warning" or
    // "info", guessed from the line's wording.
    void logLine(const QString &level, const QString &message);
    // result: run_finished's "result"; without one (a crash, a kill, `mwb validate`), the documented
    // exit code's meaning: 0 PASS, 3 PARTIAL, 130 or a stop/kill from here INTERRUPTED, else FAIL.
    // exitCode is -1 when the process crashed or did not start.
    void finished(int exitCode, const QString &result);

private:
    void readStdout();
    void readStderr();
    void handleStdoutLine(const QByteArray &line);
    void handleStderrLine(const QByteArray &line);
    void onFinished(int exitCode, bool crashed);

    QProcess *m_process = nullptr;
    QByteArray m_stdoutBuffer; // a partial line waits here for its newline
    QByteArray m_stderrBuffer;
    QStringList m_arguments;
    QString m_projectDir;
    QString m_runId;
    QString m_result;
    qint64 m_pid = 0;
    int m_exitCode = -1;
    bool m_stopRequested = false;
};

} // namespace Mwb::Widgets
