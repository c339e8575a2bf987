// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/executionresult.h"

#include "kernel/ansi.h"
#include "kernel/outputnormalizer.h"
#include "kernel/tr.h"

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

namespace {

Core::Json stringList(const QStringList &list)
{
    Core::Json array = Core::Json::array();
    for (const QString &item : list) {
        array.push_back(Core::toStd(item));
    }
    return array;
}

} // namespace

Core::Json CellOutput::toNbformat() const
{
    Core::Json out = Core::Json::object();
    switch (kind) {
    case Kind::Stream:
        out["output_type"] = "stream";
        out["name"] = Core::toStd(streamName);
        out["text"] = Core::toStd(text);
        break;
    case Kind::DisplayData:
        out["output_type"] = "display_data";
        out["data"] = data;
        out["metadata"] = metadata;
        break;
    case Kind::ExecuteResult:
        out["output_type"] = "execute_result";
        out["data"] = data;
        out["metadata"] = metadata;
        out["execution_count"] = executionCount >= 0 ? Core::Json(executionCount) : Core::Json();
        break;
    case Kind::Error:
        out["output_type"] = "error";
        out["ename"] = Core::toStd(ename);
        out["evalue"] = Core::toStd(evalue);
        out["traceback"] = stringList(traceback);
        break;
    }
    return out;
}

QString CellOutput::reportText() const
{
    switch (kind) {
    case Kind::Stream:
        return stripAnsi(text);
    case Kind::DisplayData:
    case Kind::ExecuteResult:
        return data.is_object() && data.contains("text/plain") ? stripAnsi(multilineText(data["text/plain"])) : QString();
    case Kind::Error:
        if (!traceback.isEmpty()) {
            return stripAnsi(traceback.join(u'\n'));
        }
        return ename + u": "_s + evalue;
    }
    return {};
}

QString executionStatusName(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Ok:
        return u"ok"_s;
    case ExecutionStatus::Error:
        return u"error"_s;
    case ExecutionStatus::Aborted:
        return u"aborted"_s;
    case ExecutionStatus::TimedOut:
        return u"timed_out"_s;
    case ExecutionStatus::Hung:
        return u"kernel_hung"_s;
    case ExecutionStatus::KernelDied:
        return u"kernel_died"_s;
    case ExecutionStatus::ConnectionLost:
        return u"connection_lost"_s;
    case ExecutionStatus::Interrupted:
        return u"interrupted"_s;
    case ExecutionStatus::Exited:
        return u"exited"_s;
    }
    return {};
}

QString ExecutionResult::streamText(const QString &name, bool keepAnsi) const
{
    QString out;
    for (const CellOutput &output : outputs) {
        if (output.kind == CellOutput::Kind::Stream && output.streamName == name) {
            out += output.text;
        }
    }
    return keepAnsi ? out : stripAnsi(out);
}

QString ExecutionResult::reportText() const
{
    QStringList parts;
    for (const CellOutput &output : outputs) {
        QString text = output.reportText();
        if (text.endsWith(u'\n')) {
            text.chop(1);
        }
        if (!text.isEmpty()) {
            parts << text;
        }
    }
    return parts.join(u'\n');
}

QString ExecutionResult::errorSummary() const
{
    // Our own liveness verdicts first: after a timeout the kernel's KeyboardInterrupt is a consequence.
    if (!message.isEmpty() && status != ExecutionStatus::Error) {
        return message;
    }
    if (!ename.isEmpty()) {
        return evalue.isEmpty() ? ename : ename + u": "_s + stripAnsi(evalue);
    }
    if (!message.isEmpty()) {
        return message;
    }
    switch (status) {
    case ExecutionStatus::Aborted:
        return Tr::tr("not run: the kernel aborted the request after an earlier error");
    case ExecutionStatus::Error:
        return Tr::tr("the cell failed without an error message");
    default:
        return {};
    }
}

Core::Json ExecutionResult::outputsAsNbformat() const
{
    Core::Json array = Core::Json::array();
    for (const CellOutput &output : outputs) {
        array.push_back(output.toNbformat());
    }
    return array;
}

} // namespace Mwb::Kernel
