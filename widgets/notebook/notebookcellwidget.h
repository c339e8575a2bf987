// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notebook/cell.h"
#include "notebook/language.h"

#include <QTextCursor>
#include <QWidget>

class QSyntaxHighlighter;
class QTextDocument;

namespace Mwb::Widgets {

// One read-only notebook cell: a header ("[3]", language badge, title), the source highlighted for the cell's
// language (markdown rendered) and, for code cells, the stored outputs in a muted box below.
//
// It paints its QTextDocuments itself instead of embedding QPlainTextEdits: an editor is a scroll area with its
// own viewport, and a 300-cell notebook would then be 300 nested scroll areas. Its height follows its width
// (heightForWidth), so the NotebookView's column grows with the wrapped text. Text can be selected with the
// mouse within the source or the output and copied.
class NotebookCellWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookCellWidget)

public:
    // `number` is the 1-based position of the cell in its notebook.
    NotebookCellWidget(
        int number, const Notebook::Cell &cell, Notebook::Language notebookLanguage, QWidget *parent = nullptr);
    ~NotebookCellWidget() override;

    int number() const { return m_number; }
    Notebook::CellKind kind() const { return m_kind; }
    // The cell language as Notebook::languageName() spells it ("python", "sql", "markdown", ...).
    QString language() const { return m_language; }
    QString title() const { return m_title; }
    QString sourceText() const { return m_source; }
    // The shown output text (see cellOutputText); empty when the cell has none.
    QString outputText() const;
    QString selectedText() const;
    // The highlighter of the source, or nullptr (markdown is rendered, raw cells are plain).
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void copy();
    void copySource();
    void selectAll();
    void clearSelection();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Area { None, Source, Output };

    void applyFonts();
    // Lays the documents out for a widget `width` pixels wide; cheap when the width did not change.
    void layoutFor(int width) const;
    int headerHeight() const;
    QRect sourceBox() const;
    QRect outputBox() const;
    QTextDocument *document(Area area) const;
    QRect textRect(Area area) const;
    Area areaAt(const QPoint &pos) const;
    int hitTest(Area area, const QPoint &pos) const;
    void paintHeader(QPainter &painter) const;
    void paintDocument(QPainter &painter, Area area, const QRect &clip) const;

    int m_number;
    Notebook::CellKind m_kind;
    QString m_language;
    QString m_title;
    QString m_source;
    QTextDocument *m_sourceDocument; // child QObject
    QTextDocument *m_outputDocument = nullptr; // child QObject; null without outputs
    QSyntaxHighlighter *m_highlighter = nullptr;

    mutable int m_layoutWidth = -1; // width the documents are laid out for
    mutable int m_sourceHeight = 0;
    mutable int m_outputHeight = 0;

    Area m_selectionArea = Area::None;
    QTextCursor m_selection; // on document(m_selectionArea)
    bool m_selecting = false;
};

} // namespace Mwb::Widgets
