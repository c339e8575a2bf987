// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Mwb::Core {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto *translator = new QTranslator(&app);
    // Languages without a translation read the English source text; mwb_en.qm gives it its
    // plural forms ("1 cell", "2 cells" instead of "cell(s)").
    if (translator->load(locale, u"mwb"_s, u"_"_s, u":/i18n"_s)
        || translator->load(u"mwb_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace Mwb::Core
