// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/notebookrewriter.h"

#include "rewrite/cellrewriter.h"
#include "rewrite/codetokenizer.h"
#include "rewrite/llmrewritehook.h"
#include "rewrite/reviewerlint.h"
#include "rewrite/ruleids.h"
#include "rewrite/tr.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

using Notebook::Language;

QSet<QString> tempViews(const Notebook::Notebook &notebook)
{
    static const QRegularExpression api(
        u"(?:createOrReplaceTempView|createTempView|createOrReplaceGlobalTempView|createGlobalTempView|registerTempTable)"
        u"\\s*\\(\\s*[\"']([\\w]+)[\"']"_s);
    static const QRegularExpression sql(
        u"CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:GLOBAL\\s+)?TEMP(?:ORARY)?\\s+VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> names;
    for (const auto &cell : notebook.cells) {
        if (!cell.isCode() || !cell.source.contains(u"temp", Qt::CaseInsensitive)) {
            continue;
        }
        for (const auto *re : { &api, &sql }) {
            auto it = re->globalMatch(cell.source);
            while (it.hasNext()) {
                names.insert(it.next().captured(1).toLower());
            }
        }
    }
    return names;
}

// Whether every non-blank line of `before` is still in `after`, as it is or commented out: the
// LLM may rewrite a cell but never drop code (REWRITE_RULES.md "Never lose code").
bool keepsEveryLine(const QString &before, const QString &after)
{
    QSet<QString> kept;
    for (const QString &line : after.split(u'\n')) {
        QString t = line.trimmed();
        kept.insert(t);
        for (const QString &prefix : { u"#"_s, u"--"_s, u"//"_s }) {
            if (t.startsWith(prefix)) {
                kept.insert(t.mid(prefix.size()).trimmed());
            }
        }
    }
    for (const QString &line : before.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !kept.contains(t)) {
            return false;
        }
    }
    return true;
}

// One `from aidp_compat import <name>` in the first plain Python cell when the notebook uses
// the name and does not import it yet (REWRITE_RULES.md dbutils.import / display_html).
void injectShimImports(const Notebook::Notebook &source, RewriteResult &result)
{
    Notebook::Notebook &nb = result.notebook;
    bool needDbutils = false;
    bool needDisplayHtml = false;
    QString imports;
    int firstPython = -1;
    for (int i = 0; i < nb.cells.size(); ++i) {
        const auto &cell = nb.cells.at(i);
        if (!cell.isCode() || cell.language(nb.language) != Language::Python) {
            continue;
        }
        // Never into a cell that was %pip/%sh/%run in the source (mission_anchors.md §1.4).
        if (firstPython < 0 && source.cells.at(i).language(source.language) == Language::Python) {
            firstPython = i;
        }
        const TokenizedCode tokens = tokenize(cell.source, Dialect::Python);
        if (tokens.problemOffset >= 0) {
            continue; // a cell the rules could not read stays as it was
        }
        const QString &masked = tokens.masked;
        needDbutils = needDbutils || findIdentifier(masked, u"dbutils", u'.') >= 0;
        needDisplayHtml = needDisplayHtml || findIdentifier(masked, u"displayHTML", u'(') >= 0;
        if (cell.source.contains(u"aidp_compat")) {
            imports += cell.source + u'\n';
        }
    }
    if (firstPython < 0) {
        return;
    }
    static const QRegularExpression importLine(u"(?m)^\\s*from\\s+aidp_compat\\s+import\\s+([^\\n#]*)"_s);
    QStringList imported;
    auto it = importLine.globalMatch(imports);
    while (it.hasNext()) {
        for (const QString &name : it.next().captured(1).split(u',')) {
            imported.append(name.trimmed().section(u' ', 0, 0));
        }
    }
    QList<QPair<QString, QString>> lines;
    if (needDbutils && !imported.contains(u"dbutils"_s)) {
        lines.append({ RuleId::DbutilsImport.toString(),
                       Tr::tr("the aidp_compat shim serves the remaining dbutils calls (fs, secrets, ...)") });
    }
    if (needDisplayHtml && !imported.contains(u"displayHTML"_s)) {
        lines.append({ RuleId::DisplayHtml.toString(), Tr::tr("displayHTML comes from the aidp_compat shim on AIDP") });
    }
    if (lines.isEmpty()) {
        return;
    }
    Notebook::Cell &cell = nb.cells[firstPython];
    QStringList text = cell.source.split(u'\n');
    const int at = cell.magic().isEmpty() ? 0 : 1;
    int offset = 0;
    for (const auto &[rule, reason] : std::as_const(lines)) {
        const QString name = rule == RuleId::DbutilsImport ? u"dbutils"_s : u"displayHTML"_s;
        const QString line = u"from aidp_compat import "_s + name + u"  # "_s + u"Oracle tool modification: "_s + reason;
        text.insert(at + offset++, line);
        result.changes.append({ firstPython + 1, at + 1, rule, QString(), u"from aidp_compat import "_s + name, reason });
    }
    cell.source = text.join(u'\n');
}

} // namespace

RewriteResult rewriteNotebook(const Notebook::Notebook &source, const RewriteOptions &options)
{
    RewriteResult result;
    result.notebook = source;
    NotebookContext context;
    context.options = &options;
    context.notebookLanguage = source.language;
    context.tempViews = tempViews(source);
    context.cells = &source.cells;
    context.mergeSchema = std::any_of(source.cells.cbegin(), source.cells.cend(), [](const Notebook::Cell &cell) {
        return cell.isCode() && cell.source.contains(u"spark.databricks.delta.schema.autoMerge.enabled");
    });

    QList<LintFinding> problems;
    for (int i = 0; i < source.cells.size(); ++i) {
        CellOutcome outcome = rewriteCell(source.cells.at(i), i + 1, context);
        result.notebook.cells[i].source = outcome.source;
        result.changes.append(outcome.changes);
        problems.append(outcome.problems);
        for (const QString &p : std::as_const(outcome.packages)) {
            if (!result.requiredPackages.contains(p)) {
                result.requiredPackages.append(p);
            }
        }
        result.jobTriggers.append(outcome.jobTriggers);
        result.unmappedBuckets.append(outcome.unmappedBuckets);
    }
    injectShimImports(source, result);

    // Cells that still carry Databricks markers: the long tail for the optional LLM hook.
    for (int i = 0; i < result.notebook.cells.size(); ++i) {
        Notebook::Cell &cell = result.notebook.cells[i];
        if (!cell.isCode()) {
            continue;
        }
        const Language language = cell.language(result.notebook.language);
        const QStringList markers = databricksMarkers(cell.source, language);
        if (markers.isEmpty()) {
            continue;
        }
        result.llmCandidates.append(i + 1);
        if (!options.llmHook) {
            continue;
        }
        const auto answer = options.llmHook->rewriteCell({ source.name, i + 1, language, cell.source, markers });
        if (answer && *answer != cell.source && !keepsEveryLine(cell.source, *answer)) {
            problems.append({ u"llm.rejected"_s, Severity::Important, i + 1, 0,
                              Tr::tr("the LLM rewrite was discarded: it dropped code instead of commenting it out") });
            continue;
        }
        if (answer && !answer->trimmed().isEmpty() && *answer != cell.source) {
            result.changes.append({ i + 1, 1, u"llm.rewrite"_s, cell.source, *answer,
                                    Tr::tr("rewritten by the LLM (markers: %1)").arg(markers.join(u", "_s)) });
            cell.source = *answer;
        }
    }

    result.lint = problems + reviewerLint(source, result.notebook, options);
    for (const JobTrigger &trigger : std::as_const(result.jobTriggers)) {
        if (trigger.aidpJobId.isEmpty()) {
            result.lint.append({ u"lint.unmapped_job_trigger"_s, Severity::Important, trigger.cell, trigger.line,
                                 Tr::tr("Databricks job %1 is not in db_to_aidp_job_map; the trigger was commented out")
                                     .arg(trigger.databricksJobId) });
        }
    }
    std::stable_sort(result.lint.begin(), result.lint.end(), [](const LintFinding &a, const LintFinding &b) {
        return std::tie(a.cell, a.line) < std::tie(b.cell, b.line);
    });
    return result;
}

bool RewriteResult::hasBlocker() const
{
    return std::any_of(lint.cbegin(), lint.cend(), [](const LintFinding &f) { return f.severity == Severity::Blocker; });
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return u"blocker"_s;
    case Severity::Important:
        return u"important"_s;
    case Severity::Nit:
        return u"nit"_s;
    }
    return u"nit"_s;
}

} // namespace Mwb::Rewrite
