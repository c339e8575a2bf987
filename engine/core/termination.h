// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Mwb::Core {

// SIGTERM / SIGINT / SIGHUP as a graceful stop request (ARCHITECTURE.md: "Stop = SIGTERM: the
// engine finishes the current cell/batch, writes its checkpoint and exits"). The signal handler
// only sets an atomic flag and writes to a self-pipe; the notifier turns that into a Qt signal
// on the thread that created the watcher. Worker threads poll isRequested().
class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    // Installs the handlers; one watcher per process.
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

    // True once a stop signal arrived (async-signal-safe flag; any thread).
    static bool isRequested();
    // The signal number that asked to stop, 0 if none.
    static int requestedSignal();
    // For tests and for in-process cancellation (GUI "Stop").
    static void request(int signalNumber);
    static void reset();

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Mwb::Core
