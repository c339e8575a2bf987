// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace Mwb::Widgets {

// The `mwb` twin of a launch dialog (WORKBENCH_UI.md: "the launch dialogs show the equivalent
// command line, copyable"): read-only, monospace, wrapped so the whole command shows, with a
// Copy button for the clipboard.
class CommandPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPreview)

public:
    explicit CommandPreview(QWidget *parent = nullptr);

    void setArguments(const QStringList &arguments);
    // commandLine(arguments): what is shown and what Copy puts on the clipboard.
    QString text() const;

public Q_SLOTS:
    void copy();

private:
    QPlainTextEdit *m_line;
    QPushButton *m_copy;
};

} // namespace Mwb::Widgets
