// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/variantjson.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Mwb::Db {

Core::OrderedJson variantToJson(const QVariant &value, bool bytesAreInvalidText)
{
    if (value.isNull()) {
        return nullptr;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::SChar:
        return value.toLongLong();
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        return value.toULongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isnan(d)) {
            return "NaN";
        }
        if (std::isinf(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return d;
    }
    case QMetaType::QByteArray: {
        Core::OrderedJson object = Core::OrderedJson::object();
        object[bytesAreInvalidText ? "invalid_utf8_base64" : "base64"] = value.toByteArray().toBase64().toStdString();
        return object;
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toStdString();
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs).toStdString();
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs).toStdString();
    default:
        // QString::toUtf8 never produces invalid UTF-8, so the line stays valid JSON.
        return value.toString().toStdString();
    }
}

QVariant variantFromJson(const Core::OrderedJson &json)
{
    if (json.is_null()) {
        return {};
    }
    if (json.is_boolean()) {
        return json.get<bool>();
    }
    if (json.is_number_unsigned()) {
        return QVariant::fromValue<qulonglong>(json.get<quint64>());
    }
    if (json.is_number_integer()) {
        return QVariant::fromValue<qlonglong>(json.get<qint64>());
    }
    if (json.is_number_float()) {
        return json.get<double>();
    }
    if (json.is_string()) {
        return Core::fromStd(json.get<std::string>());
    }
    if (json.is_object() && json.contains("base64") && json["base64"].is_string()) {
        return QByteArray::fromBase64(QByteArray::fromStdString(json["base64"].get<std::string>()));
    }
    return {};
}

} // namespace Mwb::Db
