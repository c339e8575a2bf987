// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema/schemaobjectmodel.h"

#include "db/schemacopy.h"

#include <functional>

#include <QApplication>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

struct SchemaObjectModel::Node
{
    Kind kind = Kind::Group;
    QString name;
    QString sourceType;
    QString targetType;
    QString details;
    QString object;
    QString ddl;
    QString filePath;
    QStringList warnings;
    bool skipped = false;
    int descendantWarnings = 0;
    Kind childKind = Kind::Group; // groups: the kind of their children
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(Kind childKindOfNew, const QString &childName)
    {
        auto node = std::make_unique<Node>();
        node->kind = childKindOfNew;
        node->name = childName;
        node->parent = this;
        node->row = int(children.size());
        children.push_back(std::move(node));
        return children.back().get();
    }
};

namespace {

using Db::DialectKind;

// The statements as the files hold them (schemacopy.cpp fileText): "statement;" each, MySQL
// trigger bodies between DELIMITER lines, so every block is a verbatim part of its file.
QString statementsText(const QStringList &statements, DialectKind target)
{
    QStringList blocks;
    for (const QString &statement : statements) {
        if (target == DialectKind::Mysql && statement.contains(u"\nBEGIN\n"_s)) {
            blocks << u"DELIMITER $$\n"_s + statement + u"$$\nDELIMITER ;\n"_s;
        } else {
            blocks << statement + u";\n"_s;
        }
    }
    return blocks.join(u'\n');
}

QString section(const QString &file, const QStringList &statements, DialectKind target)
{
    if (statements.isEmpty()) {
        return {};
    }
    return u"-- "_s + file + u"\n"_s + statementsText(statements, target);
}

QString joinSections(const QStringList &sections)
{
    QStringList nonEmpty;
    for (const QString &s : sections) {
        if (!s.isEmpty()) {
            nonEmpty << s;
        }
    }
    return nonEmpty.join(u'\n');
}

// The same block schemacopy.cpp skippedText writes for one item.
QString skippedText(const Db::SkippedItem &item)
{
    return u"-- "_s + item.object + u": "_s + item.reason + u'\n' + item.sourceSql.trimmed() + u'\n';
}

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

// A mapped schema holding only the given objects: Db::generateScript on it yields exactly their
// statements, the way the whole script is generated.
Db::MappedSchema only(const Db::Schema &target, const QList<Db::Table> &tables, const QList<Db::View> &views = {},
    const QList<Db::Trigger> &triggers = {})
{
    Db::MappedSchema part;
    part.schema.dialect = target.dialect;
    part.schema.database = target.database;
    part.schema.schemaName = target.schemaName;
    part.schema.tables = tables;
    part.schema.views = views;
    part.schema.triggers = triggers;
    return part;
}

QString columnList(const QStringList &columns)
{
    return u'(' + columns.join(u", "_s) + u')';
}

QString indexColumns(const Db::Index &index)
{
    QStringList parts;
    for (const Db::IndexColumn &column : index.columns) {
        QString part = column.expression.isEmpty() ? column.name : column.expression;
        if (column.prefixLength > 0) {
            part += u'(' + QString::number(column.prefixLength) + u')';
        }
        if (column.descending) {
            part += u" DESC"_s;
        }
        parts << part;
    }
    return u'(' + parts.join(u", "_s) + u')';
}

QString categoryOf(const QString &warningKind)
{
    if (warningKind.startsWith(u"view_"_s) || warningKind == u"untranslatable_view") {
        return u"v"_s;
    }
    if (warningKind.startsWith(u"trigger_"_s) || warningKind == u"untranslatable_trigger") {
        return u"g"_s;
    }
    if (warningKind.startsWith(u"routine_"_s) || warningKind == u"stored_procedure" || warningKind == u"function") {
        return u"r"_s;
    }
    return u"t"_s;
}

} // namespace

SchemaObjectModel::SchemaObjectModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

SchemaObjectModel::~SchemaObjectModel() = default;

void SchemaObjectModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byKey.clear();
    m_sourceDialect.clear();
    m_targetDialect.clear();
    endResetModel();
}

void SchemaObjectModel::setResult(const Db::SchemaCopyResult &result)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byKey.clear();
    m_sourceDialect = Db::dialectName(result.source.dialect);
    m_targetDialect = Db::dialectName(result.mapped.schema.dialect);
    const Db::Schema &source = result.source;
    const Db::Schema &target = result.mapped.schema;
    const DialectKind to = target.dialect;
    auto claim = [this](const QString &key, Node *node) {
        if (!m_byKey.contains(key)) {
            m_byKey.insert(key, node);
        }
    };
    auto skippedItem = [&result](const QString &kindPrefix, const QString &name) -> const Db::SkippedItem * {
        for (const Db::SkippedItem &item : result.mapped.skipped) {
            if (item.object == name && categoryOf(item.kind) == kindPrefix) {
                return &item;
            }
        }
        return nullptr;
    };

    Node *tables = m_root->add(Kind::Group, tr("Tables"));
    tables->childKind = Kind::Table;
    for (const Db::Table &table : source.tables) {
        Node *tableNode = tables->add(Kind::Table, table.name);
        tableNode->object = table.name;
        claim(u"t:"_s + table.name, tableNode);
        const Db::Table *mappedTable = target.table(table.name);
        QString createTable;
        if (mappedTable) {
            const Db::SchemaScript whole = Db::generateScript(only(target, { *mappedTable }));
            tableNode->ddl = joinSections({ section(u"tables.sql"_s, whole.tables, to),
                section(u"indexes.sql"_s, whole.indexes, to), section(u"foreign_keys.sql"_s, whole.foreignKeys, to) });
            createTable = section(u"tables.sql"_s, whole.tables, to);
        } else {
            tableNode->ddl = u"-- "_s + tr("%1 is not in the generated script.").arg(table.name) + u'\n';
            createTable = tableNode->ddl;
        }
        QStringList facts;
        facts << tr("%n column(s)", nullptr, int(table.columns.size()));
        if (!table.indexes.isEmpty()) {
            facts << tr("%n index(es)", nullptr, int(table.indexes.size()));
        }
        if (!table.foreignKeys.isEmpty()) {
            facts << tr("%n foreign key(s)", nullptr, int(table.foreignKeys.size()));
        }
        tableNode->details = facts.join(u", "_s);

        for (const Db::Column &column : table.columns) {
            Node *node = tableNode->add(Kind::Column, column.name);
            node->object = table.name + u'.' + column.name;
            node->sourceType = column.type.sql.isEmpty() ? tr("(no type)") : column.type.sql;
            if (mappedTable) {
                if (const Db::Column *mappedColumn = mappedTable->column(column.name)) {
                    node->targetType = mappedColumn->type.sql;
                }
            }
            QStringList details;
            if (table.primaryKey && table.primaryKey->columns.contains(column.name)) {
                details << tr("PK");
            }
            if (!column.nullable) {
                details << tr("NOT NULL");
            }
            if (column.identity != Db::IdentityKind::None) {
                details << tr("identity");
            }
            if (column.defaultSql) {
                details << tr("default %1").arg(*column.defaultSql);
            }
            if (column.isGenerated()) {
                details << tr("generated: %1").arg(column.generatedSql);
            }
            node->details = details.join(u", "_s);
            node->ddl = createTable;
            claim(u"t:"_s + node->object, node);
        }
        if (table.primaryKey) {
            Node *node = tableNode->add(Kind::PrimaryKey, tr("Primary key"));
            node->sourceType = columnList(table.primaryKey->columns);
            node->details = table.primaryKey->name;
            node->object = table.primaryKey->name.isEmpty() ? QString() : table.name + u'.' + table.primaryKey->name;
            node->ddl = createTable;
            if (!node->object.isEmpty()) {
                claim(u"t:"_s + node->object, node);
            }
        }
        for (const Db::UniqueConstraint &unique : table.uniques) {
            Node *node = tableNode->add(Kind::Unique, unique.name.isEmpty() ? tr("Unique") : unique.name);
            node->sourceType = u"UNIQUE "_s + columnList(unique.columns);
            node->object = table.name + u'.' + unique.name;
            node->ddl = createTable;
            if (!unique.name.isEmpty()) {
                claim(u"t:"_s + node->object, node);
            }
        }
        for (const Db::CheckConstraint &check : table.checks) {
            Node *node = tableNode->add(Kind::Check, check.name.isEmpty() ? tr("Check") : check.name);
            node->sourceType = u"CHECK ("_s + check.expression + u')';
            node->object = table.name + u'.' + check.name;
            node->ddl = createTable;
            if (!check.name.isEmpty()) {
                claim(u"t:"_s + node->object, node);
            }
        }
        for (const Db::Index &index : table.indexes) {
            Node *node = tableNode->add(Kind::Index, index.name);
            node->object = table.name + u'.' + index.name;
            node->sourceType = (index.unique ? u"UNIQUE "_s : QString()) + indexColumns(index)
                + (index.where.isEmpty() ? QString() : u" WHERE "_s + index.where);
            node->details = index.method;
            // The mapped index keeps its name, or was renamed "<table>_<name>[_n]" on a collision.
            const Db::Index *mappedIndex = nullptr;
            if (mappedTable) {
                for (const Db::Index &candidate : mappedTable->indexes) {
                    if (candidate.name == index.name || candidate.name.startsWith(table.name + u'_' + index.name)) {
                        mappedIndex = &candidate;
                        break;
                    }
                }
            }
            if (mappedIndex) {
                Db::Table part = *mappedTable;
                part.indexes = { *mappedIndex };
                part.foreignKeys.clear();
                node->ddl = section(u"indexes.sql"_s, Db::generateScript(only(target, { part })).indexes, to);
                node->targetType = indexColumns(*mappedIndex);
            } else {
                node->ddl = u"-- "_s
                    + tr("The index %1 is not created in %2 (see its warning).").arg(index.name, Db::dialectName(to))
                    + u'\n';
                node->targetType = tr("not created");
            }
            claim(u"t:"_s + node->object, node);
        }
        for (const Db::ForeignKey &fk : table.foreignKeys) {
            Node *node = tableNode->add(Kind::ForeignKey, fk.name.isEmpty() ? tr("FK → %1").arg(fk.refTable) : fk.name);
            node->object = table.name + u'.' + (fk.name.isEmpty() ? fk.refTable : fk.name);
            node->sourceType = columnList(fk.columns) + u" → "_s + fk.refTable + columnList(fk.refColumns);
            QStringList actions;
            if (fk.onDelete != Db::FkAction::NoAction) {
                actions << u"ON DELETE "_s + Db::fkActionSql(fk.onDelete);
            }
            if (fk.onUpdate != Db::FkAction::NoAction) {
                actions << u"ON UPDATE "_s + Db::fkActionSql(fk.onUpdate);
            }
            if (fk.deferrable) {
                actions << u"DEFERRABLE"_s;
            }
            node->details = actions.join(u' ');
            node->ddl = createTable;
            if (mappedTable) {
                for (const Db::ForeignKey &candidate : mappedTable->foreignKeys) {
                    if (candidate.columns == fk.columns && candidate.refTable == fk.refTable) {
                        Db::Table part = *mappedTable;
                        part.indexes.clear();
                        part.foreignKeys = { candidate };
                        const QStringList statements = Db::generateScript(only(target, { part })).foreignKeys;
                        if (!statements.isEmpty()) { // SQLite keeps FKs inside CREATE TABLE
                            node->ddl = section(u"foreign_keys.sql"_s, statements, to);
                        }
                        break;
                    }
                }
            }
            claim(u"t:"_s + table.name + u'.' + fk.refTable, node);
            if (!fk.name.isEmpty()) {
                claim(u"t:"_s + table.name + u'.' + fk.name, node);
            }
        }
    }
    tables->details = QString::number(source.tables.size());

    auto skippedNode = [&](Node *node, const Db::SkippedItem *item) {
        node->skipped = true;
        node->targetType = tr("not translated");
        node->ddl = u"-- "_s + skippedFileFor(item->kind) + u'\n' + skippedText(*item);
    };

    Node *views = m_root->add(Kind::Group, tr("Views"));
    views->childKind = Kind::View;
    views->details = QString::number(source.views.size());
    for (const Db::View &view : source.views) {
        Node *node = views->add(Kind::View, view.name);
        node->object = view.name;
        claim(u"v:"_s + view.name, node);
        const auto it = std::find_if(
            target.views.begin(), target.views.end(), [&](const Db::View &v) { return v.name == view.name; });
        if (it != target.views.end()) {
            node->ddl = section(u"views.sql"_s, Db::generateScript(only(target, {}, { *it })).views, to);
        } else if (const Db::SkippedItem *item = skippedItem(u"v"_s, view.name)) {
            skippedNode(node, item);
        }
    }

    Node *triggers = m_root->add(Kind::Group, tr("Triggers"));
    triggers->childKind = Kind::Trigger;
    triggers->details = QString::number(source.triggers.size());
    for (const Db::Trigger &trigger : source.triggers) {
        Node *node = triggers->add(Kind::Trigger, trigger.name);
        node->object = trigger.name;
        node->sourceType = trigger.timing + u' ' + trigger.events;
        node->details = tr("on %1").arg(trigger.table);
        claim(u"g:"_s + trigger.name, node);
        const auto it = std::find_if(target.triggers.begin(), target.triggers.end(),
            [&](const Db::Trigger &t) { return t.name == trigger.name; });
        if (it != target.triggers.end()) {
            node->ddl = section(u"triggers.sql"_s, Db::generateScript(only(target, {}, {}, { *it })).triggers, to);
        } else if (const Db::SkippedItem *item = skippedItem(u"g"_s, trigger.name)) {
            skippedNode(node, item);
        }
    }

    if (!source.routines.isEmpty()) {
        Node *routines = m_root->add(Kind::Group, tr("Routines"));
        routines->childKind = Kind::Routine;
        routines->details = QString::number(source.routines.size());
        for (const Db::Routine &routine : source.routines) {
            Node *node = routines->add(Kind::Routine, routine.name);
            node->object = routine.name;
            node->sourceType = (routine.kind == Db::RoutineKind::Procedure ? tr("procedure") : tr("function"));
            node->details = routine.language;
            claim(u"r:"_s + routine.name, node);
            if (const Db::SkippedItem *item = skippedItem(u"r"_s, routine.name)) {
                skippedNode(node, item);
            } else {
                node->ddl = routine.createSql;
            }
        }
    }

    Node *files = m_root->add(Kind::Group, tr("Generated files"));
    files->childKind = Kind::File;
    files->details = QString::number(result.files.size());
    for (const Db::SchemaCopyFile &file : result.files) {
        Node *node = files->add(Kind::File, file.path);
        node->filePath = file.path;
        node->ddl = file.text;
        claim(u"f:"_s + file.path, node);
    }

    // Warnings and skipped items on their objects; ancestors count them so a collapsed table shows its column's
    // warning.
    auto attach = [this](Node *node, const QString &line) {
        node->warnings << line;
        for (Node *up = node->parent; up && up != m_root.get(); up = up->parent) {
            ++up->descendantWarnings;
        }
    };
    for (const Db::SchemaWarning &warning : result.mapped.warnings) {
        if (Node *node = nodeFor(indexForObject(warning.object, warning.kind))) {
            attach(node, warning.kind + u": "_s + warning.message);
        }
    }
    for (const Db::SkippedItem &item : result.mapped.skipped) {
        if (Node *node = nodeFor(indexForObject(item.object, item.kind)); node && !node->skipped) {
            skippedNode(node, &item);
        }
    }
    endResetModel();
}

QModelIndex SchemaObjectModel::indexForObject(const QString &object, const QString &warningKind) const
{
    const QString category = categoryOf(warningKind);
    for (const QString &prefix : { category, u"t"_s, u"v"_s, u"g"_s, u"r"_s }) {
        if (Node *node = m_byKey.value(prefix + u':' + object)) {
            return indexFor(node);
        }
    }
    if (object.contains(u'.')) {
        if (Node *node = m_byKey.value(u"t:"_s + object.section(u'.', 0, 0))) {
            return indexFor(node);
        }
    }
    return {};
}

QModelIndex SchemaObjectModel::indexForFile(const QString &path) const
{
    return indexFor(m_byKey.value(u"f:"_s + path));
}

QModelIndex SchemaObjectModel::groupIndex(Kind childKind) const
{
    for (const auto &group : m_root->children) {
        if (group->childKind == childKind) {
            return indexFor(group.get());
        }
    }
    return {};
}

SchemaObjectModel::Node *SchemaObjectModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex SchemaObjectModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex SchemaObjectModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const Node *parentNode = parent.isValid() ? nodeFor(parent) : m_root.get();
    return createIndex(row, column, parentNode->children.at(std::size_t(row)).get());
}

QModelIndex SchemaObjectModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || !node->parent || node->parent == m_root.get()) {
        return {};
    }
    return createIndex(node->parent->row, 0, node->parent);
}

int SchemaObjectModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    const Node *node = parent.isValid() ? nodeFor(parent) : m_root.get();
    return int(node->children.size());
}

int SchemaObjectModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaObjectModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case SourceTypeColumn:
            return node->sourceType;
        case TargetTypeColumn:
            return node->targetType;
        case DetailsColumn: {
            if (node->descendantWarnings > 0 && node->kind != Kind::Group) {
                const QString count = tr("%n warning(s)", nullptr, node->descendantWarnings);
                return node->details.isEmpty() ? count : node->details + u" · "_s + count;
            }
            return node->details;
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != NameColumn) {
            return {};
        }
        if (node->skipped) {
            return QApplication::style()->standardIcon(QStyle::SP_BrowserStop);
        }
        if (!node->warnings.isEmpty() || (node->descendantWarnings > 0 && node->kind != Kind::Group)) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        if (node->kind == Kind::File) {
            return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        }
        if (node->kind == Kind::Group) {
            return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        }
        return {};
    case Qt::ForegroundRole:
        if (node->skipped || (index.column() == TargetTypeColumn && node->targetType == tr("not created"))) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (node->skipped) {
            lines << tr("Not translated to the target dialect; its source goes to skipped/.");
        }
        lines << node->warnings;
        if (lines.isEmpty()) {
            // The full text of a cell the column may cut off.
            const QString text = data(index, Qt::DisplayRole).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        return lines.join(u'\n');
    }
    case KindRole:
        return int(node->kind);
    case ObjectRole:
        return node->object;
    case DdlRole:
        return node->ddl;
    case WarningsRole:
        return node->warnings;
    case AllWarningsRole: {
        QStringList all;
        std::function<void(const Node *)> collect = [&](const Node *n) {
            for (const QString &w : n->warnings) {
                all << (n->object.isEmpty() ? n->name : n->object) + u": "_s + w;
            }
            for (const auto &child : n->children) {
                collect(child.get());
            }
        };
        collect(node);
        return all;
    }
    case SkippedRole:
        return node->skipped;
    case FilePathRole:
        return node->filePath;
    default:
        return {};
    }
}

QVariant SchemaObjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Object");
    case SourceTypeColumn:
        return m_sourceDialect.isEmpty() ? tr("Source") : tr("Source (%1)").arg(m_sourceDialect);
    case TargetTypeColumn:
        return m_targetDialect.isEmpty() ? tr("Target") : tr("Target (%1)").arg(m_targetDialect);
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Mwb::Widgets
