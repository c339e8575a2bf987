// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/connection.h"

#include "db/dialect.h"
#include "db/tr.h"

#include <QAtomicInteger>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <libpq-fe.h>
#include <qt6keychain/keychain.h>

#include <dlfcn.h>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

QAtomicInteger<quint64> s_connectionCounter = 0;

const char *const keychainService = "MigrationWorkbench";

// Passwords found once per process, so a keychain prompt is not repeated per worker thread.
QMutex s_passwordMutex;
QHash<QString, QString> &passwordCache()
{
    static QHash<QString, QString> cache;
    return cache;
}

QString redact(QString text, const QString &password)
{
    if (!password.isEmpty()) {
        text.replace(password, u"***"_s);
    }
    return text;
}

// libpq conninfo value: single quotes, backslash and quote escaped (libpq "Connection Strings").
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

QString firstLine(const QString &sql)
{
    QString line = sql.trimmed().section(u'\n', 0, 0);
    if (line.size() > 160) {
        line = line.left(157) + u"..."_s;
    }
    return line;
}

Core::Error connectionError(const ConnectionSpec &spec, const QString &message, const QString &hint)
{
    Core::Error error;
    error.file = spec.describe();
    error.message = message;
    error.hint = hint;
    return error;
}

// QMYSQL always sets CLIENT_MULTI_STATEMENTS (qsql_mysql.cpp open(), reliability.md §7.2), which
// turns any quoting bug into a stacked query. Switch it off on the live handle through the client
// library the plugin already loaded (MYSQL_OPTION_MULTI_STATEMENTS_OFF = 1 in mysql.h and MariaDB
// Connector/C alike).
bool disableMysqlMultiStatements(void *mysql)
{
    using SetServerOption = int (*)(void *, int);
    // The plugin loads its client library with RTLD_LOCAL: look in that library, already loaded
    // (RTLD_NOLOAD), rather than in the global namespace.
    void *symbol = dlsym(RTLD_DEFAULT, "mysql_set_server_option");
    for (const char *library : { "libmariadb.so.3", "libmysqlclient.so.21", "libmysqlclient.so.18" }) {
        if (symbol != nullptr) {
            break;
        }
        if (void *handle = dlopen(library, RTLD_NOW | RTLD_NOLOAD)) {
            symbol = dlsym(handle, "mysql_set_server_option");
            dlclose(handle); // drops only the reference RTLD_NOLOAD added
        }
    }
    auto fn = reinterpret_cast<SetServerOption>(symbol);
    return fn != nullptr && mysql != nullptr && fn(mysql, 1) == 0;
}

Core::Result<QString> readKeychain(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(keychainService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // reliability.md §7.1: never a plaintext fallback
    job->setKey(key);
    QEventLoop loop;
    bool finished = false;
    QString password;
    QKeychain::Error error = QKeychain::NoError;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        finished = true;
        error = job->error();
        password = job->textData();
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        return QString(); // no answer from the keychain service: behave as "no entry"
    }
    if (error == QKeychain::NoError) {
        return password;
    }
    return QString(); // EntryNotFound, NoBackendAvailable, ...: the server decides if one is needed
}

} // namespace

Core::Result<QString> resolvePassword(const ConnectionSpec &spec)
{
    if (spec.dialect == DialectKind::Sqlite) {
        return QString();
    }
    const QString key = !spec.keychainKey.isEmpty() ? spec.keychainKey : spec.profile;
    if (!key.isEmpty()) {
        const QByteArray perProfile = passwordVariable(key).toLatin1();
        if (qEnvironmentVariableIsSet(perProfile.constData())) {
            return qEnvironmentVariable(perProfile.constData());
        }
    }
    if (spec.dialect == DialectKind::Postgres && qEnvironmentVariableIsSet("PGPASSWORD")) {
        return qEnvironmentVariable("PGPASSWORD");
    }
    if (qEnvironmentVariableIsSet("MWB_PASSWORD")) {
        return qEnvironmentVariable("MWB_PASSWORD");
    }
    if (key.isEmpty()) {
        return QString();
    }
    {
        QMutexLocker lock(&s_passwordMutex);
        const auto it = passwordCache().constFind(key);
        if (it != passwordCache().constEnd()) {
            return *it;
        }
    }
    auto password = readKeychain(key);
    if (password && !password->isEmpty()) {
        QMutexLocker lock(&s_passwordMutex);
        passwordCache().insert(key, *password);
    }
    return password;
}

QString passwordVariable(const QString &keychainKey)
{
    QString name = u"MWB_PASSWORD_"_s;
    for (const QChar c : keychainKey.toUpper()) {
        name += (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ? c : u'_';
    }
    return name;
}

Connection::Connection(Connection &&other) noexcept
    : m_name(std::exchange(other.m_name, QString())), m_spec(std::move(other.m_spec))
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_name = std::exchange(other.m_name, QString());
        m_spec = std::move(other.m_spec);
    }
    return *this;
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    if (m_name.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool Connection::isOpen() const
{
    return !m_name.isEmpty() && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

const Dialect &Connection::dialect() const
{
    return Dialect::forKind(m_spec.dialect);
}

void *Connection::nativeHandle() const
{
    const QSqlDatabase db = database();
    if (!db.isValid() || db.driver() == nullptr) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    // The drivers return a typed pointer (PGconn*, MYSQL*, sqlite3*) in the variant.
    return handle.isValid() ? *static_cast<void *const *>(handle.constData()) : nullptr;
}

QSqlQuery Connection::query() const
{
    QSqlQuery q(database());
    Dialect::prepareReadQuery(q);
    return q;
}

Core::Result<void> Connection::exec(const QString &sql) const
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        return connectionError(m_spec, Tr::tr("statement failed: %1").arg(q.lastError().text()),
                               Tr::tr("Statement: %1").arg(firstLine(sql)));
    }
    return {};
}

QString Connection::tlsDescription() const
{
    if (m_spec.dialect == DialectKind::Postgres) {
        auto *conn = static_cast<PGconn *>(nativeHandle());
        if (conn == nullptr || PQsslInUse(conn) == 0) {
            return {};
        }
        return QString::fromUtf8(PQsslAttribute(conn, "protocol")) + u' ' + QString::fromUtf8(PQsslAttribute(conn, "cipher"));
    }
    if (m_spec.dialect == DialectKind::Mysql) {
        QSqlQuery q(database());
        if (q.exec(u"SHOW SESSION STATUS WHERE Variable_name IN ('Ssl_version', 'Ssl_cipher')"_s)) {
            QStringList parts;
            while (q.next()) {
                parts << q.value(1).toString();
            }
            parts.removeAll(QString());
            return parts.join(u' ');
        }
    }
    return {};
}

Core::Result<Connection> Connection::open(const ConnectionSpec &spec, const QString &purpose, SqliteFile sqliteFile,
                                          const std::optional<QString> &givenPassword)
{
    const Dialect &dialect = Dialect::forKind(spec.dialect);
    if (!QSqlDatabase::isDriverAvailable(dialect.qtDriverName())) {
        return connectionError(spec, Tr::tr("the Qt SQL driver %1 is not installed").arg(dialect.qtDriverName()),
                               Tr::tr("Install the Qt 6 SQL driver package (libqt6sql6-sqlite, libqt6sql6-psql or "
                                      "libqt6sql6-mysql)."));
    }
    if (spec.dialect == DialectKind::Sqlite && sqliteFile == SqliteFile::MustExist && !QFileInfo(spec.database).isFile()) {
        return connectionError(spec, Tr::tr("the SQLite file does not exist"),
                               Tr::tr("Check the path; a missing source file is never created."));
    }
    if (spec.dialect == DialectKind::Mysql) {
        // QMYSQL only passes SSL_KEY/SSL_CERT/SSL_CA/SSL_CAPATH/SSL_CIPHER to the client library;
        // MYSQL_OPT_SSL_MODE is compiled for Oracle's client only and there is no option for
        // MYSQL_OPT_SSL_VERIFY_SERVER_CERT (qsql_mysql.cpp, reliability.md §7.3). With MariaDB
        // Connector/C 3.3 (Debian 12) that leaves the certificate unverified, so VERIFY_CA and
        // VERIFY_IDENTITY cannot be promised: refuse instead of connecting with less.
        if (spec.tlsMode == u"VERIFY_IDENTITY" || spec.tlsMode == u"VERIFY_CA") {
            return connectionError(spec, Tr::tr("TLS mode %1 cannot be enforced by the installed MySQL driver").arg(spec.tlsMode),
                                   Tr::tr("The QMYSQL driver cannot make the client library verify the server certificate. "
                                          "Reach the server through an SSH tunnel on 127.0.0.1, or downgrade knowingly with "
                                          "ssl-mode=REQUIRED (encrypted, server not verified)."));
        }
    }

    auto password = givenPassword ? Core::Result<QString>(*givenPassword) : resolvePassword(spec);
    if (!password) {
        return password.error();
    }
    const QString name = u"mwb-"_s + (purpose.isEmpty() ? u"db"_s : purpose) + u'-'
        + QString::number(++s_connectionCounter) + u'-'
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    Connection connection;
    connection.m_spec = spec;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.qtDriverName(), name);
        connection.m_name = name; // from here on the destructor removes it
        QStringList options;
        switch (spec.dialect) {
        case DialectKind::Sqlite:
            db.setDatabaseName(spec.database);
            options << u"QSQLITE_BUSY_TIMEOUT=10000"_s;
            break;
        case DialectKind::Postgres:
            db.setHostName(spec.host);
            db.setPort(spec.effectivePort());
            db.setUserName(spec.user);
            db.setDatabaseName(spec.database);
            db.setPassword(*password);
            options << u"sslmode="_s + spec.tlsMode << u"connect_timeout=15"_s << u"application_name=mwb"_s;
            if (!spec.tlsRootCert.isEmpty()) {
                options << u"sslrootcert="_s + conninfoValue(spec.tlsRootCert);
            }
            break;
        case DialectKind::Mysql:
            db.setHostName(spec.host);
            db.setPort(spec.effectivePort());
            db.setUserName(spec.user);
            db.setDatabaseName(spec.database);
            db.setPassword(*password);
            options << u"MYSQL_OPT_CONNECT_TIMEOUT=15"_s;
            if (spec.tlsMode == u"REQUIRED") {
                options << u"CLIENT_SSL=1"_s;
                if (!spec.tlsRootCert.isEmpty()) {
                    options << u"SSL_CA="_s + spec.tlsRootCert;
                }
            }
            break;
        }
        db.setConnectOptions(options.join(u';'));
        if (!db.open()) {
            const QString reason = redact(db.lastError().text(), *password);
            QString hint;
            if (password->isEmpty() && spec.dialect != DialectKind::Sqlite) {
                hint = Tr::tr("No password was found: set %1 or store it in the keychain (service "
                              "\"MigrationWorkbench\", key = the profile name).")
                           .arg(spec.dialect == DialectKind::Postgres ? u"PGPASSWORD or MWB_PASSWORD"_s : u"MWB_PASSWORD"_s);
            } else {
                hint = Tr::tr("Check that the server runs and accepts this user, and the TLS mode (%1).").arg(spec.tlsMode);
            }
            return connectionError(spec, Tr::tr("cannot connect: %1").arg(reason.trimmed()), hint);
        }
    }

    // Session setup shared by every reader and writer (reliability.md §8 rows 8-10, 17).
    QStringList setup;
    switch (spec.dialect) {
    case DialectKind::Sqlite:
        setup << u"PRAGMA foreign_keys = ON"_s;
        break;
    case DialectKind::Postgres:
        setup << u"SET TIME ZONE 'UTC'"_s << u"SET DateStyle = 'ISO, YMD'"_s << u"SET IntervalStyle = 'postgres'"_s
              << u"SET bytea_output = 'hex'"_s << u"SET standard_conforming_strings = on"_s
              << u"SET extra_float_digits = 3"_s << u"SET client_encoding = 'UTF8'"_s;
        break;
    case DialectKind::Mysql:
        if (!disableMysqlMultiStatements(connection.nativeHandle())) {
            return connectionError(spec, Tr::tr("cannot switch off multi-statement mode on the MySQL connection"),
                                   Tr::tr("The MySQL client library does not offer mysql_set_server_option; install "
                                          "libmariadb3 or libmysqlclient."));
        }
        setup << u"SET time_zone = '+00:00'"_s
              << u"SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION,ERROR_FOR_DIVISION_BY_ZERO'"_s;
        break;
    }
    for (const QString &statement : std::as_const(setup)) {
        if (auto ran = connection.exec(statement); !ran) {
            return ran.error();
        }
    }
    if (spec.dialect == DialectKind::Mysql) {
        // QMYSQL falls back to 3-byte utf8 with only a warning (reliability.md §8 row 17): fail.
        QSqlQuery q(connection.database());
        if (!q.exec(u"SELECT @@character_set_connection, @@character_set_client, @@character_set_results"_s) || !q.next()
            || q.value(0).toString() != u"utf8mb4" || q.value(1).toString() != u"utf8mb4"
            || q.value(2).toString() != u"utf8mb4") {
            return connectionError(spec, Tr::tr("the MySQL connection does not use utf8mb4"),
                                   Tr::tr("4-byte characters (emoji) would be lost. Use a server and client library "
                                          "that support utf8mb4 (MySQL 5.5.3+, MariaDB 5.5+)."));
        }
        if (spec.tlsMode == u"REQUIRED") {
            if (connection.tlsDescription().isEmpty()) {
                return connectionError(spec, Tr::tr("the server did not encrypt the connection although ssl-mode=%1")
                                                 .arg(spec.tlsMode),
                                       Tr::tr("Enable TLS on the server, or choose ssl-mode=PREFERRED knowingly."));
            }
        }
    }
    return connection;
}

} // namespace Mwb::Db
