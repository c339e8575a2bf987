// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "kernel/kernelmessage.h"

#include <QByteArray>

namespace Mwb::Kernel {

// The two encodings of jupyter-server's /api/kernels/{id}/channels WebSocket
// (jupyter_server docs/source/developers/websocket-protocols.rst), chosen by subprotocol negotiation.
enum class WireFormat {
    // No subprotocol: one JSON text frame per message with a "channel" key; a message with buffers
    // comes as a binary frame (uint32 BE count, uint32 BE offsets, JSON, buffers).
    Legacy,
    // "v1.kernel.websocket.jupyter.org": binary frames, uint64 LE offset count, uint64 LE offsets,
    // then the parts channel, header, parent_header, metadata, content, buffers...
    V1,
};

inline constexpr char v1Subprotocol[] = "v1.kernel.websocket.jupyter.org";

QString wireFormatName(WireFormat format);

// Legacy: UTF-8 JSON for a text frame (or a binary frame when the message has buffers).
// V1: the binary frame.
QByteArray encodeMessage(const KernelMessage &message, WireFormat format);
// A legacy text frame (UTF-8 JSON). Also what some servers send in v1 mode for plain JSON.
Core::Result<KernelMessage> decodeTextFrame(const QByteArray &utf8);
Core::Result<KernelMessage> decodeBinaryFrame(const QByteArray &frame, WireFormat format);

} // namespace Mwb::Kernel
