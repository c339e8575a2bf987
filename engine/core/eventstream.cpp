// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eventstream.h"

#include "core/tr.h"

#include <QDateTime>
#include <QFile>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Mwb::Core {

Result<void> EventStream::open(EventStream &stream, const QString &target)
{
    QMutexLocker lock(&stream.m_mutex);
    if (stream.m_ownsFile && stream.m_file) {
        std::fclose(stream.m_file);
    }
    stream.m_file = nullptr;
    stream.m_ownsFile = false;
    if (target.isEmpty()) {
        return {};
    }
    if (target == u"-") {
        stream.m_file = stdout;
        return {};
    }
    std::FILE *file = std::fopen(QFile::encodeName(target).constData(), "ab");
    if (!file) {
        return Error::inFile(target, Tr::tr("Cannot open the event stream file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                             Tr::tr("Check that the folder exists and is writable"));
    }
    stream.m_file = file;
    stream.m_ownsFile = true;
    return {};
}

EventStream::~EventStream()
{
    if (m_ownsFile && m_file) {
        std::fclose(m_file);
    }
}

void EventStream::setRunId(const QString &runId)
{
    QMutexLocker lock(&m_mutex);
    m_runId = runId;
}

QString EventStream::runId() const
{
    QMutexLocker lock(&m_mutex);
    return m_runId;
}

QString EventStream::timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void EventStream::emitEvent(const QString &name, const OrderedJson &fields)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file) {
        return;
    }
    OrderedJson line = OrderedJson::object();
    line["ts"] = toStd(timestampNow());
    line["run_id"] = toStd(m_runId);
    line["event"] = toStd(name);
    if (fields.is_object()) {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.key() != "ts" && it.key() != "run_id" && it.key() != "event") {
                line[it.key()] = it.value();
            }
        }
    }
    // Invalid UTF-8 in a field (a cell's raw output) must not throw here: replace it.
    const std::string text = line.dump(-1, ' ', false, OrderedJson::error_handler_t::replace) + '\n';
    const bool written = std::fwrite(text.data(), 1, text.size(), m_file) == text.size();
    if (std::fflush(m_file) != 0 || !written) {
        // The reader went away (the GUI closed its end of the pipe: EPIPE, with SIGPIPE ignored by mwb's
        // main). The run goes on without its event stream: its history row, checkpoint and reports
        // are what the GUI re-attaches to (ARCHITECTURE.md "Engine and GUI").
        if (m_ownsFile) {
            std::fclose(m_file);
        }
        m_file = nullptr;
        m_ownsFile = false;
    }
}

void EventStream::log(const QString &level, const QString &message)
{
    OrderedJson fields = OrderedJson::object();
    fields["level"] = toStd(level);
    fields["message"] = toStd(message);
    emitEvent(u"log"_s, fields);
}

} // namespace Mwb::Core
