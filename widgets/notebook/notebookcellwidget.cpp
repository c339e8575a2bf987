// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/notebookcellwidget.h"

#include "highlight/codehighlighter.h"
#include "notebook/celloutputtext.h"

#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSyntaxHighlighter>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

constexpr int boxPadding = 8; // between a box's edge and its text
constexpr int stripeWidth = 3; // coloured bar on the left of the source box
constexpr int outputGap = 4; // between source and output box
constexpr int headerSpacing = 8; // between the parts of the header
constexpr int boxRadius = 4;

// Outputs can be megabytes (a printed DataFrame in a loop); the viewer shows the start, like Jupyter's
// "output truncated" does, so one cell cannot stall the whole notebook.
constexpr int maxOutputLines = 400;
constexpr int maxOutputChars = 100000;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
        static_cast<float>(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
        static_cast<float>(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

// Badge colours: dark enough for white text on either palette.
QColor languageColor(const QString &language)
{
    if (language == u"python") {
        return QColor(0x30, 0x6e, 0xa8);
    }
    if (language == u"sql") {
        return QColor(0xb8, 0x5c, 0x00);
    }
    if (language == u"scala") {
        return QColor(0xb0, 0x30, 0x30);
    }
    if (language == u"r") {
        return QColor(0x27, 0x6d, 0xc3);
    }
    if (language == u"markdown") {
        return QColor(0x5f, 0x63, 0x68);
    }
    if (language == u"sh") {
        return QColor(0x2e, 0x7d, 0x32);
    }
    if (language == u"pip") {
        return QColor(0x00, 0x79, 0x6b);
    }
    if (language == u"run") {
        return QColor(0x7b, 0x3f, 0xa0);
    }
    if (language == u"fs") {
        return QColor(0x79, 0x55, 0x48);
    }
    return QColor(0x75, 0x75, 0x75);
}

QString truncatedOutput(const QString &text, bool *truncated)
{
    qsizetype end = std::min<qsizetype>(text.size(), maxOutputChars);
    int lines = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == u'\n' && ++lines == maxOutputLines) {
            end = i;
            break;
        }
    }
    *truncated = end < text.size();
    return text.left(end);
}

} // namespace

NotebookCellWidget::NotebookCellWidget(
    int number, const Notebook::Cell &cell, Notebook::Language notebookLanguage, QWidget *parent)
    : QWidget(parent)
    , m_number(number)
    , m_kind(cell.kind)
    , m_language(Notebook::languageName(cell.language(notebookLanguage)))
    , m_title(cell.title)
    , m_source(cell.source)
    , m_sourceDocument(new QTextDocument(this))
{
    setFocusPolicy(Qt::ClickFocus);
    setMouseTracking(true);
    setSizePolicy([] {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        return policy;
    }());
    setAccessibleName(tr("Cell %1 (%2)").arg(number).arg(m_language));

    m_sourceDocument->setUndoRedoEnabled(false);
    m_sourceDocument->setDocumentMargin(0);
    if (m_kind == Notebook::CellKind::Markdown) {
        // Rendered as Jupyter shows it; the source is one "Copy Cell Source" away.
        m_sourceDocument->setMarkdown(m_source);
    } else {
        m_sourceDocument->setPlainText(m_source);
        if (m_kind == Notebook::CellKind::Code) {
            m_highlighter = createHighlighter(m_sourceDocument, m_language, palette());
        }
    }

    const QString output = cellOutputText(cell);
    if (!output.isEmpty()) {
        bool truncated = false;
        QString shown = truncatedOutput(output, &truncated);
        if (truncated) {
            shown += u'\n'
                + tr("… output truncated (%1 characters in all; the notebook file has the rest)").arg(output.size());
        }
        m_outputDocument = new QTextDocument(this);
        m_outputDocument->setUndoRedoEnabled(false);
        m_outputDocument->setDocumentMargin(0);
        m_outputDocument->setPlainText(shown);
    }
    applyFonts();

    // Highlighting runs after construction (QSyntaxHighlighter defers it to the event loop) and may change the
    // laid out height, e.g. when a bold font is wider; follow it.
    connect(m_sourceDocument->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        [this](const QSizeF &size) {
            const int height = static_cast<int>(std::ceil(size.height()));
            if (m_layoutWidth >= 0 && height != m_sourceHeight) {
                m_sourceHeight = height;
                updateGeometry();
                update();
            }
        });
}

NotebookCellWidget::~NotebookCellWidget() = default;

void NotebookCellWidget::applyFonts()
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(font().pointSizeF(), mono.pointSizeF()));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTabStopDistance(4 * QFontMetricsF(mono).horizontalAdvance(u' '));
    if (m_kind == Notebook::CellKind::Markdown) {
        m_sourceDocument->setDefaultFont(font());
    } else {
        m_sourceDocument->setDefaultFont(mono);
        m_sourceDocument->setDefaultTextOption(option);
    }
    if (m_outputDocument != nullptr) {
        m_outputDocument->setDefaultFont(mono);
        m_outputDocument->setDefaultTextOption(option);
    }
    m_layoutWidth = -1;
}

QString NotebookCellWidget::outputText() const
{
    return m_outputDocument != nullptr ? m_outputDocument->toPlainText() : QString();
}

QString NotebookCellWidget::selectedText() const
{
    if (m_selectionArea == Area::None || !m_selection.hasSelection()) {
        return {};
    }
    return m_selection.selection().toPlainText();
}

void NotebookCellWidget::layoutFor(int width) const
{
    if (width == m_layoutWidth) {
        return;
    }
    m_layoutWidth = width;
    const int textWidth = std::max(40, width - 2 * boxPadding - stripeWidth);
    m_sourceDocument->setTextWidth(textWidth);
    m_sourceHeight = static_cast<int>(std::ceil(m_sourceDocument->size().height()));
    if (m_outputDocument != nullptr) {
        m_outputDocument->setTextWidth(textWidth);
        m_outputHeight = static_cast<int>(std::ceil(m_outputDocument->size().height()));
    }
}

int NotebookCellWidget::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int NotebookCellWidget::heightForWidth(int width) const
{
    layoutFor(width);
    int height = headerHeight() + m_sourceHeight + 2 * boxPadding;
    if (m_outputDocument != nullptr) {
        height += outputGap + m_outputHeight + 2 * boxPadding;
    }
    return height + 1;
}

QSize NotebookCellWidget::sizeHint() const
{
    const int width = m_layoutWidth > 0 ? m_layoutWidth : 600;
    return { width, heightForWidth(width) };
}

QSize NotebookCellWidget::minimumSizeHint() const
{
    return { 120, headerHeight() + fontMetrics().height() + 2 * boxPadding };
}

QRect NotebookCellWidget::sourceBox() const
{
    return { 0, headerHeight(), width(), m_sourceHeight + 2 * boxPadding };
}

QRect NotebookCellWidget::outputBox() const
{
    if (m_outputDocument == nullptr) {
        return {};
    }
    return { 0, sourceBox().bottom() + 1 + outputGap, width(), m_outputHeight + 2 * boxPadding };
}

QTextDocument *NotebookCellWidget::document(Area area) const
{
    switch (area) {
    case Area::Source:
        return m_sourceDocument;
    case Area::Output:
        return m_outputDocument;
    case Area::None:
        break;
    }
    return nullptr;
}

QRect NotebookCellWidget::textRect(Area area) const
{
    const QRect box = area == Area::Output ? outputBox() : sourceBox();
    return box.adjusted(boxPadding + stripeWidth, boxPadding, -boxPadding, -boxPadding);
}

NotebookCellWidget::Area NotebookCellWidget::areaAt(const QPoint &pos) const
{
    if (sourceBox().contains(pos)) {
        return Area::Source;
    }
    if (m_outputDocument != nullptr && outputBox().contains(pos)) {
        return Area::Output;
    }
    return Area::None;
}

int NotebookCellWidget::hitTest(Area area, const QPoint &pos) const
{
    const QRect rect = textRect(area);
    const QPointF local = pos - rect.topLeft();
    return document(area)->documentLayout()->hitTest(local, Qt::FuzzyHit);
}

void NotebookCellWidget::resizeEvent(QResizeEvent *event)
{
    layoutFor(width());
    QWidget::resizeEvent(event);
}

void NotebookCellWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateHighlighterPalette(m_highlighter, palette());
        update();
    } else if (event->type() == QEvent::FontChange) {
        applyFonts();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void NotebookCellWidget::paintEvent(QPaintEvent *event)
{
    layoutFor(width());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor accent = languageColor(m_language);
    paintHeader(painter);

    // Source box: code on the editor background with a border; markdown and raw text sit on the window colour.
    const QRectF source = QRectF(sourceBox()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath sourcePath;
    sourcePath.addRoundedRect(source, boxRadius, boxRadius);
    const bool isCode = m_kind == Notebook::CellKind::Code;
    painter.fillPath(sourcePath,
        isCode ? pal.color(QPalette::Base) : mix(pal.color(QPalette::Window), pal.color(QPalette::Base), 0.5));
    painter.setPen(QPen(mix(pal.color(QPalette::Window), pal.color(QPalette::Text), 0.22), 1));
    painter.drawPath(sourcePath);
    painter.save();
    painter.setClipPath(sourcePath);
    painter.fillRect(QRectF(source.left(), source.top(), stripeWidth, source.height()),
        isCode ? accent : mix(accent, pal.color(QPalette::Window), 0.5));
    painter.restore();
    paintDocument(painter, Area::Source, event->rect());

    if (m_outputDocument != nullptr) {
        const QRectF output = QRectF(outputBox()).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath outputPath;
        outputPath.addRoundedRect(output, boxRadius, boxRadius);
        painter.fillPath(outputPath, mix(pal.color(QPalette::Window), pal.color(QPalette::Text), 0.06));
        painter.save();
        painter.setClipPath(outputPath);
        painter.fillRect(QRectF(output.left(), output.top(), stripeWidth, output.height()),
            mix(pal.color(QPalette::Window), pal.color(QPalette::Text), 0.3));
        painter.restore();
        paintDocument(painter, Area::Output, event->rect());
    }
}

void NotebookCellWidget::paintHeader(QPainter &painter) const
{
    const QPalette &pal = palette();
    const int height = headerHeight();
    const QColor muted = mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.6);
    int x = 0;

    painter.save();
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(font().pointSizeF(), mono.pointSizeF()));
    painter.setFont(mono);
    painter.setPen(muted);
    const QString index = u"[%1]"_s.arg(m_number);
    const int indexWidth = QFontMetrics(mono).horizontalAdvance(index);
    painter.drawText(QRect(x, 0, indexWidth, height - 2), Qt::AlignLeft | Qt::AlignVCenter, index);
    x += indexWidth + headerSpacing;

    QFont badgeFont = font();
    badgeFont.setPointSizeF(font().pointSizeF() * 0.85);
    badgeFont.setBold(true);
    const QFontMetrics badgeMetrics(badgeFont);
    const int badgeWidth = badgeMetrics.horizontalAdvance(m_language) + 12;
    const int badgeHeight = badgeMetrics.height() + 4;
    const QRectF badge(x, (height - 2 - badgeHeight) / 2.0, badgeWidth, badgeHeight);
    QPainterPath badgePath;
    badgePath.addRoundedRect(badge, 3, 3);
    painter.fillPath(badgePath, languageColor(m_language));
    painter.setFont(badgeFont);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, m_language);
    x += badgeWidth + headerSpacing;

    if (!m_title.isEmpty()) {
        QFont titleFont = font();
        titleFont.setBold(true);
        painter.setFont(titleFont);
        painter.setPen(pal.color(QPalette::WindowText));
        const QString title = QFontMetrics(titleFont).elidedText(m_title, Qt::ElideRight, width() - x);
        painter.drawText(QRect(x, 0, width() - x, height - 2), Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    painter.restore();
}

void NotebookCellWidget::paintDocument(QPainter &painter, Area area, const QRect &clip) const
{
    QTextDocument *doc = document(area);
    const QRect rect = textRect(area);
    if (doc == nullptr || !clip.intersects(rect.adjusted(0, 0, 0, boxPadding))) {
        return;
    }
    painter.save();
    painter.translate(rect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    if (area == Area::Output) {
        context.palette.setColor(
            QPalette::Text, mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.75));
    }
    // A document paints in its own coordinates; the widget's dirty rectangle limits the work to what is visible.
    context.clip = QRectF(clip.translated(-rect.topLeft()));
    if (area == m_selectionArea && m_selection.hasSelection()) {
        QAbstractTextDocumentLayout::Selection selection;
        selection.cursor = m_selection;
        selection.format.setBackground(palette().brush(QPalette::Highlight));
        selection.format.setForeground(palette().brush(QPalette::HighlightedText));
        context.selections.append(selection);
    }
    doc->documentLayout()->draw(&painter, context);
    painter.restore();
}

void NotebookCellWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const Area area = areaAt(event->position().toPoint());
    if (area == Area::None) {
        clearSelection();
        return;
    }
    m_selectionArea = area;
    m_selection = QTextCursor(document(area));
    m_selection.setPosition(hitTest(area, event->position().toPoint()));
    m_selecting = true;
    update();
}

void NotebookCellWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    setCursor(areaAt(pos) == Area::None ? Qt::ArrowCursor : Qt::IBeamCursor);
    if (m_selecting && (event->buttons() & Qt::LeftButton) && m_selectionArea != Area::None) {
        const int position = hitTest(m_selectionArea, pos);
        if (position >= 0) {
            m_selection.setPosition(position, QTextCursor::KeepAnchor);
            update();
        }
    }
}

void NotebookCellWidget::mouseReleaseEvent(QMouseEvent *event)
{
    m_selecting = false;
    if (event->button() == Qt::LeftButton && !selectedText().isEmpty()) {
        // X11 convention: a selection is pasteable with the middle button.
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    }
}

void NotebookCellWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Area area = areaAt(event->position().toPoint());
    if (area == Area::None) {
        return;
    }
    m_selectionArea = area;
    m_selection = QTextCursor(document(area));
    m_selection.setPosition(hitTest(area, event->position().toPoint()));
    m_selection.select(QTextCursor::WordUnderCursor);
    update();
}

void NotebookCellWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else {
        // Scrolling keys go on to the NotebookView.
        event->ignore();
    }
}

void NotebookCellWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &NotebookCellWidget::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(!selectedText().isEmpty());
    menu.addAction(tr("Copy Cell &Source"), this, &NotebookCellWidget::copySource);
    if (m_outputDocument != nullptr) {
        menu.addAction(tr("Copy &Output"), this,
            [this] { QGuiApplication::clipboard()->setText(m_outputDocument->toPlainText()); });
    }
    menu.addSeparator();
    QAction *selectAllAction = menu.addAction(tr("Select &All"), this, &NotebookCellWidget::selectAll);
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    menu.exec(event->globalPos());
}

void NotebookCellWidget::focusOutEvent(QFocusEvent *event)
{
    // One selection on screen at a time: clicking into another cell drops this one's, opening a menu does not.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason) {
        clearSelection();
    }
    QWidget::focusOutEvent(event);
}

void NotebookCellWidget::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty()) {
        QGuiApplication::clipboard()->setText(text);
    }
}

void NotebookCellWidget::copySource()
{
    QGuiApplication::clipboard()->setText(m_source);
}

void NotebookCellWidget::selectAll()
{
    m_selectionArea = Area::Source;
    m_selection = QTextCursor(m_sourceDocument);
    m_selection.select(QTextCursor::Document);
    update();
}

void NotebookCellWidget::clearSelection()
{
    if (m_selectionArea == Area::None) {
        return;
    }
    m_selectionArea = Area::None;
    m_selection = QTextCursor();
    update();
}

} // namespace Mwb::Widgets
