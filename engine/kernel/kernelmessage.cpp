// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/kernelmessage.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

KernelMessage KernelMessage::request(const QString &channel, const QString &msgType, const QString &session,
                                     const QString &username, Core::Json content)
{
    KernelMessage message;
    message.channel = channel;
    message.header = Core::Json::object();
    message.header["msg_id"] = Core::toStd(QUuid::createUuid().toString(QUuid::Id128));
    message.header["username"] = Core::toStd(username);
    message.header["session"] = Core::toStd(session);
    message.header["date"] = Core::toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    message.header["msg_type"] = Core::toStd(msgType);
    message.header["version"] = "5.3";
    message.content = content.is_object() ? std::move(content) : Core::Json::object();
    return message;
}

} // namespace Mwb::Kernel
