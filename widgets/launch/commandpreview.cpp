// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/commandpreview.h"

#include "launch/shellquote.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextOption>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

CommandPreview::CommandPreview(QWidget *parent)
    : QWidget(parent)
    , m_line(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    m_line->setObjectName(u"commandLine"_s);
    m_line->setReadOnly(true);
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Commands carry long paths and lists: wrap anywhere, four lines tall, scroll beyond that.
    m_line->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_line->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_line->setTabChangesFocus(true);
    m_line->setFixedHeight(QFontMetrics(m_line->font()).lineSpacing() * 4 + 2 * m_line->frameWidth()
        + int(m_line->document()->documentMargin() * 2) + 4);
    m_line->setToolTip(tr("The equivalent mwb command; run it in the project folder."));
    m_copy->setObjectName(u"copyCommand"_s);
    m_copy->setToolTip(tr("Copy the command line to the clipboard"));
    m_copy->setAutoDefault(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line, 1);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, &CommandPreview::copy);
}

void CommandPreview::setArguments(const QStringList &arguments)
{
    const QString line = commandLine(arguments);
    if (line != m_line->toPlainText()) {
        m_line->setPlainText(line);
    }
}

QString CommandPreview::text() const
{
    return m_line->toPlainText();
}

void CommandPreview::copy()
{
    QGuiApplication::clipboard()->setText(m_line->toPlainText());
}

} // namespace Mwb::Widgets
