// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/commandpreview.h"

#include "launch/shellquote.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

CommandPreview::CommandPreview(QWidget *parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    m_line->setObjectName(u"commandLine"_s);
    m_line->setReadOnly(true);
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_line->setToolTip(tr("The equivalent mwb command; run it in the project folder."));
    m_copy->setObjectName(u"copyCommand"_s);
    m_copy->setToolTip(tr("Copy the command line to the clipboard"));
    m_copy->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_copy);
    connect(m_copy, &QPushButton::clicked, this, &CommandPreview::copy);
}

void CommandPreview::setArguments(const QStringList &arguments)
{
    const QString line = commandLine(arguments);
    if (line != m_line->text()) {
        m_line->setText(line);
        m_line->setCursorPosition(0);
    }
}

QString CommandPreview::text() const
{
    return m_line->text();
}

void CommandPreview::copy()
{
    QGuiApplication::clipboard()->setText(m_line->text());
}

} // namespace Mwb::Widgets
