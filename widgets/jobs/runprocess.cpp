// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/runprocess.h"

#include "jobs/mwbexecutable.h"

#include <csignal>
#include <unistd.h>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

// Lines of mwb's stderr are the human log (ARCHITECTURE.md "Log line format") and "mwb: error: ..." /
// "mwb: warning: ..." messages; the level is read from that wording.
QString guessLevel(const QString &line)
{
    const QString lower = line.toLower();
    if (lower.contains(u"error"_s) || lower.contains(u"failed"_s) || lower.contains(u"traceback"_s)) {
        return u"error"_s;
    }
    if (lower.contains(u"warning"_s) || lower.contains(u"note:"_s)) {
        return u"warning"_s;
    }
    return u"info"_s;
}

QString resultForExitCode(int exitCode, bool crashed, bool stopRequested)
{
    if (crashed) {
        return stopRequested ? u"INTERRUPTED"_s : u"FAIL"_s;
    }
    switch (exitCode) {
    case 0:
        return u"PASS"_s;
    case 3:
        return u"PARTIAL"_s;
    case 130:
        return u"INTERRUPTED"_s;
    default:
        return stopRequested ? u"INTERRUPTED"_s : u"FAIL"_s;
    }
}

} // namespace

RunProcess::RunProcess(QObject *parent)
    : QObject(parent)
{
}

RunProcess::~RunProcess()
{
    detach();
}

bool RunProcess::start(const QStringList &arguments, const QString &projectDir, const QProcessEnvironment &extraEnv)
{
    if (isRunning()) {
        Q_EMIT logLine(u"error"_s, tr("A run is already going in this monitor; stop it or open another one."));
        return false;
    }
    detach();
    m_arguments = arguments;
    m_projectDir = projectDir;
    m_runId.clear();
    m_result.clear();
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();
    m_pid = 0;
    m_exitCode = -1;
    m_stopRequested = false;

    m_process = new QProcess(this);
    m_process->setProgram(mwbExecutable());
    m_process->setArguments(arguments);
    m_process->setWorkingDirectory(projectDir);
    m_process->setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extraEnv);
    m_process->setProcessEnvironment(environment);
    // Its own session: a run must not receive the SIGHUP/SIGINT meant for the GUI's terminal or
    // process group. Runs in the forked child before exec; setsid is async-signal-safe.
    m_process->setChildProcessModifier([] { ::setsid(); });

    connect(m_process, &QProcess::readyReadStandardOutput, this, &RunProcess::readStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &RunProcess::readStderr);
    connect(m_process, &QProcess::finished, this,
        [this](int exitCode, QProcess::ExitStatus status) { onFinished(exitCode, status == QProcess::CrashExit); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            Q_EMIT logLine(u"error"_s,
                tr("Cannot start %1: %2. Set MWB_EXECUTABLE to the mwb program, or put mwb on "
                   "the PATH.")
                    .arg(m_process->program(), m_process->errorString()));
            m_result = u"FAIL"_s;
            m_exitCode = -1;
            Q_EMIT finished(-1, m_result);
        }
    });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        return false;
    }
    m_pid = m_process->processId();
    Q_EMIT started(m_pid);
    return true;
}

void RunProcess::stop()
{
    if (isRunning()) {
        m_stopRequested = true;
        m_process->terminate(); // SIGTERM on Unix
    }
}

void RunProcess::kill()
{
    if (isRunning()) {
        m_stopRequested = true;
        m_process->kill();
    }
}

void RunProcess::detach()
{
    if (!m_process) {
        return;
    }
    QProcess *process = std::exchange(m_process, nullptr);
    disconnect(process, nullptr, this, nullptr);
    if (process->state() == QProcess::NotRunning) {
        delete process;
        return;
    }
    // See the class comment: the orphaned QProcess discards what the run still writes and deletes
    // itself when the run ends; deleting it now would kill the run.
    process->closeReadChannel(QProcess::StandardOutput);
    process->closeReadChannel(QProcess::StandardError);
    process->setParent(nullptr);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
}

bool RunProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool RunProcess::isRunAlive(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM)) {
        return false;
    }
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return true; // no /proc: trust kill(pid, 0)
    }
    // "<pid> (<comm>) <state> ...": the comm of an mwb process is "mwb"; a zombie has exited.
    const QByteArray line = stat.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open || close + 2 >= line.size()) {
        return false;
    }
    return line.mid(open + 1, close - open - 1) == "mwb" && line.at(close + 2) != 'Z';
}

bool RunProcess::terminateRun(qint64 pid)
{
    return isRunAlive(pid) && ::kill(pid_t(pid), SIGTERM) == 0;
}

void RunProcess::readStdout()
{
    m_stdoutBuffer += m_process->readAllStandardOutput();
    qsizetype start = 0;
    for (qsizetype newline = m_stdoutBuffer.indexOf('\n'); newline >= 0;
         newline = m_stdoutBuffer.indexOf('\n', start)) {
        handleStdoutLine(m_stdoutBuffer.mid(start, newline - start));
        start = newline + 1;
        if (!m_process) {
            return; // a slot detached us
        }
    }
    m_stdoutBuffer.remove(0, start);
}

void RunProcess::readStderr()
{
    m_stderrBuffer += m_process->readAllStandardError();
    qsizetype start = 0;
    for (qsizetype newline = m_stderrBuffer.indexOf('\n'); newline >= 0;
         newline = m_stderrBuffer.indexOf('\n', start)) {
        handleStderrLine(m_stderrBuffer.mid(start, newline - start));
        start = newline + 1;
        if (!m_process) {
            return;
        }
    }
    m_stderrBuffer.remove(0, start);
}

void RunProcess::handleStdoutLine(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(u"event"_s).isString()) {
        const QString text = QString::fromUtf8(trimmed);
        Q_EMIT logLine(guessLevel(text), text);
        return;
    }
    const QJsonObject event = document.object();
    const QString runId = event.value(u"run_id"_s).toString();
    if (m_runId.isEmpty() && !runId.isEmpty()) {
        m_runId = runId;
        Q_EMIT runIdKnown(runId);
    }
    if (event.value(u"event"_s).toString() == u"run_finished") {
        m_result = event.value(u"result"_s).toString();
    }
    Q_EMIT eventReceived(event);
}

void RunProcess::handleStderrLine(const QByteArray &line)
{
    const QString text = QString::fromUtf8(line).trimmed();
    if (!text.isEmpty()) {
        Q_EMIT logLine(guessLevel(text), text);
    }
}

void RunProcess::onFinished(int exitCode, bool crashed)
{
    // The last bytes may come without a newline, or still sit in the pipe.
    m_stdoutBuffer += m_process->readAllStandardOutput();
    m_stderrBuffer += m_process->readAllStandardError();
    for (const QByteArray &line : m_stdoutBuffer.split('\n')) {
        handleStdoutLine(line);
    }
    for (const QByteArray &line : m_stderrBuffer.split('\n')) {
        handleStderrLine(line);
    }
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();
    m_exitCode = crashed ? -1 : exitCode;
    if (m_result.isEmpty()) {
        m_result = resultForExitCode(exitCode, crashed, m_stopRequested);
    }
    Q_EMIT finished(m_exitCode, m_result);
}

} // namespace Mwb::Widgets
