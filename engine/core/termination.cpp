// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/termination.h"

#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Mwb::Core {

namespace {

std::atomic<int> g_signal {0};
int g_pipe[2] = {-1, -1};

extern "C" void onStopSignal(int signalNumber)
{
    g_signal.store(signalNumber);
    if (g_pipe[1] >= 0) {
        const char byte = static_cast<char>(signalNumber);
        [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    }
}

} // namespace

TerminationWatcher::TerminationWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_pipe[0] < 0 && ::pipe(g_pipe) == 0) {
        for (int fd : g_pipe) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
    }
    if (g_pipe[0] >= 0) {
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            char buffer[16];
            while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
            }
            Q_EMIT terminationRequested(g_signal.load());
        });
    }
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signalNumber : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(signalNumber, &action, nullptr);
    }
}

TerminationWatcher::~TerminationWatcher()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (int signalNumber : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(signalNumber, &action, nullptr);
    }
}

bool TerminationWatcher::isRequested()
{
    return g_signal.load() != 0;
}

int TerminationWatcher::requestedSignal()
{
    return g_signal.load();
}

void TerminationWatcher::request(int signalNumber)
{
    onStopSignal(signalNumber);
}

void TerminationWatcher::reset()
{
    g_signal.store(0);
}

} // namespace Mwb::Core
