// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/celloutputtext.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

// nbformat "multiline string": one string, or a list of strings that are concatenated (nbformat 4 schema).
QString multiline(const Core::Json &value)
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

} // namespace

QString stripAnsi(const QString &text)
{
    // CSI sequences (ESC [ ... final byte), which is all Jupyter's colouring uses.
    static const QRegularExpression csi(u"\x1b\\[[0-9;?]*[ -/]*[@-~]"_s);
    QString out = text;
    out.remove(csi);
    return out;
}

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
            text = multiline(output.value("text", Core::Json()));
        } else if (type == u"execute_result" || type == u"display_data") {
            const auto data = output.find("data");
            if (data != output.end() && data->is_object() && data->contains("text/plain")) {
                text = multiline((*data)["text/plain"]);
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
            parts << stripAnsi(text);
        }
    }
    return parts.join(u'\n');
}

} // namespace Mwb::Widgets
