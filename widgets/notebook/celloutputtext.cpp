// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/celloutputtext.h"

#include "kernel/ansi.h"
#include "kernel/outputnormalizer.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

QString cellOutputText(const Notebook::Cell &cell)
{
    if (!cell.isCode() || !cell.extra.is_object()) {
        return {};
    }
    const auto outputs = cell.extra.find("outputs");
    if (outputs == cell.extra.end() || !outputs->is_array()) {
        return {};
    }
    QStringList parts;
    for (const auto &output : *outputs) {
        if (!output.is_object()) {
            continue;
        }
        const QString type = Core::stringValue(output, "output_type");
        QString text;
        if (type == u"stream") {
            text = Kernel::multilineText(output.value("text", Core::Json()));
        } else if (type == u"execute_result" || type == u"display_data") {
            const auto data = output.find("data");
            if (data != output.end() && data->is_object() && data->contains("text/plain")) {
                text = Kernel::multilineText((*data)["text/plain"]);
            }
        } else if (type == u"error") {
            const QString name = Core::stringValue(output, "ename");
            const QString value = Core::stringValue(output, "evalue");
            text = value.isEmpty() ? name : name + u": "_s + value;
        }
        if (text.endsWith(u'\n')) {
            text.chop(1);
        }
        if (!text.isEmpty()) {
            parts << Kernel::stripAnsi(text);
        }
    }
    return parts.join(u'\n');
}

} // namespace Mwb::Widgets
