// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/cellfixer.h"

#include "llm/llmjudge.h"
#include "llm/toolloop.h"
#include "notebook/notebookio.h"
#include "run/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Run {

namespace {

constexpr qsizetype maxCodeChars = 100000;  // a submitted cell larger than this is refused
constexpr qsizetype maxPromptPart = 6000;    // each untrusted block of the first message

QString bounded(const QString &text, qsizetype limit = maxPromptPart)
{
    if (text.size() <= limit) {
        return text;
    }
    return text.left(limit) + Tr::tr("\n[... %1 characters cut]").arg(text.size() - limit);
}

// Untrusted text in a fence the text itself cannot close.
QString block(const QString &label, const QString &text)
{
    QString fence = u"~~~~"_s;
    while (text.contains(fence)) {
        fence += u'~';
    }
    return u"<%1>\n%2\n%3\n%2\n</%1>\n"_s.arg(label, fence, bounded(text));
}

Core::Json schema(std::initializer_list<std::pair<const char *, const char *>> properties, std::initializer_list<const char *> required)
{
    Core::Json props = Core::Json::object();
    for (const auto &[name, type] : properties) {
        props[name] = {{"type", type}};
    }
    Core::Json req = Core::Json::array();
    for (const char *r : required) {
        req.push_back(r);
    }
    return {{"type", "object"}, {"properties", props}, {"required", req}};
}

QString stringArg(const Core::Json &input, const char *key)
{
    return Core::stringValue(input, key);
}

std::optional<int> intArg(const Core::Json &input, const char *key)
{
    if (!input.is_object() || !input.contains(key)) {
        return std::nullopt;
    }
    const auto &v = input.at(key);
    if (v.is_number_integer()) {
        return static_cast<int>(v.get<qint64>());
    }
    if (v.is_string()) {
        bool ok = false;
        const int n = Core::fromStd(v.get<std::string>()).toInt(&ok);
        return ok ? std::optional<int>(n) : std::nullopt;
    }
    return std::nullopt;
}

bool validTableName(const QString &name)
{
    static const QRegularExpression re(u"^(`[^`]+`|[A-Za-z_]\\w*)(\\.(`[^`]+`|[A-Za-z_]\\w*)){0,2}$"_s);
    return re.match(name).hasMatch();
}

} // namespace

CellFixer::CellFixer(Llm::LlmSettings settings)
    : m_client(std::move(settings))
{
}

QList<Llm::ToolDefinition> CellFixer::toolDefinitions()
{
    return {
        {u"read_source_notebook"_s, u"The original Databricks notebook of this task, every cell numbered, or one cell when `cell` is given."_s,
         schema({{"cell", "integer"}}, {})},
        {u"read_notebook"_s, u"Read another notebook of this job (a migrated dependency or a source notebook) by its path."_s,
         schema({{"path", "string"}}, {"path"})},
        {u"get_cell_history"_s, u"Earlier attempts at a code cell of this task (code, outcome, error); cell 0 gives the recent cells run."_s,
         schema({{"cell", "integer"}}, {"cell"})},
        {u"run_on_kernel"_s, u"Run scratch Python code in this task's kernel (writes are redirected to the sandbox) and get its output."_s,
         schema({{"code", "string"}}, {"code"})},
        {u"describe_table"_s, u"DESCRIBE TABLE on the target (needs Spark)."_s, schema({{"table", "string"}}, {"table"})},
        {u"list_schemas_and_tables"_s, u"SHOW SCHEMAS, or SHOW TABLES IN `schema` when given (needs Spark)."_s,
         schema({{"schema", "string"}}, {})},
        {u"make_note"_s, u"Record a finding for the migration report."_s, schema({{"note", "string"}}, {"note"})},
        {u"submit_code"_s, u"Submit the complete new text of the failing cell. Ends this attempt."_s,
         schema({{"code", "string"}, {"explanation", "string"}}, {"code"})},
        {u"fixup_cell"_s,
         u"The cause is an earlier cell: give its index (1-based among code cells), the reason and its complete fixed text; the run rewinds to it and replays from there. Ends this attempt."_s,
         schema({{"start_index", "integer"}, {"reason", "string"}, {"fixed_code", "string"}}, {"start_index", "reason", "fixed_code"})},
    };
}

bool CellFixer::isReadable(const QString &path, const QStringList &roots)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty()) {
        return false;
    }
    for (const QString &root : roots) {
        const QString r = QFileInfo(root).canonicalFilePath();
        if (!r.isEmpty() && (canonical == r || canonical.startsWith(r + u'/'))) {
            return true;
        }
    }
    return false;
}

FixProposal CellFixer::propose(const FixRequest &request, const FixTools &tools)
{
    FixProposal proposal;
    auto handler = [&](const QString &tool, const Core::Json &input) -> Llm::ToolOutcome {
        ++proposal.toolCalls;
        if (tool == u"read_source_notebook") {
            return {tools.sourceNotebook ? tools.sourceNotebook() : Tr::tr("the source notebook is not available"), false, false};
        }
        if (tool == u"read_notebook") {
            const QString path = stringArg(input, "path");
            if (path.isEmpty() || !isReadable(path, tools.readableRoots)) {
                return {Tr::tr("refused: %1 is not a notebook of this job").arg(path), true, false};
            }
            auto notebook = Notebook::readNotebookFile(path);
            if (!notebook) {
                return {notebook.error().toString(), true, false};
            }
            QString text;
            int n = 0;
            for (const auto &cell : notebook->cells) {
                text += u"--- cell %1 ---\n%2\n"_s.arg(++n).arg(cell.source);
            }
            return {text, false, false};
        }
        if (tool == u"get_cell_history") {
            const auto cell = intArg(input, "cell");
            if (!cell || *cell < 0 || *cell > request.total) {
                return {Tr::tr("cell must be 0..%1").arg(request.total), true, false};
            }
            return {tools.cellHistory ? tools.cellHistory(*cell) : QString(), false, false};
        }
        if (tool == u"run_on_kernel") {
            const QString code = stringArg(input, "code");
            if (code.trimmed().isEmpty() || code.size() > maxCodeChars) {
                return {Tr::tr("code must be non-empty and under %1 characters").arg(maxCodeChars), true, false};
            }
            return {tools.runOnKernel(code), false, false};
        }
        if (tool == u"describe_table" || tool == u"list_schemas_and_tables") {
            if (!tools.spark) {
                return {Tr::tr("this kernel has no Spark session, so there are no tables to inspect"), true, false};
            }
            const QString name = stringArg(input, tool == u"describe_table" ? "table" : "schema");
            if (tool == u"describe_table" && !validTableName(name)) {
                return {Tr::tr("not a table name: %1").arg(name), true, false};
            }
            if (tool == u"list_schemas_and_tables" && !name.isEmpty() && !validTableName(name)) {
                return {Tr::tr("not a schema name: %1").arg(name), true, false};
            }
            const QString sql = tool == u"describe_table" ? u"DESCRIBE TABLE "_s + name
                                                          : (name.isEmpty() ? u"SHOW SCHEMAS"_s : u"SHOW TABLES IN "_s + name);
            return {tools.runOnKernel(u"spark.sql(\"%1\").show(200, truncate=False)\n"_s.arg(sql)), false, false};
        }
        if (tool == u"make_note") {
            const QString note = stringArg(input, "note").simplified();
            if (note.isEmpty()) {
                return {Tr::tr("note is empty"), true, false};
            }
            proposal.notes << bounded(note, 1000);
            return {Tr::tr("noted"), false, false};
        }
        if (tool == u"submit_code") {
            const QString code = stringArg(input, "code");
            if (code.trimmed().isEmpty() || code.size() > maxCodeChars) {
                return {Tr::tr("code must be the complete, non-empty cell text"), true, false};
            }
            proposal.kind = FixProposal::Kind::Submit;
            proposal.code = code;
            proposal.reason = stringArg(input, "explanation").simplified();
            return {Tr::tr("submitted"), false, true};
        }
        if (tool == u"fixup_cell") {
            const auto index = intArg(input, "start_index");
            const QString code = stringArg(input, "fixed_code");
            if (!index || *index < 1 || *index > request.cell) {
                return {Tr::tr("start_index must be between 1 and %1 (the failing cell)").arg(request.cell), true, false};
            }
            if (code.trimmed().isEmpty() || code.size() > maxCodeChars) {
                return {Tr::tr("fixed_code must be the complete, non-empty cell text"), true, false};
            }
            proposal.kind = FixProposal::Kind::Rewind;
            proposal.rewindTo = *index;
            proposal.code = code;
            proposal.reason = stringArg(input, "reason").simplified();
            if (proposal.reason.isEmpty()) {
                proposal.reason = Tr::tr("no reason given");
            }
            return {Tr::tr("rewinding to cell %1").arg(*index), false, true};
        }
        return {Tr::tr("unknown tool %1").arg(tool), true, false};
    };

    Llm::MessagesRequest messages;
    messages.system = Llm::promptText(u"fixer"_s);
    messages.tools = toolDefinitions();
    QString user = u"Job %1, task %2, notebook %3: code cell %4 of %5 (%6) failed. Fix attempt %7 of %8.\n\n"_s.arg(
                       request.job, request.task, request.notebook)
                       .arg(request.cell)
                       .arg(request.total)
                       .arg(Notebook::languageName(request.language))
                       .arg(request.attempt)
                       .arg(request.maxAttempts);
    user += block(u"failing_cell"_s, request.code);
    user += block(u"output"_s, request.output);
    user += block(u"verification"_s, request.verification);
    user += block(u"source_cell"_s, request.sourceCell);
    user += block(u"original_output"_s, request.originalOutput.isEmpty() ? u"(none recorded)"_s : request.originalOutput);
    messages.messages << Llm::Message{u"user"_s, {Llm::ContentBlock::textBlock(user)}};
    messages.maxTokens = 8192;

    Llm::ToolLoop loop(m_client, handler);
    loop.setMaxTurns(12);
    auto outcome = loop.run(messages);
    if (!outcome) {
        proposal.kind = FixProposal::Kind::None;
        proposal.error = outcome.error().toString();
        return proposal;
    }
    proposal.turns = outcome->turns;
    if (proposal.kind == FixProposal::Kind::None) {
        proposal.error = Tr::tr("the fixer ended without submitting code");
    }
    return proposal;
}

} // namespace Mwb::Run
