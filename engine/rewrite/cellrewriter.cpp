// SPDX-License-Identifier: GPL-3.0-or-later
#include "rewrite/cellrewriter.h"

#include "rewrite/celleditor.h"
#include "rewrite/codetokenizer.h"
#include "rewrite/pathrules.h"
#include "rewrite/ruleids.h"
#include "rewrite/sqlscanner.h"
#include "rewrite/tablenames.h"
#include "rewrite/tr.h"

#include <QRegularExpression>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Mwb::Rewrite {

namespace {

using Notebook::Language;

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Unicode look-alikes that break code (mission_anchors.md §1.4 "Unicode normalisation").
QChar asciiFor(QChar c)
{
    switch (c.unicode()) {
    case 0x00A0:
    case 0x2009:
    case 0x202F:
        return u' ';
    case 0x2018:
    case 0x2019:
        return u'\'';
    case 0x201C:
    case 0x201D:
        return u'"';
    case 0x2013:
    case 0x2014:
        return u'-';
    case 0x200B:
    case 0xFEFF:
        return QChar(0); // removed
    default:
        return c;
    }
}

bool hasUnicodeLookalikes(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xA0 && asciiFor(c) != c) {
            return true;
        }
    }
    return false;
}

// IPython line magics that Jupyter kernels understand; anything else is reported as unknown.
bool isKnownLineMagic(QStringView word)
{
    static const QStringList known { u"time"_s, u"timeit"_s, u"load_ext"_s, u"reload_ext"_s, u"autoreload"_s,
                                     u"env"_s, u"config"_s, u"who"_s, u"whos"_s, u"pwd"_s, u"cd"_s, u"ls"_s,
                                     u"store"_s, u"capture"_s, u"writefile"_s, u"debug"_s, u"prun"_s, u"load"_s,
                                     u"python"_s, u"sql"_s, u"scala"_s, u"r"_s, u"md"_s, u"sh"_s, u"fs"_s,
                                     u"bash"_s, u"html"_s, u"javascript"_s, u"latex"_s, u"conda"_s };
    return known.contains(word.toString());
}

struct Call
{
    struct Arg
    {
        qsizetype start = 0; // trimmed
        qsizetype end = 0;
        QString name;           // keyword name, empty when positional
        qsizetype valueStart = 0;
    };
    qsizetype open = 0;
    qsizetype close = 0; // position of ')'
    QList<Arg> args;
};

class Rules
{
public:
    Rules(const Notebook::Cell &cell, int cellNumber, const NotebookContext &ctx, CellOutcome &out)
        : m_cell(cell)
        , m_cellNumber(cellNumber)
        , m_ctx(ctx)
        , m_out(out)
        , m_language(cell.language(ctx.notebookLanguage))
    {
    }

    void run()
    {
        m_out.source = m_cell.source;
        if (!m_cell.isCode()) {
            return;
        }
        switch (m_language) {
        case Language::Pip:
            pipCell();
            return;
        case Language::Shell:
            shCell();
            return;
        case Language::Markdown:
        case Language::Raw:
        case Language::Fs:
            return;
        default:
            break;
        }
        const auto dialect = dialectOf(m_language);
        if (!dialect) {
            return;
        }
        m_dialect = *dialect;
        const QString word = m_cell.magic();
        m_magicFirstLine = !word.isEmpty() && (Notebook::languageOfMagic(word).has_value());
        QString text = m_cell.source;
        QList<int> lineMap;
        if (hasUnicodeLookalikes(text)) {
            text = unicodeStage(text, &lineMap);
        }
        codeStage(text, lineMap);
    }

private:
    // ---- whole-cell magics -------------------------------------------------------------------

    QString pythonHeader() const
    {
        // A cell that becomes Python in a notebook of another language names its language.
        return m_ctx.notebookLanguage == Language::Python ? QString() : u"%python\n"_s;
    }

    static QString commentLines(const QString &text)
    {
        QStringList lines = text.split(u'\n');
        for (QString &line : lines) {
            line = line.isEmpty() ? u"#"_s : u"# "_s + line;
        }
        return lines.join(u'\n');
    }

    void pipCell()
    {
        const QStringList lines = m_cell.source.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            collectPackages(lines.at(i));
        }
        const QString reason = Tr::tr("%pip is not run on AIDP; the packages are listed under \"Required Packages\" for "
                                      "the cluster libraries");
        const QString after = pythonHeader() + u"# "_s + modificationNote(reason) + u'\n' + commentLines(m_cell.source);
        m_out.source = after;
        m_out.changes.append({ m_cellNumber, 1, RuleId::Pip.toString(), m_cell.source, after, reason });
    }

    void collectPackages(const QString &line)
    {
        static const QRegularExpression re(u"^\\s*(?:%pip|!pip3?|%conda|pip3?)\\s+install\\s+(.*)$"_s);
        const auto m = re.match(line);
        if (!m.hasMatch()) {
            return;
        }
        const QStringList words = m.captured(1).section(u'#', 0, 0).split(u' ', Qt::SkipEmptyParts);
        static const QStringList optionsWithValue { u"-r"_s, u"-c"_s, u"-e"_s, u"-i"_s, u"--index-url"_s,
                                                    u"--extra-index-url"_s, u"--requirement"_s, u"--constraint"_s,
                                                    u"-f"_s, u"--find-links"_s, u"--target"_s, u"-t"_s };
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString &w = words.at(i);
            if (optionsWithValue.contains(w)) {
                ++i;
            } else if (!w.startsWith(u'-') && !m_out.packages.contains(w)) {
                m_out.packages.append(w);
            }
        }
    }

    static QString pythonLiteral(const QString &text)
    {
        QString out = u"\""_s;
        for (const QChar c : text) {
            if (c == u'\\' || c == u'"') {
                out += u'\\';
                out += c;
            } else if (c == u'\n') {
                out += u"\\n"_s;
            } else if (c == u'\t') {
                out += u"\\t"_s;
            } else {
                out += c;
            }
        }
        return out + u'"';
    }

    void shCell()
    {
        QString script = m_cell.body();
        // Paths in the script follow the same storage rules as string literals.
        const LineIndex lines(m_cell.source);
        const qsizetype bodyOffset = m_cell.source.size() - script.size();
        PathEdits paths = pathEdits(script, 0, script.size(), false, m_ctx.options);
        for (auto it = paths.edits.crbegin(); it != paths.edits.crend(); ++it) {
            script.replace(it->start, it->end - it->start, it->text);
        }
        for (const PathEdit &e : std::as_const(paths.edits)) {
            m_out.changes.append({ m_cellNumber, lines.lineOf(bodyOffset + e.start) + 1, e.ruleId, e.before, e.text,
                                   e.reason });
        }
        for (const QString &bucket : std::as_const(paths.unmapped)) {
            m_out.unmappedBuckets.append({ bucket, m_cellNumber, 1 });
        }
        const QString trimmed = script.trimmed();
        static const QRegularExpression plain(u"^[A-Za-z0-9_./=:,@%+-]+( +[A-Za-z0-9_./=:,@%+-]+)*$"_s);
        QString call;
        if (!trimmed.contains(u'\n') && plain.match(trimmed).hasMatch()) {
            QStringList argv;
            for (const QString &w : trimmed.split(u' ', Qt::SkipEmptyParts)) {
                argv.append(pythonLiteral(w));
            }
            call = u"subprocess.run(["_s + argv.join(u", "_s) + u"], check=True)"_s;
        } else {
            call = u"subprocess.run([\"bash\", \"-c\", "_s + pythonLiteral(trimmed) + u"], check=True)"_s;
        }
        const QString reason = Tr::tr("%sh runs through subprocess on AIDP");
        const QString after = pythonHeader() + u"# "_s + modificationNote(reason) + u'\n' + commentLines(m_cell.source)
            + u"\nimport subprocess\n"_s + call;
        m_out.changes.append({ m_cellNumber, 1, RuleId::Sh.toString(), m_cell.source, after, reason });
        m_out.source = after;
    }

    // ---- unicode stage -----------------------------------------------------------------------

    QString blankedMagic(const QString &text) const
    {
        if (!m_magicFirstLine) {
            return text;
        }
        QString copy = text;
        const qsizetype nl = copy.indexOf(u'\n');
        const qsizetype end = nl < 0 ? copy.size() : nl;
        // "%sql SELECT 1": only the magic word is blanked; "%run x" is a magic for the whole line.
        const qsizetype word = copy.indexOf(m_cell.magic()) + m_cell.magic().size();
        const bool wholeLine = m_language == Language::Run || m_cell.magic() == u"scala";
        for (qsizetype i = 0; i < (wholeLine ? end : std::min(word, end)); ++i) {
            copy[i] = u' ';
        }
        return copy;
    }

    QString unicodeStage(const QString &text, QList<int> *lineMap)
    {
        const TokenizedCode tokens = tokenize(blankedMagic(text), m_dialect);
        CellEditor editor(text, m_dialect, tokens, m_magicFirstLine);
        const LineIndex lines(text);
        const QString reason = Tr::tr("Unicode look-alikes (curly quotes, dashes, no-break or zero-width spaces) "
                                      "replaced by ASCII in code");
        for (int l = 0; l < lines.lineCount(); ++l) {
            qsizetype first = -1;
            qsizetype last = -1;
            for (qsizetype i = lines.lineStart(l); i < lines.lineEnd(l); ++i) {
                const QChar c = tokens.masked.at(i);
                if (c.unicode() >= 0xA0 && asciiFor(c) != c) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            QString replacement;
            for (qsizetype i = first; i <= last; ++i) {
                const QChar c = text.at(i);
                const QChar a = tokens.masked.at(i) == c ? asciiFor(c) : c;
                if (!a.isNull()) {
                    replacement += a;
                }
            }
            editor.replace(first, last + 1, replacement, RuleId::Unicode, reason);
        }
        if (editor.isEmpty()) {
            return text;
        }
        return editor.render(m_cellNumber, &m_out.changes, lineMap);
    }

    // ---- code stage --------------------------------------------------------------------------

    void codeStage(const QString &text, const QList<int> &lineMap)
    {
        m_text = text;
        m_tokens = tokenize(blankedMagic(text), m_dialect);
        m_masked = m_tokens.masked;
        m_lines = std::make_unique<LineIndex>(text);
        if (m_tokens.problemOffset >= 0) {
            // Masks are unreliable in a cell that does not tokenise: leave it as it is.
            problem(m_tokens.problem.startsWith(u"unbalanced quote") || m_tokens.problem.contains(u"string")
                        ? u"input.unbalanced_quote"_s
                        : u"input.unbalanced_bracket"_s,
                    Severity::Important, m_tokens.problemOffset, m_tokens.problem + u". "_s
                        + Tr::tr("The cell was left unchanged; fix it by hand or let Pass 2 handle it."),
                    lineMap);
            return;
        }
        if (m_dialect == Dialect::Python) {
            checkIndentation(lineMap);
        }
        CellEditor editor(text, m_dialect, m_tokens, m_magicFirstLine);
        m_editor = &editor;
        lineMagics(lineMap);
        if (m_dialect == Dialect::Sql) {
            sqlRules(0, m_text.size(), -1);
        } else {
            scanCode();
        }
        stringRules();
        if (m_pendingImportOs) {
            editor.insertAtTop(u"import os"_s, RuleId::SecretsToken, Tr::tr("os.environ supplies the token"));
        }
        if (m_pendingJobHelper) {
            editor.insertAtTop(u"from aidp_compat.jobs import run_job_and_wait as _aidp_run_job_and_wait"_s,
                               RuleId::JobTrigger, Tr::tr("AIDP job-run helper for Databricks job triggers"));
        }
        if (m_pendingAgg) {
            editor.insertAtTop(u"import matplotlib; matplotlib.use(\"Agg\")"_s, RuleId::Matplotlib,
                               Tr::tr("plots render with the Agg backend on AIDP"));
        }
        m_editor = nullptr;
        if (editor.isEmpty()) {
            m_out.source = m_cell.source == text ? m_cell.source : text;
            return;
        }
        QList<ChangeRecord> records;
        m_out.source = editor.render(m_cellNumber, &records);
        for (ChangeRecord &r : records) {
            r.line = sourceLine(r.line - 1, lineMap) + 1;
            m_out.changes.append(r);
        }
    }

    static int sourceLine(int line, const QList<int> &lineMap)
    {
        return lineMap.isEmpty() ? line : lineMap.value(line, line);
    }

    void problem(const QString &id, Severity severity, qsizetype offset, const QString &message,
                 const QList<int> &lineMap = {})
    {
        const int line = m_lines ? m_lines->lineOf(offset) : 0;
        m_out.problems.append({ id, severity, m_cellNumber, sourceLine(line, lineMap) + 1, message });
    }

    void checkIndentation(const QList<int> &lineMap)
    {
        bool tabs = false;
        bool spaces = false;
        qsizetype mixedAt = -1;
        for (int l = 0; l < m_lines->lineCount(); ++l) {
            const qsizetype s = m_lines->lineStart(l);
            if (!m_tokens.isCode(s) && m_tokens.tokenAt(s)->start != s) {
                continue;
            }
            qsizetype i = s;
            while (i < m_text.size() && (m_text.at(i) == u' ' || m_text.at(i) == u'\t')) {
                tabs = tabs || m_text.at(i) == u'\t';
                spaces = spaces || m_text.at(i) == u' ';
                ++i;
            }
            if (tabs && spaces && mixedAt < 0) {
                mixedAt = s;
            }
        }
        if (mixedAt >= 0) {
            problem(u"input.mixed_indentation"_s, Severity::Important, mixedAt,
                    Tr::tr("indentation mixes tabs and spaces; Python 3 rejects it (TabError). Re-indent with spaces."),
                    lineMap);
        }
    }

    QStringView lineView(int l) const
    {
        return QStringView(m_text).mid(m_lines->lineStart(l), m_lines->lineEnd(l) - m_lines->lineStart(l));
    }

    void blankLine(int l)
    {
        for (qsizetype i = m_lines->lineStart(l); i < m_lines->lineEnd(l); ++i) {
            m_masked[i] = u' ';
        }
        m_magicLines.insert(l);
    }

    // %run, %pip, !pip, %matplotlib and other IPython line magics on lines of their own.
    void lineMagics(const QList<int> &lineMap)
    {
        if (m_dialect != Dialect::Python) {
            if (m_magicFirstLine && m_cell.source.startsWith(u"%%scala")) {
                const qsizetype nl = m_text.indexOf(u'\n');
                const QStringView first = QStringView(m_text).left(nl < 0 ? m_text.size() : nl);
                const qsizetype pos = first.indexOf(u"%%scala");
                m_editor->replace(pos, pos + 7, u"%scala"_s, RuleId::ScalaMagic,
                                  Tr::tr("AIDP marks Scala cells with %scala"), false);
            }
            return;
        }
        for (int l = 0; l < m_lines->lineCount(); ++l) {
            const qsizetype s = m_lines->lineStart(l);
            if (const Token *t = m_tokens.tokenAt(s); t && t->start != s) {
                continue;
            }
            const QStringView line = lineView(l);
            const QStringView trimmed = line.trimmed();
            if (!trimmed.startsWith(u'%') && !trimmed.startsWith(u'!')) {
                continue;
            }
            const qsizetype indent = line.indexOf(trimmed.at(0));
            const QString word = Notebook::magicWord(trimmed);
            if (l == 0 && m_magicFirstLine && m_language != Language::Run) {
                blankLine(l);
                continue; // the cell magic itself (%python in a SQL notebook)
            }
            if (word == u"run") {
                blankLine(l);
                runLine(l, s + indent, trimmed);
            } else if (word == u"pip" || word == u"conda" || trimmed.startsWith(u"!pip")) {
                blankLine(l);
                collectPackages(trimmed.toString());
                m_editor->commentOut(s, m_lines->lineEnd(l), RuleId::Pip,
                                     Tr::tr("%pip is not run on AIDP; the packages are listed under \"Required "
                                            "Packages\" for the cluster libraries"),
                                     passLines(l, l));
            } else if (word == u"matplotlib") {
                blankLine(l);
                m_editor->commentOut(s, m_lines->lineEnd(l), RuleId::Matplotlib,
                                     Tr::tr("%matplotlib is IPython-only; plots use the Agg backend"), passLines(l, l));
            } else if (trimmed.startsWith(u'%')) {
                blankLine(l);
                if (!isKnownLineMagic(word)) {
                    problem(u"input.unknown_magic"_s, Severity::Important, s,
                            Tr::tr("unknown magic \"%%%1\"; it was left as it is").arg(word), lineMap);
                }
            } else {
                blankLine(l); // other shell escapes (!ls) run on Jupyter kernels as they are
            }
        }
    }

    void runLine(int l, qsizetype pos, QStringView line)
    {
        // %run <path> [args] [# comment]
        QStringView rest = line.mid(4).trimmed();
        QString target;
        qsizetype consumed = 0;
        if (rest.startsWith(u'"') || rest.startsWith(u'\'')) {
            const qsizetype close = rest.indexOf(rest.at(0), 1);
            if (close < 0) {
                return;
            }
            target = rest.mid(1, close - 1).toString();
            consumed = close + 1;
        } else {
            while (consumed < rest.size() && !rest.at(consumed).isSpace()) {
                ++consumed;
            }
            target = rest.left(consumed).toString();
        }
        QString args = rest.mid(consumed).toString();
        const qsizetype hash = args.indexOf(u'#');
        if (hash >= 0) {
            args = args.left(hash);
        }
        args = args.trimmed();
        if (target.isEmpty() || target.startsWith(u'$')) {
            return; // dynamic
        }
        const QString migrated = migratedTarget(target);
        if (migrated.isEmpty()) {
            return;
        }
        const QString quoted = migrated.contains(u' ') ? u'"' + migrated + u'"' : migrated;
        const QString newLine = u"%run "_s + quoted + (args.isEmpty() ? QString() : u' ' + args);
        const qsizetype end = m_lines->lineEnd(l);
        // Trailing whitespace is not a change.
        const QString old = QStringView(m_text).mid(pos, end - pos).toString();
        if (old.trimmed() == newLine) {
            return;
        }
        m_editor->replace(pos, end, newLine, RuleId::RunPath,
                          Tr::tr("%run points at the migrated .ipynb copy (absolute, no spaces, no trailing / or comment)"),
                          false);
    }

    QString migratedTarget(const QString &written) const
    {
        QString target = written;
        while (target.size() > 1 && target.endsWith(u'/')) {
            target.chop(1);
        }
        if (m_ctx.options->resolveTarget) {
            if (target.endsWith(u".ipynb") && target.startsWith(u'/') && !m_ctx.options->outputBase.isEmpty()
                && target.startsWith(m_ctx.options->outputBase)) {
                return target; // already migrated
            }
            return m_ctx.options->resolveTarget(target);
        }
        target.replace(u' ', u'_');
        if (!target.endsWith(u".ipynb")) {
            target += u".ipynb"_s;
        }
        return target;
    }

    // `pass` after commented-out lines that were the whole body of a block.
    QStringList passLines(int first, int last) const
    {
        if (m_dialect != Dialect::Python) {
            return {};
        }
        auto indentOf = [&](int l) {
            const QStringView line = lineView(l);
            qsizetype i = 0;
            while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t')) {
                ++i;
            }
            return i;
        };
        auto isCode = [&](int l) {
            return !QStringView(m_masked).mid(m_lines->lineStart(l), m_lines->lineEnd(l) - m_lines->lineStart(l))
                        .trimmed()
                        .isEmpty()
                && !m_magicLines.contains(l);
        };
        const qsizetype indent = indentOf(first);
        if (indent == 0) {
            return {};
        }
        int prev = first - 1;
        while (prev >= 0 && !isCode(prev)) {
            --prev;
        }
        if (prev < 0) {
            return {};
        }
        const QStringView header = QStringView(m_masked).mid(m_lines->lineStart(prev),
                                                             m_lines->lineEnd(prev) - m_lines->lineStart(prev));
        if (!header.trimmed().endsWith(u':') || indentOf(prev) >= indent) {
            return {};
        }
        int next = last + 1;
        while (next < m_lines->lineCount() && !isCode(next)) {
            ++next;
        }
        if (next < m_lines->lineCount() && indentOf(next) >= indent) {
            return {};
        }
        return { u"pass"_s };
    }

    // ---- identifier scan ---------------------------------------------------------------------

    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_masked.size() && m_masked.at(i).isSpace()) {
            ++i;
        }
        return i;
    }

    qsizetype identEnd(qsizetype i) const
    {
        while (i < m_masked.size() && isIdentChar(m_masked.at(i))) {
            ++i;
        }
        return i;
    }

    // a.b.c starting at i: the names and the end of the chain.
    QStringList chainAt(qsizetype i, qsizetype *end) const
    {
        QStringList parts;
        qsizetype j = i;
        while (true) {
            const qsizetype e = identEnd(j);
            parts.append(m_masked.mid(j, e - j));
            *end = e;
            qsizetype k = e;
            while (k < m_masked.size() && (m_masked.at(k) == u' ' || m_masked.at(k) == u'\t')) {
                ++k;
            }
            if (k < m_masked.size() && m_masked.at(k) == u'.') {
                qsizetype n = k + 1;
                while (n < m_masked.size() && (m_masked.at(n) == u' ' || m_masked.at(n) == u'\t')) {
                    ++n;
                }
                if (n < m_masked.size() && isIdentStart(m_masked.at(n))) {
                    j = n;
                    continue;
                }
            }
            return parts;
        }
    }

    std::optional<Call> callAt(qsizetype open) const
    {
        if (open >= m_masked.size() || m_masked.at(open) != u'(') {
            return std::nullopt;
        }
        Call call;
        call.open = open;
        int depth = 0;
        qsizetype argStart = open + 1;
        auto addArg = [&](qsizetype a, qsizetype b) {
            while (a < b && m_masked.at(a).isSpace()) {
                ++a;
            }
            while (b > a && m_masked.at(b - 1).isSpace()) {
                --b;
            }
            if (a == b) {
                return;
            }
            Call::Arg arg { a, b, QString(), a };
            static const QRegularExpression kw(u"^([A-Za-z_]\\w*)\\s*=(?!=)\\s*"_s);
            const auto m = kw.match(QStringView(m_masked).mid(a, b - a));
            if (m.hasMatch()) {
                arg.name = m.captured(1);
                arg.valueStart = a + m.capturedLength();
            }
            call.args.append(arg);
        };
        for (qsizetype i = open; i < m_masked.size(); ++i) {
            const QChar c = m_masked.at(i);
            if (c == u'(' || c == u'[' || c == u'{') {
                ++depth;
            } else if (c == u')' || c == u']' || c == u'}') {
                if (--depth == 0) {
                    addArg(argStart, i);
                    call.close = i;
                    return call;
                }
            } else if (c == u',' && depth == 1) {
                addArg(argStart, i);
                argStart = i + 1;
            }
        }
        return std::nullopt;
    }

    QString argText(const Call::Arg &a) const { return m_text.mid(a.valueStart, a.end - a.valueStart); }

    // keyword or positional argument
    const Call::Arg *arg(const Call &call, int position, QStringView name) const
    {
        for (const auto &a : call.args) {
            if (a.name == name) {
                return &a;
            }
        }
        if (position < call.args.size() && call.args.at(position).name.isEmpty()) {
            return &call.args.at(position);
        }
        return nullptr;
    }

    // A plain string literal filling the whole argument.
    const Token *literal(const Call::Arg &a) const
    {
        const Token *t = m_tokens.tokenAt(a.valueStart);
        if (!t || t->kind != Token::Kind::String || t->start != a.valueStart || t->end != a.end) {
            return nullptr;
        }
        return t;
    }

    void scanCode()
    {
        const qsizetype n = m_masked.size();
        for (qsizetype i = 0; i < n;) {
            const QChar c = m_masked.at(i);
            if (!isIdentStart(c) || (i > 0 && isIdentChar(m_masked.at(i - 1)))) {
                ++i;
                continue;
            }
            const qsizetype e = identEnd(i);
            qsizetype p = i - 1;
            while (p >= 0 && m_masked.at(p).isSpace()) {
                --p;
            }
            const bool afterDot = p >= 0 && m_masked.at(p) == u'.';
            const QStringView name = QStringView(m_masked).mid(i, e - i);
            if (afterDot) {
                method(name, e, p);
            } else {
                head(name, i);
            }
            i = e;
        }
    }

    void head(QStringView name, qsizetype i)
    {
        if (name == u"dbutils") {
            dbutilsCall(i);
        } else if (name == u"spark") {
            qsizetype end = 0;
            const QStringList chain = chainAt(i, &end);
            if (chain.size() == 3 && chain.at(1) == u"conf" && chain.at(2) == u"set") {
                confSet(i, skipSpace(end));
            }
        } else if ((name == u"job_call" || name == u"job_calling" || name == u"call_job_internal")
                   && m_dialect == Dialect::Python) {
            jobTrigger(i, i + name.size());
        }
    }

    void method(QStringView name, qsizetype e, qsizetype dot)
    {
        if (name == u"sql") {
            const QString receiver = receiverName(dot);
            if (receiver == u"spark" || receiver == u"sqlContext" || receiver.endsWith(u"spark")
                || receiver.endsWith(u"session")) {
                sparkSql(dot, skipSpace(e));
            }
        } else if (name == u"table") {
            const QString receiver = receiverName(dot);
            if (receiver == u"spark" || receiver == u"read" || receiver == u"sqlContext") {
                tableApi(skipSpace(e));
            }
        } else if (name == u"saveAsTable" || name == u"insertInto" || name == u"writeTo") {
            tableApi(skipSpace(e));
        } else if (name == u"display" && m_dialect == Dialect::Python) {
            displayMethod(dot, skipSpace(e));
        } else if (name == u"write" && m_ctx.mergeSchema && (e >= m_masked.size() || !isIdentChar(m_masked.at(e)))) {
            mergeSchemaOption(e);
        }
    }

    // The identifier just before `dot`, with its start in *start.
    QString receiverName(qsizetype dot, qsizetype *start = nullptr) const
    {
        qsizetype e = dot;
        while (e > 0 && m_masked.at(e - 1).isSpace()) {
            --e;
        }
        qsizetype s = e;
        while (s > 0 && isIdentChar(m_masked.at(s - 1))) {
            --s;
        }
        if (start) {
            *start = s;
        }
        return m_masked.mid(s, e - s);
    }

    // ---- dbutils -----------------------------------------------------------------------------

    void dbutilsCall(qsizetype i)
    {
        qsizetype end = 0;
        const QStringList chain = chainAt(i, &end);
        const QString joined = chain.join(u'.');
        const qsizetype open = skipSpace(end);
        const auto call = callAt(open);
        if (joined == u"dbutils.widgets.get" || joined == u"dbutils.widgets.getArgument") {
            if (!call || call->args.isEmpty() || call->args.size() > 2) {
                return;
            }
            // Inside an f"..." placeholder the added literal must not use the f-string's quote.
            const Token *host = m_tokens.tokenAt(i);
            const bool inDoubleQuotes = host && host->contentStart > 0 && m_text.at(host->contentStart - 1) == u'"';
            const QString fallback = call->args.size() == 2 ? argText(call->args.at(1))
                                                             : (inDoubleQuotes ? u"''"_s : u"\"\""_s);
            m_editor->replace(i, call->close + 1,
                              u"oidlUtils.parameters.getParameter("_s + argText(call->args.at(0)) + u", "_s + fallback
                                  + u')',
                              RuleId::WidgetsGet, Tr::tr("job parameters come from oidlUtils.parameters on AIDP"));
        } else if (chain.size() == 3 && chain.at(1) == u"widgets"
                   && QStringList { u"text"_s, u"dropdown"_s, u"combobox"_s, u"multiselect"_s, u"remove"_s,
                                    u"removeAll"_s }
                          .contains(chain.at(2))) {
            if (call) {
                commentOutStatement(i, call->close + 1, RuleId::WidgetsDefine,
                                    Tr::tr("widgets are not defined on AIDP: parameters come from the job"));
            }
        } else if (joined == u"dbutils.jobs.taskValues.set") {
            if (!call) {
                return;
            }
            const Call::Arg *key = arg(*call, 0, u"key");
            const Call::Arg *value = arg(*call, 1, u"value");
            if (!key || !value || call->args.size() != 2) {
                return; // exotic shapes are left to the reviewer
            }
            m_editor->replace(i, call->close + 1,
                              u"oidlUtils.parameters.setTaskValue("_s + argText(*key) + u", "_s + argText(*value) + u')',
                              RuleId::TaskValuesSet, Tr::tr("task values cross tasks through oidlUtils.parameters on AIDP"));
        } else if (joined == u"dbutils.jobs.taskValues.get") {
            if (!call) {
                return;
            }
            const Call::Arg *key = arg(*call, 1, u"key");
            const Call::Arg *fallback = arg(*call, 2, u"default");
            const Call::Arg *debug = arg(*call, 3, u"debugValue");
            if (!key) {
                return;
            }
            const Call::Arg *chosen = fallback ? fallback : debug;
            m_editor->replace(i, call->close + 1,
                              u"oidlUtils.parameters.getParameter("_s + argText(*key)
                                  + (chosen ? u", "_s + argText(*chosen) : QString()) + u')',
                              RuleId::TaskValuesGet,
                              Tr::tr("upstream task values are job parameters on AIDP (taskKey dropped)"));
        } else if (joined == u"dbutils.notebook.exit") {
            m_editor->replace(i, end, u"oidlUtils.notebook.exit"_s, RuleId::NotebookExit,
                              Tr::tr("oidlUtils.notebook.exit returns the notebook's value on AIDP"));
        } else if (joined == u"dbutils.notebook.run") {
            if (call) {
                notebookRun(i, *call);
            }
        } else if (joined == u"dbutils.library.restartPython") {
            if (call) {
                commentOutStatement(i, call->close + 1, RuleId::RestartPython,
                                    Tr::tr("restartPython is not available on AIDP; libraries are cluster libraries"));
            }
        }
    }

    void notebookRun(qsizetype i, const Call &call)
    {
        const Call::Arg *path = arg(call, 0, u"path");
        const Call::Arg *timeout = arg(call, 1, u"timeout_seconds");
        const Call::Arg *args = arg(call, 2, u"arguments");
        if (!path) {
            return;
        }
        QString pathText = argText(*path);
        if (const Token *t = literal(*path); t && !t->interpolated) {
            const QString target = m_text.mid(t->contentStart, t->contentEnd - t->contentStart);
            const QString migrated = migratedTarget(target);
            if (!migrated.isEmpty()) {
                pathText = u'"' + migrated + u'"';
            }
        }
        QString timeoutText = timeout ? argText(*timeout) : QString();
        static const QRegularExpression zero(u"^0+(\\.0*)?$"_s);
        if (timeoutText.isEmpty() || zero.match(timeoutText).hasMatch() || timeoutText == u"None") {
            // AIDP rejects 0/null: "timeoutSeconds is null or empty" (mission_anchors.md §1.4).
            timeoutText = u"3600"_s;
        }
        const QString replacement = u"oidlUtils.notebook.run("_s + pathText + u", "_s + timeoutText
            + (args ? u", "_s + argText(*args) : QString()) + u')';
        m_editor->replace(i, call.close + 1, replacement, RuleId::NotebookRun,
                          Tr::tr("child notebooks run through oidlUtils.notebook.run with the migrated path and a "
                                 "non-zero timeout"));
    }

    // Comments out the lines of [from, to), adding `pass` when they were a block's whole body.
    void commentOutStatement(qsizetype from, qsizetype to, QStringView rule, const QString &reason,
                             QStringList added = {})
    {
        const int first = m_lines->lineOf(from);
        const int last = m_lines->lineOf(std::max(from, to - 1));
        if (added.isEmpty()) {
            added = passLines(first, last);
        }
        m_editor->commentOut(from, to, rule, reason, added);
    }

    void confSet(qsizetype i, qsizetype open)
    {
        const auto call = callAt(open);
        if (!call || call->args.isEmpty()) {
            return;
        }
        const Token *key = literal(call->args.at(0));
        if (!key) {
            return;
        }
        const QString name = m_text.mid(key->contentStart, key->contentEnd - key->contentStart);
        if (!name.startsWith(u"spark.databricks.")) {
            return;
        }
        if (name == u"spark.databricks.delta.schema.autoMerge.enabled") {
            commentOutStatement(i, call->close + 1, RuleId::ConfAutomerge,
                                Tr::tr("schema auto-merge is set per write on AIDP: .option(\"mergeSchema\", \"true\")"));
        } else {
            commentOutStatement(i, call->close + 1, RuleId::ConfDatabricks,
                                Tr::tr("spark.databricks.* settings do not exist on AIDP"));
        }
    }

    void jobTrigger(qsizetype i, qsizetype nameEnd)
    {
        // "def job_call(...)" defines the helper; only calls count.
        const QStringView before = QStringView(m_masked).left(i).trimmed();
        if (before.endsWith(u"def")) {
            return;
        }
        const auto call = callAt(skipSpace(nameEnd));
        if (!call || call->args.isEmpty()) {
            return;
        }
        QString id = argText(call->args.at(0));
        static const QRegularExpression digits(u"^\\d+$"_s);
        if (!digits.match(id).hasMatch()) {
            // A variable assigned a literal id in the same cell.
            const QRegularExpression assigned(u"(?m)^\\s*"_s + QRegularExpression::escape(id) + u"\\s*=\\s*(\\d+)\\s*$"_s);
            const auto m = assigned.match(m_masked);
            if (!m.hasMatch()) {
                return;
            }
            id = m.captured(1);
        }
        const int line = m_lines->lineOf(i) + 1;
        const QString aidp = m_ctx.options->jobMap.value(id);
        if (!aidp.isEmpty()) {
            m_editor->replace(i, call->args.at(0).end, u"_aidp_run_job_and_wait(\""_s + aidp + u'"',
                              RuleId::JobTrigger,
                              Tr::tr("Databricks job %1 runs as AIDP job %2 (db_to_aidp_job_map)").arg(id, aidp));
            m_pendingJobHelper = !m_text.contains(u"_aidp_run_job_and_wait as"_s);
        } else {
            commentOutStatement(i, call->close + 1, RuleId::JobTrigger,
                                Tr::tr("Databricks job %1 has no AIDP job in db_to_aidp_job_map").arg(id),
                                { u"print(\"[Oracle migration] SKIPPED Databricks job trigger "_s + id
                                  + u": add it to db_to_aidp_job_map\")"_s });
        }
        m_out.jobTriggers.append({ id, aidp, m_cellNumber, line });
    }

    // ---- display -----------------------------------------------------------------------------

    enum class ValueKind { Unknown, Pandas, Figure, Spark };

    ValueKind kindOf(const QString &name, qsizetype before) const
    {
        const QRegularExpression assign(u"(?m)^[ \\t]*\\(?[ \\t]*"_s + QRegularExpression::escape(name)
                                        + u"[ \\t]*(?:,[^=\\n]*)?=(?!=)([^\\n]*(?:\\n[ \\t]+[^\\n]*)*)"_s);
        auto classify = [](const QString &rhs) {
            if (rhs.contains(u".toPandas()") || rhs.contains(u"pd.") || rhs.contains(u"pandas.")) {
                return ValueKind::Pandas;
            }
            if (rhs.contains(u"plt.") || rhs.contains(u"Figure(") || rhs.contains(u"px.") || rhs.contains(u"go.")
                || rhs.contains(u"make_subplots")) {
                return ValueKind::Figure;
            }
            if (rhs.contains(u"spark.") || rhs.contains(u"createDataFrame")) {
                return ValueKind::Spark;
            }
            return ValueKind::Unknown;
        };
        // This cell before the call, then earlier cells, nearest assignment first.
        auto lastIn = [&](const QString &text) {
            ValueKind kind = ValueKind::Unknown;
            bool found = false;
            auto it = assign.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                kind = classify(m.captured(1));
                found = true;
            }
            return found ? std::optional<ValueKind>(kind) : std::nullopt;
        };
        if (auto k = lastIn(m_text.left(before))) {
            return *k;
        }
        if (m_ctx.cells) {
            for (int c = m_cellNumber - 2; c >= 0 && c < m_ctx.cells->size(); --c) {
                if (auto k = lastIn(m_ctx.cells->at(c).source)) {
                    return *k;
                }
            }
        }
        return ValueKind::Unknown;
    }

    void displayMethod(qsizetype dot, qsizetype open)
    {
        const auto call = callAt(open);
        if (!call || !call->args.isEmpty()) {
            return;
        }
        qsizetype start = 0;
        const QString receiver = receiverName(dot, &start);
        if (receiver.isEmpty() || (start > 0 && (m_masked.at(start - 1) == u'.' || m_masked.at(start - 1) == u')'))) {
            return;
        }
        QString replacement;
        QString reason;
        switch (kindOf(receiver, start)) {
        case ValueKind::Pandas:
            replacement = u"print("_s + receiver + u".to_string())"_s;
            reason = Tr::tr("AIDP's display() takes Spark DataFrames only; a pandas DataFrame is printed");
            break;
        case ValueKind::Figure:
            replacement = receiver + u".show()"_s;
            reason = Tr::tr("figures are shown with show() on AIDP");
            break;
        case ValueKind::Spark:
            replacement = u"display("_s + receiver + u')';
            reason = Tr::tr("DataFrame.display() is Databricks-only; AIDP's display(df) is used");
            break;
        case ValueKind::Unknown:
            return; // not decidable: x.display() on something else is left alone
        }
        m_editor->replace(start, call->close + 1, replacement, RuleId::Display, reason);
    }

    void mergeSchemaOption(qsizetype afterWrite)
    {
        const QStringView rest = QStringView(m_text).mid(afterWrite, 64);
        if (rest.trimmed().startsWith(u".option(\"mergeSchema\"") || rest.trimmed().startsWith(u".option('mergeSchema'")) {
            return;
        }
        if (m_dialect != Dialect::Python && m_dialect != Dialect::Scala) {
            return;
        }
        m_editor->replace(afterWrite, afterWrite, u".option(\"mergeSchema\", \"true\")"_s, RuleId::ConfAutomerge,
                          Tr::tr("schema auto-merge moved from the spark.databricks conf to the write"));
    }

    // ---- SQL ---------------------------------------------------------------------------------

    void sparkSql(qsizetype dot, qsizetype open)
    {
        const auto call = callAt(open);
        if (!call || call->args.isEmpty()) {
            return;
        }
        const Call::Arg &a = call->args.at(0);
        QList<const Token *> strings;
        auto t = std::lower_bound(m_tokens.tokens.cbegin(), m_tokens.tokens.cend(), a.start,
                                  [](const Token &tok, qsizetype s) { return tok.start < s; });
        for (; t != m_tokens.tokens.cend() && t->start < a.end; ++t) {
            if (t->end <= a.end && t->kind == Token::Kind::String) {
                strings.append(&*t);
            }
        }
        if (strings.isEmpty()) {
            // spark.sql(query) with `query = """..."""` earlier in the cell.
            const QString name = argText(a);
            static const QRegularExpression ident(u"^[A-Za-z_]\\w*$"_s);
            if (!ident.match(name).hasMatch()) {
                return;
            }
            const QRegularExpression assign(u"(?m)^[ \\t]*"_s + name + u"[ \\t]*=[ \\t]*"_s);
            auto it = assign.globalMatch(QStringView(m_masked).left(a.start));
            qsizetype at = -1;
            while (it.hasNext()) {
                at = it.next().capturedEnd();
            }
            if (at < 0) {
                return;
            }
            const Token *t = m_tokens.tokenAt(at);
            if (!t || t->kind != Token::Kind::String) {
                return;
            }
            strings.append(t);
        }
        bool detail = false;
        for (const Token *t : std::as_const(strings)) {
            m_editor->markSqlString(t->start);
            detail = sqlRules(t->contentStart, t->contentEnd, static_cast<int>(call->close)) || detail;
        }
        if (detail && m_dialect == Dialect::Python) {
            describeDetailResult(dot, *call);
        }
    }

    static QString describeDetailReason()
    {
        return Tr::tr("DESCRIBE DETAIL is Delta-only; DESCRIBE EXTENDED is used and its Location row read by name");
    }

    // DESCRIBE DETAIL's one-row result becomes a {col_name: data_type} dict of DESCRIBE EXTENDED, so
    // info['location'] keeps working (REWRITE_RULES.md sql.describe_detail: read the Location row).
    void describeDetailResult(qsizetype dot, const Call &call)
    {
        qsizetype receiverStart = 0;
        receiverName(dot, &receiverStart);
        static const QRegularExpression suffix(u"^\\s*\\.\\s*(?:collect\\s*\\(\\s*\\)\\s*\\[\\s*0\\s*\\]|first\\s*\\(\\s*\\))"
                                               u"(?:\\s*\\.\\s*asDict\\s*\\(\\s*\\))?"_s);
        const auto m = suffix.match(QStringView(m_masked).mid(call.close + 1));
        if (!m.hasMatch()) {
            return;
        }
        const QString reason = describeDetailReason();
        m_editor->replace(receiverStart, receiverStart, u"{r[\"col_name\"].lower(): r[\"data_type\"] for r in "_s,
                          RuleId::SqlDescribeDetail, reason);
        m_editor->replace(call.close + 1, call.close + 1 + m.capturedLength(), u".collect()}"_s,
                          RuleId::SqlDescribeDetail, reason);
    }

    // Table names, DESCRIBE DETAIL and SET spark.databricks.* in SQL text [from, to) of the cell.
    // hostEnd >= 0: the SQL is a string of a host-language call ending there. Returns whether a
    // DESCRIBE DETAIL was rewritten.
    bool sqlRules(qsizetype from, qsizetype to, int hostEnd)
    {
        // In a %sql cell the masked text hides comments; names inside SQL strings are never tables.
        const QStringView source = QStringView(m_text).mid(from, to - from);
        const SqlScan scan = scanSql(m_dialect == Dialect::Sql ? maskedSqlKeepingStrings(from, to) : source);
        for (const SqlStatementRange &set : scan.databricksSets) {
            const QString reason = Tr::tr("spark.databricks.* settings do not exist on AIDP");
            const bool automerge = QStringView(source).mid(set.start, set.end - set.start).contains(u"autoMerge");
            if (hostEnd >= 0) {
                // Comment out the whole host statement (spark.sql("SET ...")).
                const int line = m_lines->lineOf(from);
                commentOutStatement(m_lines->lineStart(line), hostEnd + 1,
                                    automerge ? RuleId::ConfAutomerge : RuleId::ConfDatabricks, reason);
            } else {
                commentOutStatement(from + set.start, from + set.end,
                                    automerge ? RuleId::ConfAutomerge : RuleId::ConfDatabricks, reason);
            }
        }
        for (const SqlTableRef &ref : scan.tables) {
            if (const auto mapped = mapTableName(ref.parts, m_ctx.tempViews, m_ctx.options->catalogs)) {
                m_editor->replace(from + ref.start, from + ref.end, mapped->name, mapped->ruleId, mapped->reason);
            }
        }
        bool detail = false;
        for (const qsizetype at : scan.describeDetail) {
            detail = m_editor->replace(from + at, from + at + 6, u"EXTENDED"_s, RuleId::SqlDescribeDetail,
                                       describeDetailReason())
                || detail;
        }
        return detail;
    }

    // %sql cells: the cell tokenizer blanks string contents; the SQL scanner needs the strings
    // but not the comments.
    QString maskedSqlKeepingStrings(qsizetype from, qsizetype to) const
    {
        QString text = m_masked.mid(from, to - from);
        for (const Token &t : std::as_const(m_tokens.tokens)) {
            if (t.kind == Token::Kind::Comment || t.end <= from || t.start >= to) {
                continue;
            }
            for (qsizetype i = std::max(t.start, from); i < std::min(t.end, to); ++i) {
                text[i - from] = m_text.at(i);
            }
        }
        return text;
    }

    void tableApi(qsizetype open)
    {
        const auto call = callAt(open);
        if (!call || call->args.isEmpty()) {
            return;
        }
        const Token *t = literal(call->args.at(0));
        if (!t) {
            return;
        }
        const QStringView content = QStringView(m_text).mid(t->contentStart, t->contentEnd - t->contentStart);
        if (t->interpolated && (content.contains(u'{') || content.contains(u'$'))) {
            return;
        }
        const auto parts = splitTableName(content);
        if (!parts) {
            return;
        }
        if (const auto mapped = mapTableName(*parts, m_ctx.tempViews, m_ctx.options->catalogs)) {
            m_editor->replace(t->contentStart, t->contentEnd, mapped->name, mapped->ruleId, mapped->reason);
        }
    }

    // ---- string literals ---------------------------------------------------------------------

    void stringRules()
    {
        static const QRegularExpression token(u"^dapi[0-9a-f]{32}(-\\d+)?$"_s);
        for (const Token &t : std::as_const(m_tokens.tokens)) {
            if (t.kind != Token::Kind::String || m_magicLines.contains(m_lines->lineOf(t.start))) {
                continue;
            }
            const QStringView content = QStringView(m_text).mid(t.contentStart, t.contentEnd - t.contentStart);
            if (content.startsWith(u"dapi") && token.match(content).hasMatch() && m_dialect != Dialect::Sql) {
                const QString replacement = m_dialect == Dialect::Scala
                    ? u"sys.env.getOrElse(\"DATABRICKS_TOKEN\", \"\")"_s
                    : (m_dialect == Dialect::R ? u"Sys.getenv(\"DATABRICKS_TOKEN\")"_s
                                               : u"os.environ.get(\"DATABRICKS_TOKEN\", \"\")"_s);
                m_editor->redact(t.contentStart + 4, t.contentEnd);
                if (m_editor->replace(t.start, t.end, replacement, RuleId::SecretsToken,
                                      Tr::tr("hard-coded Databricks token removed; set DATABRICKS_TOKEN in the "
                                             "environment (secrets never live in notebooks)"))) {
                    m_pendingImportOs = m_dialect == Dialect::Python && !m_text.contains(u"import os"_s);
                    m_out.problems.append({ u"lint.hardcoded_token"_s, Severity::Important, m_cellNumber,
                                            m_lines->lineOf(t.start) + 1,
                                            Tr::tr("a hard-coded Databricks token was removed; rotate it, it has "
                                                   "been in the notebook source") });
                }
                continue;
            }
            const PathEdits paths = pathEdits(m_text, t.contentStart, t.contentEnd, t.interpolated, m_ctx.options);
            for (const PathEdit &e : paths.edits) {
                m_editor->replace(e.start, e.end, e.text, e.ruleId, e.reason);
            }
            for (const QString &bucket : paths.unmapped) {
                m_out.unmappedBuckets.append({ bucket, m_cellNumber, m_lines->lineOf(t.start) + 1 });
            }
        }
        // Plotting cells use the Agg backend (REWRITE_RULES.md matplotlib).
        if (m_dialect == Dialect::Python && m_masked.contains(u"import matplotlib.pyplot")
            && !m_text.contains(u"matplotlib.use(")) {
            m_pendingAgg = true;
        }
    }

    const Notebook::Cell &m_cell;
    int m_cellNumber;
    const NotebookContext &m_ctx;
    CellOutcome &m_out;
    Language m_language;
    Dialect m_dialect = Dialect::Python;
    bool m_magicFirstLine = false;

    QString m_text;   // the cell text the editor works on (after the unicode stage)
    QString m_masked; // comments, string contents and magic lines blanked
    TokenizedCode m_tokens;
    std::unique_ptr<LineIndex> m_lines;
    CellEditor *m_editor = nullptr;
    QSet<int> m_magicLines;
    bool m_pendingImportOs = false;
    bool m_pendingJobHelper = false;
    bool m_pendingAgg = false;
};

} // namespace

CellOutcome rewriteCell(const Notebook::Cell &cell, int cellNumber, const NotebookContext &context)
{
    CellOutcome out;
    Rules(cell, cellNumber, context, out).run();
    return out;
}

QStringList databricksMarkers(const QString &source, Language language)
{
    QStringList found;
    if (language == Language::Markdown || language == Language::Raw) {
        return found;
    }
    if (language == Language::Run || language == Language::Pip || language == Language::Shell
        || language == Language::Fs) {
        found.append(u'%' + Notebook::languageName(language));
        return found;
    }
    const auto dialect = dialectOf(language);
    const TokenizedCode tokens = tokenize(source, dialect.value_or(Dialect::Python));
    const QString &masked = tokens.masked;
    static const QList<QPair<QString, QString>> codeMarkers {
        { u"dbutils."_s, u"dbutils."_s },
        { u"spark.databricks."_s, u"spark.databricks."_s },
        { u"boto3"_s, u"boto3"_s },
        { u"glue"_s, u"glue"_s },
        { u"from databricks."_s, u"from databricks."_s },
        { u"displayHTML("_s, u"displayHTML("_s },
        { u"getContext("_s, u"getContext("_s },
    };
    for (const auto &[needle, name] : codeMarkers) {
        qsizetype at = masked.indexOf(needle);
        while (at >= 0) {
            // A marker starts at an identifier boundary (mydbutils. is not dbutils.).
            if (at == 0 || (!isIdentChar(masked.at(at - 1)) && masked.at(at - 1) != u'.')) {
                found.append(name);
                break;
            }
            at = masked.indexOf(needle, at + 1);
        }
    }
    static const QRegularExpression describe(u"\\bDESCRIBE\\s+(DETAIL|FORMATTED|EXTENDED)\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (source.contains(u"DESCRIBE", Qt::CaseInsensitive) && describe.match(source).hasMatch()) {
        // Only the Delta-only DESCRIBE DETAIL needs work; EXTENDED is what the rules produce.
        if (source.contains(u"DETAIL", Qt::CaseInsensitive) && !tokens.masked.isEmpty()) {
            static const QRegularExpression detail(u"\\bDESCRIBE\\s+DETAIL\\b"_s, QRegularExpression::CaseInsensitiveOption);
            if (detail.match(source).hasMatch()) {
                found.append(u"DESCRIBE DETAIL"_s);
            }
        }
    }
    // Path markers live in string literals of active code (not in comments).
    for (const Token &t : tokens.tokens) {
        if (t.kind != Token::Kind::String) {
            continue;
        }
        const QStringView content = QStringView(source).mid(t.contentStart, t.contentEnd - t.contentStart);
        // f"{dbutils.widgets.get('x')}": code inside a placeholder, which the rules do not rewrite.
        if (t.interpolated && content.contains(u"dbutils.") && !found.contains(u"dbutils."_s)) {
            found.append(u"dbutils."_s);
        }
        for (const QString &p : { u"s3://"_s, u"s3a://"_s, u"s3n://"_s, u"/dbfs/"_s, u"dbfs:/"_s, u"/mnt/"_s }) {
            if (!found.contains(p) && containsPathMarker(content, p)) {
                found.append(p);
            }
        }
    }
    return found;
}

} // namespace Mwb::Rewrite
