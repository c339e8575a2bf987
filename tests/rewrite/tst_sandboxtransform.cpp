// SPDX-License-Identifier: GPL-3.0-or-later
// The execution-only write-redirect sandbox (REWRITE_RULES.md): write targets go to the sandbox,
// later reads of tables written in the same job follow them, everything else is untouched.
#include "rewrite/sandboxtransform.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Rewrite;
using Mwb::Notebook::Language;

namespace {

SandboxOptions options()
{
    return { u"acme_backup_overwrite"_s, u"acme-backup"_s, u"ns1"_s };
}

} // namespace

class TestSandboxTransform final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableName()
    {
        QCOMPARE(sandboxTableName(u"default.silver.orders"_s, options()), u"default.acme_backup_overwrite.silver_orders"_s);
        QCOMPARE(sandboxTableName(u"silver.orders"_s, options()), u"default.acme_backup_overwrite.silver_orders"_s);
        QCOMPARE(sandboxTableName(u"orders"_s, options()), u"default.acme_backup_overwrite.default_orders"_s);
        QCOMPARE(sandboxTableName(u"`main`.`g`.`m`"_s, options()), u"default.acme_backup_overwrite.g_m"_s);
    }

    void pythonWritesAndLaterReads()
    {
        SandboxState state;
        const QString cell1 = u"df = spark.table(\"default.silver.orders\")\n"
                              u"df.write.mode(\"overwrite\").saveAsTable(\"default.gold.daily\")\n"
                              u"# spark.table(\"default.gold.daily\") in a comment\n"
                              u"df.write.insertInto(\"default.gold.log\")"_s;
        const SandboxResult r1 = redirectWrites(cell1, Language::Python, options(), state);
        QCOMPARE(r1.code, u"df = spark.table(\"default.silver.orders\")\n"
                          u"df.write.mode(\"overwrite\").saveAsTable(\"default.acme_backup_overwrite.gold_daily\")\n"
                          u"# spark.table(\"default.gold.daily\") in a comment\n"
                          u"df.write.insertInto(\"default.acme_backup_overwrite.gold_log\")"_s);
        QCOMPARE(r1.redirects.size(), 2);
        QVERIFY(r1.redirects.at(0).write);
        // A later cell reads what cell 1 wrote: redirected; an untouched table is read as it is.
        const QString cell2 = u"a = spark.table(\"default.gold.daily\")\nb = spark.table(\"default.silver.orders\")"_s;
        const SandboxResult r2 = redirectWrites(cell2, Language::Python, options(), state);
        QCOMPARE(r2.code, u"a = spark.table(\"default.acme_backup_overwrite.gold_daily\")\n"
                          u"b = spark.table(\"default.silver.orders\")"_s);
        QCOMPARE(r2.redirects.size(), 1);
        QVERIFY(!r2.redirects.first().write);
    }

    void readBeforeWriteInTheSameCellStaysReal()
    {
        SandboxState state;
        const QString cell = u"x = spark.table(\"default.s.t\")\nx.write.saveAsTable(\"default.s.t\")"_s;
        const SandboxResult r = redirectWrites(cell, Language::Python, options(), state);
        QCOMPARE(r.code, u"x = spark.table(\"default.s.t\")\nx.write.saveAsTable(\"default.acme_backup_overwrite.s_t\")"_s);
    }

    void sqlStatements()
    {
        SandboxState state;
        const QString sql = u"%sql\nCREATE OR REPLACE TABLE default.gold.m AS SELECT * FROM default.silver.o;\n"
                            u"INSERT INTO default.gold.m SELECT * FROM default.gold.m;\n"
                            u"DELETE FROM default.gold.x WHERE 1=1; -- FROM default.gold.m\n"
                            u"SELECT 'default.gold.m' AS literal"_s;
        const SandboxResult r = redirectWrites(sql, Language::Sql, options(), state);
        QCOMPARE(r.code, u"%sql\nCREATE OR REPLACE TABLE default.acme_backup_overwrite.gold_m AS SELECT * FROM default.silver.o;\n"
                         u"INSERT INTO default.acme_backup_overwrite.gold_m SELECT * FROM default.acme_backup_overwrite.gold_m;\n"
                         u"DELETE FROM default.acme_backup_overwrite.gold_x WHERE 1=1; -- FROM default.gold.m\n"
                         u"SELECT 'default.gold.m' AS literal"_s);
        QVERIFY(state.writtenTables.contains(u"default.gold.x"_s));
    }

    void sparkSqlAndPathWrites()
    {
        SandboxState state;
        const QString cell = u"spark.sql(\"MERGE INTO default.g.t USING default.s.u ON 1=1\")\n"
                             u"df.write.mode(\"overwrite\").parquet(\"oci://oci-raw@ns0/out/x\")\n"
                             u"df2 = spark.read.parquet(\"oci://oci-raw@ns0/in/y\")"_s;
        const SandboxResult r = redirectWrites(cell, Language::Python, options(), state);
        QCOMPARE(r.code, u"spark.sql(\"MERGE INTO default.acme_backup_overwrite.g_t USING default.s.u ON 1=1\")\n"
                         u"df.write.mode(\"overwrite\").parquet(\"oci://acme-backup@ns1/out/x\")\n"
                         u"df2 = spark.read.parquet(\"oci://oci-raw@ns0/in/y\")"_s);
    }

    void otherLanguagesUnchanged()
    {
        SandboxState state;
        const QString md = u"saveAsTable(\"x.y\")"_s;
        QCOMPARE(redirectWrites(md, Language::Markdown, options(), state).code, md);
        QCOMPARE(redirectWrites(md, Language::Shell, options(), state).code, md);
        QVERIFY(state.writtenTables.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxTransform)
#include "tst_sandboxtransform.moc"
