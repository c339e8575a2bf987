// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/tablenames.h"

#include "rewrite/catalogmanifest.h"
#include "rewrite/ruleids.h"
#include "rewrite/sqlscanner.h"
#include "rewrite/tr.h"

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

std::optional<MappedTableName> mapTableName(const QStringList &parts, const QSet<QString> &tempViews,
                                            const CatalogManifest &catalogs)
{
    if (parts.isEmpty() || parts.size() > 3) {
        return std::nullopt;
    }
    const bool quoted = parts.first().startsWith(u'`');
    const QString def = quoted ? u"`default`"_s : u"default"_s;
    const QString first = unquotedPart(parts.first()).toLower();
    switch (parts.size()) {
    case 1:
        if (tempViews.contains(first)) {
            return std::nullopt;
        }
        return MappedTableName { def + u'.' + def + u'.' + parts.first(), RuleId::Table1Part,
                                 Tr::tr("1-part name qualified with AIDP's default catalog and schema") };
    case 2:
        if (first == u"global_temp") {
            return std::nullopt;
        }
        return MappedTableName { def + u'.' + parts.join(u'.'), RuleId::Table2Part,
                                 Tr::tr("2-part name qualified with AIDP's default catalog") };
    default:
        break;
    }
    if (first == u"spark_catalog") {
        // spark_catalog.s.t is s.t, which the 2-part rule qualifies in the same pass (idempotent).
        return MappedTableName { def + u'.' + parts.at(1) + u'.' + parts.at(2), RuleId::TableSparkCatalog,
                                 Tr::tr("the Hive metastore catalog spark_catalog is AIDP's default catalog") };
    }
    if (first != u"default" && catalogs.remaps(first, unquotedPart(parts.at(1)))) {
        return MappedTableName { def + u'.' + parts.at(1) + u'.' + parts.at(2), RuleId::Table3Part,
                                 Tr::tr("catalog %1 is listed in the catalog manifest: remapped to default")
                                     .arg(unquotedPart(parts.first())) };
    }
    return std::nullopt;
}

std::optional<QStringList> splitTableName(QStringView text)
{
    QStringList parts;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        if (text.at(i) == u'`') {
            j = text.indexOf(u'`', i + 1);
            if (j < 0) {
                return std::nullopt;
            }
            ++j;
        } else {
            while (j < text.size() && (text.at(j).isLetterOrNumber() || text.at(j) == u'_')) {
                ++j;
            }
        }
        if (j == i) {
            return std::nullopt;
        }
        parts.append(text.mid(i, j - i).toString());
        if (j == text.size()) {
            return parts;
        }
        if (text.at(j) != u'.') {
            return std::nullopt;
        }
        i = j + 1;
    }
    return std::nullopt;
}

} // namespace Mwb::Rewrite
