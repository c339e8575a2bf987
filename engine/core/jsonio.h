// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

// On-disk JSON (notebooks, jobs, manifests) goes through nlohmann::json rather than QJsonDocument:
// it keeps integers and floats apart (1 vs 1.0), keeps 64-bit integers exact and can keep key
// order, which a lossless .ipynb round trip and readable manifests need.
namespace Mwb::Core {

using Json = nlohmann::json;                // keys sorted, as Jupyter writes them
using OrderedJson = nlohmann::ordered_json; // keys in insertion order, for our own documents

// Reads a whole file; the error names the file and the OS reason.
Result<QByteArray> readFile(const QString &path);

// Parses UTF-8 JSON. Errors carry line and column and say what to do.
Result<Json> parseJson(const QByteArray &bytes, const QString &file);
Result<OrderedJson> parseOrderedJson(const QByteArray &bytes, const QString &file);

inline std::string toStd(const QString &s)
{
    return s.toStdString();
}
inline QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// The string value of j[key] when it is a string, else fallback.
template<typename J>
QString stringValue(const J &object, const char *key, const QString &fallback = {})
{
    if (!object.is_object()) {
        return fallback;
    }
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) {
        return fallback;
    }
    return QString::fromStdString(it->template get<std::string>());
}

// j[key] when it is a boolean, else fallback (json::value() throws on a type mismatch).
template<typename J>
bool boolValue(const J &object, const char *key, bool fallback = false)
{
    if (!object.is_object()) {
        return fallback;
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() ? it->template get<bool>() : fallback;
}

} // namespace Mwb::Core
