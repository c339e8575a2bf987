// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/launchdialog.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace Mwb::Widgets {

class ConnectionPicker;
class TableChecklist;

// `mwb validate`: compare a migrated database with its source (row counts, checksums per key range,
// schema after type mapping, a sample of rows value by value), optionally with tolerances, and write
// the reports to a folder.
class ValidateDialog final : public LaunchDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidateDialog)

public:
    explicit ValidateDialog(const QString &projectDir, QWidget *parent = nullptr);
    ~ValidateDialog() override;

    void setSource(const QString &urlOrProfile);
    void setTarget(const QString &urlOrProfile);
    // Where validation.json/.md/.html go (absolute); the report preview opens them from here.
    QString reportDir() const;
    TableChecklist *tableList() const { return m_tables; }

protected:
    QStringList buildArguments() const override;
    QString findProblem() const override;

private:
    void loadTables();
    static QStringList lines(const QPlainTextEdit *edit);

    ConnectionPicker *m_source;
    ConnectionPicker *m_target;
    TableChecklist *m_tables;
    QSpinBox *m_sample;
    QLineEdit *m_seed;
    QCheckBox *m_schema;
    QLineEdit *m_reportDir;
    QPlainTextEdit *m_tolerances;
    QPlainTextEdit *m_allowMismatch;
    QTimer *m_loadTimer;
};

} // namespace Mwb::Widgets
