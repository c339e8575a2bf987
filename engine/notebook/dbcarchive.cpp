// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/dbcarchive.h"
#include "notebook/tr.h"

#include "core/atomicfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QUuid>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <quazipnewinfo.h>
#include <zlib.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mwb::Notebook {

namespace {

// Nothing in a real export comes near this; it keeps a crafted archive from exhausting memory.
constexpr qint64 kMaxEntryBytes = 256 * 1024 * 1024;

constexpr std::array<std::pair<const char *, Language>, 4> kEntrySuffixes { {
    { ".python", Language::Python },
    { ".scala", Language::Scala },
    { ".sql", Language::Sql },
    { ".r", Language::R },
} };

QString entrySuffix(Language language)
{
    for (const auto &[suffix, value] : kEntrySuffixes) {
        if (value == language) {
            return QString::fromLatin1(suffix);
        }
    }
    return u".python"_s;
}

// gzip or zlib stream -> bytes; empty on failure.
QByteArray inflateAny(const QByteArray &data)
{
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 32) != Z_OK) { // +32: detect gzip or zlib header
        return {};
    }
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    char buffer[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
        if (out.size() > kMaxEntryBytes) {
            rc = Z_MEM_ERROR;
        }
    }
    inflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

// A DBC entry is JSON, or JSON behind base64 and/or gzip/zlib.
QByteArray decodeEntry(const QByteArray &raw)
{
    const QByteArray trimmed = raw.trimmed();
    if (trimmed.startsWith('{') || trimmed.isEmpty()) {
        return raw;
    }
    QByteArray data = raw;
    const auto b64 = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (b64) {
        data = *b64;
        if (data.trimmed().startsWith('{')) {
            return data;
        }
    }
    const QByteArray inflated = inflateAny(data);
    return inflated.isEmpty() ? raw : inflated;
}

Cell cellFromCommand(const Core::Json &command)
{
    Cell cell = Cell::fromDatabricksCommand(Core::stringValue(command, "command"));
    cell.title = Core::stringValue(command, "commandTitle");
    cell.showTitle = command.contains("showCommandTitle") && command["showCommandTitle"].is_boolean()
        && command["showCommandTitle"].get<bool>();
    // Keep the Databricks identity of the cell the way the JUPYTER export carries it.
    auto &dbx = cell.extra["metadata"]["application/vnd.databricks.v1+cell"];
    dbx["title"] = Core::toStd(cell.title);
    dbx["showTitle"] = cell.showTitle;
    if (command.contains("nuid") && command["nuid"].is_string()) {
        dbx["nuid"] = command["nuid"];
    }
    // Text results are the original Databricks output that verification compares against later.
    if (command.contains("results") && command["results"].is_object()) {
        const Core::Json &results = command["results"];
        const QString type = Core::stringValue(results, "type");
        if (results.contains("data") && results["data"].is_string() && !results["data"].get<std::string>().empty()) {
            const char *mime = type == u"html" || type == u"htmlSandbox" ? "text/html" : "text/plain";
            cell.extra["outputs"] = Core::Json::array({ { { "output_type", "display_data" },
                                                          { "data", { { mime, results["data"] } } },
                                                          { "metadata", Core::Json::object() } } });
        }
    }
    return cell;
}

QString deterministicUuid(const QString &seed)
{
    return QUuid::createUuidV5(QUuid(), seed).toString(QUuid::WithoutBraces);
}

} // namespace

Core::Result<Notebook> readNotebookV1(const QByteArray &json, const QString &where)
{
    auto parsed = Core::parseJson(json, where);
    if (!parsed) {
        return parsed.error();
    }
    const Core::Json &root = *parsed;
    const QString hint = Tr::tr("Export the folder from Databricks again with format DBC.");
    if (!root.is_object() || !root.contains("commands") || !root["commands"].is_array()) {
        return Core::Error::inFile(where, Tr::tr("not a Databricks NotebookV1 document (no \"commands\" list)"), hint);
    }
    Notebook notebook;
    notebook.name = Core::stringValue(root, "name");
    notebook.language = notebookLanguageFromName(Core::stringValue(root, "language")).value_or(Language::Python);
    struct Positioned
    {
        double position;
        int order;
        Cell cell;
    };
    QList<Positioned> cells;
    int order = 0;
    for (const auto &command : root["commands"]) {
        if (!command.is_object()) {
            return Core::Error::inFile(where, Tr::tr("command %1 is not a JSON object").arg(order + 1), hint);
        }
        // Commands are stored in any order; "position" (a number, sometimes fractional) orders them.
        const double position = command.contains("position") && command["position"].is_number()
            ? command["position"].get<double>()
            : static_cast<double>(order);
        cells.append({ position, order++, cellFromCommand(command) });
    }
    std::stable_sort(cells.begin(), cells.end(),
                     [](const Positioned &a, const Positioned &b) { return a.position < b.position; });
    for (Positioned &p : cells) {
        notebook.cells.append(std::move(p.cell));
    }
    return notebook;
}

QByteArray writeNotebookV1(const Notebook &notebook)
{
    Core::OrderedJson root;
    root["version"] = "NotebookV1";
    root["name"] = Core::toStd(notebook.name);
    root["language"] = Core::toStd(languageName(notebook.language));
    root["guid"] = Core::toStd(deterministicUuid(u"notebook:"_s + notebook.name));
    root["origId"] = 0;
    root["dashboards"] = Core::OrderedJson::array();
    root["globalVars"] = Core::OrderedJson::object();
    root["iPythonMetadata"] = nullptr;
    root["inputWidgets"] = Core::OrderedJson::object();
    Core::OrderedJson commands = Core::OrderedJson::array();
    int position = 0;
    for (const Cell &cell : notebook.cells) {
        ++position;
        const QString text = cell.databricksCommandText();
        const QString seed = notebook.name + u':' + QString::number(position);
        Core::OrderedJson command;
        command["version"] = "CommandV1";
        command["origId"] = 0;
        command["guid"] = Core::toStd(deterministicUuid(u"command:"_s + seed));
        command["subtype"] = "command";
        command["commandType"] = "auto";
        command["position"] = position;
        command["command"] = Core::toStd(text);
        command["commandTitle"] = Core::toStd(cell.title);
        command["showCommandTitle"] = cell.showTitle;
        command["nuid"] = Core::toStd(deterministicUuid(u"nuid:"_s + seed));
        command["results"] = nullptr;
        command["state"] = "input";
        commands.push_back(std::move(command));
    }
    root["commands"] = std::move(commands);
    return QByteArray::fromStdString(root.dump());
}

Core::Result<QList<DbcEntry>> readDbc(const QByteArray &archive, const QString &fileName)
{
    const QString hint = Tr::tr("Export the folder from Databricks again with format DBC.");
    QBuffer buffer;
    buffer.setData(archive);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        return Core::Error::inFile(fileName, Tr::tr("not a readable DBC archive (broken or truncated ZIP, code %1)").arg(zip.getZipError()),
                                   hint);
    }
    QList<DbcEntry> entries;
    QuaZipFile file(&zip);
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (name.endsWith(u'/')) {
            continue;
        }
        std::optional<Language> language;
        QString stem;
        for (const auto &[suffix, value] : kEntrySuffixes) {
            const QString s = QString::fromLatin1(suffix);
            if (name.endsWith(s, Qt::CaseInsensitive)) {
                language = value;
                stem = name.left(name.size() - s.size());
            }
        }
        if (!language) {
            continue; // manifests, resources and folders that are not notebooks
        }
        const QString where = fileName + u'!' + name;
        if (!file.open(QIODevice::ReadOnly)) {
            return Core::Error::inFile(where, Tr::tr("cannot read the archive entry (code %1)").arg(file.getZipError()), hint);
        }
        const QByteArray raw = file.read(kMaxEntryBytes + 1);
        const bool tooLarge = raw.size() > kMaxEntryBytes;
        file.close();
        if (file.getZipError() != UNZ_OK) {
            return Core::Error::inFile(where, Tr::tr("the archive entry is damaged (checksum or data error %1)").arg(file.getZipError()),
                                       hint);
        }
        if (tooLarge) {
            return Core::Error::inFile(where, Tr::tr("the archive entry is larger than %1 MiB").arg(kMaxEntryBytes >> 20));
        }
        auto notebook = readNotebookV1(decodeEntry(raw), where);
        if (!notebook) {
            return notebook.error();
        }
        if (notebook->name.isEmpty()) {
            notebook->name = stem.section(u'/', -1);
        }
        if (!name.endsWith(entrySuffix(notebook->language), Qt::CaseInsensitive)) {
            notebook->language = *language;
        }
        entries.append({ stem, std::move(notebook).value() });
    }
    if (zip.getZipError() != UNZ_OK) {
        return Core::Error::inFile(fileName, Tr::tr("the archive's directory is damaged (code %1)").arg(zip.getZipError()), hint);
    }
    return entries;
}

Core::Result<QList<DbcEntry>> readDbcFile(const QString &fileName)
{
    auto bytes = Core::readFile(fileName);
    if (!bytes) {
        return bytes.error();
    }
    return readDbc(*bytes, fileName);
}

Core::Result<void> writeDbcFile(const QString &fileName, const QList<DbcEntry> &entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate)) {
            return Core::Error::inFile(fileName, Tr::tr("cannot create the archive (code %1)").arg(zip.getZipError()));
        }
        for (const DbcEntry &entry : entries) {
            QuaZipFile out(&zip);
            const QString name = entry.path + entrySuffix(entry.notebook.language);
            if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
                return Core::Error::inFile(fileName, Tr::tr("cannot add %1 to the archive").arg(name));
            }
            out.write(writeNotebookV1(entry.notebook));
            out.close();
        }
        zip.close();
        if (zip.getZipError() != UNZ_OK) {
            return Core::Error::inFile(fileName, Tr::tr("cannot finish the archive (code %1)").arg(zip.getZipError()));
        }
    }
    return Core::writeFileAtomically(fileName, buffer.data());
}

} // namespace Mwb::Notebook
