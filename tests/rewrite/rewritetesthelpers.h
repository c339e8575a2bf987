// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the rewrite tests: the golden options and a whole-text comparison that fails at the
// first differing line with both versions of it.
#pragma once

#include "core/jsonio.h"
#include "rewrite/rewriteoptions.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

namespace RewriteTest {

inline QString fixtures()
{
    return QStringLiteral(MWB_FIXTURES_DIR) + QStringLiteral("/rewrite");
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline Mwb::Rewrite::RewriteOptions goldenOptions()
{
    using namespace Mwb;
    Rewrite::RewriteOptions options;
    const auto json = Core::parseJson(readBytes(fixtures() + QStringLiteral("/options.json")), QStringLiteral("options.json"));
    if (!json) {
        return options;
    }
    QStringList catalogs;
    for (const auto &c : (*json)["catalogs"]) {
        catalogs.append(Core::fromStd(c.get<std::string>()));
    }
    options.catalogs = Rewrite::CatalogManifest(catalogs);
    for (const auto &[name, target] : (*json)["buckets"].items()) {
        options.buckets.insert(Core::fromStd(name), { Core::stringValue(target, "bucket"), Core::stringValue(target, "namespace") });
    }
    for (const auto &[id, aidp] : (*json)["job_map"].items()) {
        options.jobMap.insert(Core::fromStd(id), Core::fromStd(aidp.get<std::string>()));
    }
    return options;
}

// Whole-output comparison with a message naming the first differing line.
inline bool sameText(const QString &actual, const QString &expected, const QString &what, QString *message)
{
    if (actual == expected) {
        return true;
    }
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i) || i >= a.size() || i >= e.size()) {
            *message = QStringLiteral("%1 differs at line %2\n  expected: %3\n  actual:   %4")
                           .arg(what)
                           .arg(i + 1)
                           .arg(i < e.size() ? e.at(i) : QStringLiteral("<end>"), i < a.size() ? a.at(i) : QStringLiteral("<end>"));
            return false;
        }
    }
    *message = what + QStringLiteral(" differs");
    return false;
}

} // namespace RewriteTest

#define MWB_COMPARE_TEXT(actual, expected, what)                                                                      \
    do {                                                                                                               \
        QString mwbMessage;                                                                                            \
        if (!RewriteTest::sameText((actual), (expected), (what), &mwbMessage)) {                                      \
            QFAIL(qPrintable(mwbMessage));                                                                             \
        }                                                                                                              \
    } while (false)
