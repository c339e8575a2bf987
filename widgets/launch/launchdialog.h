// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Mwb::Widgets {

class CommandPreview;

// What the three launch dialogs share: the live `mwb` command line (copyable), a Start button that
// stays disabled while a field is missing or wrong with the reason shown next to it, and Cancel.
// Start accepts the dialog; the caller runs `mwb arguments()` in projectDir() (RunProcess). The
// arguments never hold a secret: passwords and keys reach the process through its environment.
class LaunchDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchDialog)

public:
    ~LaunchDialog() override;

    // The mwb arguments without the program, ending with "--events -".
    QStringList arguments() const { return buildArguments(); }
    // "mwb " + the shell-quoted arguments, as the preview shows it.
    QString commandLine() const;
    // Why Start is disabled; empty when the command can run.
    QString problem() const { return findProblem(); }
    QString projectDir() const { return m_projectDir; }

public Q_SLOTS:
    void accept() override;

protected:
    LaunchDialog(const QString &projectDir, QWidget *parent);

    virtual QStringList buildArguments() const = 0;
    virtual QString findProblem() const = 0;
    // Subclasses put their fields here, above the command line.
    QVBoxLayout *contentLayout() const { return m_content; }
    // Recomputes the command line and the Start state; call it whenever a field changes.
    void refresh();
    // A path for the command line: relative to the project when inside it (the run's working
    // directory is the project), else absolute.
    QString commandPath(const QString &path) const;
    QString absolutePath(const QString &path) const;

private:
    QString m_projectDir;
    QVBoxLayout *m_content;
    CommandPreview *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
};

} // namespace Mwb::Widgets
