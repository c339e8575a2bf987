// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/workbenchsettings.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

// Not "general/...": QSettings writes a group "general" as [%General] and reads it back as "General".
const auto languageKey = u"ui/language"_s;
const auto modelKey = u"llm/model"_s;

} // namespace

QString WorkbenchSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void WorkbenchSettings::setLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty()) {
        settings.remove(languageKey);
    } else {
        settings.setValue(languageKey, language);
    }
}

void WorkbenchSettings::applyLanguage()
{
    const QString chosen = language();
    if (!chosen.isEmpty()) {
        QLocale::setDefault(QLocale(chosen));
    }
}

QString WorkbenchSettings::llmModel()
{
    return QSettings().value(modelKey).toString();
}

void WorkbenchSettings::setLlmModel(const QString &model)
{
    QSettings settings;
    if (model.trimmed().isEmpty()) {
        settings.remove(modelKey);
    } else {
        settings.setValue(modelKey, model.trimmed());
    }
}

QProcessEnvironment WorkbenchSettings::runEnvironment(QProcessEnvironment env)
{
    const QString model = llmModel();
    if (!model.isEmpty()) {
        env.insert(u"MWB_LLM_MODEL"_s, model);
    }
    return env;
}

} // namespace Mwb::Widgets
