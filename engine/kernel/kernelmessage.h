// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"

#include <QByteArrayList>
#include <QString>

namespace Mwb::Kernel {

// One Jupyter message as it travels over the kernel WebSocket (jupyter_client docs/messaging.rst
// "A message is composed of five dictionaries", plus the `channel` the server multiplexes on).
// header/parentHeader/metadata/content are JSON objects; parentHeader is {} for unsolicited messages.
struct KernelMessage
{
    QString channel; // shell, iopub, stdin, control
    Core::Json header = Core::Json::object();
    Core::Json parentHeader = Core::Json::object();
    Core::Json metadata = Core::Json::object();
    Core::Json content = Core::Json::object();
    QByteArrayList buffers;

    QString msgId() const { return Core::stringValue(header, "msg_id"); }
    QString msgType() const { return Core::stringValue(header, "msg_type"); }
    // The msg_id of the request that caused this message; every reply and output is matched by it.
    QString parentMsgId() const { return Core::stringValue(parentHeader, "msg_id"); }

    // A new request with a fresh msg_id, the protocol version ipykernel speaks (5.3) and a UTC date.
    static KernelMessage request(const QString &channel, const QString &msgType, const QString &session,
                                 const QString &username, Core::Json content);
};

} // namespace Mwb::Kernel
