// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/failedrowwriter.h"

#include "core/eventstream.h"
#include "core/jsonio.h"
#include "db/tr.h"
#include "db/variantjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

namespace {

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto fileError(const QString &path, const QString &what)
{
    return Core::Error::inFile(path, Tr::tr("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno))),
                               Tr::tr("Check free disk space and the permissions of the job folder."));
}

const char *valueTypeName(const QVariant &value, bool invalidText)
{
    if (value.isNull()) {
        return "null";
    }
    if (invalidText) {
        return "text";
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return "boolean";
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return "integer";
    case QMetaType::Double:
        return "real";
    case QMetaType::QByteArray:
        return "blob";
    default:
        return "text";
    }
}

} // namespace

FailedRowWriter::FailedRowWriter(const QString &path)
    : m_path(path)
{
    m_size = QFileInfo(path).exists() ? QFileInfo(path).size() : 0;
}

FailedRowWriter::~FailedRowWriter()
{
    if (m_file) {
        std::fclose(m_file);
    }
}

Core::Result<void> FailedRowWriter::ensureOpen()
{
    if (m_file) {
        return {};
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file = std::fopen(QFile::encodeName(m_path).constData(), "ab");
    if (!m_file) {
        return fileError(m_path, Tr::tr("cannot open the failed-rows file"));
    }
    std::fseek(m_file, 0, SEEK_END);
    m_size = std::ftell(m_file);
    return {};
}

Core::Result<void> FailedRowWriter::truncateTo(qint64 bytes)
{
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
    const QByteArray name = QFile::encodeName(m_path);
    if (!QFileInfo::exists(m_path)) {
        if (bytes > 0) {
            return Core::Error::inFile(m_path, Tr::tr("the failed-rows file is missing although the checkpoint records %1 bytes").arg(bytes),
                                       Tr::tr("Restore the file or start the job again."));
        }
        return ensureOpen();
    }
    if (QFileInfo(m_path).size() < bytes) {
        return Core::Error::inFile(m_path, Tr::tr("the failed-rows file is shorter than the checkpoint records (%1 bytes)").arg(bytes),
                                   Tr::tr("Restore the file or start the job again."));
    }
    if (::truncate(name.constData(), bytes) != 0) {
        return fileError(m_path, Tr::tr("cannot truncate the failed-rows file"));
    }
    m_rows = 0;
    return ensureOpen();
}

QByteArray FailedRowWriter::toJsonLine(const FailedRow &row)
{
    Core::OrderedJson line = Core::OrderedJson::object();
    line["table"] = row.table.toStdString();
    Core::OrderedJson key = Core::OrderedJson::object();
    for (int k : row.keyColumns) {
        key[row.columns.value(k).toStdString()] = variantToJson(row.values.value(k), row.invalidText.contains(k));
    }
    line["key"] = key;
    Core::OrderedJson values = Core::OrderedJson::object();
    for (qsizetype c = 0; c < row.columns.size(); ++c) {
        values[row.columns.at(c).toStdString()] = variantToJson(row.values.value(c), row.invalidText.contains(int(c)));
    }
    line["values"] = values;
    // The type each value had when read (SQLite: its storage class), so a reader of the file can
    // tell the text 'lots-of-it' in an INTEGER column from a number (reliability.md §10 case 1).
    Core::OrderedJson types = Core::OrderedJson::object();
    for (qsizetype c = 0; c < row.columns.size(); ++c) {
        types[row.columns.at(c).toStdString()] = valueTypeName(row.values.value(c), row.invalidText.contains(int(c)));
    }
    line["types"] = types;
    line["error"] = row.error.toStdString();
    if (!row.code.isEmpty()) {
        line["code"] = row.code.toStdString();
    }
    if (!row.column.isEmpty()) {
        line["column"] = row.column.toStdString();
    }
    line["ts"] = Core::EventStream::timestampNow().toStdString();
    return QByteArray::fromStdString(line.dump(-1, ' ', false, Core::OrderedJson::error_handler_t::replace));
}

Core::Result<void> FailedRowWriter::append(const FailedRow &row)
{
    if (auto opened = ensureOpen(); !opened) {
        return opened;
    }
    const QByteArray line = toJsonLine(row) + '\n';
    if (std::fwrite(line.constData(), 1, size_t(line.size()), m_file) != size_t(line.size())) {
        return fileError(m_path, Tr::tr("cannot write the failed-rows file"));
    }
    m_size += line.size();
    ++m_rows;
    m_dirty = true;
    return {};
}

Core::Result<void> FailedRowWriter::sync()
{
    if (!m_file || !m_dirty) {
        return {};
    }
    if (std::fflush(m_file) != 0 || ::fsync(fileno(m_file)) != 0) {
        return fileError(m_path, Tr::tr("cannot flush the failed-rows file"));
    }
    m_dirty = false;
    return {};
}

} // namespace Mwb::Db
