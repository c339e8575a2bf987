// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/migrationlog.h"

#include "run/tr.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Mwb::Run {

namespace {

QString flattened(QString text)
{
    return text.replace(u"\r\n"_s, u" "_s).replace(u'\r', u' ').replace(u'\n', u' ');
}

// The scope is the bracketed second field; brackets inside a job name ("[PROD] Daily ETL") would
// end it early for a reader that splits at "]", so they become parentheses.
QString scopePart(const QString &text)
{
    QString out = flattened(text);
    return out.replace(u'[', u'(').replace(u']', u')');
}

} // namespace

MigrationLog::~MigrationLog()
{
    if (m_file) {
        std::fclose(m_file);
    }
}

Core::Result<void> MigrationLog::open(const QString &path, bool echoToStderr)
{
    QMutexLocker lock(&m_mutex);
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
    m_echo = echoToStderr;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Core::Error::inFile(folder, Tr::tr("cannot create the folder of the migration log"),
            Tr::tr("Check that --output-base points to a writable folder."));
    }
#ifdef Q_OS_WIN
    const char *mode = "ab";
#else
    const char *mode = "abe"; // O_CLOEXEC: kernels and servers started by mwb do not inherit it
#endif
    m_file = std::fopen(QFile::encodeName(path).constData(), mode);
    if (!m_file) {
        return Core::Error::inFile(path,
            Tr::tr("cannot open the migration log: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
            Tr::tr("Check that --output-base points to a writable folder."));
    }
    return {};
}

void MigrationLog::addSecret(const QString &secret)
{
    // An empty "secret" would match everywhere; it is nothing to hide.
    if (secret.isEmpty()) {
        return;
    }
    QMutexLocker lock(&m_mutex);
    // line() flattens line breaks before masking, so a multi-line secret is registered as it will
    // appear in a line.
    for (const QString &form : { secret, flattened(secret) }) {
        if (!m_secrets.contains(form)) {
            m_secrets << form;
        }
    }
    // Longest first, so a secret that contains another one is masked whole.
    std::stable_sort(
        m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString MigrationLog::format(const QString &time, const QString &job, const QString &task, const QString &text)
{
    QString scope = scopePart(job);
    if (!task.isEmpty()) {
        scope = scope.isEmpty() ? scopePart(task) : scope + u'/' + scopePart(task);
    }
    if (scope.trimmed().isEmpty()) {
        scope = u"mwb"_s;
    }
    QString body = flattened(text);
    if (body.isEmpty()) {
        body = u"-"_s; // the format promises text after the scope
    }
    return u'[' + time + u"] ["_s + scope + u"] "_s + body;
}

void MigrationLog::line(const QString &job, const QString &task, const QString &text)
{
    QString out = format(QTime::currentTime().toString(u"HH:mm:ss"_s), job, task, text);
    QMutexLocker lock(&m_mutex);
    for (const QString &secret : std::as_const(m_secrets)) {
        out.replace(secret, u"***"_s);
    }
    const QByteArray bytes = out.toUtf8() + '\n';
    // One fwrite per line under the mutex: concurrent tasks never interleave inside a line, and the
    // flush makes the line visible to a tail -f / the GUI at once.
    if (m_file) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_file);
        std::fflush(m_file);
    }
    if (m_echo) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
        std::fflush(stderr);
    }
}

} // namespace Mwb::Run
