// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/connectionpicker.h"

#include "core/jsonio.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

ConnectionPicker::ConnectionPicker(const QString &projectDir, QWidget *parent)
    : QWidget(parent)
    , m_projectDir(projectDir)
    , m_profiles(profileNames(projectDir))
    , m_box(new QComboBox(this))
{
    m_box->setEditable(true);
    m_box->setInsertPolicy(QComboBox::NoInsert);
    m_box->addItems(m_profiles);
    m_box->setCurrentIndex(-1);
    m_box->lineEdit()->setPlaceholderText(m_profiles.isEmpty()
            ? tr("sqlite:///path/file.db or postgresql://user@host:5432/db")
            : tr("A profile from connections.json, or a URL"));
    m_box->setToolTip(tr("A profile name from connections.json or a connection URL without password "
                         "(sqlite:///abs/path.db, postgresql://user@host:5432/db, mysql://user@host:3306/db). "
                         "Passwords come from the keychain or PGPASSWORD / MWB_PASSWORD."));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_box->setMinimumContentsLength(32);
    auto *file = new QToolButton(this);
    file->setObjectName(u"chooseSqliteFile"_s);
    file->setText(tr("…"));
    file->setToolTip(tr("Choose a SQLite database file"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box, 1);
    layout->addWidget(file);
    connect(file, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("SQLite database"), m_projectDir, tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        if (!path.isEmpty()) {
            setValue(sqliteUrl(path));
        }
    });
    connect(m_box, &QComboBox::currentTextChanged, this, [this] { Q_EMIT valueChanged(value()); });
}

QString ConnectionPicker::value() const
{
    return m_box->currentText().trimmed();
}

void ConnectionPicker::setValue(const QString &urlOrProfile)
{
    const int index = m_box->findText(urlOrProfile);
    if (index >= 0) {
        m_box->setCurrentIndex(index);
    } else {
        m_box->setEditText(urlOrProfile);
    }
}

Core::Result<Db::ConnectionSpec> ConnectionPicker::spec() const
{
    return Db::resolveConnection(value(), m_projectDir);
}

QString ConnectionPicker::sqliteUrl(const QString &absolutePath)
{
    return u"sqlite://"_s + QString::fromUtf8(QUrl::toPercentEncoding(QDir::cleanPath(absolutePath), "/"));
}

QStringList ConnectionPicker::profileNames(const QString &projectDir)
{
    const QString file = QDir(projectDir).filePath(u"connections.json"_s);
    if (!QFileInfo::exists(file)) {
        return {};
    }
    auto bytes = Core::readFile(file);
    auto json = bytes ? Core::parseJson(*bytes, file) : Core::Result<Core::Json>(bytes.error());
    if (!json || !json->is_object() || !json->contains("profiles") || !(*json)["profiles"].is_object()) {
        return {}; // readProfile reports what is wrong with the file once a name is chosen
    }
    QStringList names;
    const Core::Json &profiles = (*json)["profiles"];
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        names << Core::fromStd(it.key());
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString ConnectionPicker::pairProblem(const ConnectionPicker &source, const ConnectionPicker &target)
{
    if (source.value().isEmpty()) {
        return tr("Choose the source database: a profile of connections.json or a URL.");
    }
    auto sourceSpec = source.spec();
    if (!sourceSpec) {
        return tr("Source: %1").arg(sourceSpec.error().toString());
    }
    if (target.value().isEmpty()) {
        return tr("Choose the target database: a profile of connections.json or a URL.");
    }
    auto targetSpec = target.spec();
    if (!targetSpec) {
        return tr("Target: %1").arg(targetSpec.error().toString());
    }
    if (sourceSpec->displayUrl() == targetSpec->displayUrl()) {
        return tr("Source and target are the same database (%1).").arg(sourceSpec->displayUrl());
    }
    return {};
}

} // namespace Mwb::Widgets
