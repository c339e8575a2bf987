// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/projectjsonfile.h"

#include "core/atomicfile.h"

#include <QFileInfo>

namespace Mwb::Widgets {

Core::Result<void> writeProjectJsonMember(const QString &file, const char *member, const Core::OrderedJson &value)
{
    Core::OrderedJson root = Core::OrderedJson::object();
    if (QFileInfo::exists(file)) {
        auto bytes = Core::readFile(file);
        if (!bytes) {
            return bytes.error();
        }
        auto json = Core::parseOrderedJson(*bytes, file);
        if (!json) {
            return json.error();
        }
        if (json->is_object()) {
            root = *json;
        }
    }
    root[member] = value;
    return Core::writeFileAtomically(file, QByteArray::fromStdString(root.dump(2)) + '\n');
}

} // namespace Mwb::Widgets
