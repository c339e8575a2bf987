// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace Mwb::Widgets {

// The user's (not the project's) settings in QSettings: no secrets here, ever.
class WorkbenchSettings final
{
public:
    // "" (follow the system), "en", "ja", "zh_CN". Read by app/gui/main.cpp before the translator
    // is installed, so a change applies at the next start.
    static QString language();
    static void setLanguage(const QString &language);
    // Sets QLocale's default to the chosen language (nothing for "follow the system").
    static void applyLanguage();

    // The Anthropic model; empty = mwb's default. Reaches mwb as MWB_LLM_MODEL.
    static QString llmModel();
    static void setLlmModel(const QString &model);

    // `env` plus the non-secret run settings (MWB_LLM_MODEL).
    static QProcessEnvironment runEnvironment(QProcessEnvironment env);
};

} // namespace Mwb::Widgets
