// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

namespace Mwb::Db {
struct SchemaCopyResult;
}

namespace Mwb::Widgets {

// The source objects of a schema-copy preview (WORKBENCH_UI.md, "Schema-copy preview") as a tree:
// Tables -> table -> columns (source and target type), primary key, unique and check constraints,
// indexes, foreign keys; Views; Triggers; Routines (when the reader found any); Generated files.
// Every node carries the DDL the engine generated for it (Db::generateScript on that object alone,
// so it is the text of the files) and the warnings and skipped items attached to it; a node whose
// own or descendants' objects have warnings shows a warning icon, a skipped object a stop icon.
class SchemaObjectModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaObjectModel)

public:
    enum Column { NameColumn, SourceTypeColumn, TargetTypeColumn, DetailsColumn, ColumnCount };
    enum class Kind {
        Group,
        Table,
        Column,
        PrimaryKey,
        Unique,
        Check,
        Index,
        ForeignKey,
        View,
        Trigger,
        Routine,
        File
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        ObjectRole, // the object name as warnings spell it: "orders", "orders.id", "orders.idx_x"
        DdlRole, // the generated DDL for this node (a file node: the whole file)
        WarningsRole, // QStringList: "kind: message" of this node's own warnings
        AllWarningsRole, // QStringList: this node's and its descendants' warnings, "object: kind: message"
        SkippedRole, // bool: not translated; its source goes to skipped/
        FilePathRole, // File nodes: "tables.sql", "skipped/functions.sql"
    };

    explicit SchemaObjectModel(QObject *parent = nullptr);
    ~SchemaObjectModel() override;

    void setResult(const Db::SchemaCopyResult &result);
    void clear();

    // The node a warning or skipped item names. `warningKind` (view_*, trigger_*, routine_*) picks the
    // object category when names are shared; "table.part" falls back to the table. Invalid when unknown.
    QModelIndex indexForObject(const QString &object, const QString &warningKind = {}) const;
    QModelIndex indexForFile(const QString &path) const;
    QModelIndex groupIndex(Kind childKind) const; // the "Tables", "Views", ... group; invalid when absent

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;

    std::unique_ptr<Node> m_root;
    QString m_sourceDialect;
    QString m_targetDialect;
    QHash<QString, Node *> m_byKey; // "t:orders", "t:orders.id", "v:name", "g:name", "r:name", "f:tables.sql"
};

} // namespace Mwb::Widgets
