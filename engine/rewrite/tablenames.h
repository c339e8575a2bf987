// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Mwb::Rewrite {

class CatalogManifest;

struct MappedTableName
{
    QString name;
    QStringView ruleId;
    QString reason;
};

// The AIDP name of a table reference (table.1part / 2part / 3part / spark_catalog), or nullopt
// when it stays: temp views, global_temp, 3-part names of unlisted catalogs, 4+ parts.
// Backtick quoting is kept per part; the added `default` parts follow the first part's style.
std::optional<MappedTableName> mapTableName(const QStringList &parts, const QSet<QString> &tempViews,
                                            const CatalogManifest &catalogs);

// "db.t", "`cat`.`s`.`t`" -> parts; nullopt when the text is not a plain dotted name.
std::optional<QStringList> splitTableName(QStringView text);

} // namespace Mwb::Rewrite
