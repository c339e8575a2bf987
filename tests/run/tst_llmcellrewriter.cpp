// SPDX-License-Identifier: GPL-3.0-or-later
// The optional Pass-1 LLM rewrite against the Messages API stand-in: applied when it keeps every line,
// discarded when it drops code, and never sent for cells without Databricks markers.
#include "common/messagesstandin.h"
#include "rewrite/notebookrewriter.h"
#include "run/llmcellrewriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Mwb::Core::Json;

class TestLlmCellRewriter : public QObject
{
    Q_OBJECT

    static Mwb::Notebook::Notebook notebook()
    {
        Mwb::Notebook::Notebook nb;
        nb.name = u"uploads"_s;
        Mwb::Notebook::Cell plain;
        plain.source = u"x = 1"_s;
        Mwb::Notebook::Cell boto;
        boto.source = u"import boto3\ns3 = boto3.client('s3')"_s;
        nb.cells << plain << boto;
        return nb;
    }

    static Mwb::Llm::LlmSettings settings(const QUrl &url)
    {
        Mwb::Llm::LlmSettings s;
        s.endpoint = url;
        s.model = u"test-model"_s;
        s.apiKey = u"k"_s;
        s.maxRetries = 0;
        return s;
    }

private Q_SLOTS:
    void extract()
    {
        QCOMPARE(Mwb::Run::LlmCellRewriter::extractCell(u"Sure.\n<migrated_cell>\na\nb\n</migrated_cell>"_s), u"a\nb"_s);
        QVERIFY(!Mwb::Run::LlmCellRewriter::extractCell(u"no tags"_s));
    }

    void appliedWhenEveryLineIsKept()
    {
        Mwb::Test::MessagesStandIn llm;
        QVERIFY(llm.start());
        llm.setHandler([](const Json &) {
            return Mwb::Test::MessagesStandIn::textReply(
                u"<migrated_cell>\n# import boto3\nimport oci  # Oracle tool modification: OCI SDK instead of boto3\n"
                "# s3 = boto3.client('s3')\ns3 = oci.object_storage.ObjectStorageClient(oci.config.from_file())  # Oracle tool "
                "modification: Object Storage client\n</migrated_cell>"_s);
        });
        Mwb::Run::LlmCellRewriter hook(settings(llm.url()));
        Mwb::Rewrite::RewriteOptions options;
        options.llmHook = &hook;
        const auto result = Mwb::Rewrite::rewriteNotebook(notebook(), options);
        QCOMPARE(llm.requests().size(), 1); // only the cell with a marker was sent
        QVERIFY(llm.requestBody(0).dump().find("boto3") != std::string::npos);
        QVERIFY(result.notebook.cells.at(1).source.contains(u"ObjectStorageClient"_s));
        QCOMPARE(result.notebook.cells.at(0).source, u"x = 1"_s);
        QVERIFY(std::any_of(result.changes.cbegin(), result.changes.cend(), [](const auto &c) { return c.ruleId == u"llm.rewrite"; }));
    }

    void discardedWhenCodeIsDropped()
    {
        Mwb::Test::MessagesStandIn llm;
        QVERIFY(llm.start());
        llm.setHandler([](const Json &) {
            return Mwb::Test::MessagesStandIn::textReply(u"<migrated_cell>\nimport oci\n</migrated_cell>"_s);
        });
        Mwb::Run::LlmCellRewriter hook(settings(llm.url()));
        Mwb::Rewrite::RewriteOptions options;
        options.llmHook = &hook;
        const auto result = Mwb::Rewrite::rewriteNotebook(notebook(), options);
        QVERIFY(result.notebook.cells.at(1).source.contains(u"boto3.client"_s));
        QVERIFY(std::any_of(result.lint.cbegin(), result.lint.cend(), [](const auto &f) { return f.id == u"llm.rejected"; }));
    }

    void unreachableLlmKeepsTheRules()
    {
        Mwb::Run::LlmCellRewriter hook(settings(QUrl(u"http://127.0.0.1:9"_s)));
        Mwb::Rewrite::RewriteOptions options;
        options.llmHook = &hook;
        const auto result = Mwb::Rewrite::rewriteNotebook(notebook(), options);
        QVERIFY(result.notebook.cells.at(1).source.contains(u"boto3.client"_s));
    }
};

QTEST_GUILESS_MAIN(TestLlmCellRewriter)
#include "tst_llmcellrewriter.moc"
