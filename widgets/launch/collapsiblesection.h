// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QToolButton;

namespace Mwb::Widgets {

// A titled section whose body shows or hides with an arrow button, for options most runs leave at
// their defaults.
class CollapsibleSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollapsibleSection)

public:
    CollapsibleSection(const QString &title, QWidget *body, QWidget *parent = nullptr);

    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton *toggle() const { return m_toggle; }

private:
    QToolButton *m_toggle;
    QWidget *m_body;
};

} // namespace Mwb::Widgets
