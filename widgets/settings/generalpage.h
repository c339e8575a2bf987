// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;

namespace Mwb::Widgets {

// Settings > General: the language (applied at the next start) and a word on light/dark, which
// follows the system palette (Qt 6.4 cannot switch the colour scheme of the platform theme).
class GeneralPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralPage)

public:
    explicit GeneralPage(QWidget *parent = nullptr);
    ~GeneralPage() override;

    bool save();

private:
    QComboBox *m_language;
};

} // namespace Mwb::Widgets
