// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPalette;
class QString;
class QSyntaxHighlighter;
class QTextDocument;

namespace Mwb::Widgets {

// The one entry point for syntax highlighting in the widgets layer (ARCHITECTURE.md, "Syntax highlighting"):
// KSyntaxHighlighting when the build found KF6::SyntaxHighlighting (MWB_HAVE_KF6_SYNTAX), the project's
// RuleHighlighter otherwise. Callers only see QSyntaxHighlighter.

// Attaches a highlighter for a cell language to `document` and returns it; the document owns it.
// `language` is a cell language name as Mwb::Notebook::languageName() spells it ("python", "sql", "scala", "r",
// "markdown", "sh", "pip", "run", "fs") or "json"; case-insensitive.
// Returns nullptr for "raw" (raw cells are passed through verbatim, so nothing in them has a syntax) and for any
// language not listed, leaving the text plain.
QSyntaxHighlighter *createHighlighter(QTextDocument *document, const QString &language, const QPalette &palette);

// As above, with the application palette.
QSyntaxHighlighter *createHighlighter(QTextDocument *document, const QString &language);

// Recolours a highlighter made by createHighlighter() for a new palette (call it on QEvent::PaletteChange).
// Does nothing for nullptr.
void updateHighlighterPalette(QSyntaxHighlighter *highlighter, const QPalette &palette);

// True when this build highlights with KF6::SyntaxHighlighting.
bool usesKf6SyntaxHighlighting();

} // namespace Mwb::Widgets
