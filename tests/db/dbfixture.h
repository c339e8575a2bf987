// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shared database fixture of issue 6 (schema tests and the all-directions copy test): one
// schema with every column type family, NULLs, unicode, BLOBs, a composite key, a self FK,
// circular FKs, a view and a trigger, written by hand for each dialect (not by our DDL writer,
// so the tests do not check the writer against itself).

#include "core/result.h"
#include "db/connection.h"
#include "db/connectionspec.h"

#include <QString>
#include <QStringList>
#include <QTest>

namespace Mwb::Test {

// Whether the test environment names a server for `dialect` (SQLite needs none).
inline bool dialectAvailable(Db::DialectKind dialect)
{
    return dialect == Db::DialectKind::Sqlite
        || !qEnvironmentVariable(dialect == Db::DialectKind::Postgres ? "MWB_TEST_PG_URL" : "MWB_TEST_MYSQL_URL").isEmpty();
}

// A database of its own for one test, on the real server named by the test environment
// (MWB_TEST_PG_URL / MWB_TEST_MYSQL_URL, password from MWB_TEST_*_PASSWORD, handed to the engine
// through PGPASSWORD / MWB_PASSWORD as users do), or a SQLite file in `dir`. Dropped by the
// destructor.
class ScratchDatabase
{
public:
    ScratchDatabase() = default;
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    // `tag` becomes part of the database name (letters, digits, _). Fails when the service is not
    // configured; tests use MWB_REQUIRE_POSTGRES / MWB_REQUIRE_MYSQL before calling this.
    Core::Result<void> create(Db::DialectKind dialect, const QString &tag, const QString &sqliteDir);

    const Db::ConnectionSpec &spec() const { return m_spec; }
    QString url() const { return m_spec.displayUrl(); }

private:
    Db::ConnectionSpec m_spec;
    Db::ConnectionSpec m_admin; // the server's default database, for DROP DATABASE
    bool m_created = false;
};

// Creates the fixture tables, view and trigger and fills them (runs the statements of
// fixtureStatements()).
Core::Result<void> createFixture(const Db::Connection &connection);
// The statements createFixture runs, per dialect.
QStringList fixtureStatements(Db::DialectKind dialect);
// Fixture tables in parent-first order.
QStringList fixtureTables();

// Rows of a table as normalised text, ordered by primary key (all columns when there is none):
// NULL -> "<NULL>", integers and decimals as exact decimal text without trailing zeros, doubles
// with 17 significant digits (reals with 9), booleans "0"/"1", timestamps "YYYY-MM-DD HH:MM:SS[.f]"
// without trailing zeros or zone suffix, binary as hex, JSON re-serialised with sorted keys.
// Values read the exact way the copy engine reads them (Dialect::selectExpression).
Core::Result<QList<QStringList>> readNormalisedRows(const Db::Connection &connection, const QString &table);

} // namespace Mwb::Test

// Fails (under scripts/test.sh) or skips the test function when the dialect's server is missing.
#define MWB_REQUIRE_DIALECT(dialect)                                                                                   \
    do {                                                                                                               \
        if (!Mwb::Test::dialectAvailable(dialect)) {                                                                   \
            if (qEnvironmentVariable("MWB_TEST_SERVICES") == QLatin1String("1"))                                      \
                QFAIL("test service missing although MWB_TEST_SERVICES=1");                                            \
            QSKIP("test service not configured: run scripts/test.sh, or eval \"$(scripts/services.sh start DIR)\""); \
        }                                                                                                              \
    } while (false)
