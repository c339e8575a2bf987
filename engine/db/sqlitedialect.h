// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dialect.h"

namespace Mwb::Db {

class SqliteDialect final : public Dialect
{
public:
    DialectKind kind() const override { return DialectKind::Sqlite; }
    QString qtDriverName() const override;
    QString quoteIdentifier(const QString &name) const override;
    int maxIdentifierLength() const override;
    QString collisionKey(const QString &name, IdentifierKind kind) const override;
    Core::Result<Schema> readSchema(const QSqlDatabase &db, const TableFilter &filter) const override;
    QString createTableSql(const Table &table) const override;
    QString createIndexSql(const Table &table, const Index &index) const override;
    QString addForeignKeySql(const Table &table, const ForeignKey &fk) const override;
    bool transactionalDdl() const override;
    QString columnDefinitionSql(const Column &column, const Table &table) const override;
    QString selectExpression(const Column &column) const override;
};

} // namespace Mwb::Db
