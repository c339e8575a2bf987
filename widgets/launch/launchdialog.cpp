// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/launchdialog.h"

#include "launch/commandpreview.h"
#include "launch/shellquote.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

LaunchDialog::LaunchDialog(const QString &projectDir, QWidget *parent)
    : QDialog(parent)
    , m_projectDir(QDir(projectDir).absolutePath())
    , m_content(new QVBoxLayout)
    , m_preview(new CommandPreview(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_start(m_buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole))
{
    m_start->setObjectName(u"startButton"_s);
    m_start->setDefault(true);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x20));
    m_problem->setPalette(palette);

    auto *commandBox = new QGroupBox(tr("Command"), this);
    auto *commandLayout = new QVBoxLayout(commandBox);
    auto *where = new QLabel(tr("Runs in %1").arg(QDir::toNativeSeparators(m_projectDir)), commandBox);
    where->setObjectName(u"workingDirectory"_s);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    commandLayout->addWidget(m_preview);
    commandLayout->addWidget(where);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_content, 1);
    layout->addWidget(commandBox);
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LaunchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LaunchDialog::reject);
}

LaunchDialog::~LaunchDialog() = default;

QString LaunchDialog::commandLine() const
{
    return Widgets::commandLine(arguments());
}

void LaunchDialog::accept()
{
    if (!problem().isEmpty()) {
        return;
    }
    QDialog::accept();
}

void LaunchDialog::refresh()
{
    const QString why = findProblem();
    m_preview->setArguments(buildArguments());
    m_problem->setText(why);
    m_start->setEnabled(why.isEmpty());
    m_start->setToolTip(why);
}

QString LaunchDialog::commandPath(const QString &path) const
{
    if (path.isEmpty()) {
        return path;
    }
    const QString absolute = absolutePath(path);
    const QString relative = QDir(m_projectDir).relativeFilePath(absolute);
    const bool outside = relative == u".." || relative.startsWith(u"../"_s) || QDir::isAbsolutePath(relative);
    return outside ? absolute : relative;
}

QString LaunchDialog::absolutePath(const QString &path) const
{
    return QDir::cleanPath(QDir(m_projectDir).absoluteFilePath(path));
}

} // namespace Mwb::Widgets
