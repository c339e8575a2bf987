// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight/highlightrules.h"

#include <QSyntaxHighlighter>

class QPalette;
class QTextDocument;

namespace Mwb::Widgets {

// The project's own highlighter, used when KF6::SyntaxHighlighting is not available (Debian 12). It is driven by
// the per-language tables in highlightrules.h; this class only walks a line and applies them.
class RuleHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleHighlighter)

public:
    // Owned by `document` (the QSyntaxHighlighter parent).
    explicit RuleHighlighter(QTextDocument *document, RuleLanguage language, const QPalette &palette);

    RuleLanguage language() const { return m_language; }

    // Recolours the document for a new palette, e.g. after the user switched between light and dark mode.
    void setPalette(const QPalette &palette);

    QTextCharFormat tokenFormat(TokenKind kind) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    RuleLanguage m_language;
    const LanguageRules *m_rules; // never null; points into the process-wide tables
    TokenFormats m_formats;
};

} // namespace Mwb::Widgets
