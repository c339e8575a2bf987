// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mwb::Core;

class TestAtomicFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesWholeFileAndLeavesNoTemporaries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/state.json"_s);
        QVERIFY(writeFileAtomically(path, "first").ok());
        QVERIFY(writeFileAtomically(path, "second, longer").ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("second, longer"));
        QCOMPARE(QDir(dir.filePath(u"sub/folder"_s)).entryList(QDir::Files | QDir::Hidden), QStringList { u"state.json"_s });
    }

    void failsWithAReadableError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A folder cannot be created where a file is.
        auto result = writeFileAtomically(dir.filePath(u"file/inside.json"_s), "x");
        QVERIFY(!result.ok());
        QVERIFY(result.error().toString().contains(u"inside.json"_s));
    }

    void quarantine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"registry.json"_s);
        QVERIFY(writeFileAtomically(path, "{broken").ok());
        const QString moved = quarantineCorruptFile(path);
        QVERIFY(moved.startsWith(path + u".corrupt."_s));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(moved));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
