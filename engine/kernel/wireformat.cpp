// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/wireformat.h"

#include "kernel/tr.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

namespace {

std::string dumpJson(const Core::Json &value)
{
    // Kernel output may carry invalid UTF-8 (a cell printing raw bytes); replace rather than throw.
    return value.dump(-1, ' ', false, Core::Json::error_handler_t::replace);
}

// Deduced return type (Core::Error): lupdate 6.4 reads "Core::Error name(...) {" as a member function of
// a class Core and would file the Tr::tr() strings below under a context "Tr" the runtime never asks for.
auto frameError(const QString &what)
{
    return Core::Error::inFile({}, Tr::tr("malformed kernel message: %1").arg(what),
                               Tr::tr("The server does not speak the Jupyter kernel WebSocket protocol; check the URL."));
}

Core::Result<Core::Json> parseObject(const char *data, qsizetype size, const char *part)
{
    Core::Json value = Core::Json::parse(data, data + size, nullptr, false);
    if (value.is_discarded()) {
        return frameError(Tr::tr("%1 is not JSON").arg(QString::fromLatin1(part)));
    }
    if (value.is_null()) {
        value = Core::Json::object();
    }
    return value;
}

Core::Json objectOrEmpty(const Core::Json &parent, const char *key)
{
    const auto it = parent.find(key);
    return it != parent.end() && it->is_object() ? *it : Core::Json::object();
}

Core::Result<KernelMessage> fromLegacyJson(Core::Json value)
{
    if (!value.is_object()) {
        return frameError(Tr::tr("the frame is not a JSON object"));
    }
    KernelMessage message;
    message.channel = Core::stringValue(value, "channel");
    message.header = objectOrEmpty(value, "header");
    message.parentHeader = objectOrEmpty(value, "parent_header");
    message.metadata = objectOrEmpty(value, "metadata");
    message.content = objectOrEmpty(value, "content");
    if (message.header.empty()) {
        return frameError(Tr::tr("the message has no header"));
    }
    return message;
}

} // namespace

QString wireFormatName(WireFormat format)
{
    return format == WireFormat::V1 ? QString::fromLatin1(v1Subprotocol) : u"legacy"_s;
}

QByteArray encodeMessage(const KernelMessage &message, WireFormat format)
{
    if (format == WireFormat::Legacy) {
        Core::Json value = Core::Json::object();
        value["header"] = message.header;
        value["parent_header"] = message.parentHeader;
        value["metadata"] = message.metadata;
        value["content"] = message.content;
        value["channel"] = Core::toStd(message.channel);
        value["buffers"] = Core::Json::array();
        const std::string json = dumpJson(value);
        if (message.buffers.isEmpty()) {
            return QByteArray(json.data(), static_cast<qsizetype>(json.size()));
        }
        // serialize_binary_message: nbufs (JSON counts as the first), then the start of each part.
        const quint32 count = static_cast<quint32>(message.buffers.size() + 1);
        QByteArray frame;
        frame.resize(4 * (count + 1));
        qToBigEndian(count, frame.data());
        quint32 offset = 4 * (count + 1);
        qToBigEndian(offset, frame.data() + 4);
        offset += static_cast<quint32>(json.size());
        frame.append(json.data(), static_cast<qsizetype>(json.size()));
        for (qsizetype i = 0; i < message.buffers.size(); ++i) {
            qToBigEndian(offset, frame.data() + 4 * (i + 2));
            offset += static_cast<quint32>(message.buffers.at(i).size());
            frame.append(message.buffers.at(i));
        }
        return frame;
    }
    QByteArrayList parts;
    parts << message.channel.toUtf8();
    for (const Core::Json *json : {&message.header, &message.parentHeader, &message.metadata, &message.content}) {
        const std::string text = dumpJson(*json);
        parts << QByteArray(text.data(), static_cast<qsizetype>(text.size()));
    }
    parts << message.buffers;
    // One start offset per part plus the end, after the count: offsets[0] = 8 * (1 + parts + 1).
    const quint64 offsetCount = static_cast<quint64>(parts.size()) + 1;
    QByteArray frame;
    frame.resize(static_cast<qsizetype>(8 * (offsetCount + 1)));
    qToLittleEndian(offsetCount, frame.data());
    quint64 offset = 8 * (offsetCount + 1);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        qToLittleEndian(offset, frame.data() + 8 * (i + 1));
        offset += static_cast<quint64>(parts.at(i).size());
    }
    qToLittleEndian(offset, frame.data() + 8 * offsetCount);
    for (const QByteArray &part : std::as_const(parts)) {
        frame.append(part);
    }
    return frame;
}

Core::Result<KernelMessage> decodeTextFrame(const QByteArray &utf8)
{
    auto value = parseObject(utf8.constData(), utf8.size(), "the frame");
    if (!value) {
        return value.error();
    }
    return fromLegacyJson(std::move(*value));
}

Core::Result<KernelMessage> decodeBinaryFrame(const QByteArray &frame, WireFormat format)
{
    const qsizetype size = frame.size();
    if (format == WireFormat::Legacy) {
        if (size < 8) {
            return frameError(Tr::tr("binary frame of %n byte(s)", nullptr, static_cast<int>(size)));
        }
        const quint32 count = qFromBigEndian<quint32>(frame.constData());
        if (count == 0 || 4 * (qsizetype(count) + 1) > size) {
            return frameError(Tr::tr("bad buffer count %1").arg(count));
        }
        QList<qsizetype> offsets;
        for (quint32 i = 0; i < count; ++i) {
            offsets << qFromBigEndian<quint32>(frame.constData() + 4 * (i + 1));
        }
        offsets << size;
        for (qsizetype i = 0; i + 1 < offsets.size(); ++i) {
            if (offsets.at(i) > offsets.at(i + 1) || offsets.at(i + 1) > size) {
                return frameError(Tr::tr("offsets out of order"));
            }
        }
        auto message = decodeTextFrame(frame.mid(offsets.at(0), offsets.at(1) - offsets.at(0)));
        if (!message) {
            return message;
        }
        for (qsizetype i = 1; i + 1 < offsets.size(); ++i) {
            message->buffers << frame.mid(offsets.at(i), offsets.at(i + 1) - offsets.at(i));
        }
        return message;
    }
    if (size < 8) {
        return frameError(Tr::tr("binary frame of %n byte(s)", nullptr, static_cast<int>(size)));
    }
    const quint64 offsetCount = qFromLittleEndian<quint64>(frame.constData());
    // channel + 4 JSON parts need 6 offsets; anything beyond the frame is corrupt.
    if (offsetCount < 6 || offsetCount > quint64(size) / 8 || 8 * (offsetCount + 1) > quint64(size)) {
        return frameError(Tr::tr("bad offset count %1").arg(offsetCount));
    }
    QList<qsizetype> offsets;
    for (quint64 i = 0; i < offsetCount; ++i) {
        const quint64 offset = qFromLittleEndian<quint64>(frame.constData() + 8 * (i + 1));
        if (offset > quint64(size) || (!offsets.isEmpty() && qsizetype(offset) < offsets.last())) {
            return frameError(Tr::tr("offsets out of order"));
        }
        offsets << qsizetype(offset);
    }
    auto part = [&](qsizetype i) { return frame.constData() + offsets.at(i); };
    auto partSize = [&](qsizetype i) { return offsets.at(i + 1) - offsets.at(i); };
    KernelMessage message;
    message.channel = QString::fromUtf8(part(0), partSize(0));
    Core::Json *targets[] = {&message.header, &message.parentHeader, &message.metadata, &message.content};
    static const char *names[] = {"header", "parent_header", "metadata", "content"};
    for (int i = 0; i < 4; ++i) {
        auto value = parseObject(part(i + 1), partSize(i + 1), names[i]);
        if (!value) {
            return value.error();
        }
        *targets[i] = std::move(*value);
    }
    if (!message.header.is_object() || message.header.empty()) {
        return frameError(Tr::tr("the message has no header"));
    }
    for (qsizetype i = 5; i + 1 < offsets.size(); ++i) {
        message.buffers << frame.mid(offsets.at(i), partSize(i));
    }
    return message;
}

} // namespace Mwb::Kernel
