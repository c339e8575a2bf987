// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/connectionspec.h"

#include <QStringList>
#include <QWidget>

class QComboBox;

namespace Mwb::Widgets {

// A database connection as `mwb` takes it (--source/--target URL|PROFILE): an editable box that
// lists the profile names of <project>/connections.json and accepts a typed URL. It never asks
// for a password; the process that connects finds it in the environment or the keychain.
class ConnectionPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPicker)

public:
    explicit ConnectionPicker(const QString &projectDir, QWidget *parent = nullptr);

    // The profile name or URL, trimmed; what goes after --source / --target.
    QString value() const;
    void setValue(const QString &urlOrProfile);
    // The connection it names, or why not: Db::parseConnectionUrl / Db::readProfile messages.
    Core::Result<Db::ConnectionSpec> spec() const;
    QStringList profiles() const { return m_profiles; }
    QComboBox *comboBox() const { return m_box; }

    // sqlite:///abs/path with the path percent-encoded (a space is %20): QUrl's strict mode, which
    // Db::parseConnectionUrl uses, refuses a bare space.
    static QString sqliteUrl(const QString &absolutePath);
    // What keeps a source → target pair from running (a missing or unparsable side, the same database on
    // both); empty when both resolve. Shared by the data-migration and validate dialogs.
    static QString pairProblem(const ConnectionPicker &source, const ConnectionPicker &target);
    // The profile names in <projectDir>/connections.json, sorted; empty when there is no file.
    static QStringList profileNames(const QString &projectDir);

Q_SIGNALS:
    void valueChanged(const QString &value);

private:
    QString m_projectDir;
    QStringList m_profiles;
    QComboBox *m_box;
};

} // namespace Mwb::Widgets
