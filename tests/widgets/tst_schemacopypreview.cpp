// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testservices.h"
#include "db/connection.h"
#include "db/schemacopy.h"
#include "dbfixture.h"
#include "schema/schemacopypreview.h"
#include "schema/schemaobjectmodel.h"
#include "schema/schemawarningsmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Mwb;
using namespace Mwb::Widgets;

namespace {

// A small shop with FKs (one deferrable: MySQL warns), indexes, a view (translated with a warning), a
// translatable trigger and one calling the SQLite-only datetime() (skipped for PostgreSQL and MySQL), and a
// column holding text and integers (mixed storage: a warning).
const char *const sourceStatements[] = {
    "CREATE TABLE customers (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE, name VARCHAR(80),"
    " created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE "
    "CASCADE"
    " DEFERRABLE INITIALLY DEFERRED, status VARCHAR(16) NOT NULL DEFAULT 'new', item_count INTEGER NOT NULL DEFAULT 0,"
    " total NUMERIC(12,2), ref INTEGER, updated_at TIMESTAMP)",
    "CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders(id), line_no INTEGER NOT NULL,"
    " qty INTEGER NOT NULL CHECK (qty > 0), price NUMERIC(10,2) NOT NULL, PRIMARY KEY (order_id, line_no))",
    "CREATE INDEX idx_orders_customer ON orders (customer_id)",
    "CREATE INDEX idx_orders_status ON orders (status, updated_at)",
    "CREATE UNIQUE INDEX idx_customers_name ON customers (name)",
    "CREATE VIEW customer_order_counts AS SELECT c.id, c.email, COUNT(o.id) AS order_count FROM customers c"
    " LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.email",
    "CREATE TRIGGER trg_count_items AFTER INSERT ON order_items BEGIN"
    " UPDATE orders SET item_count = item_count + 1 WHERE id = NEW.order_id; END",
    "CREATE TRIGGER trg_touch_order AFTER UPDATE OF status ON orders BEGIN"
    " UPDATE orders SET updated_at = datetime('now') WHERE id = NEW.id; END",
    "INSERT INTO customers (email, name) VALUES ('a@example.com', 'Ann'), ('b@example.com', 'Bo')",
    "INSERT INTO orders (id, customer_id, ref) VALUES (1, 1, 7), (2, 2, 'X-17')",
};

void createSource(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make-source"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const char *statement : sourceStatements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QString::fromUtf8(statement)),
                qPrintable(q.lastError().text() + u": "_s + QString::fromUtf8(statement)));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"make-source"_s);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// The "-- <file>" sections of a DDL pane text: file -> its statements' text.
QHash<QString, QString> sections(const QString &ddl)
{
    QHash<QString, QString> out;
    QString current;
    for (const QString &line : ddl.split(u'\n')) {
        if (line.startsWith(u"-- "_s) && line.endsWith(u".sql"_s)) {
            current = line.mid(3);
            continue;
        }
        out[current] += line + u'\n';
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        it.value() = it.value().trimmed();
    }
    return out;
}

QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name) {
            return index;
        }
    }
    return {};
}

int warningRow(const SchemaWarningsModel *model, const QString &object, const QString &kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(SchemaWarningsModel::ObjectRole).toString() == object
            && index.data(SchemaWarningsModel::KindRole).toString() == kind) {
            return row;
        }
    }
    return -1;
}

// "type name" of every schema object of a SQLite file, sorted; empty when it cannot be read.
QStringList sqliteObjects(const QString &path)
{
    QStringList objects;
    if (!QFileInfo::exists(path)) {
        return objects;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check-target"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s)) {
                while (q.next()) {
                    objects << q.value(0).toString() + u' ' + q.value(1).toString();
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"check-target"_s);
    return objects;
}

int sqliteRowCount(const QString &path, const QString &table)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count-rows"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next()) {
                count = q.value(0).toInt();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"count-rows"_s);
    return count;
}

const QStringList cliFiles { u"tables.sql"_s, u"indexes.sql"_s, u"foreign_keys.sql"_s, u"triggers.sql"_s,
    u"views.sql"_s, u"skipped/stored_procedures.sql"_s, u"skipped/functions.sql"_s,
    u"skipped/untranslatable_triggers.sql"_s };

} // namespace

class TestSchemaCopyPreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sourcePath;
    QString m_sourceUrl;

    // `mwb schema-copy` on the same source, as a user runs it; returns the output folder.
    QString runCli(const QString &dialect, const QString &source)
    {
        const QString out = m_dir.filePath(u"cli-"_s + dialect);
        QProcess mwb;
        mwb.setWorkingDirectory(m_dir.path());
        mwb.start(QString::fromUtf8(MWB_EXECUTABLE),
            { u"schema-copy"_s, u"--source"_s, source, u"--target-dialect"_s, dialect, u"--output-dir"_s, out });
        if (!mwb.waitForFinished(120000) || mwb.exitCode() != 0) {
            qWarning().noquote() << mwb.readAllStandardError() << mwb.readAllStandardOutput();
            return {};
        }
        return out;
    }

    bool previewAndWait(SchemaCopyPreview &preview, Db::DialectKind dialect)
    {
        QSignalSpy finished(&preview, &SchemaCopyPreview::previewFinished);
        preview.setTargetDialect(dialect);
        preview.preview();
        // An unusable source fails at once (no worker); otherwise wait for the worker's result.
        if (finished.isEmpty() && !finished.wait(60000)) {
            return false;
        }
        return finished.constFirst().constFirst().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("MWB_EXECUTABLE", MWB_EXECUTABLE); // the preview's apply runs the mwb of this build
        qputenv("LC_ALL", "C"); // mwb's output is compared untranslated
        m_sourcePath = m_dir.filePath(u"shop.db"_s);
        createSource(m_sourcePath);
        m_sourceUrl = u"sqlite://"_s + m_sourcePath;
    }

    // Both models on a real engine result, under QAbstractItemModelTester.
    void modelsAreConsistent()
    {
        Db::ConnectionSpec spec = *Db::parseConnectionUrl(m_sourceUrl);
        Db::SchemaCopyOptions options;
        options.targetDialect = Db::DialectKind::Mysql;
        options.projectDir = m_dir.path();
        auto result = Db::prepareSchemaCopy(spec, options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(!QFileInfo::exists(result->outputDir)); // preparing writes nothing

        SchemaObjectModel objects;
        QAbstractItemModelTester objectTester(&objects, QAbstractItemModelTester::FailureReportingMode::QtTest);
        objects.setResult(*result);
        const QModelIndex tables = objects.groupIndex(SchemaObjectModel::Kind::Table);
        QCOMPARE(objects.rowCount(tables), 3);
        const QModelIndex orders = objects.indexForObject(u"orders"_s);
        QVERIFY(orders.isValid());
        QCOMPARE(orders.parent(), tables);
        const QModelIndex total = objects.indexForObject(u"orders.total"_s);
        QCOMPARE(total.siblingAtColumn(SchemaObjectModel::SourceTypeColumn).data().toString(), u"NUMERIC(12,2)"_s);
        QCOMPARE(total.siblingAtColumn(SchemaObjectModel::TargetTypeColumn).data().toString(), u"decimal(12,2)"_s);
        QVERIFY(objects.indexForFile(u"tables.sql"_s).isValid());
        // An unknown "table.part" falls back to its table; an unknown object is not found.
        QCOMPARE(objects.indexForObject(u"orders.no_such_part"_s), orders);
        QVERIFY(!objects.indexForObject(u"no_such_table"_s).isValid());
        objects.clear();
        QCOMPARE(objects.rowCount(), 0);

        SchemaWarningsModel warnings;
        QAbstractItemModelTester warningsTester(&warnings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        warnings.setResult(*result);
        // Every warning is a row; the skipped trigger's warning is its one "skipped" row.
        QCOMPARE(warnings.rowCount(), int(result->mapped.warnings.size()));
        QCOMPARE(warnings.skippedCount(), 1);
        const int skipped = warningRow(&warnings, u"trg_touch_order"_s, u"trigger_skipped"_s);
        QVERIFY(skipped >= 0);
        QCOMPARE(warnings.index(skipped, 0).data(SchemaWarningsModel::FileRole).toString(),
            u"skipped/untranslatable_triggers.sql"_s);
        warnings.clear();
        QCOMPARE(warnings.rowCount(), 0);
    }

    void previewMatchesTheCli_data()
    {
        QTest::addColumn<Db::DialectKind>("dialect");
        QTest::newRow("postgres") << Db::DialectKind::Postgres;
        QTest::newRow("mysql") << Db::DialectKind::Mysql;
    }

    // The tree shows the source objects, the DDL pane shows exactly what `mwb schema-copy` writes, and
    // activating a warning shows its object.
    void previewMatchesTheCli()
    {
        QFETCH(Db::DialectKind, dialect);
        SchemaCopyPreview preview(m_dir.path());
        preview.resize(1200, 800);
        preview.show();
        preview.setSource(m_sourceUrl);
        QVERIFY(previewAndWait(preview, dialect));
        QVERIFY(preview.result());
        const QString cli = runCli(Db::dialectName(dialect), m_sourceUrl);
        QVERIFY(!cli.isEmpty());

        // The tree: tables with columns, keys, indexes and FKs; the view; both triggers, one skipped.
        const SchemaObjectModel *model = preview.objectModel();
        const QModelIndex tables = model->groupIndex(SchemaObjectModel::Kind::Table);
        QStringList tableNames;
        for (int row = 0; row < model->rowCount(tables); ++row) {
            tableNames << model->index(row, 0, tables).data().toString();
        }
        QCOMPARE(tableNames, (QStringList { u"customers"_s, u"orders"_s, u"order_items"_s }));
        const QModelIndex orders = childNamed(model, tables, u"orders"_s);
        QVERIFY(childNamed(model, orders, u"customer_id"_s).isValid());
        QVERIFY(childNamed(model, orders, u"idx_orders_customer"_s).isValid());
        QCOMPARE(childNamed(model, orders, u"idx_orders_status"_s).data(SchemaObjectModel::KindRole).toInt(),
            int(SchemaObjectModel::Kind::Index));
        const QModelIndex items = childNamed(model, tables, u"order_items"_s);
        const QModelIndex pk = childNamed(model, items, u"Primary key"_s);
        QCOMPARE(pk.siblingAtColumn(SchemaObjectModel::SourceTypeColumn).data().toString(), u"(order_id, line_no)"_s);
        QVERIFY(childNamed(model, items, u"FK → orders"_s).isValid());
        const QModelIndex views = model->groupIndex(SchemaObjectModel::Kind::View);
        QCOMPARE(model->rowCount(views), 1);
        QCOMPARE(model->index(0, 0, views).data().toString(), u"customer_order_counts"_s);
        const QModelIndex triggers = model->groupIndex(SchemaObjectModel::Kind::Trigger);
        QCOMPARE(model->rowCount(triggers), 2);
        QVERIFY(!childNamed(model, triggers, u"trg_count_items"_s).data(SchemaObjectModel::SkippedRole).toBool());
        QVERIFY(childNamed(model, triggers, u"trg_touch_order"_s).data(SchemaObjectModel::SkippedRole).toBool());
        // Warning badges: the view's own warning; the table of a column with a warning.
        QVERIFY(!model->index(0, 0, views).data(Qt::DecorationRole).isNull());
        const QModelIndex ref = childNamed(model, orders, u"ref"_s);
        QVERIFY(!ref.data(SchemaObjectModel::WarningsRole).toStringList().isEmpty());
        QVERIFY(!orders.data(Qt::DecorationRole).isNull());
        QVERIFY(childNamed(model, tables, u"order_items"_s).data(Qt::DecorationRole).isNull());

        // Every file in the preview is byte for byte the file the CLI wrote.
        for (const QString &file : cliFiles) {
            QVERIFY2(preview.selectFile(file), qPrintable(file));
            QCOMPARE(preview.ddlText(), readText(QDir(cli).filePath(file)));
        }

        // A selected table: its CREATE TABLE, indexes and FKs, each a verbatim part of the CLI's files.
        QVERIFY(preview.selectObject(u"orders"_s));
        QCOMPARE(preview.objectView()->currentIndex().data().toString(), u"orders"_s);
        const QHash<QString, QString> parts = sections(preview.ddlText());
        QVERIFY(parts.value(u"tables.sql"_s).startsWith(u"CREATE TABLE "_s));
        QVERIFY(parts.value(u"tables.sql"_s).contains(u"total"_s));
        QVERIFY(readText(QDir(cli).filePath(u"tables.sql"_s)).contains(u'\n' + parts.value(u"tables.sql"_s) + u'\n'));
        QVERIFY(parts.value(u"indexes.sql"_s).contains(u"idx_orders_customer"_s));
        QVERIFY(parts.value(u"indexes.sql"_s).contains(u"idx_orders_status"_s));
        QVERIFY(!parts.value(u"indexes.sql"_s).contains(u"idx_customers_name"_s)); // another table's index
        QVERIFY(readText(QDir(cli).filePath(u"indexes.sql"_s)).contains(parts.value(u"indexes.sql"_s)));
        QVERIFY(parts.value(u"foreign_keys.sql"_s).contains(u"REFERENCES"_s));
        QVERIFY(readText(QDir(cli).filePath(u"foreign_keys.sql"_s)).contains(parts.value(u"foreign_keys.sql"_s)));
        QVERIFY(preview.ddlTitle().contains(u"orders"_s));
        // Above the DDL: the warnings of the table's parts (the mixed-storage column).
        QVERIFY2(preview.objectWarningsText().contains(u"orders.ref: mixed_storage"_s),
            qPrintable(preview.objectWarningsText()));
        QVERIFY(preview.selectObject(u"order_items"_s));
        QVERIFY(preview.objectWarningsText().isEmpty());

        // Activating the skipped trigger's entry (Enter in the panel) selects it and shows its original source.
        const SchemaWarningsModel *warnings = preview.warningsModel();
        const int skippedRow = warningRow(warnings, u"trg_touch_order"_s, u"trigger_skipped"_s);
        QVERIFY(skippedRow >= 0);
        QVERIFY(warnings->index(skippedRow, 0).data(SchemaWarningsModel::SkippedRole).toBool());
        preview.warningsView()->setFocus();
        preview.warningsView()->setCurrentIndex(warnings->index(skippedRow, 0));
        QTest::keyClick(preview.warningsView(), Qt::Key_Return);
        QCOMPARE(preview.objectView()->currentIndex().data().toString(), u"trg_touch_order"_s);
        QVERIFY(preview.ddlText().contains(u"datetime('now')"_s));
        QVERIFY(readText(QDir(cli).filePath(u"skipped/untranslatable_triggers.sql"_s))
                    .contains(preview.ddlText().section(u'\n', 1).trimmed())); // after the "-- skipped/…" line

        // A column's warning selects the column.
        const int columnRow = warningRow(warnings, u"orders.ref"_s, u"mixed_storage"_s);
        QVERIFY(columnRow >= 0);
        preview.warningsView()->setCurrentIndex(warnings->index(columnRow, SchemaWarningsModel::MessageColumn));
        QTest::keyClick(preview.warningsView(), Qt::Key_Return);
        QCOMPARE(preview.objectView()->currentIndex().data(SchemaObjectModel::ObjectRole).toString(), u"orders.ref"_s);
        QVERIFY(preview.ddlText().contains(u"CREATE TABLE"_s));

        // The translated trigger: its statements as in triggers.sql.
        QVERIFY(preview.selectObject(u"trg_count_items"_s, u"trigger_skipped"_s));
        const QString triggerDdl = sections(preview.ddlText()).value(u"triggers.sql"_s);
        QVERIFY(triggerDdl.contains(u"trg_count_items"_s));
        QVERIFY(readText(QDir(cli).filePath(u"triggers.sql"_s)).contains(triggerDdl));
    }

    // A newer request wins; a cancelled one never shows up.
    void staleResultsAreDropped()
    {
        SchemaCopyPreview preview(m_dir.path());
        QSignalSpy finished(&preview, &SchemaCopyPreview::previewFinished);
        preview.setSource(m_sourceUrl);
        preview.setTargetDialect(Db::DialectKind::Postgres);
        preview.preview();
        preview.setTargetDialect(Db::DialectKind::Mysql);
        preview.preview();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.constFirst().constFirst().toBool());
        QTest::qWait(500); // the first request's result arrives too, and is dropped
        QCOMPARE(finished.size(), 1);
        QCOMPARE(preview.result()->mapped.schema.dialect, Db::DialectKind::Mysql);
        QVERIFY(!preview.isPreviewRunning());

        SchemaCopyPreview cancelled(m_dir.path());
        QSignalSpy cancelledSpy(&cancelled, &SchemaCopyPreview::previewFinished);
        cancelled.setSource(m_sourceUrl);
        cancelled.preview();
        QVERIFY(cancelled.isPreviewRunning());
        cancelled.cancelPreview();
        QCOMPARE(cancelledSpy.size(), 1);
        QVERIFY(!cancelledSpy.constFirst().constFirst().toBool());
        QTest::qWait(1000);
        QCOMPARE(cancelledSpy.size(), 1);
        QVERIFY(!cancelled.result());
        QCOMPARE(cancelled.objectModel()->rowCount(), 0);
    }

    void errorsAreShown()
    {
        SchemaCopyPreview preview(m_dir.path());
        preview.setSource(u"sqlite://"_s + m_dir.filePath(u"missing.db"_s));
        QVERIFY(!previewAndWait(preview, Db::DialectKind::Postgres));
        QVERIFY(preview.statusText().contains(u"missing.db"_s));
        preview.setSource(u"no-such-profile"_s);
        QVERIFY(!previewAndWait(preview, Db::DialectKind::Postgres));
        QVERIFY(preview.statusText().contains(u"no-such-profile"_s));
        QVERIFY(!preview.saveFiles().ok());
    }

    // Save writes the CLI's files with the engine's writer, into the project's .tmp/schema-copy/<timestamp> or a chosen
    // folder.
    void saveWritesTheFiles()
    {
        QTemporaryDir project;
        QVERIFY(project.isValid());
        // The source as a profile of the project's connections.json.
        QFile connections(QDir(project.path()).filePath(u"connections.json"_s));
        QVERIFY(connections.open(QIODevice::WriteOnly));
        connections.write(u"{\"profiles\": {\"shop\": {\"url\": \"%1\"}}}"_s.arg(m_sourceUrl).toUtf8());
        connections.close();
        SchemaCopyPreview preview(project.path());
        QCOMPARE(preview.profileNames(), QStringList { u"shop"_s });
        preview.setSource(u"shop"_s);
        QVERIFY(previewAndWait(preview, Db::DialectKind::Postgres));
        QSignalSpy saved(&preview, &SchemaCopyPreview::filesSaved);
        const auto folder = preview.saveFiles();
        QVERIFY(folder.ok());
        QVERIFY2(folder->startsWith(QDir(project.path()).filePath(u".tmp/schema-copy/"_s)), qPrintable(*folder));
        QCOMPARE(saved.size(), 1);
        const QString cli = runCli(u"postgres"_s, m_sourceUrl);
        for (const QString &file : cliFiles) {
            QCOMPARE(readText(QDir(*folder).filePath(file)), readText(QDir(cli).filePath(file)));
        }
        QVERIFY(readText(QDir(*folder).filePath(u"summary.json"_s)).contains(u"\"output_dir\": \""_s + *folder + u'"'));

        const QString chosen = m_dir.filePath(u"chosen"_s);
        QCOMPARE(preview.saveFiles(chosen).value(), chosen);
        QCOMPARE(readText(QDir(chosen).filePath(u"triggers.sql"_s)), readText(QDir(cli).filePath(u"triggers.sql"_s)));
    }

    // Apply runs the real mwb: a new SQLite target gets the tables, indexes, view and triggers.
    void applyCreatesTheSchema()
    {
        SchemaCopyPreview preview(m_dir.path());
        preview.setSource(m_sourceUrl);
        QVERIFY(previewAndWait(preview, Db::DialectKind::Sqlite));
        const QString target = m_dir.filePath(u"target.db"_s);
        const QString targetUrl = u"sqlite://"_s + target;
        QCOMPARE(preview.applyArguments(targetUrl),
            (QStringList { u"schema-copy"_s, u"--source"_s, m_sourceUrl, u"--target-dialect"_s, u"sqlite"_s,
                u"--apply"_s, targetUrl }));
        QSignalSpy applied(&preview, &SchemaCopyPreview::applyFinished);
        // A password in the target URL never reaches the command line: refused before mwb starts.
        QVERIFY(!preview.applyTo(u"postgresql://mwb:s3cret@127.0.0.1:5432/shop"_s));
        QVERIFY(!preview.isApplyRunning());
        QVERIFY(preview.statusText().contains(u"password"_s));
        QVERIFY(!preview.statusText().contains(u"s3cret"_s));
        QVERIFY(preview.applyTo(targetUrl));
        QVERIFY(!preview.applyTo(targetUrl)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 120000);
        QVERIFY2(applied.constFirst().at(0).toBool(), qPrintable(preview.applyOutput()->toPlainText()));
        QCOMPARE(applied.constFirst().at(1).toInt(), 0);
        QVERIFY(preview.applyOutput()->toPlainText().contains(u"applied to"_s));
        QCOMPARE(preview.bottomTabs()->currentWidget(), preview.applyOutput());

        const QStringList expected { u"index idx_customers_name"_s, u"index idx_orders_customer"_s,
            u"index idx_orders_status"_s, u"table customers"_s, u"table order_items"_s, u"table orders"_s,
            u"trigger trg_count_items"_s, u"trigger trg_touch_order"_s, u"view customer_order_counts"_s };
        QCOMPARE(sqliteObjects(target), expected);
        QCOMPARE(sqliteRowCount(target, u"orders"_s), 0); // the schema, no data

        // Closing the document while mwb applies does not kill the run: it finishes on its own.
        const QString closedTarget = m_dir.filePath(u"closed-target.db"_s);
        {
            SchemaCopyPreview closing(m_dir.path());
            closing.setSource(m_sourceUrl);
            QVERIFY(previewAndWait(closing, Db::DialectKind::Sqlite));
            QVERIFY(closing.applyTo(u"sqlite://"_s + closedTarget));
        }
        QTRY_COMPARE_WITH_TIMEOUT(sqliteObjects(closedTarget), expected, 60000);

        // A failing apply (the target's dialect differs from the previewed one) reports mwb's exit code and message.
        SchemaCopyPreview mismatch(m_dir.path());
        mismatch.setSource(m_sourceUrl);
        QVERIFY(previewAndWait(mismatch, Db::DialectKind::Postgres));
        QSignalSpy failed(&mismatch, &SchemaCopyPreview::applyFinished);
        QVERIFY(mismatch.applyTo(u"sqlite://"_s + m_dir.filePath(u"other.db"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        QVERIFY(!failed.constFirst().at(0).toBool());
        QVERIFY(failed.constFirst().at(1).toInt() != 0);
        QVERIFY2(mismatch.applyOutput()->toPlainText().contains(u"does not match"_s),
            qPrintable(mismatch.applyOutput()->toPlainText()));
        QVERIFY(mismatch.statusText().contains(u"failed"_s));
    }

    // docs/screenshots/schema-copy-preview.png, taken under Xvfb when MWB_SCREENSHOT_DIR is set:
    //   python3 /work/shared/bench/make_shop_db.py /tmp/shop.db --scale 1   (the benchmark's shop generator)
    //   MWB_SCREENSHOT_DIR=docs/screenshots MWB_SCREENSHOT_SOURCE=/tmp/shop.db QT_QPA_PLATFORM=xcb
    //       xvfb-run -a -s "-screen 0 1400x900x24" build/tests/tst_schemacopypreview screenshot
    // The shop gets an audit trigger calling datetime() (skipped for MySQL), as real SQLite schemas often have.
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
        const QString shop = qEnvironmentVariable("MWB_SCREENSHOT_SOURCE");
        if (folder.isEmpty() || shop.isEmpty()) {
            QSKIP("set MWB_SCREENSHOT_DIR and MWB_SCREENSHOT_SOURCE to take the screenshot");
        }
        const QString copy = m_dir.filePath(u"shop-screenshot.db"_s);
        QVERIFY(QFile::copy(shop, copy));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"screenshot"_s);
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"CREATE TRIGGER trg_orders_status_changed AFTER UPDATE OF status ON orders BEGIN "
                            "UPDATE orders SET ordered_at = datetime('now') WHERE id = NEW.id; END"_s),
                qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"screenshot"_s);
        SchemaCopyPreview preview(m_dir.path());
        preview.resize(1400, 900);
        preview.setWindowTitle(u"Schema-copy preview"_s);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.setSource(u"sqlite://"_s + copy);
        QVERIFY(previewAndWait(preview, Db::DialectKind::Mysql));
        QVERIFY(preview.selectObject(u"customers"_s));
        preview.objectView()->expand(preview.objectView()->currentIndex());
        QTest::qWait(300);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(preview.grab().save(QDir(folder).filePath(u"schema-copy-preview.png"_s)));
    }

    // A PostgreSQL source (the shared fixture schema): its trigger runs a PL/pgSQL function and is skipped for SQLite.
    void postgresSource()
    {
        MWB_REQUIRE_POSTGRES(pg);
        qputenv("PGPASSWORD", pg.password.toUtf8());
        Test::ScratchDatabase scratch;
        auto created = scratch.create(Db::DialectKind::Postgres, u"schemapreview"_s, m_dir.path());
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        {
            auto connection = Db::Connection::open(scratch.spec(), u"fixture"_s);
            QVERIFY(connection.ok());
            auto filled = Test::createFixture(*connection);
            QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
            QVERIFY(
                connection->exec(u"CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql AS 'SELECT i + 1'"_s)
                    .ok());
        }
        SchemaCopyPreview preview(m_dir.path());
        preview.setSource(scratch.url());
        QVERIFY(previewAndWait(preview, Db::DialectKind::Sqlite));
        const SchemaObjectModel *model = preview.objectModel();
        QCOMPARE(model->rowCount(model->groupIndex(SchemaObjectModel::Kind::Table)), int(Test::fixtureTables().size()));
        const QModelIndex triggers = model->groupIndex(SchemaObjectModel::Kind::Trigger);
        QCOMPARE(model->rowCount(triggers), 1);
        QVERIFY(model->index(0, 0, triggers).data(SchemaObjectModel::SkippedRole).toBool());
        const QString cli = runCli(u"sqlite"_s, scratch.url());
        QVERIFY(!cli.isEmpty());
        QVERIFY(preview.selectObject(u"orders"_s));
        const QString createTable = sections(preview.ddlText()).value(u"tables.sql"_s);
        QVERIFY(createTable.startsWith(u"CREATE TABLE"_s));
        QVERIFY(readText(QDir(cli).filePath(u"tables.sql"_s)).contains(createTable));
        QVERIFY(preview.selectFile(u"skipped/untranslatable_triggers.sql"_s));
        QCOMPARE(preview.ddlText(), readText(QDir(cli).filePath(u"skipped/untranslatable_triggers.sql"_s)));
        QVERIFY(preview.selectFile(u"skipped/functions.sql"_s));
        QCOMPARE(preview.ddlText(), readText(QDir(cli).filePath(u"skipped/functions.sql"_s)));
        // Routines: a group of their own, skipped; the panel's entry selects the function.
        const QModelIndex routines = model->groupIndex(SchemaObjectModel::Kind::Routine);
        QCOMPARE(model->rowCount(routines), 1);
        QCOMPARE(model->index(0, 0, routines).data().toString(), u"add_one"_s);
        QVERIFY(model->index(0, 0, routines).data(SchemaObjectModel::SkippedRole).toBool());
        const int row = warningRow(preview.warningsModel(), u"add_one"_s, u"routine_skipped"_s);
        QVERIFY(row >= 0);
        preview.warningsView()->setCurrentIndex(preview.warningsModel()->index(row, 0));
        QTest::keyClick(preview.warningsView(), Qt::Key_Return);
        QCOMPARE(preview.objectView()->currentIndex().data().toString(), u"add_one"_s);
        QVERIFY(preview.ddlText().contains(u"SELECT i + 1"_s));
    }
};

QTEST_MAIN(TestSchemaCopyPreview)
#include "tst_schemacopypreview.moc"
