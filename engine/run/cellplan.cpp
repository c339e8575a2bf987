// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/cellplan.h"

#include "core/jsonio.h"
#include "rewrite/codetokenizer.h"
#include "run/tr.h"
#include "workflow/dependencyscanner.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Run {

namespace {

QString maskedPython(const QString &code)
{
    return Rewrite::tokenize(code, Rewrite::Dialect::Python).masked;
}

// `name` used as an identifier in masked code: not part of a longer name, not an attribute (x.name),
// not a keyword argument (f(name=...)).
bool usesName(const QString &masked, const QString &name)
{
    const QRegularExpression re(u"(?<![\\w.])"_s + QRegularExpression::escape(name) + u"\\b(?!\\s*=[^=])"_s);
    return re.match(masked).hasMatch();
}

// The statements of a SQL cell, split at semicolons outside strings and comments.
QStringList sqlStatements(const QString &sql)
{
    const Rewrite::TokenizedCode tokens = Rewrite::tokenize(sql, Rewrite::Dialect::Sql);
    QStringList statements;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= sql.size(); ++i) {
        if (i == sql.size() || (tokens.masked.at(i) == u';' && tokens.isCode(i))) {
            // Comments only are not a statement.
            const QString masked = tokens.masked.mid(start, i - start);
            QString text = sql.mid(start, i - start).trimmed();
            if (!masked.trimmed().isEmpty() && !text.isEmpty()) {
                statements << text;
            }
            start = i + 1;
        }
    }
    return statements;
}

QString pythonStringLiteral(const QString &text)
{
    // A JSON string is a valid Python string literal (same escapes); non-ASCII stays as is.
    return Core::fromStd(Core::Json(Core::toStd(text)).dump());
}

} // namespace

QStringList definedNames(const QString &code)
{
    const QString masked = maskedPython(code);
    QStringList names;
    auto add = [&names](const QString &name) {
        const QString n = name.trimmed();
        static const QRegularExpression ident(u"^[A-Za-z_]\\w*$"_s);
        if (ident.match(n).hasMatch() && !names.contains(n)) {
            names << n;
        }
    };
    static const QRegularExpression assignment(u"^([A-Za-z_][\\w\\s,()\\[\\]*]*?)\\s*(?:[-+*/%|&^@]|//|\\*\\*|>>|<<)?=(?!=)"_s);
    static const QRegularExpression defClass(u"^(?:async\\s+)?(?:def|class)\\s+([A-Za-z_]\\w*)"_s);
    static const QRegularExpression importAs(u"^(?:from\\s+\\S+\\s+)?import\\s+(.+)$"_s);
    static const QRegularExpression forTarget(u"^(?:async\\s+)?for\\s+(.+?)\\s+in\\b"_s);
    static const QRegularExpression withAs(u"\\bas\\s+([A-Za-z_]\\w*)"_s);
    const QStringList lines = masked.split(u'\n');
    for (const QString &raw : lines) {
        if (raw.isEmpty() || raw.at(0).isSpace()) {
            continue; // only top-level statements bind notebook names
        }
        const QString line = raw.trimmed();
        if (auto m = defClass.match(line); m.hasMatch()) {
            add(m.captured(1));
        } else if (auto m = importAs.match(line); m.hasMatch()) {
            for (QString part : m.captured(1).remove(u'(').remove(u')').split(u',')) {
                part = part.trimmed();
                const qsizetype as = part.indexOf(u" as "_s);
                add(as >= 0 ? part.mid(as + 4) : part.section(u'.', 0, 0));
            }
        } else if (auto m = forTarget.match(line); m.hasMatch()) {
            for (const QString &target : m.captured(1).remove(u'(').remove(u')').split(u',')) {
                add(target);
            }
        } else if (auto m = assignment.match(line); m.hasMatch()) {
            QString targets = m.captured(1);
            for (const QChar c : {u'(', u')', u'[', u']', u'*'}) {
                targets.remove(c);
            }
            for (const QString &target : targets.split(u',')) {
                add(target);
            }
        } else if (line.startsWith(u"with ")) {
            auto it = withAs.globalMatch(line);
            while (it.hasNext()) {
                add(it.next().captured(1));
            }
        }
    }
    return names;
}

CellPlan planCell(const Notebook::Cell &cell, Notebook::Language notebookLanguage, const KernelCapabilities &kernel,
                  const QHash<QString, int> &unavailable)
{
    CellPlan plan;
    plan.code = cell.source;
    const Notebook::Language language = cell.language(notebookLanguage);
    switch (language) {
    case Notebook::Language::Run: {
        Notebook::Notebook single;
        single.cells << cell;
        const auto references = Workflow::scanDependencies(single);
        if (references.isEmpty() || references.first().dynamic || references.first().target.isEmpty()) {
            plan.action = CellPlan::Action::Skip;
            plan.skipReason = Tr::tr("the %run target cannot be read from the cell");
            return plan;
        }
        plan.action = CellPlan::Action::RunChild;
        plan.childPath = references.first().target;
        plan.childArguments = references.first().arguments;
        return plan;
    }
    case Notebook::Language::Sql:
        if (kernel.aidp) {
            return plan;
        }
        if (!kernel.spark) {
            plan.action = CellPlan::Action::Skip;
            plan.skipReason = Tr::tr("a %sql cell needs Spark, and this kernel has none (run the job on AIDP or on a "
                                     "Jupyter server with Spark)");
            return plan;
        }
        {
            // A plain Jupyter kernel has no %sql magic: each statement through spark.sql, the last shown.
            const QStringList statements = sqlStatements(cell.body());
            QString code;
            for (qsizetype i = 0; i < statements.size(); ++i) {
                const bool last = i + 1 == statements.size();
                code += (last ? u"_mwb_sql_result = spark.sql("_s : u"spark.sql("_s) + pythonStringLiteral(statements.at(i)) + u")\n"_s;
            }
            if (!statements.isEmpty()) {
                code += u"_mwb_sql_result.show(20, truncate=False)\n"_s;
            }
            plan.code = code;
        }
        return plan;
    case Notebook::Language::Scala:
    case Notebook::Language::R:
        if (kernel.aidp) {
            return plan;
        }
        plan.action = CellPlan::Action::Skip;
        plan.skipReason = Tr::tr("a %%1 cell needs a kernel that runs %1 (AIDP notebooks do); this kernel runs Python")
                              .arg(Notebook::languageName(language));
        return plan;
    case Notebook::Language::Fs: {
        // "%fs ls /path" is dbutils.fs.ls("/path") (Databricks documents %fs as that shorthand).
        const QStringList words = cell.body().section(u'\n', 0, 0).split(u' ', Qt::SkipEmptyParts).mid(1);
        if (words.isEmpty()) {
            plan.action = CellPlan::Action::Skip;
            plan.skipReason = Tr::tr("an empty %fs command");
            return plan;
        }
        QStringList args;
        for (const QString &w : words.mid(1)) {
            args << pythonStringLiteral(w);
        }
        plan.code = u"print(dbutils.fs.%1(%2))\n"_s.arg(words.first(), args.join(u", "_s));
        return plan;
    }
    default:
        break;
    }
    if (!kernel.spark && !kernel.aidp) {
        const QString masked = maskedPython(cell.source);
        for (const QString &name : {u"spark"_s, u"sc"_s, u"sqlContext"_s}) {
            if (usesName(masked, name) && !definedNames(cell.source).contains(name)) {
                plan.action = CellPlan::Action::Skip;
                plan.skipReason = Tr::tr("the cell uses %1 (Spark), and this kernel has none (run the job on AIDP or on "
                                         "a Jupyter server with Spark)")
                                      .arg(name);
                plan.blockingName = name;
                return plan;
            }
        }
        static const QRegularExpression sparkImport(u"^\\s*(?:from|import)\\s+(pyspark|delta)\\b"_s,
                                                    QRegularExpression::MultilineOption);
        if (const auto m = sparkImport.match(masked); m.hasMatch()) {
            plan.action = CellPlan::Action::Skip;
            plan.skipReason = Tr::tr("the cell imports %1 (Spark), and this kernel has none (run the job on AIDP or on a "
                                     "Jupyter server with Spark)")
                                  .arg(m.captured(1));
            return plan;
        }
        for (auto it = unavailable.cbegin(); it != unavailable.cend(); ++it) {
            if (usesName(masked, it.key())) {
                plan.action = CellPlan::Action::Skip;
                plan.skipReason = Tr::tr("the cell uses %1, which cell %2 defines, and cell %2 cannot run on this kernel")
                                      .arg(it.key())
                                      .arg(it.value());
                plan.blockingName = it.key();
                return plan;
            }
        }
    }
    return plan;
}

QString kernelProbeCode()
{
    return u"def __mwb_probe():\n"
           "    import json\n"
           "    spark = 'spark' in get_ipython().user_ns\n"
           "    print('MWB_PROBE ' + json.dumps({'spark': bool(spark)}))\n"
           "__mwb_probe()\n"
           "del __mwb_probe\n"_s;
}

KernelCapabilities parseKernelProbe(const QString &stdoutText)
{
    KernelCapabilities caps;
    for (const QString &line : stdoutText.split(u'\n')) {
        if (line.startsWith(u"MWB_PROBE ")) {
            auto json = Core::parseJson(line.mid(10).toUtf8(), QString());
            if (json) {
                caps.spark = Core::boolValue(*json, "spark");
            }
        }
    }
    return caps;
}

} // namespace Mwb::Run
