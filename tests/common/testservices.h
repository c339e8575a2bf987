// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real servers scripts/test.sh starts on 127.0.0.1 (scripts/services.sh). URLs carry no
// password; the password comes from the environment, as it does for users.
//
// Under scripts/test.sh (MWB_TEST_SERVICES=1) a missing service fails the test; a developer
// running one binary by hand without services gets a skip that says how to start them.

#include <QString>
#include <QTest>

namespace Mwb::Test {

struct Service
{
    QString url;
    QString password; // or token for Jupyter
};

inline Service serviceFromEnvironment(const char *urlVariable, const char *secretVariable)
{
    return {qEnvironmentVariable(urlVariable), qEnvironmentVariable(secretVariable)};
}

inline bool servicesRequired()
{
    return qEnvironmentVariable("MWB_TEST_SERVICES") == QLatin1String("1");
}

} // namespace Mwb::Test

// Declares `Mwb::Test::Service name` from the environment or fails/skips the test function.
#define MWB_REQUIRE_SERVICE(name, urlVariable, secretVariable)                                                     \
    const Mwb::Test::Service name = Mwb::Test::serviceFromEnvironment(urlVariable, secretVariable);               \
    do {                                                                                                           \
        if (name.url.isEmpty()) {                                                                                  \
            if (Mwb::Test::servicesRequired())                                                                     \
                QFAIL(urlVariable " is not set although MWB_TEST_SERVICES=1");                                     \
            QSKIP(urlVariable " is not set: run scripts/test.sh, or eval \"$(scripts/services.sh start DIR)\"");   \
        }                                                                                                          \
    } while (false)

#define MWB_REQUIRE_POSTGRES(name) MWB_REQUIRE_SERVICE(name, "MWB_TEST_PG_URL", "MWB_TEST_PG_PASSWORD")
#define MWB_REQUIRE_MYSQL(name) MWB_REQUIRE_SERVICE(name, "MWB_TEST_MYSQL_URL", "MWB_TEST_MYSQL_PASSWORD")
#define MWB_REQUIRE_JUPYTER(name) MWB_REQUIRE_SERVICE(name, "MWB_TEST_JUPYTER_URL", "MWB_TEST_JUPYTER_TOKEN")
