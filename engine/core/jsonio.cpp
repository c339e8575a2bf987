// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonio.h"
#include "core/tr.h"

#include "core/textposition.h"
#include "core/utf8.h"

#include <QFile>

namespace Mwb::Core {

namespace {

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, column 5: "
// and end with the useful part; keep only that part, our Error carries the position itself.
QString shortParseMessage(const char *what)
{
    QString text = QString::fromUtf8(what);
    const qsizetype colon = text.indexOf(QStringLiteral(": "));
    if (colon >= 0) {
        text = text.mid(colon + 2);
    }
    return text;
}

template<typename J>
Result<J> parse(const QByteArray &bytes, const QString &file)
{
    if (bytes.trimmed().isEmpty()) {
        return Error::inFile(file, Tr::tr("the file is empty, expected a JSON document"),
                             Tr::tr("Export the file again; it may have been cut off."));
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        const TextPosition pos = positionAtByte(bytes, bad);
        return Error::at(file, pos.line, pos.column,
                         Tr::tr("invalid UTF-8 (byte 0x%1 at offset %2)")
                             .arg(static_cast<unsigned char>(bytes.at(bad)), 2, 16, QLatin1Char('0'))
                             .arg(bad),
                         Tr::tr("Save the file as UTF-8."));
    }
    try {
        return J::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is the 1-based index of the last byte read; point at that byte.
        const qsizetype offset = e.byte > 0 ? static_cast<qsizetype>(e.byte) - 1 : 0;
        const TextPosition pos = positionAtByte(bytes, offset);
        const bool truncated = offset + 1 >= bytes.size();
        return Error::at(file, pos.line, pos.column,
                         Tr::tr("malformed JSON: %1").arg(shortParseMessage(e.what())),
                         truncated ? Tr::tr("The file ends early; it looks truncated. Export it again.")
                                   : Tr::tr("Fix the JSON at this position or export the file again."));
    } catch (const nlohmann::json::exception &e) {
        return Error::inFile(file, Tr::tr("malformed JSON: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::inFile(path, Tr::tr("cannot read the file: %1").arg(file.errorString()),
                             Tr::tr("Check that the path exists and is readable."));
    }
    return file.readAll();
}

Result<Json> parseJson(const QByteArray &bytes, const QString &file)
{
    return parse<Json>(bytes, file);
}

Result<OrderedJson> parseOrderedJson(const QByteArray &bytes, const QString &file)
{
    return parse<OrderedJson>(bytes, file);
}

} // namespace Mwb::Core
