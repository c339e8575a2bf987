// SPDX-License-Identifier: GPL-3.0-or-later
// Which names in SQL text are table references (REWRITE_RULES.md "Table rules apply to").
#include "rewrite/sqlscanner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Rewrite;

class TestSqlScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void references_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("tables"); // "name" or "name!" for a write target
        QTest::newRow("from join") << u"SELECT * FROM a.b x JOIN c ON 1=1 LEFT JOIN d.e.f y ON 2=2"_s
                                   << QStringList { u"a.b"_s, u"c"_s, u"d.e.f"_s };
        QTest::newRow("comma list") << u"SELECT * FROM a x, b AS y, c"_s << QStringList { u"a"_s, u"b"_s, u"c"_s };
        QTest::newRow("cte names skipped")
            << u"WITH w AS (SELECT 1), v AS (SELECT * FROM real.t) SELECT * FROM w JOIN v ON 1=1"_s
            << QStringList { u"real.t"_s };
        QTest::newRow("values lateral subquery")
            << u"SELECT * FROM VALUES (1) AS t(x); SELECT * FROM (SELECT * FROM s.t) q, LATERAL explode(a)"_s
            << QStringList { u"s.t"_s };
        QTest::newRow("function FROM") << u"SELECT extract(YEAR FROM d), trim(BOTH ' ' FROM s) FROM t"_s
                                       << QStringList { u"t"_s };
        QTest::newRow("table-valued function") << u"SELECT * FROM range(10)"_s << QStringList {};
        QTest::newRow("placeholders") << u"SELECT * FROM {tbl} JOIN db_{env}.t JOIN ${x}.y JOIN $v JOIN ok.t"_s
                                      << QStringList { u"ok.t"_s };
        QTest::newRow("backticks") << u"INSERT OVERWRITE `main`.`g`.`m` SELECT * FROM `r`.`p-c`"_s
                                   << QStringList { u"`main`.`g`.`m`!"_s, u"`r`.`p-c`"_s };
        QTest::newRow("file query") << u"SELECT * FROM delta.`/mnt/x` JOIN parquet.`s3://b/p`"_s << QStringList {};
        QTest::newRow("writes") << u"CREATE OR REPLACE TABLE a.b AS SELECT * FROM c.d; INSERT INTO e SELECT 1; "
                                   u"DELETE FROM f WHERE 1=1; UPDATE g SET x = 1; MERGE INTO h USING i ON 1=1 "
                                   u"WHEN MATCHED THEN UPDATE SET x = 1; DROP TABLE IF EXISTS j; TRUNCATE TABLE k"_s
                                << QStringList { u"a.b!"_s, u"c.d"_s, u"e!"_s, u"f!"_s, u"g!"_s, u"h!"_s, u"i"_s,
                                                 u"j!"_s, u"k!"_s };
        QTest::newRow("maintenance") << u"REFRESH TABLE a; CACHE LAZY TABLE b; UNCACHE TABLE IF EXISTS c; "
                                        u"ANALYZE TABLE d COMPUTE STATISTICS; MSCK REPAIR TABLE e; OPTIMIZE f ZORDER BY (x)"_s
                                     << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s };
        QTest::newRow("describe") << u"DESCRIBE DETAIL a.b; DESC c; DESCRIBE TABLE EXTENDED d; DESCRIBE FUNCTION f"_s
                                  << QStringList { u"a.b"_s, u"c"_s, u"d"_s };
        QTest::newRow("temp view and global_temp")
            << u"CREATE TEMP VIEW v AS SELECT * FROM global_temp.g JOIN t"_s << QStringList { u"t"_s };
        QTest::newRow("comments and strings") << u"-- FROM x\nSELECT 'FROM y' FROM /* FROM z */ t"_s
                                              << QStringList { u"t"_s };
    }

    void references()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, tables);
        const SqlScan scan = scanSql(sql);
        QStringList found;
        for (const auto &ref : scan.tables) {
            QCOMPARE(sql.mid(ref.start, ref.end - ref.start), ref.parts.join(u'.'));
            found.append(ref.parts.join(u'.') + (ref.write ? u"!"_s : QString()));
        }
        QCOMPARE(found, tables);
    }

    void describeDetailAndSets()
    {
        const QString sql = u"DESCRIBE DETAIL t; SET spark.databricks.delta.x = true; SET spark.sql.y = 1"_s;
        const SqlScan scan = scanSql(sql);
        QCOMPARE(scan.describeDetail.size(), 1);
        QCOMPARE(sql.mid(scan.describeDetail.first(), 6), u"DETAIL"_s);
        QCOMPARE(scan.databricksSets.size(), 1);
        QCOMPARE(sql.mid(scan.databricksSets.first().start, scan.databricksSets.first().end - scan.databricksSets.first().start),
                 u"SET spark.databricks.delta.x = true;"_s);
        QCOMPARE(scan.tempViews, QStringList {});
        QCOMPARE(scanSql(u"CREATE OR REPLACE TEMPORARY VIEW recent AS SELECT 1"_s).tempViews, QStringList { u"recent"_s });
    }

    void unquotedParts()
    {
        QCOMPARE(unquotedPart(u"`a``b`"), u"a`b"_s);
        QCOMPARE(unquotedPart(u"plain"), u"plain"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlScanner)
#include "tst_sqlscanner.moc"
