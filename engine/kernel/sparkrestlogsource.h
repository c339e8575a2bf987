// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/sparklogsource.h"

#include <QUrl>

#include <memory>

namespace Mwb::Kernel {

class RestClient;

// Spark's monitoring REST API (spark.apache.org/docs/latest/monitoring.html#rest-api) of the
// driver UI or history server: GET /api/v1/applications, then
// GET /api/v1/applications/<id>/stages?status=failed; stages that were submitted since the cell
// started count as its failures.
class SparkRestLogSource final : public SparkLogSource
{
public:
    // `url` is the UI root (http://driver:4040); `applicationId` empty = the most recent application.
    explicit SparkRestLogSource(const QUrl &url, const QString &applicationId = {});
    ~SparkRestLogSource() override;
    QString describe() const override;
    Core::Result<QStringList> failuresSince(const QDateTime &since) override;

private:
    QUrl m_url;
    QString m_applicationId;
    std::unique_ptr<RestClient> m_rest;
};

} // namespace Mwb::Kernel
