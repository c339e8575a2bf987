// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/language.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Mwb::Notebook {

namespace {

constexpr std::array<std::pair<Language, QStringView>, 10> kNames { {
    { Language::Python, u"python" },
    { Language::Sql, u"sql" },
    { Language::Scala, u"scala" },
    { Language::R, u"r" },
    { Language::Markdown, u"markdown" },
    { Language::Shell, u"sh" },
    { Language::Pip, u"pip" },
    { Language::Run, u"run" },
    { Language::Fs, u"fs" },
    { Language::Raw, u"raw" },
} };

} // namespace

QString languageName(Language language)
{
    for (const auto &[value, name] : kNames) {
        if (value == language) {
            return name.toString();
        }
    }
    return u"python"_s;
}

std::optional<Language> languageFromName(QStringView name)
{
    for (const auto &[value, known] : kNames) {
        if (name.compare(known, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<Language> notebookLanguageFromName(QStringView name)
{
    const auto language = languageFromName(name.trimmed());
    if (language == Language::Python || language == Language::Sql || language == Language::Scala
        || language == Language::R) {
        return language;
    }
    return std::nullopt;
}

QString magicWord(QStringView firstLine)
{
    const QStringView line = firstLine.trimmed();
    if (!line.startsWith(u'%')) {
        return {};
    }
    qsizetype start = line.startsWith(u"%%") ? 2 : 1;
    qsizetype end = start;
    while (end < line.size() && !line.at(end).isSpace()) {
        ++end;
    }
    return line.mid(start, end - start).toString();
}

std::optional<Language> languageOfMagic(QStringView word)
{
    // Databricks cell magics (protocols.md §3.2) plus the Jupyter cell magics that mean the same.
    if (word == u"python" || word == u"py") {
        return Language::Python;
    }
    if (word == u"sql") {
        return Language::Sql;
    }
    if (word == u"scala") {
        return Language::Scala;
    }
    if (word == u"r") {
        return Language::R;
    }
    if (word == u"md" || word == u"md-sandbox" || word == u"markdown") {
        return Language::Markdown;
    }
    if (word == u"sh" || word == u"bash" || word == u"shell") {
        return Language::Shell;
    }
    if (word == u"pip" || word == u"conda") {
        return Language::Pip;
    }
    if (word == u"run") {
        return Language::Run;
    }
    if (word == u"fs") {
        return Language::Fs;
    }
    return std::nullopt;
}

QString lineCommentPrefix(Language notebookLanguage)
{
    switch (notebookLanguage) {
    case Language::Sql:
        return u"--"_s;
    case Language::Scala:
        return u"//"_s;
    default:
        return u"#"_s;
    }
}

} // namespace Mwb::Notebook
