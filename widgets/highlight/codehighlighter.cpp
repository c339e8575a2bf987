// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight/codehighlighter.h"

#include "highlight/highlightrules.h"
#include "highlight/rulehighlighter.h"

#include <optional>

#include <QGuiApplication>
#include <QPalette>
#include <QString>
#include <QSyntaxHighlighter>
#include <QTextDocument>

#ifdef MWB_HAVE_KF6_SYNTAX
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Mwb::Widgets {

#ifdef MWB_HAVE_KF6_SYNTAX
namespace {

using namespace Qt::StringLiterals;

KSyntaxHighlighting::Repository &repository()
{
    // Reading the definition index is expensive, so KSyntaxHighlighting recommends one Repository per process;
    // definitions point back into it, so it has to outlive every highlighter.
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

KSyntaxHighlighting::Definition kf6Definition(RuleLanguage language)
{
    // Names as the Kate syntax files spell them (case-sensitive); the file name is a fallback in case an install
    // renamed a definition.
    QString name;
    QString fileName;
    switch (language) {
    case RuleLanguage::Python:
        name = u"Python"_s;
        fileName = u"cell.py"_s;
        break;
    case RuleLanguage::Sql:
        name = u"SQL"_s;
        fileName = u"cell.sql"_s;
        break;
    case RuleLanguage::Scala:
        name = u"Scala"_s;
        fileName = u"cell.scala"_s;
        break;
    case RuleLanguage::R:
        name = u"R Script"_s;
        fileName = u"cell.R"_s;
        break;
    case RuleLanguage::Markdown:
        name = u"Markdown"_s;
        fileName = u"cell.md"_s;
        break;
    case RuleLanguage::Shell:
        name = u"Bash"_s;
        fileName = u"cell.sh"_s;
        break;
    case RuleLanguage::Json:
        name = u"JSON"_s;
        fileName = u"cell.json"_s;
        break;
    }
    KSyntaxHighlighting::Definition definition = repository().definitionForName(name);
    if (!definition.isValid()) {
        definition = repository().definitionForFileName(fileName);
    }
    return definition;
}

// The same light/dark decision as the built-in formats, so both backends switch at the same palette.
KSyntaxHighlighting::Theme kf6Theme(const QPalette &palette)
{
    return repository().defaultTheme(isDarkPalette(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                            : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace
#endif

QSyntaxHighlighter *createHighlighter(QTextDocument *document, const QString &language, const QPalette &palette)
{
    if (document == nullptr) {
        return nullptr;
    }
    // Both backends accept exactly the languages the built-in rules know, so a cell looks highlighted (or plain)
    // the same way whichever backend the build has.
    const std::optional<RuleLanguage> ruleLanguage = ruleLanguageForName(language);
    if (!ruleLanguage) {
        return nullptr;
    }
#ifdef MWB_HAVE_KF6_SYNTAX
    const KSyntaxHighlighting::Definition definition = kf6Definition(*ruleLanguage);
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(kf6Theme(palette));
        highlighter->setDefinition(definition);
        return highlighter;
    }
    // An install without this definition: the built-in rules are still better than plain text.
#endif
    return new RuleHighlighter(document, *ruleLanguage, palette);
}

QSyntaxHighlighter *createHighlighter(QTextDocument *document, const QString &language)
{
    return createHighlighter(document, language, QGuiApplication::palette());
}

void updateHighlighterPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    if (auto *rules = qobject_cast<RuleHighlighter *>(highlighter)) {
        rules->setPalette(palette);
        return;
    }
#ifdef MWB_HAVE_KF6_SYNTAX
    if (auto *kf6 = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        kf6->setTheme(kf6Theme(palette));
        kf6->rehighlight();
    }
#endif
}

bool usesKf6SyntaxHighlighting()
{
#ifdef MWB_HAVE_KF6_SYNTAX
    return true;
#else
    return false;
#endif
}

} // namespace Mwb::Widgets
