// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Mwb::Db {
struct SchemaCopyResult;
}

namespace Mwb::Widgets {

// The warnings and skipped items of a schema-copy preview, one row each, in the order the engine
// reported them. A skipped object (trigger, view, routine) is one "Skipped" row carrying the
// engine's warning about it and the file its source goes to. Each row names its object
// (ObjectRole, KindRole) so the preview can select it in the object tree.
class SchemaWarningsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaWarningsModel)

public:
    enum Column { ObjectColumn, KindColumn, MessageColumn, ColumnCount };
    enum Role {
        ObjectRole = Qt::UserRole + 1, // the object as the engine names it: "orders.total", "trg_audit"
        KindRole, // the engine's kind: type_changed, trigger_skipped, ...
        SkippedRole, // bool
        FileRole, // skipped rows: "skipped/untranslatable_triggers.sql"
    };

    struct Entry
    {
        QString object;
        QString kind;
        QString message;
        bool skipped = false;
        QString file; // skipped rows
    };

    explicit SchemaWarningsModel(QObject *parent = nullptr);

    void setResult(const Db::SchemaCopyResult &result);
    void clear();
    const QList<Entry> &entries() const { return m_entries; }
    int skippedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace Mwb::Widgets
