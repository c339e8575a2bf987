// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/diffpane.h"

#include "highlight/codehighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

using Diff::RowKind;

namespace {

constexpr int tabWidth = 4;
constexpr int textMargin = 6;   // between gutter and text
constexpr int changeBandWidth = 3;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// Tabs expanded to spaces; columns[i] is the display column of character i (size n + 1).
QString expandTabs(const QString &line, QList<int> *columns)
{
    QString out;
    out.reserve(line.size());
    columns->resize(line.size() + 1);
    for (qsizetype i = 0; i < line.size(); ++i) {
        (*columns)[i] = int(out.size());
        if (line.at(i) == u'\t') {
            out += QString(tabWidth - out.size() % tabWidth, u' ');
        } else {
            out += line.at(i);
        }
    }
    (*columns)[line.size()] = int(out.size());
    return out;
}

} // namespace

struct DiffPane::Colors
{
    QColor base, text, gutter, gutterText, header, headerText, filler, collapsed, removedLine, removedChars,
        addedLine, addedChars, findMatch, changeBand;

    explicit Colors(const QPalette &palette)
    {
        const bool dark = isDark(palette);
        base = palette.color(QPalette::Base);
        text = palette.color(QPalette::Text);
        gutter = mix(base, palette.color(QPalette::Mid), 0.12);
        gutterText = mix(text, base, 0.45);
        header = mix(base, palette.color(QPalette::Highlight), dark ? 0.22 : 0.10);
        headerText = text;
        filler = mix(base, palette.color(QPalette::Mid), dark ? 0.25 : 0.18);
        collapsed = mix(base, palette.color(QPalette::Mid), 0.10);
        const QColor red(dark ? QColor(0xff, 0x5f, 0x5f) : QColor(0xd7, 0x3a, 0x49));
        const QColor green(dark ? QColor(0x4c, 0xc3, 0x6b) : QColor(0x28, 0xa7, 0x45));
        removedLine = mix(base, red, dark ? 0.20 : 0.14);
        removedChars = mix(base, red, dark ? 0.45 : 0.38);
        addedLine = mix(base, green, dark ? 0.20 : 0.14);
        addedChars = mix(base, green, dark ? 0.45 : 0.38);
        findMatch = dark ? QColor(0x8a, 0x6d, 0x00) : QColor(0xff, 0xe0, 0x66);
        changeBand = palette.color(QPalette::Highlight);
    }
};

DiffPane::DiffPane(Side side, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_side(side)
    , m_warmTimer(new QTimer(this))
{
    m_warmTimer->setInterval(0);
    connect(m_warmTimer, &QTimer::timeout, this, &DiffPane::warmNextCells);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    setAccessibleName(side == Side::Left ? tr("Source notebook") : side == Side::Right ? tr("Migrated notebook")
                                                                                    : tr("Notebook differences"));
}

DiffPane::~DiffPane() = default;

void DiffPane::setContent(std::shared_ptr<const DiffViewContent> content)
{
    m_content = std::move(content);
    m_formats.clear();
    m_changeFirst = m_changeLast = m_findRow = -1;
    m_maxLineChars = 0;
    if (m_content) {
        for (const Diff::CellDiff &cell : m_content->diff.cells) {
            for (const QStringList *lines : {&cell.leftLines, &cell.rightLines}) {
                for (const QString &line : *lines) {
                    m_maxLineChars = qMax(m_maxLineChars, int(line.size() + line.count(u'\t') * (tabWidth - 1)));
                }
            }
        }
    }
    updateScrollBars();
    viewport()->update();
    m_warmCell = 0;
    if (m_content) {
        m_warmTimer->start();
    }
}

bool DiffPane::isWarm() const
{
    return !m_content || m_warmCell >= m_content->diff.cells.size();
}

void DiffPane::warmNextCells()
{
    // A few cells per event-loop turn: input and painting stay responsive meanwhile.
    constexpr int cellsPerTurn = 8;
    const qsizetype cells = m_content ? m_content->diff.cells.size() : 0;
    for (int n = 0; n < cellsPerTurn && m_warmCell < cells; ++n, ++m_warmCell) {
        const Diff::CellDiff &cell = m_content->diff.cells.at(m_warmCell);
        if (m_side != Side::Right && cell.left >= 0) {
            formatsFor(m_warmCell, false, 0);
        }
        if (m_side != Side::Left && cell.right >= 0) {
            formatsFor(m_warmCell, true, 0);
        }
    }
    if (m_warmCell >= cells) {
        m_warmTimer->stop();
    }
}

int DiffPane::rowHeight() const
{
    return fontMetrics().lineSpacing() + 2;
}

qsizetype DiffPane::rowCount() const
{
    return m_content ? m_content->rows.size() : 0;
}

qsizetype DiffPane::rowAt(int y) const
{
    const qsizetype row = (qsizetype(y) + verticalScrollBar()->value()) / rowHeight();
    return row >= 0 && row < rowCount() ? row : -1;
}

qsizetype DiffPane::firstVisibleRow() const
{
    return verticalScrollBar()->value() / rowHeight();
}

void DiffPane::scrollToRow(qsizetype row)
{
    const int target = int(row) * rowHeight() - viewport()->height() / 3;
    verticalScrollBar()->setValue(qBound(0, target, verticalScrollBar()->maximum()));
}

void DiffPane::setCurrentChange(qsizetype firstRow, qsizetype lastRow)
{
    m_changeFirst = firstRow;
    m_changeLast = lastRow;
    viewport()->update();
}

void DiffPane::setFindText(const QString &text, qsizetype currentRow)
{
    m_findText = text;
    m_findRow = currentRow;
    viewport()->update();
}

int DiffPane::gutterWidth() const
{
    const int digits = fontMetrics().horizontalAdvance(u"9999"_s) + 8;
    return m_side == Side::Inline ? 2 * digits : digits;
}

void DiffPane::updateScrollBars()
{
    const int contentHeight = int(rowCount()) * rowHeight();
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(rowHeight());
    verticalScrollBar()->setRange(0, qMax(0, contentHeight - viewport()->height()));
    const int contentWidth = gutterWidth() + textMargin + m_maxLineChars * fontMetrics().horizontalAdvance(u'M') + 16;
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(fontMetrics().horizontalAdvance(u'M') * 4);
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - viewport()->width()));
}

void DiffPane::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void DiffPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_formats.clear(); // highlighter colours follow the palette
        m_warmCell = 0;
        m_warmTimer->start();
        updateScrollBars();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

QString DiffPane::language(qsizetype cell, bool rightSide) const
{
    const Diff::CellDiff &diffCell = m_content->diff.cells.at(cell);
    const qsizetype index = rightSide ? diffCell.right : diffCell.left;
    const QStringList &languages = rightSide ? m_content->rightLanguages : m_content->leftLanguages;
    return index >= 0 && index < languages.size() ? languages.at(index) : QString();
}

const QList<QTextLayout::FormatRange> &DiffPane::formatsFor(qsizetype cell, bool rightSide, qsizetype line) const
{
    static const QList<QTextLayout::FormatRange> none;
    const QPair<qsizetype, bool> key(cell, rightSide);
    auto it = m_formats.find(key);
    if (it == m_formats.end()) {
        // Highlight the whole cell once (multi-line strings need the context), keep the formats.
        const Diff::CellDiff &diffCell = m_content->diff.cells.at(cell);
        const QStringList &lines = rightSide ? diffCell.rightLines : diffCell.leftLines;
        QList<QList<QTextLayout::FormatRange>> perLine;
        QTextDocument document;
        document.setPlainText(lines.join(u'\n'));
        if (QSyntaxHighlighter *highlighter = createHighlighter(&document, language(cell, rightSide), palette())) {
            highlighter->rehighlight();
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                QList<QTextLayout::FormatRange> formats = block.layout() ? block.layout()->formats()
                                                                         : QList<QTextLayout::FormatRange>();
                std::sort(formats.begin(), formats.end(),
                          [](const auto &a, const auto &b) { return a.start < b.start; });
                perLine.append(formats);
            }
        }
        it = m_formats.insert(key, perLine);
    }
    return line >= 0 && line < it->size() ? it->at(line) : none;
}

QString DiffPane::toolTipForRow(qsizetype index) const
{
    if (!m_content || index < 0 || index >= rowCount()) {
        return {};
    }
    const DiffViewRow &row = m_content->rows.at(index);
    if (row.type != DiffViewRow::Type::Line) {
        return {};
    }
    QStringList parts;
    for (const ChangeAnnotation &annotation : m_content->annotationsForRow(row)) {
        const QString id = annotation.severity.isEmpty() ? annotation.ruleId : annotation.severity + u' ' + annotation.ruleId;
        parts.append(u"<b>"_s + id.toHtmlEscaped() + u"</b>: "_s + annotation.reason.toHtmlEscaped());
    }
    return parts.join(u"<br>"_s);
}

bool DiffPane::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipForRow(rowAt(help->pos().y()));
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void DiffPane::mousePressEvent(QMouseEvent *event)
{
    const qsizetype row = rowAt(int(event->position().y()));
    if (row >= 0 && event->button() == Qt::LeftButton) {
        const auto type = m_content->rows.at(row).type;
        if (type == DiffViewRow::Type::CollapsedCells || type == DiffViewRow::Type::CollapsedLines) {
            Q_EMIT expandRequested(row);
            return;
        }
        Q_EMIT rowClicked(row);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void DiffPane::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const Colors colors(palette());
    painter.fillRect(viewport()->rect(), colors.base);
    if (!m_content) {
        return;
    }
    const int height = rowHeight();
    const int scrollY = verticalScrollBar()->value();
    const qsizetype first = scrollY / height;
    const qsizetype last = qMin(rowCount() - 1, qsizetype(scrollY + viewport()->height()) / height);
    for (qsizetype i = first; i <= last; ++i) {
        paintRow(painter, colors, i, int(i * height - scrollY));
    }
    painter.fillRect(QRect(0, 0, gutterWidth(), viewport()->height()).adjusted(0, qMax(0, int((last + 1) * height - scrollY)), 0, 0),
                     colors.gutter);
}

void DiffPane::paintRow(QPainter &painter, const Colors &colors, qsizetype index, int y) const
{
    const DiffViewRow &row = m_content->rows.at(index);
    switch (row.type) {
    case DiffViewRow::Type::CellHeader:
        paintHeader(painter, colors, row, y);
        break;
    case DiffViewRow::Type::CollapsedLines:
        paintCollapsed(painter, colors, tr("⋯ %n unchanged line(s)", nullptr, int(row.count)), y);
        break;
    case DiffViewRow::Type::CollapsedCells:
        paintCollapsed(painter, colors, tr("⋯ %n unchanged cell(s)", nullptr, int(row.count)), y);
        break;
    case DiffViewRow::Type::Line:
        paintLine(painter, colors, row, y);
        break;
    }
    if (index >= m_changeFirst && index <= m_changeLast && m_changeFirst >= 0) {
        painter.fillRect(QRect(0, y, changeBandWidth, rowHeight()), colors.changeBand);
    }
}

void DiffPane::paintHeader(QPainter &painter, const Colors &colors, const DiffViewRow &row, int y) const
{
    const QRect rect(0, y, viewport()->width(), rowHeight());
    painter.fillRect(rect, colors.header);
    const Diff::CellDiff &cell = m_content->diff.cells.at(row.cell);
    const bool right = m_side != Side::Left;
    const qsizetype index = right ? cell.right : cell.left;
    QString text;
    if (index < 0) {
        text = right ? tr("(removed in the migrated notebook)") : tr("(new in the migrated notebook)");
    } else {
        QString change;
        switch (cell.change) {
        case Diff::CellChange::Unchanged:
            change = tr("unchanged");
            break;
        case Diff::CellChange::Modified:
            change = cell.sourceChanged ? tr("modified")
                : cell.outputsChanged   ? tr("outputs differ")
                                        : tr("metadata differs");
            break;
        case Diff::CellChange::Added:
            change = tr("added");
            break;
        case Diff::CellChange::Removed:
            change = tr("removed");
            break;
        }
        //: Diff view cell header: cell number, language, change
        text = tr("Cell %1 · %2 · %3").arg(index + 1).arg(language(row.cell, right), change);
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(colors.headerText);
    const int x = gutterWidth() + textMargin - horizontalScrollBar()->value();
    painter.drawText(QRect(x, y, rect.width(), rect.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
    // The run status badge on the migrated side (OK / FIXED n / FAILED).
    const QString status = right && cell.right >= 0 ? m_content->statusByRightCell.value(cell.right) : QString();
    if (!status.isEmpty()) {
        const QFontMetrics metrics(bold);
        const int width = metrics.horizontalAdvance(status) + 12;
        const QRect badge(viewport()->width() - width - 8, y + 2, width, rowHeight() - 4);
        const QColor color = status.startsWith(u"FAIL"_s) ? QColor(0xc6, 0x28, 0x28)
            : status.startsWith(u"FIX"_s)                 ? QColor(0xb2, 0x6a, 0x00)
                                                          : QColor(0x2e, 0x7d, 0x32);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(color);
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(badge, 4, 4);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, status);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    painter.setFont(font());
}

void DiffPane::paintCollapsed(QPainter &painter, const Colors &colors, const QString &text, int y) const
{
    const QRect rect(0, y, viewport()->width(), rowHeight());
    painter.fillRect(rect, colors.collapsed);
    painter.setPen(colors.gutterText);
    painter.drawText(rect.adjusted(gutterWidth() + textMargin, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
}

void DiffPane::paintLine(QPainter &painter, const Colors &colors, const DiffViewRow &row, int y) const
{
    const Diff::DiffRow &line = m_content->diff.cells.at(row.cell).rows.at(row.lineRow);
    const int height = rowHeight();
    const int width = viewport()->width();
    const int gutter = gutterWidth();
    const int textX = gutter + textMargin - horizontalScrollBar()->value();

    // Which side's text this pane shows in this row, and how it is marked.
    bool right = m_side == Side::Right;
    if (m_side == Side::Inline) {
        right = row.inlineSide == DiffViewRow::InlineSide::Right
            || (row.inlineSide == DiffViewRow::InlineSide::Both && line.kind == RowKind::Added);
    }
    const qsizetype lineIndex = m_content->lineIndex(row, right);
    QColor background = colors.base;
    QColor charColor;
    const QList<Diff::CharRange> *chars = nullptr;
    if (lineIndex < 0) {
        background = colors.filler;
    } else if (line.kind != RowKind::Equal) {
        background = right ? colors.addedLine : colors.removedLine;
        charColor = right ? colors.addedChars : colors.removedChars;
        if (line.kind == RowKind::Changed) {
            chars = right ? &line.chars.added : &line.chars.removed;
        }
    }
    painter.fillRect(QRect(0, y, width, height), background);
    if (lineIndex < 0) {
        // Filler: diagonal hatching says "nothing here" without colour alone.
        painter.fillRect(QRect(gutter, y, width - gutter, height), QBrush(colors.gutterText, Qt::BDiagPattern));
    }
    painter.fillRect(QRect(0, y, gutter, height), colors.gutter);
    painter.setPen(colors.gutterText);
    const int digits = m_side == Side::Inline ? gutter / 2 : gutter;
    if (m_side == Side::Inline) {
        const qsizetype leftIndex = m_content->lineIndex(row, false);
        const qsizetype rightIndex = m_content->lineIndex(row, true);
        if (leftIndex >= 0 && row.inlineSide != DiffViewRow::InlineSide::Right) {
            painter.drawText(QRect(0, y, digits - 4, height), Qt::AlignRight | Qt::AlignVCenter, QString::number(leftIndex + 1));
        }
        if (rightIndex >= 0 && row.inlineSide != DiffViewRow::InlineSide::Left) {
            painter.drawText(QRect(digits, y, digits - 4, height), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(rightIndex + 1));
        }
    } else if (lineIndex >= 0) {
        painter.drawText(QRect(0, y, digits - 4, height), Qt::AlignRight | Qt::AlignVCenter, QString::number(lineIndex + 1));
    }
    if (lineIndex < 0) {
        return;
    }
    painter.save();
    painter.setClipRect(QRect(gutter, y, width - gutter, height));
    paintText(painter, colors, m_content->lineText(row, right), row.cell, right, lineIndex,
              chars ? *chars : QList<Diff::CharRange>(), charColor, textX, y);
    painter.restore();
}

void DiffPane::paintText(QPainter &painter, const Colors &colors, const QString &line, qsizetype cell, bool rightSide,
                         qsizetype lineIndex, const QList<Diff::CharRange> &changed, const QColor &changedColor, int x,
                         int y) const
{
    QList<int> columns;
    const QString display = expandTabs(line, &columns);
    const QFontMetrics metrics = fontMetrics();
    const int height = rowHeight();
    const auto xOf = [&](qsizetype charIndex) {
        return x + metrics.horizontalAdvance(display.left(columns.at(qBound<qsizetype>(0, charIndex, line.size()))));
    };
    for (const Diff::CharRange &range : changed) {
        const int from = xOf(range.start);
        painter.fillRect(QRect(from, y, qMax(2, xOf(range.start + range.length) - from), height), changedColor);
    }
    if (!m_findText.isEmpty()) {
        for (qsizetype at = line.indexOf(m_findText, 0, Qt::CaseInsensitive); at >= 0;
             at = line.indexOf(m_findText, at + 1, Qt::CaseInsensitive)) {
            const int from = xOf(at);
            painter.fillRect(QRect(from, y, xOf(at + m_findText.size()) - from, height), colors.findMatch);
        }
    }
    // Text in runs of one syntax format; unformatted characters in the palette's text colour.
    const QList<QTextLayout::FormatRange> &formats = formatsFor(cell, rightSide, lineIndex);
    const int baseline = y + 1 + metrics.ascent();
    qsizetype position = 0;
    const auto drawRun = [&](qsizetype from, qsizetype to, const QTextCharFormat *format) {
        if (to <= from) {
            return;
        }
        QFont runFont = font();
        if (format && format->fontWeight() >= QFont::DemiBold) {
            runFont.setBold(true);
        }
        if (format && format->fontItalic()) {
            runFont.setItalic(true);
        }
        painter.setFont(runFont);
        painter.setPen(format && format->hasProperty(QTextFormat::ForegroundBrush) ? format->foreground().color()
                                                                                   : colors.text);
        painter.drawText(xOf(from), baseline, display.mid(columns.at(from), columns.at(to) - columns.at(from)));
    };
    for (const QTextLayout::FormatRange &range : formats) {
        const qsizetype start = qBound<qsizetype>(0, qsizetype(range.start), line.size());
        const qsizetype end = qBound<qsizetype>(0, qsizetype(range.start) + range.length, line.size());
        if (start < position) {
            continue; // overlapping ranges: the first one wins
        }
        drawRun(position, start, nullptr);
        drawRun(start, end, &range.format);
        position = end;
    }
    drawRun(position, line.size(), nullptr);
    painter.setFont(font());
}

} // namespace Mwb::Widgets
