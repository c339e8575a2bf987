// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/ipynbformat.h"
#include "notebook/tr.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Mwb::Notebook {

namespace {

constexpr const char *kDatabricksNotebookKey = "application/vnd.databricks.v1+notebook";
constexpr const char *kDatabricksCellKey = "application/vnd.databricks.v1+cell";

// nbformat "multiline_string": a string or a list of strings joined with "".
std::optional<QString> multilineString(const Core::Json &value)
{
    if (value.is_string()) {
        return Core::fromStd(value.get<std::string>());
    }
    if (!value.is_array()) {
        return std::nullopt;
    }
    QString out;
    for (const auto &part : value) {
        if (!part.is_string()) {
            return std::nullopt;
        }
        out += Core::fromStd(part.get<std::string>());
    }
    return out;
}

// nbformat rwbase.split_lines: every line keeps its "\n" except the last.
Core::Json splitLines(const QString &text)
{
    Core::Json lines = Core::Json::array();
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf(u'\n', start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.push_back(Core::toStd(text.mid(start, end - start)));
        start = end;
    }
    return lines;
}

Language notebookLanguageOf(const Core::Json &metadata)
{
    if (metadata.contains(kDatabricksNotebookKey)) {
        if (auto l = notebookLanguageFromName(Core::stringValue(metadata[kDatabricksNotebookKey], "language"))) {
            return *l;
        }
    }
    if (metadata.contains("kernelspec")) {
        if (auto l = notebookLanguageFromName(Core::stringValue(metadata["kernelspec"], "language"))) {
            return *l;
        }
    }
    if (metadata.contains("language_info")) {
        if (auto l = notebookLanguageFromName(Core::stringValue(metadata["language_info"], "name"))) {
            return *l;
        }
    }
    return Language::Python;
}

// Cell ids for nbformat 4.5 when a cell has none: derived from position and content, so that
// converting the same notebook twice gives the same file (nbformat mints random ones).
QString mintCellId(const Cell &cell, int index, QSet<QString> &used)
{
    for (int salt = 0;; ++salt) {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(QByteArray(QByteArray::number(index) + ':' + QByteArray::number(salt) + ':'));
        hash.addData(cell.source.toUtf8());
        const QString id = QString::fromLatin1(hash.result().toHex().left(8));
        if (!used.contains(id)) {
            used.insert(id);
            return id;
        }
    }
}

QString cellTypeName(CellKind kind)
{
    switch (kind) {
    case CellKind::Markdown:
        return u"markdown"_s;
    case CellKind::Raw:
        return u"raw"_s;
    case CellKind::Code:
        break;
    }
    return u"code"_s;
}

} // namespace

Core::Json defaultIpynbExtra(const QString &name, Language language)
{
    const std::string lang = Core::toStd(languageName(language));
    Core::Json extra = Core::Json::object();
    extra["nbformat"] = 4;
    extra["nbformat_minor"] = 5;
    extra["metadata"] = Core::Json::object();
    extra["metadata"]["language_info"] = { { "name", lang } };
    // The Databricks key carries the notebook language for non-Python notebooks, as Databricks'
    // own JUPYTER export does (protocols.md §3.3).
    extra["metadata"][kDatabricksNotebookKey] = { { "language", lang }, { "notebookName", Core::toStd(name) } };
    return extra;
}

Core::Result<Notebook> readIpynb(const QByteArray &bytes, const QString &fileName)
{
    auto parsed = Core::parseJson(bytes, fileName);
    if (!parsed) {
        return parsed.error();
    }
    Core::Json root = std::move(parsed).value();
    const QString hintExport = Tr::tr("Open and save it in Jupyter, or export it from Databricks again.");
    if (!root.is_object()) {
        return Core::Error::inFile(fileName, Tr::tr("not a notebook: the top level is not a JSON object"), hintExport);
    }
    const auto major = root.find("nbformat");
    if (major == root.end() || !major->is_number_integer()) {
        return Core::Error::inFile(fileName, Tr::tr("not a notebook: \"nbformat\" is missing or not a number"),
                                   hintExport);
    }
    if (major->get<qint64>() != 4) {
        return Core::Error::inFile(
            fileName, Tr::tr("unsupported nbformat major version %1; this reads nbformat 4 (4.0 to 4.5)").arg(major->get<qint64>()),
            Tr::tr("Convert it with \"jupyter nbconvert --to notebook --nbformat 4\" first."));
    }
    const auto minor = root.find("nbformat_minor");
    if (minor == root.end() || !minor->is_number_integer() || minor->get<qint64>() < 0) {
        return Core::Error::inFile(fileName, Tr::tr("not a notebook: \"nbformat_minor\" is missing or invalid"),
                                   hintExport);
    }
    if (!root.contains("cells") || !root["cells"].is_array()) {
        return Core::Error::inFile(fileName, Tr::tr("not a notebook: \"cells\" is missing or not a list"), hintExport);
    }
    if (root.contains("metadata") && !root["metadata"].is_object()) {
        return Core::Error::inFile(fileName, Tr::tr("not a notebook: \"metadata\" is not an object"), hintExport);
    }

    Notebook notebook;
    notebook.name = QFileInfo(fileName).completeBaseName();
    const Core::Json &metadata = root.contains("metadata") ? root["metadata"] : Core::Json::object();
    notebook.language = notebookLanguageOf(metadata);
    if (metadata.contains(kDatabricksNotebookKey)) {
        const QString name = Core::stringValue(metadata[kDatabricksNotebookKey], "notebookName");
        if (!name.isEmpty()) {
            notebook.name = name;
        }
    }

    int index = 0;
    for (auto &stored : root["cells"]) {
        ++index;
        if (!stored.is_object()) {
            return Core::Error::inFile(fileName, Tr::tr("cell %1 is not a JSON object").arg(index), hintExport);
        }
        Cell cell;
        const QString type = Core::stringValue(stored, "cell_type");
        if (type == u"code") {
            cell.kind = CellKind::Code;
        } else if (type == u"markdown") {
            cell.kind = CellKind::Markdown;
        } else if (type == u"raw") {
            cell.kind = CellKind::Raw;
        } else {
            return Core::Error::inFile(
                fileName, Tr::tr("cell %1 has an unknown cell_type \"%2\" (expected code, markdown or raw)").arg(index).arg(type),
                hintExport);
        }
        const auto source = stored.contains("source") ? multilineString(stored["source"]) : std::optional<QString>();
        if (!source) {
            return Core::Error::inFile(fileName,
                                       Tr::tr("cell %1: \"source\" is missing or is neither a string nor a list of strings").arg(index),
                                       hintExport);
        }
        cell.source = *source;
        cell.sourceAsString = stored["source"].is_string();
        if (stored.contains("id")) {
            if (!stored["id"].is_string()) {
                return Core::Error::inFile(fileName, Tr::tr("cell %1: \"id\" is not a string").arg(index), hintExport);
            }
            cell.id = Core::fromStd(stored["id"].get<std::string>());
        }
        if (stored.contains("metadata") && stored["metadata"].is_object() && stored["metadata"].contains(kDatabricksCellKey)) {
            const Core::Json &dbx = stored["metadata"][kDatabricksCellKey];
            cell.title = Core::stringValue(dbx, "title");
            cell.showTitle = dbx.is_object() && dbx.contains("showTitle") && dbx["showTitle"].is_boolean()
                && dbx["showTitle"].get<bool>();
        }
        stored.erase("cell_type");
        stored.erase("source");
        stored.erase("id");
        cell.extra = std::move(stored);
        notebook.cells.append(std::move(cell));
    }
    root.erase("cells");
    notebook.extra = std::move(root);
    return notebook;
}

QByteArray writeIpynb(const Notebook &notebook)
{
    Core::Json root = notebook.extra.is_object() ? notebook.extra : Core::Json::object();
    if (!root.contains("nbformat")) {
        root = defaultIpynbExtra(notebook.name, notebook.language);
    }
    if (!root.contains("metadata") || !root["metadata"].is_object()) {
        root["metadata"] = Core::Json::object();
    }
    const bool wantIds = notebook.nbformatMinor() >= 5;
    QSet<QString> usedIds;
    for (const Cell &cell : notebook.cells) {
        if (!cell.id.isEmpty()) {
            usedIds.insert(cell.id);
        }
    }

    Core::Json cells = Core::Json::array();
    int index = 0;
    for (const Cell &cell : notebook.cells) {
        Core::Json out = cell.extra.is_object() ? cell.extra : Core::Json::object();
        out["cell_type"] = Core::toStd(cellTypeName(cell.kind));
        out["source"] = cell.sourceAsString ? Core::Json(Core::toStd(cell.source)) : splitLines(cell.source);
        if (!out.contains("metadata") || !out["metadata"].is_object()) {
            out["metadata"] = Core::Json::object();
        }
        // The schema requires these on code cells; cells from other formats do not have them.
        if (cell.kind == CellKind::Code) {
            if (!out.contains("outputs")) {
                out["outputs"] = Core::Json::array();
            }
            if (!out.contains("execution_count")) {
                out["execution_count"] = nullptr;
            }
        }
        if (!cell.id.isEmpty()) {
            out["id"] = Core::toStd(cell.id);
        } else if (wantIds) {
            out["id"] = Core::toStd(mintCellId(cell, index, usedIds));
        }
        auto &meta = out["metadata"];
        const bool hasDbx = meta.contains(kDatabricksCellKey) && meta[kDatabricksCellKey].is_object();
        if (hasDbx || !cell.title.isEmpty()) {
            Core::Json &dbx = meta[kDatabricksCellKey];
            dbx["title"] = Core::toStd(cell.title);
            dbx["showTitle"] = cell.showTitle;
        }
        cells.push_back(std::move(out));
        ++index;
    }
    root["cells"] = std::move(cells);
    const std::string text = root.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

} // namespace Mwb::Notebook
