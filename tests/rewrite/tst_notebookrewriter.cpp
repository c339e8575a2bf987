// SPDX-License-Identifier: GPL-3.0-or-later
// Notebook-level guarantees of Pass 1 over the example workspace and over bad input: cells kept
// in count and order, code only ever commented, idempotence, problems reported with cell and line.
#include "rewritetesthelpers.h"

#include "notebook/dbcarchive.h"
#include "notebook/notebookio.h"
#include "rewrite/llmrewritehook.h"
#include "rewrite/notebookrewriter.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

QList<QPair<QString, Notebook::Notebook>> exampleNotebooks()
{
    QList<QPair<QString, Notebook::Notebook>> out;
    const QString root = QStringLiteral(MWB_SOURCE_DIR) + u"/examples/workspace"_s;
    QDirIterator it(root, { u"*.py"_s, u"*.sql"_s, u"*.scala"_s, u"*.r"_s, u"*.ipynb"_s, u"*.dbc"_s }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QDir(root).relativeFilePath(path);
        if (path.endsWith(u".dbc")) {
            auto entries = Notebook::readDbcFile(path);
            for (const auto &e : entries.value()) {
                out.append({ name + u'!' + e.path, e.notebook });
            }
            continue;
        }
        auto nb = Notebook::readNotebookFile(path);
        if (nb) {
            out.append({ name, *nb });
        }
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

Rewrite::RewriteOptions exampleOptions()
{
    Rewrite::RewriteOptions options;
    const QString config = QStringLiteral(MWB_SOURCE_DIR) + u"/examples/config/"_s;
    options.catalogs = Rewrite::CatalogManifest::readFile(config + u"catalog_manifest.json"_s).value();
    options.buckets = Rewrite::BucketMapping::readFile(config + u"bucket_mapping.json"_s).value();
    return options;
}

// Every non-blank source line survives: as it is, or commented out ("# x", "-- x", "// x").
QString missingLine(const QString &before, const QString &after)
{
    QSet<QString> kept;
    for (const QString &line : after.split(u'\n')) {
        QString t = line.trimmed();
        kept.insert(t);
        for (const QString &prefix : { u"# "_s, u"-- "_s, u"// "_s }) {
            while (t.startsWith(prefix)) {
                t = t.mid(prefix.size()).trimmed();
                kept.insert(t);
            }
        }
    }
    for (const QString &line : before.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !kept.contains(t) && !t.contains(u"dapi")) {
            return t;
        }
    }
    return {};
}

Notebook::Notebook pythonNotebook(const QStringList &cells)
{
    Notebook::Notebook nb;
    nb.name = u"t"_s;
    for (const QString &source : cells) {
        Notebook::Cell cell;
        cell.source = source;
        nb.cells.append(cell);
    }
    return nb;
}

bool hasFinding(const Rewrite::RewriteResult &r, const QString &id, int cell, int line)
{
    return std::any_of(r.lint.cbegin(), r.lint.cend(), [&](const Rewrite::LintFinding &f) {
        return f.id == id && f.cell == cell && (line == 0 || f.line == line);
    });
}

class EchoHook final : public Rewrite::LlmRewriteHook
{
public:
    std::optional<QString> rewriteCell(const Rewrite::LlmCellRequest &request) override
    {
        requests.append(request);
        return dropCode ? u"pass"_s : u"# reviewed by the hook\n"_s + request.source;
    }
    QList<Rewrite::LlmCellRequest> requests;
    bool dropCode = false;
};

} // namespace

class TestNotebookRewriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &[name, nb] : exampleNotebooks()) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void examples()
    {
        QFETCH(QString, name);
        Notebook::Notebook source;
        for (const auto &[n, nb] : exampleNotebooks()) {
            if (n == name) {
                source = nb;
            }
        }
        QVERIFY(!source.cells.isEmpty());
        const auto options = exampleOptions();
        const auto result = Rewrite::rewriteNotebook(source, options);
        QVERIFY2(result.unmappedBuckets.isEmpty(), "the example bucket mapping covers every bucket");
        // Cell count, order and kinds are preserved; markdown is untouched.
        QCOMPARE(result.notebook.cells.size(), source.cells.size());
        for (qsizetype i = 0; i < source.cells.size(); ++i) {
            const auto &a = source.cells.at(i);
            const auto &b = result.notebook.cells.at(i);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.id, a.id);
            if (!a.isCode()) {
                QCOMPARE(b.source, a.source);
            }
            const QString missing = missingLine(a.source, b.source);
            QVERIFY2(missing.isEmpty(), qPrintable(u"cell %1 lost the line: %2"_s.arg(i + 1).arg(missing)));
        }
        // The reviewer lint finds no blocker in any example notebook.
        for (const auto &f : result.lint) {
            QVERIFY2(f.severity != Rewrite::Severity::Blocker, qPrintable(f.id + u": "_s + f.message));
        }
        // Every change says where it happened.
        for (const auto &c : result.changes) {
            QVERIFY(c.cell >= 1 && c.cell <= source.cells.size());
            QVERIFY(c.line >= 1);
            QVERIFY(!c.reason.isEmpty());
        }
        // Idempotent.
        const auto twice = Rewrite::rewriteNotebook(result.notebook, options);
        QVERIFY2(twice.changes.isEmpty(),
                 qPrintable(twice.changes.isEmpty() ? QString()
                                                    : twice.changes.first().ruleId + u": "_s + twice.changes.first().before));
        QCOMPARE(twice.notebook, result.notebook);
        // No secret survives anywhere in the output.
        for (const auto &cell : result.notebook.cells) {
            QVERIFY(!cell.source.contains(u"dapi0123456789abcdef"));
        }
    }

    void ruleNeverFiresInComments()
    {
        const auto nb = pythonNotebook({ u"# dbutils.widgets.get(\"a\")\n\"\"\"\nspark.table(\"x.y\") s3://b/p\n\"\"\"\n"
                                         u"'''dbutils.notebook.exit(1)'''"_s });
        const auto result = Rewrite::rewriteNotebook(nb, RewriteTest::goldenOptions());
        QCOMPARE(result.changes.size(), 0);
        QCOMPARE(result.notebook, nb);
    }

    void unmappedBucketNamesBucketCellAndLine()
    {
        const auto nb = pythonNotebook({ u"x = 1"_s, u"a = 1\np = \"s3://unknown-bucket/x\"\nq = \"s3://raw-bucket/y\""_s });
        const auto result = Rewrite::rewriteNotebook(nb, RewriteTest::goldenOptions());
        QCOMPARE(result.unmappedBuckets.size(), 1);
        QCOMPARE(result.unmappedBuckets.first(), (Rewrite::UnmappedBucket { u"unknown-bucket"_s, 2, 2 }));
    }

    void unusableBucketMappingLeavesPathsAndFlagsThem()
    {
        auto options = RewriteTest::goldenOptions();
        options.bucketMappingUsable = false;
        const auto result = Rewrite::rewriteNotebook(pythonNotebook({ u"p = \"s3://raw-bucket/y\""_s }), options);
        QVERIFY(result.unmappedBuckets.isEmpty());
        QCOMPARE(result.notebook.cells.first().source, u"p = \"s3://raw-bucket/y\""_s);
        QVERIFY(hasFinding(result, u"lint.leftover_s3"_s, 1, 1));
        QVERIFY(result.hasBlocker());
    }

    // Bad input: the notebook is still produced, untouched cells stay, the problem has cell and line.
    void badInput_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("cellKept");
        QTest::newRow("unbalanced quote") << u"x = 1\ny = \"abc\nz = dbutils.widgets.get(\"a\")"_s
                                          << u"input.unbalanced_quote"_s << 2 << true;
        QTest::newRow("unterminated triple quote") << u"q = '''abc\ndbutils.notebook.exit(1)"_s
                                                   << u"input.unbalanced_quote"_s << 1 << true;
        QTest::newRow("unbalanced bracket") << u"f(dbutils.widgets.get(\"a\")"_s << u"input.unbalanced_bracket"_s << 1
                                            << true;
        QTest::newRow("mixed tabs") << u"if x:\n\ty = 1\n        z = dbutils.widgets.get(\"a\")"_s
                                    << u"input.mixed_indentation"_s << 3 << false;
        QTest::newRow("unknown magic") << u"%frobnicate now\nx = dbutils.widgets.get(\"a\")"_s
                                       << u"input.unknown_magic"_s << 1 << false;
    }

    void badInput()
    {
        QFETCH(QString, cell);
        QFETCH(QString, id);
        QFETCH(int, line);
        QFETCH(bool, cellKept);
        const auto nb = pythonNotebook({ u"a = dbutils.widgets.get(\"x\")"_s, cell, u"dbutils.notebook.exit(0)"_s });
        const auto result = Rewrite::rewriteNotebook(nb, RewriteTest::goldenOptions());
        QCOMPARE(result.notebook.cells.size(), 3);
        QVERIFY2(hasFinding(result, id, 2, line), qPrintable(id));
        // The good cells around it are still rewritten.
        QVERIFY(result.notebook.cells.at(0).source.contains(u"oidlUtils.parameters.getParameter(\"x\", \"\")"));
        QVERIFY(result.notebook.cells.at(2).source.contains(u"oidlUtils.notebook.exit(0)"));
        if (cellKept) {
            QCOMPARE(result.notebook.cells.at(1).source, cell);
        } else {
            QVERIFY(result.notebook.cells.at(1).source.contains(u"oidlUtils.parameters.getParameter"));
        }
    }

    void garbageNeverCrashes()
    {
        QRandomGenerator rng(42);
        const QString alphabet = u"\"'`#/*-\\\n\t ()[]{}$%!fdbutilsspark.sql(FROM s3://x dbfs:/“”–\u00a0"_s;
        for (int round = 0; round < 200; ++round) {
            QString text;
            const int n = static_cast<int>(rng.bounded(400));
            for (int i = 0; i < n; ++i) {
                text += alphabet.at(static_cast<int>(rng.bounded(static_cast<int>(alphabet.size()))));
            }
            Notebook::Notebook nb = pythonNotebook({ text, u"%sql\n"_s + text, u"%scala\n"_s + text, u"%r\n"_s + text });
            const auto result = Rewrite::rewriteNotebook(nb, RewriteTest::goldenOptions());
            QCOMPARE(result.notebook.cells.size(), 4);
        }
    }

    void hugeCellIsRewrittenInTime()
    {
        QString cell;
        while (cell.size() < 2000000) {
            cell += u"v = dbutils.widgets.get(\"k\")  # read\nspark.sql(\"SELECT * FROM db.t\")\n"_s;
        }
        cell += u"broken = \"unterminated\n"_s; // and one bad line at the end
        QElapsedTimer timer;
        timer.start();
        const auto result = Rewrite::rewriteNotebook(pythonNotebook({ cell, u"x = dbutils.widgets.get(\"y\")"_s }),
                                                     RewriteTest::goldenOptions());
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.notebook.cells.size(), 2);
        QCOMPARE(result.notebook.cells.first().source, cell); // unparseable: kept
        QVERIFY(hasFinding(result, u"input.unbalanced_quote"_s, 1, static_cast<int>(cell.count(u'\n'))));
        QVERIFY(result.notebook.cells.at(1).source.contains(u"oidlUtils"));
        // And the same cell without the bad line is fully rewritten.
        cell.chop(QStringLiteral("broken = \"unterminated\n").size());
        timer.restart();
        const auto ok = Rewrite::rewriteNotebook(pythonNotebook({ cell }), RewriteTest::goldenOptions());
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(ok.changes.size(), static_cast<qsizetype>(cell.count(u'\n')));
    }

    void llmHookSeesOnlyMarkedCells()
    {
        EchoHook hook;
        auto options = RewriteTest::goldenOptions();
        options.llmHook = &hook;
        const auto nb = pythonNotebook({ u"x = 1"_s, u"boto3.client(\"s3\")"_s, u"y = dbutils.widgets.get(\"a\")"_s });
        const auto result = Rewrite::rewriteNotebook(nb, options);
        QCOMPARE(result.llmCandidates, QList<int> { 2 });
        QCOMPARE(hook.requests.size(), 1);
        QCOMPARE(hook.requests.first().cell, 2);
        QVERIFY(hook.requests.first().markers.contains(u"boto3"_s));
        QVERIFY(result.notebook.cells.at(1).source.startsWith(u"# reviewed by the hook"));
        QVERIFY(std::any_of(result.changes.cbegin(), result.changes.cend(),
                            [](const Rewrite::ChangeRecord &c) { return c.ruleId == u"llm.rewrite" && c.cell == 2; }));

        // An answer that deletes code is discarded.
        EchoHook dropping;
        dropping.dropCode = true;
        options.llmHook = &dropping;
        const auto kept = Rewrite::rewriteNotebook(nb, options);
        QCOMPARE(kept.notebook.cells.at(1).source, nb.cells.at(1).source);
        QVERIFY(hasFinding(kept, u"llm.rejected"_s, 2, 0));
    }

    void lintFindings()
    {
        const auto nb = pythonNotebook({ u"from pyspark.sql.functions import *"_s, u"total = sum(values)"_s, u"pass"_s,
                                         u"%scala\nval x = dbutils.fs.ls(\"/\")"_s,
                                         u"%run ./x.ipynb.ipynb"_s });
        const auto result = Rewrite::rewriteNotebook(nb, RewriteTest::goldenOptions());
        QVERIFY(hasFinding(result, u"lint.builtin_shadowing"_s, 2, 1));
        QVERIFY(hasFinding(result, u"lint.pass_cell"_s, 3, 1));
        QVERIFY(hasFinding(result, u"lint.leftover_dbutils"_s, 4, 2));
        QVERIFY(hasFinding(result, u"lint.doubled_path"_s, 5, 1));
        QVERIFY(hasFinding(result, u"lint.relative_run"_s, 5, 1));
        QVERIFY(result.hasBlocker());
    }
};

QTEST_GUILESS_MAIN(TestNotebookRewriter)
#include "tst_notebookrewriter.moc"
