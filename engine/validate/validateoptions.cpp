// SPDX-License-Identifier: GPL-3.0-or-later
#include "validateoptions.h"

#include "tr.h"

using namespace Qt::StringLiterals;

namespace Mwb::Validate {

const ColumnTolerance *ValidationOptions::columnTolerance(const QString &table, const QString &column) const
{
    for (const ColumnTolerance &tolerance : columnTolerances) {
        if (tolerance.table == table && tolerance.column == column) {
            return &tolerance;
        }
    }
    return nullptr;
}

double ValidationOptions::allowedMismatchShare(const QString &table) const
{
    for (const TableTolerance &tolerance : tableTolerances) {
        if (tolerance.table == table) {
            return tolerance.allowedMismatchShare;
        }
    }
    return 0;
}

namespace {

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto toleranceError(const QString &spec, const QString &what)
{
    return Core::Error::inFile(u"--tolerance"_s, Tr::tr("\"%1\": %2").arg(spec, what),
                               Tr::tr("Write TABLE.COLUMN=abs:N, rel:N or time:SECONDS, or TABLE=SHARE for "
                                      "--allow-mismatch."));
}

} // namespace

Core::Result<ColumnTolerance> parseColumnTolerance(const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    const qsizetype dot = spec.indexOf(u'.');
    if (eq < 0 || dot < 0 || dot > eq) {
        return toleranceError(spec, Tr::tr("expected TABLE.COLUMN=KIND:VALUE"));
    }
    ColumnTolerance tolerance;
    tolerance.table = spec.left(dot);
    tolerance.column = spec.mid(dot + 1, eq - dot - 1);
    if (tolerance.table.isEmpty() || tolerance.column.isEmpty()) {
        return toleranceError(spec, Tr::tr("the table or column name is empty"));
    }
    const QStringList parts = spec.mid(eq + 1).split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return toleranceError(spec, Tr::tr("no tolerance given"));
    }
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(u':');
        bool ok = false;
        const double value = colon > 0 ? part.mid(colon + 1).toDouble(&ok) : 0;
        if (!ok || value < 0) {
            return toleranceError(spec, Tr::tr("\"%1\" is not KIND:NON-NEGATIVE-NUMBER").arg(part));
        }
        const QString kind = part.left(colon).trimmed();
        if (kind == u"abs") {
            tolerance.absolute = value;
        } else if (kind == u"rel") {
            tolerance.relative = value;
        } else if (kind == u"time") {
            tolerance.timeGranularitySeconds = value;
        } else {
            return toleranceError(spec, Tr::tr("unknown kind \"%1\" (abs, rel, time)").arg(kind));
        }
    }
    return tolerance;
}

Core::Result<TableTolerance> parseTableTolerance(const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    bool ok = false;
    const double share = eq > 0 ? spec.mid(eq + 1).toDouble(&ok) : 0;
    if (!ok || share < 0 || share > 1) {
        return toleranceError(spec, Tr::tr("expected TABLE=SHARE with a share between 0 and 1"));
    }
    return TableTolerance { spec.left(eq), share };
}

} // namespace Mwb::Validate
