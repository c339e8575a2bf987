// SPDX-License-Identifier: GPL-3.0-or-later
// Connection URLs, profiles, passwords, TLS modes and session setup (issue 6 item 4;
// reliability.md §7.1-7.3, §10 cases 13, 28, 29), against the real test servers.
#include "common/testservices.h"
#include "dbfixture.h"
#include "db/connection.h"
#include "db/connectionspec.h"
#include "db/dialect.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Mwb;

class TestConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void writeProfiles(const QByteArray &json)
    {
        QFile file(m_dir.filePath(u"connections.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parsesUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("tls");
        QTest::newRow("sqlite absolute path") << u"sqlite:///var/data/shop.db"_s << int(Db::DialectKind::Sqlite) << QString() << 0
                                              << QString() << u"/var/data/shop.db"_s << QString();
        QTest::newRow("postgres remote defaults to verify-full")
            << u"postgresql://app@db.example.com:6543/shop"_s << int(Db::DialectKind::Postgres) << u"db.example.com"_s << 6543
            << u"app"_s << u"shop"_s << u"verify-full"_s;
        QTest::newRow("postgres loopback defaults to prefer") << u"postgres://app@127.0.0.1/shop"_s << int(Db::DialectKind::Postgres)
                                                             << u"127.0.0.1"_s << 5432 << u"app"_s << u"shop"_s << u"prefer"_s;
        QTest::newRow("postgres explicit mode, any case") << u"postgresql://app@db:5432/shop?sslmode=REQUIRE"_s
                                                          << int(Db::DialectKind::Postgres) << u"db"_s << 5432 << u"app"_s
                                                          << u"shop"_s << u"require"_s;
        QTest::newRow("mysql remote defaults to VERIFY_IDENTITY") << u"mysql://app@db.example.com/shop"_s << int(Db::DialectKind::Mysql)
                                                                  << u"db.example.com"_s << 3306 << u"app"_s << u"shop"_s
                                                                  << u"VERIFY_IDENTITY"_s;
        QTest::newRow("mariadb scheme, localhost") << u"mariadb://app@localhost:3307/shop?ssl-mode=required"_s
                                                   << int(Db::DialectKind::Mysql) << u"localhost"_s << 3307 << u"app"_s << u"shop"_s
                                                   << u"REQUIRED"_s;
    }

    void parsesUrls()
    {
        QFETCH(QString, url);
        QFETCH(int, dialect);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, tls);
        auto spec = Db::parseConnectionUrl(url);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().toString()));
        QCOMPARE(int(spec->dialect), dialect);
        QCOMPARE(spec->host, host);
        QCOMPARE(spec->effectivePort(), port);
        QCOMPARE(spec->user, user);
        QCOMPARE(spec->database, database);
        QCOMPARE(spec->tlsMode, tls);
    }

    void rejectsBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("relative sqlite path") << u"sqlite://shop.db"_s << u"absolute file path"_s;
        QTest::newRow("unknown scheme") << u"oracle://a@b/c"_s << u"unknown database scheme"_s;
        QTest::newRow("no database") << u"postgresql://a@b:5432/"_s << u"names no database"_s;
        QTest::newRow("unknown parameter") << u"postgresql://a@b/c?sslmod=require"_s << u"unknown URL parameter"_s;
        QTest::newRow("sqlite with parameters") << u"sqlite:///tmp/x.db?mode=ro"_s << u"no parameters"_s;
    }

    void rejectsBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        auto spec = Db::parseConnectionUrl(url);
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error().message.contains(expected), qPrintable(spec.error().toString()));
        QVERIFY(!spec.error().hint.isEmpty()); // says what to do
    }

    // §7.1 / §10 case 28: a password in the URL is refused and never echoed back.
    void passwordInUrlIsRefusedAndNotEchoed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("postgres user:password") << u"postgresql://app:S3cretPw@db:5432/shop"_s;
        QTest::newRow("mysql user:password") << u"mysql://app:S3cretPw@db/shop"_s;
        QTest::newRow("password parameter") << u"postgresql://app@db/shop?password=S3cretPw"_s;
    }

    void passwordInUrlIsRefusedAndNotEchoed()
    {
        QFETCH(QString, url);
        auto spec = Db::parseConnectionUrl(url);
        QVERIFY(!spec.ok());
        QVERIFY(spec.error().message.contains(u"password"_s));
        QVERIFY(spec.error().hint.contains(u"PGPASSWORD"_s));
        QVERIFY2(!spec.error().toString().contains(u"S3cretPw"_s), qPrintable(spec.error().toString()));
    }

    // §7.3 / §10 case 29: a mistyped TLS mode is an error listing the valid ones, never "disabled".
    void mistypedTlsModeIsAnError_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("valid");
        QTest::newRow("mysql VERIFY_IDENTTY") << u"mysql://app@db/shop?ssl-mode=VERIFY_IDENTTY"_s << u"VERIFY_IDENTITY"_s;
        QTest::newRow("postgres verify_full") << u"postgresql://app@db/shop?sslmode=verify_full"_s << u"verify-full"_s;
        QTest::newRow("postgres empty") << u"postgresql://app@db/shop?sslmode="_s << u"verify-full"_s;
    }

    void mistypedTlsModeIsAnError()
    {
        QFETCH(QString, url);
        QFETCH(QString, valid);
        auto spec = Db::parseConnectionUrl(url);
        QVERIFY(!spec.ok());
        QVERIFY(spec.error().message.contains(u"unknown TLS mode"_s));
        QVERIFY(spec.error().hint.contains(valid));
    }

    void displayUrlCarriesNoSecret()
    {
        qputenv("PGPASSWORD", "EnvSecret1");
        auto spec = Db::parseConnectionUrl(u"postgresql://app@db.example.com/shop"_s);
        QVERIFY(spec.ok());
        QVERIFY(!spec->displayUrl().contains(u"EnvSecret1"_s));
        QCOMPARE(spec->displayUrl(), u"postgresql://app@db.example.com:5432/shop?sslmode=verify-full"_s);
        qunsetenv("PGPASSWORD");
    }

    void profilesResolveFromConnectionsJson()
    {
        writeProfiles("{\"profiles\": { \"prod\": {\"url\": \"postgresql://app@db.example.com:5432/shop\", \"sslmode\": \"verify-ca\", \"sslrootcert\": \"/etc/ca.pem\", \"keychain\": \"prod-db\", \"description\": \"production\"}, \"local\": {\"url\": \"sqlite:///tmp/local.db\"}}}");
        auto prod = Db::resolveConnection(u"prod"_s, m_dir.path());
        QVERIFY2(prod.ok(), qPrintable(prod.ok() ? QString() : prod.error().toString()));
        QCOMPARE(prod->profile, u"prod"_s);
        QCOMPARE(prod->tlsMode, u"verify-ca"_s);
        QCOMPARE(prod->tlsRootCert, u"/etc/ca.pem"_s);
        QCOMPARE(prod->keychainKey, u"prod-db"_s);
        QVERIFY(prod->describe().contains(u"prod"_s));
        auto local = Db::resolveConnection(u"local"_s, m_dir.path());
        QVERIFY(local.ok());
        QCOMPARE(local->keychainKey, u"local"_s); // the profile name is the default keychain key
        auto url = Db::resolveConnection(u"mysql://a@h/db"_s, m_dir.path());
        QVERIFY(url.ok());
        QVERIFY(url->profile.isEmpty());
    }

    void profileErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("password stored in the file")
            << QByteArray("{\"profiles\": {\"p\": {\"url\": \"postgresql://a@h/d\", \"password\": \"FilePw99\"}}}") << u"p"_s
            << u"stores a password"_s;
        QTest::newRow("unknown profile lists known ones")
            << QByteArray("{\"profiles\": {\"alpha\": {\"url\": \"postgresql://a@h/d\"}}}") << u"beta"_s << u"no connection profile"_s;
        QTest::newRow("typo in a field") << QByteArray("{\"profiles\": {\"p\": {\"url\": \"postgresql://a@h/d\", \"sslmod\": \"require\"}}}")
                                         << u"p"_s << u"unknown field"_s;
        QTest::newRow("typo in the TLS mode")
            << QByteArray("{\"profiles\": {\"p\": {\"url\": \"mysql://a@h/d\", \"ssl-mode\": \"VERIFY_IDENTTY\"}}}") << u"p"_s
            << u"unknown TLS mode"_s;
        QTest::newRow("password in the profile URL")
            << QByteArray("{\"profiles\": {\"p\": {\"url\": \"postgresql://a:FilePw99@h/d\"}}}") << u"p"_s << u"contains a password"_s;
        QTest::newRow("broken JSON") << QByteArray("{\"profiles\":") << u"p"_s << QString();
    }

    void profileErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, profile);
        QFETCH(QString, expected);
        writeProfiles(json);
        auto spec = Db::resolveConnection(profile, m_dir.path());
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error().toString().contains(expected), qPrintable(spec.error().toString()));
        QVERIFY(spec.error().file.endsWith(u"connections.json"_s));
        QVERIFY(!spec.error().toString().contains(u"FilePw99"_s));
    }

    void passwordComesFromTheEnvironment()
    {
        auto pg = Db::parseConnectionUrl(u"postgresql://a@h/d"_s);
        auto my = Db::parseConnectionUrl(u"mysql://a@h/d"_s);
        QVERIFY(pg.ok() && my.ok());
        qputenv("PGPASSWORD", "pg-pw");
        qputenv("MWB_PASSWORD", "generic-pw");
        QCOMPARE(*Db::resolvePassword(*pg), u"pg-pw"_s);     // PGPASSWORD first for PostgreSQL
        QCOMPARE(*Db::resolvePassword(*my), u"generic-pw"_s); // MWB_PASSWORD for the others
        qunsetenv("PGPASSWORD");
        QCOMPARE(*Db::resolvePassword(*pg), u"generic-pw"_s);
        qunsetenv("MWB_PASSWORD");
        QCOMPARE(*Db::resolvePassword(*pg), QString()); // a URL never asks the keychain
    }

    // A profile asks the keychain when the environment has no password. Without a Secret
    // Service (headless Linux) the lookup ends with no password instead of a plaintext fallback
    // or a hang (reliability.md §7.1).
    void profilePasswordAsksTheKeychainWithoutHanging()
    {
        qunsetenv("PGPASSWORD");
        qunsetenv("MWB_PASSWORD");
        writeProfiles("{\"profiles\": {\"kc\": {\"url\": \"postgresql://app@db.example.com/shop\", \"keychain\": \"mwb-test-missing-entry\"}}}");
        auto spec = Db::resolveConnection(u"kc"_s, m_dir.path());
        QVERIFY(spec.ok());
        QElapsedTimer timer;
        timer.start();
        auto password = Db::resolvePassword(*spec);
        QVERIFY(password.ok());
        QVERIFY(password->isEmpty()); // no such entry
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }

    void missingSqliteSourceIsNotCreated()
    {
        Db::ConnectionSpec spec;
        spec.dialect = Db::DialectKind::Sqlite;
        spec.database = m_dir.filePath(u"missing.db"_s);
        auto connection = Db::Connection::open(spec);
        QVERIFY(!connection.ok());
        QVERIFY(connection.error().message.contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(spec.database));
    }

    // One QSqlDatabase per thread under a unique name (STYLE.md).
    void connectionsPerThreadHaveUniqueNames()
    {
        Db::ConnectionSpec spec;
        spec.dialect = Db::DialectKind::Sqlite;
        spec.database = m_dir.filePath(u"threads.db"_s);
        auto first = Db::Connection::open(spec, u"a"_s, Db::Connection::SqliteFile::CreateIfMissing);
        QVERIFY(first.ok());
        QString otherName;
        bool otherOpen = false;
        QThread *thread = QThread::create([&] {
            auto second = Db::Connection::open(spec, u"a"_s);
            otherOpen = second.ok() && second->isOpen();
            otherName = second.ok() ? second->name() : QString();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(otherOpen);
        QVERIFY(otherName != first->name());
        const QString name = first->name();
        QVERIFY(QSqlDatabase::contains(name));
        Db::Connection moved = std::move(first).value();
        QVERIFY(moved.isOpen());
        moved.close();
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void postgresSessionSetup()
    {
        MWB_REQUIRE_POSTGRES(pg);
        Test::ScratchDatabase scratch;
        QVERIFY2(scratch.create(Db::DialectKind::Postgres, u"conn"_s, m_dir.path()).ok(), "scratch database");
        auto connection = Db::Connection::open(scratch.spec());
        QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
        QSqlQuery q = connection->query();
        QVERIFY(q.exec(u"SELECT current_setting('TimeZone'), current_setting('DateStyle'), current_setting('bytea_output')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"UTC"_s);
        QVERIFY(q.value(1).toString().startsWith(u"ISO"_s));
        QCOMPARE(q.value(2).toString(), u"hex"_s);
        QVERIFY(connection->nativeHandle() != nullptr);
    }

    // §10 case 28: a failed login names the server and what to do, and never the password.
    void wrongPasswordErrorHasNoSecret()
    {
        MWB_REQUIRE_POSTGRES(pg);
        auto spec = Db::parseConnectionUrl(pg.url);
        QVERIFY(spec.ok());
        qputenv("PGPASSWORD", "Wrong-Secret-4711");
        auto connection = Db::Connection::open(*spec);
        qunsetenv("PGPASSWORD");
        QVERIFY(!connection.ok());
        QVERIFY(connection.error().message.contains(u"cannot connect"_s));
        QVERIFY(!connection.error().toString().contains(u"Wrong-Secret-4711"_s));
        QVERIFY(connection.error().file.contains(spec->host));
    }

    // §10 case 29: the test server has no TLS. sslmode=require / ssl-mode=REQUIRED must refuse
    // to connect rather than fall back to plaintext.
    void requiredTlsFailsClosed()
    {
        MWB_REQUIRE_POSTGRES(pg);
        MWB_REQUIRE_MYSQL(my);
        auto pgSpec = Db::parseConnectionUrl(pg.url + u"?sslmode=require"_s);
        QVERIFY(pgSpec.ok());
        qputenv("PGPASSWORD", pg.password.toUtf8());
        auto pgConnection = Db::Connection::open(*pgSpec);
        QVERIFY(!pgConnection.ok());
        QVERIFY2(pgConnection.error().message.contains(u"SSL"_s, Qt::CaseInsensitive), qPrintable(pgConnection.error().toString()));

        auto mySpec = Db::parseConnectionUrl(my.url + u"?ssl-mode=REQUIRED"_s);
        QVERIFY(mySpec.ok());
        qputenv("MWB_PASSWORD", my.password.toUtf8());
        auto myConnection = Db::Connection::open(*mySpec);
        QVERIFY(!myConnection.ok());

        // Certificate verification cannot be enforced through QMYSQL on MariaDB Connector/C:
        // refused before connecting, with the visible downgrade named.
        for (const QString &mode : QStringList { u"VERIFY_IDENTITY"_s, u"VERIFY_CA"_s }) {
            auto strict = Db::parseConnectionUrl(my.url + u"?ssl-mode="_s + mode + u"&ssl-ca=/etc/ssl/certs/ca-certificates.crt"_s);
            QVERIFY(strict.ok());
            auto strictConnection = Db::Connection::open(*strict);
            QVERIFY(!strictConnection.ok());
            QVERIFY(strictConnection.error().message.contains(mode));
            QVERIFY(strictConnection.error().hint.contains(u"ssl-mode=REQUIRED"_s));
        }
        // The remote default is VERIFY_IDENTITY, so a remote MySQL URL without a mode is refused too.
        auto remote = Db::parseConnectionUrl(u"mysql://app@db.example.com/shop"_s);
        QVERIFY(remote.ok());
        QVERIFY(!Db::Connection::open(*remote).ok());
    }

    // §10 case 13 / §7.2: QMYSQL turns on CLIENT_MULTI_STATEMENTS; ours switches it off, so a
    // stacked query is an error and `victim` survives. §8 row 17: utf8mb4 round trip.
    void mysqlRefusesStackedQueriesAndKeepsEmoji()
    {
        MWB_REQUIRE_MYSQL(my);
        Test::ScratchDatabase scratch;
        const auto created = scratch.create(Db::DialectKind::Mysql, u"conn"_s, m_dir.path());
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        auto connection = Db::Connection::open(scratch.spec());
        QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
        QVERIFY(connection->exec(u"CREATE TABLE victim (id int)"_s).ok());
        QSqlQuery q(connection->database());
        QVERIFY(!q.exec(u"SELECT 1; DROP TABLE victim"_s));
        QSqlQuery check(connection->database());
        QVERIFY(check.exec(u"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'victim'"_s));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), 1);

        QVERIFY(connection->exec(u"CREATE TABLE words (w varchar(20)) CHARACTER SET utf8mb4"_s).ok());
        QSqlQuery insert(connection->database());
        QVERIFY(insert.prepare(u"INSERT INTO words VALUES (?)"_s));
        insert.addBindValue(u"🍻😀 名前"_s);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QSqlQuery emoji(connection->database());
        QVERIFY(emoji.exec(u"SELECT w, @@session.time_zone FROM words"_s) && emoji.next());
        QCOMPARE(emoji.value(0).toString(), u"🍻😀 名前"_s);
        QCOMPARE(emoji.value(1).toString(), u"+00:00"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
