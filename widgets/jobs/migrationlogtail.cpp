// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/migrationlogtail.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

MigrationLogTail::MigrationLogTail(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &MigrationLogTail::poll);
}

MigrationLogTail::~MigrationLogTail() = default;

void MigrationLogTail::start(const QString &path, int intervalMs)
{
    m_path = path;
    m_offset = QFileInfo(path).size();
    m_partial.clear();
    m_timer.start(intervalMs);
}

void MigrationLogTail::stop()
{
    m_timer.stop();
}

void MigrationLogTail::poll()
{
    QFile file(m_path);
    // A log that shrank was replaced: read it from the start.
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    if (file.size() < m_offset) {
        m_offset = 0;
        m_partial.clear();
    }
    // Appends between two polls are a few lines; cap one read so a huge jump never stalls the GUI.
    constexpr qint64 maxRead = 1 << 20;
    if (!file.seek(m_offset)) {
        return;
    }
    const QByteArray bytes = file.read(maxRead);
    m_offset += bytes.size();
    m_partial += bytes;
    const qsizetype end = m_partial.lastIndexOf('\n');
    if (end < 0) {
        return;
    }
    const QList<QByteArray> lines = m_partial.left(end).split('\n');
    m_partial.remove(0, end + 1);
    for (const QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty()) {
            Q_EMIT lineRead(text);
        }
    }
}

bool MigrationLogTail::parseCellLine(const QString &line, CellLogLine *cell)
{
    // "[12:34:56] [job/task] Cell 5/27: OK", "... Cell 12/27: OK (fixed attempt 2)",
    // "... Cell 2/3: FAILED: <why>", "... Cell 4/9: SKIPPED (<why>)".
    static const QRegularExpression pattern(
        u"^\\[\\d\\d:\\d\\d:\\d\\d\\] \\[([^/\\]]+)/([^\\]]+)\\] Cell (\\d+)/(\\d+): (OK|FIXED|FAILED|SKIPPED)\\b(.*)$"_s);
    const auto match = pattern.match(line);
    if (!match.hasMatch()) {
        return false;
    }
    cell->job = match.captured(1);
    cell->task = match.captured(2);
    cell->index = match.captured(3).toInt();
    cell->total = match.captured(4).toInt();
    cell->status = match.captured(5);
    cell->attempts = 1;
    QString rest = match.captured(6).trimmed();
    static const QRegularExpression fixed(u"^\\(fixed attempt (\\d+)\\)"_s);
    if (const auto f = fixed.match(rest); f.hasMatch() && cell->status == u"OK") {
        cell->status = u"FIXED"_s;
        cell->attempts = f.captured(1).toInt();
        rest.clear();
    }
    if (rest.startsWith(u':')) {
        rest = rest.mid(1).trimmed();
    } else if (rest.startsWith(u'(') && rest.endsWith(u')')) {
        rest = rest.mid(1, rest.size() - 2);
    }
    cell->detail = rest;
    return true;
}

bool MigrationLogTail::parseTaskStart(const QString &line, QString *job, QString *task)
{
    static const QRegularExpression pattern(
        u"^\\[\\d\\d:\\d\\d:\\d\\d\\] \\[([^/\\]]+)/([^\\]]+)\\] Pass 2: running "_s);
    const auto match = pattern.match(line);
    if (!match.hasMatch()) {
        return false;
    }
    *job = match.captured(1);
    *task = match.captured(2);
    return true;
}

} // namespace Mwb::Widgets
