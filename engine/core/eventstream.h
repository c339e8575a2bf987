// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"

#include <QMutex>
#include <QString>

#include <cstdio>

namespace Mwb::Core {

// The JSON-lines event stream of ARCHITECTURE.md ("Event stream"): one object per line,
// {"ts": "<ISO-8601 UTC>", "run_id": "...", "event": "<name>", ...fields}, flushed per line so
// a reader (the GUI, through QProcess) sees each event as it happens. Thread-safe. A stream
// without a sink swallows events, so callers need not check whether --events was given. A write that
// fails (a closed pipe) disables the stream; the run itself goes on.
class EventStream
{
public:
    EventStream() = default;
    // Writes to stdout ("-") or appends to a file. An empty target gives a disabled stream.
    static Result<void> open(EventStream &stream, const QString &target);

    ~EventStream();
    EventStream(const EventStream &) = delete;
    EventStream &operator=(const EventStream &) = delete;

    bool isEnabled() const { return m_file != nullptr; }
    void setRunId(const QString &runId);
    QString runId() const;

    // fields must be an object (or null); its keys follow ts, run_id and event in the line.
    void emitEvent(const QString &name, const OrderedJson &fields = OrderedJson::object());
    // Convenience for {"event": "log", "level": level, "message": message}.
    void log(const QString &level, const QString &message);

    // The timestamp format of the stream, also used by history rows and reports.
    static QString timestampNow();

private:
    mutable QMutex m_mutex;
    std::FILE *m_file = nullptr;
    bool m_ownsFile = false;
    QString m_runId;
};

} // namespace Mwb::Core
