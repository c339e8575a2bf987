// SPDX-License-Identifier: GPL-3.0-or-later
// One golden folder per rule id (tests/fixtures/rewrite/<rule_id>/): input -> expected output and
// expected change records, compared whole; negative.* must come out untouched; every output is a
// fixed point (idempotence). MWB_UPDATE_GOLDENS=1 rewrites the expected files (review the diff!).
#include "rewritetesthelpers.h"

#include "notebook/notebookio.h"
#include "rewrite/migrationreport.h"
#include "rewrite/notebookrewriter.h"
#include "rewrite/ruleids.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

const QStringList kRuleIds {
    Rewrite::RuleId::WidgetsGet.toString(), Rewrite::RuleId::WidgetsDefine.toString(),
    Rewrite::RuleId::TaskValuesSet.toString(), Rewrite::RuleId::TaskValuesGet.toString(),
    Rewrite::RuleId::NotebookExit.toString(), Rewrite::RuleId::NotebookRun.toString(),
    Rewrite::RuleId::RunPath.toString(), Rewrite::RuleId::RestartPython.toString(), Rewrite::RuleId::Pip.toString(),
    Rewrite::RuleId::Sh.toString(), Rewrite::RuleId::Matplotlib.toString(), Rewrite::RuleId::ScalaMagic.toString(),
    Rewrite::RuleId::Display.toString(), Rewrite::RuleId::DisplayHtml.toString(),
    Rewrite::RuleId::DbutilsImport.toString(), Rewrite::RuleId::PathDbfs.toString(), Rewrite::RuleId::PathS3.toString(),
    Rewrite::RuleId::Table1Part.toString(), Rewrite::RuleId::Table2Part.toString(),
    Rewrite::RuleId::Table3Part.toString(), Rewrite::RuleId::TableSparkCatalog.toString(),
    Rewrite::RuleId::SqlDescribeDetail.toString(), Rewrite::RuleId::ConfDatabricks.toString(),
    Rewrite::RuleId::ConfAutomerge.toString(), Rewrite::RuleId::Unicode.toString(),
    Rewrite::RuleId::JobTrigger.toString(), Rewrite::RuleId::SecretsToken.toString(),
};

// input.<ext> of a golden folder
QString fileWithStem(const QString &folder, const QString &stem)
{
    const QStringList found = QDir(folder).entryList({ stem + u".*"_s }, QDir::Files);
    return found.isEmpty() ? QString() : QDir(folder).filePath(found.first());
}

QString changesJson(const QList<Rewrite::ChangeRecord> &changes)
{
    Core::OrderedJson array = Core::OrderedJson::array();
    for (const auto &c : changes) {
        array.push_back(Rewrite::changeRecordJson(c));
    }
    return QString::fromStdString(array.dump(2)) + u'\n';
}

bool updating()
{
    return qEnvironmentVariableIsSet("MWB_UPDATE_GOLDENS");
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestRewriteGoldens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleHasAGoldenFolder()
    {
        for (const QString &id : kRuleIds) {
            const QString folder = RewriteTest::fixtures() + u'/' + id;
            QVERIFY2(!fileWithStem(folder, u"input"_s).isEmpty(), qPrintable(u"no input for rule "_s + id));
            QVERIFY2(!fileWithStem(folder, u"negative"_s).isEmpty(), qPrintable(u"no negative case for rule "_s + id));
        }
    }

    void positive_data()
    {
        QTest::addColumn<QString>("rule");
        for (const QString &id : kRuleIds) {
            QTest::newRow(qPrintable(id)) << id;
        }
    }

    void positive()
    {
        QFETCH(QString, rule);
        const QString folder = RewriteTest::fixtures() + u'/' + rule;
        const QString input = fileWithStem(folder, u"input"_s);
        const QString ext = QFileInfo(input).suffix();
        auto source = Notebook::readNotebookFile(input);
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
        const auto result = Rewrite::rewriteNotebook(*source, RewriteTest::goldenOptions());
        QCOMPARE(result.notebook.cells.size(), source->cells.size());
        const bool fired = std::any_of(result.changes.cbegin(), result.changes.cend(),
                                       [&](const Rewrite::ChangeRecord &c) { return c.ruleId == rule; });
        QVERIFY2(fired, qPrintable(u"rule "_s + rule + u" did not fire on its golden input"_s));
        auto bytes = Notebook::serializeNotebook(result.notebook, u"expected."_s + ext);
        QVERIFY(bytes.ok());
        const QString expectedPath = folder + u"/expected."_s + ext;
        const QString changesPath = folder + u"/changes.json"_s;
        if (updating()) {
            writeBytes(expectedPath, *bytes);
            writeBytes(changesPath, changesJson(result.changes).toUtf8());
        }
        MWB_COMPARE_TEXT(QString::fromUtf8(*bytes), QString::fromUtf8(RewriteTest::readBytes(expectedPath)),
                         rule + u"/expected."_s + ext);
        MWB_COMPARE_TEXT(changesJson(result.changes), QString::fromUtf8(RewriteTest::readBytes(changesPath)),
                         rule + u"/changes.json"_s);
    }

    void negative_data() { positive_data(); }

    void negative()
    {
        QFETCH(QString, rule);
        const QString input = fileWithStem(RewriteTest::fixtures() + u'/' + rule, u"negative"_s);
        auto source = Notebook::readNotebookFile(input);
        QVERIFY(source.ok());
        const auto result = Rewrite::rewriteNotebook(*source, RewriteTest::goldenOptions());
        QVERIFY2(result.changes.isEmpty(),
                 qPrintable(u"rule(s) fired on a negative case: "_s + changesJson(result.changes)));
        QCOMPARE(result.notebook, *source);
    }

    // Rewriting a rewritten notebook changes nothing (REWRITE_RULES.md "Idempotent").
    void idempotent_data() { positive_data(); }

    void idempotent()
    {
        QFETCH(QString, rule);
        const QString input = fileWithStem(RewriteTest::fixtures() + u'/' + rule, u"input"_s);
        auto source = Notebook::readNotebookFile(input);
        QVERIFY(source.ok());
        const auto options = RewriteTest::goldenOptions();
        const auto once = Rewrite::rewriteNotebook(*source, options);
        // Through the file format, as a second run would read it.
        auto bytes = Notebook::serializeNotebook(once.notebook, input);
        QVERIFY(bytes.ok());
        auto reread = Notebook::readNotebookBytes(*bytes, input);
        QVERIFY(reread.ok());
        const auto twice = Rewrite::rewriteNotebook(*reread, options);
        QVERIFY2(twice.changes.isEmpty(), qPrintable(u"second run changed: "_s + changesJson(twice.changes)));
        QCOMPARE(twice.notebook, *reread);
    }
};

QTEST_GUILESS_MAIN(TestRewriteGoldens)
#include "tst_rewritegoldens.moc"
