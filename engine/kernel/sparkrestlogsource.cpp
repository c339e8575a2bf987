// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/sparkrestlogsource.h"

#include "kernel/restclient.h"
#include "kernel/tr.h"

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

namespace {

// Spark's dates look like "2024-01-31T12:00:00.000GMT".
QDateTime sparkDate(const QString &text)
{
    QString iso = text;
    if (iso.endsWith(u"GMT")) {
        iso.chop(3);
        iso += u'Z';
    }
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

} // namespace

SparkRestLogSource::SparkRestLogSource(const QUrl &url, const QString &applicationId)
    : m_url(url)
    , m_applicationId(applicationId)
    , m_rest(std::make_unique<RestClient>(url, nullptr))
{
}

SparkRestLogSource::~SparkRestLogSource() = default;

QString SparkRestLogSource::describe() const
{
    return Tr::tr("Spark REST API at %1").arg(m_url.toDisplayString(QUrl::RemoveUserInfo));
}

Core::Result<QStringList> SparkRestLogSource::failuresSince(const QDateTime &since)
{
    QString application = m_applicationId;
    if (application.isEmpty()) {
        auto applications = m_rest->call("GET", u"api/v1/applications"_s, Core::Json(), std::chrono::seconds(15));
        if (!applications) {
            return applications.error();
        }
        const Core::Json list = applications->json();
        if (!list.is_array() || list.empty()) {
            return Core::Error::inFile({}, Tr::tr("%1 lists no Spark application").arg(describe()),
                                       Tr::tr("Point --spark-rest at the driver UI of the kernel's Spark session."));
        }
        // Spark lists applications newest first.
        application = Core::stringValue(list.front(), "id");
    }
    auto stages = m_rest->call("GET", u"api/v1/applications/"_s + application + u"/stages?status=failed"_s, Core::Json(),
                               std::chrono::seconds(15));
    if (!stages) {
        return stages.error();
    }
    QStringList failures;
    const Core::Json list = stages->json();
    if (!list.is_array()) {
        return Core::Error::inFile({}, Tr::tr("%1 answered stages in an unknown shape").arg(describe()));
    }
    for (const auto &stage : list) {
        const QDateTime submitted = sparkDate(Core::stringValue(stage, "submissionTime"));
        if (submitted.isValid() && submitted < since) {
            continue;
        }
        const int id = stage.value("stageId", -1);
        failures << Tr::tr("Spark stage %1 (%2) failed: %3")
                        .arg(id)
                        .arg(Core::stringValue(stage, "name"), Core::stringValue(stage, "failureReason").trimmed());
    }
    return failures;
}

} // namespace Mwb::Kernel
