// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema/schemawarningsmodel.h"

#include "db/schemacopy.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

QString skippedFileFor(const QString &kind)
{
    if (kind == u"stored_procedure") {
        return u"skipped/stored_procedures.sql"_s;
    }
    if (kind == u"function") {
        return u"skipped/functions.sql"_s;
    }
    if (kind == u"untranslatable_view") {
        return u"skipped/untranslatable_views.sql"_s;
    }
    return u"skipped/untranslatable_triggers.sql"_s;
}

// The warning the engine adds next to each skipped item (typemapping.cpp).
bool warnsAboutSkipped(const QString &warningKind, const QString &skippedKind)
{
    if (skippedKind == u"untranslatable_view") {
        return warningKind == u"view_skipped";
    }
    if (skippedKind == u"untranslatable_trigger") {
        return warningKind == u"trigger_skipped";
    }
    return warningKind == u"routine_skipped";
}

} // namespace

SchemaWarningsModel::SchemaWarningsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SchemaWarningsModel::setResult(const Db::SchemaCopyResult &result)
{
    beginResetModel();
    m_entries.clear();
    QList<bool> used(result.mapped.skipped.size(), false);
    for (const Db::SchemaWarning &warning : result.mapped.warnings) {
        Entry entry { warning.object, warning.kind, warning.message, false, {} };
        for (qsizetype i = 0; i < result.mapped.skipped.size(); ++i) {
            const Db::SkippedItem &item = result.mapped.skipped.at(i);
            if (!used.at(i) && item.object == warning.object && warnsAboutSkipped(warning.kind, item.kind)) {
                used[i] = true;
                entry.skipped = true;
                entry.file = skippedFileFor(item.kind);
                break;
            }
        }
        m_entries << entry;
    }
    for (qsizetype i = 0; i < result.mapped.skipped.size(); ++i) {
        if (!used.at(i)) {
            const Db::SkippedItem &item = result.mapped.skipped.at(i);
            m_entries << Entry { item.object, item.kind, item.reason, true, skippedFileFor(item.kind) };
        }
    }
    endResetModel();
}

void SchemaWarningsModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int SchemaWarningsModel::skippedCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.skipped; }));
}

int SchemaWarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SchemaWarningsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaWarningsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ObjectColumn:
            return entry.object;
        case KindColumn:
            return entry.skipped ? tr("skipped (%1)").arg(entry.kind) : entry.kind;
        case MessageColumn:
            return entry.message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == ObjectColumn) {
            return QApplication::style()->standardIcon(
                entry.skipped ? QStyle::SP_BrowserStop : QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole:
        return entry.skipped ? tr("%1\nNot translated; the original source is in %2.").arg(entry.message, entry.file)
                             : entry.message;
    case ObjectRole:
        return entry.object;
    case KindRole:
        return entry.kind;
    case SkippedRole:
        return entry.skipped;
    case FileRole:
        return entry.file;
    default:
        return {};
    }
}

QVariant SchemaWarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ObjectColumn:
        return tr("Object");
    case KindColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Mwb::Widgets
