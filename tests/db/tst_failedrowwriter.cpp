// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonio.h"
#include "db/failedrowwriter.h"
#include "db/variantjson.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Mwb::Db;
using Mwb::Core::Json;

class TestFailedRowWriter : public QObject
{
    Q_OBJECT

    static QList<Json> readLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QList<Json> lines;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty()) {
                lines.append(Json::parse(line.toStdString())); // throws (fails the test) if invalid
            }
        }
        return lines;
    }

private Q_SLOTS:
    // reliability.md §10 case 25: lines stay valid JSON whatever the values hold.
    void anyValueIsValidJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t_failed.jsonl"_s);
        FailedRowWriter writer(path);
        FailedRow row;
        row.table = u"odd \"table\"\nname"_s;
        row.columns = {u"id"_s, u"text"_s, u"blob"_s, u"raw"_s, u"big"_s, u"nan"_s, u"nul"_s};
        const QByteArray binary("\x00\xff\xfe\x01", 4);
        const QByteArray invalidUtf8("file\x96name.txt");
        row.values = {QVariant::fromValue<qlonglong>(7), u"line1\nline2 \"quoted\" \u2028 \x01 tab\t"_s, binary, invalidUtf8,
                      QVariant::fromValue<qulonglong>(std::numeric_limits<quint64>::max()),
                      std::numeric_limits<double>::quiet_NaN(), u"Hello\u0000World"_s};
        row.keyColumns = {0};
        row.invalidText = {3};
        row.error = u"invalid byte sequence for encoding \"UTF8\": 0x96"_s;
        row.code = u"22021"_s;
        QVERIFY(writer.append(row).ok());
        QVERIFY(writer.sync().ok());
        const QList<Json> lines = readLines(path);
        QCOMPARE(lines.size(), 1);
        const Json &line = lines.first();
        QCOMPARE(QString::fromStdString(line["table"].get<std::string>()), row.table);
        QCOMPARE(line["key"]["id"].get<qint64>(), 7);
        QCOMPARE(QString::fromStdString(line["values"]["text"].get<std::string>()), row.values.at(1).toString());
        QCOMPARE(QByteArray::fromBase64(QByteArray::fromStdString(line["values"]["blob"]["base64"].get<std::string>())), binary);
        QCOMPARE(QByteArray::fromBase64(QByteArray::fromStdString(line["values"]["raw"]["invalid_utf8_base64"].get<std::string>())),
                 invalidUtf8);
        QCOMPARE(line["values"]["big"].get<quint64>(), std::numeric_limits<quint64>::max());
        QCOMPARE(line["values"]["nan"].get<std::string>(), std::string("NaN"));
        QCOMPARE(QString::fromStdString(line["values"]["nul"].get<std::string>()), u"Hello\u0000World"_s);
        QCOMPARE(QString::fromStdString(line["error"].get<std::string>()), row.error);
        QCOMPARE(line["code"].get<std::string>(), std::string("22021"));
    }

    // A resumed run cuts the file back to the committed length: lines after it are written again
    // by the resumed run, so each row ends up in the file exactly once.
    void truncateToCommittedLength()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t_failed.jsonl"_s);
        qint64 committed = 0;
        {
            FailedRowWriter writer(path);
            FailedRow row;
            row.table = u"t"_s;
            row.columns = {u"id"_s};
            row.keyColumns = {0};
            row.values = {1};
            QVERIFY(writer.append(row).ok());
            QVERIFY(writer.sync().ok());
            committed = writer.size();
            row.values = {2};
            QVERIFY(writer.append(row).ok()); // not committed: the process dies here
            QVERIFY(writer.sync().ok());
        }
        QCOMPARE(readLines(path).size(), 2);
        FailedRowWriter resumed(path);
        QVERIFY(resumed.truncateTo(committed).ok());
        FailedRow again;
        again.table = u"t"_s;
        again.columns = {u"id"_s};
        again.keyColumns = {0};
        again.values = {2};
        QVERIFY(resumed.append(again).ok());
        QVERIFY(resumed.sync().ok());
        const QList<Json> lines = readLines(path);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)["key"]["id"].get<int>(), 1);
        QCOMPARE(lines.at(1)["key"]["id"].get<int>(), 2);
        // A checkpoint that claims more than the file holds is an error, never a silent skip.
        FailedRowWriter shorter(path);
        QVERIFY(!shorter.truncateTo(QFileInfo(path).size() + 100).ok());
    }

    void keysRoundTripThroughJson()
    {
        const QVariantList keys = {QVariant::fromValue<qlonglong>(-5), u"caf\u00e9"_s, QByteArray("\x00\x01", 2),
                                   QVariant::fromValue<qulonglong>(18446744073709551615ULL)};
        for (const QVariant &key : keys) {
            const QVariant back = variantFromJson(variantToJson(key));
            QCOMPARE(back.toString(), key.toString());
            QCOMPARE(back.toByteArray(), key.toByteArray());
        }
    }
};

QTEST_GUILESS_MAIN(TestFailedRowWriter)
#include "tst_failedrowwriter.moc"
