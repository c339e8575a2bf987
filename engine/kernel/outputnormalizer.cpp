// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/outputnormalizer.h"

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

QString multilineText(const Core::Json &value)
{
    if (value.is_string()) {
        return Core::fromStd(value.get<std::string>());
    }
    QString out;
    if (value.is_array()) {
        for (const auto &part : value) {
            if (part.is_string()) {
                out += Core::fromStd(part.get<std::string>());
            }
        }
    }
    return out;
}

QString unwrapTextPlain(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'[') || !trimmed.endsWith(u']') || !trimmed.contains(u"TEXT_PLAIN"_s)) {
        return text;
    }
    const std::string utf8 = Core::toStd(trimmed);
    const Core::Json value = Core::Json::parse(utf8, nullptr, false);
    if (!value.is_array() || value.empty()) {
        return text;
    }
    QString out;
    for (const auto &item : value) {
        if (!item.is_object() || Core::stringValue(item, "type") != u"TEXT_PLAIN") {
            return text; // not the wrapper: a user printed a JSON list
        }
        const auto it = item.find("value");
        if (it != item.end() && it->is_string()) {
            out += Core::fromStd(it->get<std::string>());
        } else if (it != item.end() && !it->is_null()) {
            out += Core::fromStd(it->dump());
        }
    }
    return out;
}

bool isEventStream(const Core::Json &metadata)
{
    return Core::stringValue(metadata, "type") == u"event";
}

} // namespace Mwb::Kernel
