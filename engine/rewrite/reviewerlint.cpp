// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/reviewerlint.h"

#include "rewrite/cellrewriter.h"
#include "rewrite/codetokenizer.h"
#include "rewrite/pathrules.h"
#include "rewrite/sqlscanner.h"
#include "rewrite/tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

using Notebook::Language;

struct CellView
{
    Language language = Language::Python;
    QString source;
    TokenizedCode tokens;
    std::unique_ptr<LineIndex> lines;
    bool code = false;

    int lineOf(qsizetype pos) const { return lines->lineOf(pos) + 1; }
};

CellView view(const Notebook::Cell &cell, Language notebookLanguage)
{
    CellView v;
    v.language = cell.language(notebookLanguage);
    v.source = cell.source;
    v.lines = std::make_unique<LineIndex>(cell.source);
    const auto dialect = dialectOf(v.language);
    v.code = cell.isCode() && dialect.has_value();
    if (v.code) {
        QString text = cell.source;
        if (!cell.magic().isEmpty() && Notebook::languageOfMagic(cell.magic())) {
            const qsizetype nl = text.indexOf(u'\n');
            for (qsizetype i = 0; i < (nl < 0 ? text.size() : nl); ++i) {
                text[i] = u' ';
            }
        }
        v.tokens = tokenize(text, *dialect);
    }
    return v;
}

int countModes(const CellView &v, QStringView mode)
{
    if (!v.code) {
        return 0;
    }
    int n = 0;
    for (const Token &t : v.tokens.tokens) {
        if (t.kind == Token::Kind::String
            && QStringView(v.source).mid(t.contentStart, t.contentEnd - t.contentStart).compare(mode, Qt::CaseInsensitive)
                == 0) {
            ++n;
        }
    }
    // INSERT OVERWRITE / INSERT INTO in SQL code
    static const QRegularExpression overwrite(u"\\bINSERT\\s+OVERWRITE\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression into(u"\\bINSERT\\s+INTO\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const QString &text = v.language == Language::Sql ? v.tokens.masked : v.source;
    auto it = (mode == u"overwrite" ? overwrite : into).globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

QList<LintFinding> reviewerLint(const Notebook::Notebook &source, const Notebook::Notebook &migrated,
                                const RewriteOptions &options)
{
    QList<LintFinding> out;
    std::vector<CellView> views;
    views.reserve(static_cast<size_t>(migrated.cells.size()));
    bool shimDbutils = false;
    for (const auto &cell : migrated.cells) {
        views.push_back(view(cell, migrated.language));
        static const QRegularExpression shim(u"(?m)^\\s*from\\s+aidp_compat\\s+import\\s+[^\\n]*\\bdbutils\\b"_s);
        shimDbutils = shimDbutils || (cell.source.contains(u"aidp_compat") && shim.match(cell.source).hasMatch());
    }
    bool wildcardFunctions = false;
    static const QRegularExpression wildcard(u"(?m)^\\s*from\\s+pyspark\\.sql\\.functions\\s+import\\s+\\*"_s);
    static const QRegularExpression doubledIpynb(u"\\.ipynb\\d*\\.ipynb"_s);
    for (int i = 0; i < static_cast<int>(views.size()); ++i) {
        const CellView &v = views.at(static_cast<size_t>(i));
        const int cell = i + 1;
        if (i < source.cells.size()) {
            const Language before = source.cells.at(i).language(source.language);
            if (before == Language::Sql && v.language != Language::Sql && source.cells.at(i).isCode()) {
                out.append({ u"lint.sql_cell_converted"_s, Severity::Important, cell, 1,
                             Tr::tr("a SQL cell is no longer SQL; check that no SQL feature was lost") });
            }
            const CellView orig = view(source.cells.at(i), source.language);
            for (const QStringView mode : { QStringView(u"overwrite"), QStringView(u"append") }) {
                if (countModes(orig, mode) != countModes(v, mode)) {
                    out.append({ u"lint.write_mode_drift"_s, Severity::Important, cell, 0,
                                 Tr::tr("the number of \"%1\" writes changed during the rewrite").arg(mode) });
                }
            }
        }
        // %run paths (line magics, not tokenised as code by the Python masker)
        const QStringList lines = v.source.split(u'\n');
        for (int l = 0; l < lines.size(); ++l) {
            const QString t = lines.at(l).trimmed();
            if (!t.startsWith(u"%run")) {
                continue;
            }
            const QString path = t.mid(4).trimmed().remove(u'"').section(u' ', 0, 0);
            if (!path.startsWith(u'/') && !path.startsWith(u'$')) {
                out.append({ u"lint.relative_run"_s, Severity::Important, cell, l + 1,
                             Tr::tr("%run uses the relative path \"%1\"; AIDP resolves %run paths from the workspace "
                                    "root (rewrite with --manifest to make them absolute)")
                                 .arg(path) });
            }
            if (doubledIpynb.match(path).hasMatch()
                || (!options.outputBase.isEmpty() && path.count(options.outputBase) > 1)) {
                out.append({ u"lint.doubled_path"_s, Severity::Blocker, cell, l + 1,
                             Tr::tr("the %run path \"%1\" has a doubled extension or output base").arg(path) });
            }
        }
        if (v.language == Language::Fs) {
            out.append({ u"lint.databricks_marker"_s, Severity::Nit, cell, 1,
                         Tr::tr("%fs is a Databricks magic; use dbutils.fs (aidp_compat shim) instead") });
        }
        if (!v.code) {
            continue;
        }
        const QString &masked = v.tokens.masked;
        // leftover dbutils.
        qsizetype dbutilsAt = findIdentifier(masked, u"dbutils", u'.');
        for (const Token &t : v.tokens.tokens) {
            // Code inside an f-string placeholder is not rewritten by the rules.
            if (dbutilsAt < 0 && t.interpolated
                && QStringView(v.source).mid(t.contentStart, t.contentEnd - t.contentStart).contains(u"dbutils.")) {
                dbutilsAt = t.start;
            }
        }
        if (dbutilsAt >= 0) {
            const bool served = v.language == Language::Python && shimDbutils;
            out.append({ u"lint.leftover_dbutils"_s, served ? Severity::Nit : Severity::Blocker, cell,
                         v.lineOf(dbutilsAt),
                         served ? Tr::tr("dbutils is served by the aidp_compat shim here; check the call is supported")
                                : Tr::tr("dbutils does not exist on AIDP in this cell") });
        }
        if (v.language == Language::Python) {
            if (wildcard.match(masked).hasMatch() || v.source.contains(u"from pyspark.sql.functions import *")) {
                wildcardFunctions = wildcardFunctions || wildcard.match(v.source).hasMatch();
            }
            if (wildcardFunctions) {
                QStringList shadowed;
                qsizetype first = -1;
                for (const QStringView name : { QStringView(u"sum"), QStringView(u"max"), QStringView(u"min"),
                                                QStringView(u"round"), QStringView(u"abs") }) {
                    const qsizetype at = findIdentifier(masked, name, u'(');
                    if (at >= 0) {
                        shadowed.append(name.toString());
                        first = first < 0 ? at : std::min(first, at);
                    }
                }
                if (!shadowed.isEmpty()) {
                    out.append({ u"lint.builtin_shadowing"_s, Severity::Important, cell, v.lineOf(first),
                                 Tr::tr("%1 after \"from pyspark.sql.functions import *\" call pyspark's functions, not "
                                        "Python's builtins; use builtins.%2 or import functions as F")
                                     .arg(shadowed.join(u", "_s), shadowed.first()) });
                }
            }
            if (masked.trimmed() == u"pass") {
                out.append({ u"lint.pass_cell"_s, Severity::Important, cell, 1,
                             Tr::tr("the cell was reduced to pass") });
            }
            const qsizetype run = masked.indexOf(u"oidlUtils.notebook.run(");
            if (run >= 0) {
                const qsizetype arg = run + 23;
                const Token *t = v.tokens.tokenAt(arg);
                if (!t || t->interpolated || t->start != arg) {
                    out.append({ u"lint.dynamic_notebook_run"_s, Severity::Important, cell, v.lineOf(run),
                                 Tr::tr("the child notebook path is computed at run time; migrate its targets and "
                                        "point the path at the migrated copies by hand") });
                } else {
                    const QString path = v.source.mid(t->contentStart, t->contentEnd - t->contentStart);
                    if (doubledIpynb.match(path).hasMatch()
                        || (!options.outputBase.isEmpty() && path.count(options.outputBase) > 1)) {
                        out.append({ u"lint.doubled_path"_s, Severity::Blocker, cell, v.lineOf(run),
                                     Tr::tr("the notebook.run path \"%1\" has a doubled extension or output base")
                                         .arg(path) });
                    }
                }
            }
        }
        // Strings: leftover s3, SQL 3-part names of unlisted catalogs.
        bool s3 = false;
        for (const Token &t : v.tokens.tokens) {
            if (t.kind != Token::Kind::String) {
                continue;
            }
            const QStringView content = QStringView(v.source).mid(t.contentStart, t.contentEnd - t.contentStart);
            if (!s3 && (containsPathMarker(content, u"s3://") || containsPathMarker(content, u"s3a://")
                        || containsPathMarker(content, u"s3n://"))) {
                s3 = true;
                out.append({ u"lint.leftover_s3"_s, Severity::Blocker, cell, v.lineOf(t.start),
                             Tr::tr("an s3:// path is left; map its bucket in the bucket mapping") });
            }
        }
        QList<QPair<qsizetype, SqlScan>> sql;
        if (v.language == Language::Sql) {
            sql.append({ 0, scanSql(masked) });
        } else {
            for (const Token &t : v.tokens.tokens) {
                if (t.kind == Token::Kind::String && t.contentEnd - t.contentStart > 10) {
                    const QStringView content = QStringView(v.source).mid(t.contentStart, t.contentEnd - t.contentStart);
                    if (content.contains(u"FROM ", Qt::CaseInsensitive) || content.contains(u"TABLE ", Qt::CaseInsensitive)
                        || content.contains(u"JOIN ", Qt::CaseInsensitive) || content.contains(u"INTO ", Qt::CaseInsensitive)) {
                        sql.append({ t.contentStart, scanSql(content) });
                    }
                }
            }
        }
        for (const auto &[offset, scan] : std::as_const(sql)) {
            for (const SqlTableRef &ref : scan.tables) {
                if (ref.parts.size() != 3) {
                    continue;
                }
                const QString catalog = unquotedPart(ref.parts.first());
                if (catalog.compare(u"default"_s, Qt::CaseInsensitive) == 0) {
                    continue;
                }
                const bool listed = options.catalogs.remaps(catalog, unquotedPart(ref.parts.at(1)));
                out.append({ u"lint.hardcoded_catalog"_s, listed ? Severity::Important : Severity::Nit, cell,
                             v.lineOf(offset + ref.start),
                             Tr::tr("the table %1 keeps its catalog \"%2\"; it must exist on AIDP or be listed in the "
                                    "catalog manifest")
                                 .arg(ref.parts.join(u'.'), catalog) });
            }
        }
        const QStringList markers = databricksMarkers(v.source, v.language);
        QStringList remaining;
        for (const QString &m : markers) {
            if (m != u"dbutils." && !m.startsWith(u"s3")) {
                remaining.append(m);
            }
        }
        if (!remaining.isEmpty()) {
            out.append({ u"lint.databricks_marker"_s, Severity::Nit, cell, 0,
                         Tr::tr("Databricks markers remain (%1): left for Pass 2 / the LLM").arg(remaining.join(u", "_s)) });
        }
    }
    return out;
}

} // namespace Mwb::Rewrite
