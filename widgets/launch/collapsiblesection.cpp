// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/collapsiblesection.h"

#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Mwb::Widgets {

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *body, QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_body(body)
{
    m_toggle->setText(title);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_body->setParent(this);
    // Indented like the contents of a group box, so its fields line up with the boxes around it.
    const int indent = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    m_body->setContentsMargins(indent, 0, style()->pixelMetric(QStyle::PM_LayoutRightMargin), 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
    connect(m_toggle, &QToolButton::toggled, this, &CollapsibleSection::setExpanded);
    setExpanded(false);
}

bool CollapsibleSection::isExpanded() const
{
    return m_toggle->isChecked();
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

} // namespace Mwb::Widgets
