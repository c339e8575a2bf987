// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/launchdialog.h"

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTimer;

namespace Mwb::Widgets {

class ConnectionPicker;
class TableChecklist;

// `mwb data start`: source and target (profiles of connections.json or URLs), which tables (all,
// one, or a checked list shown in foreign-key copy order, read from the source off the GUI thread),
// batch size, memory limit, truncate, error handling, and validation after the copy.
class DataMigrationDialog final : public LaunchDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataMigrationDialog)

public:
    explicit DataMigrationDialog(const QString &projectDir, QWidget *parent = nullptr);
    ~DataMigrationDialog() override;

    enum class Mode { AllTables, OneTable, TableList };

    void setSource(const QString &urlOrProfile);
    void setTarget(const QString &urlOrProfile);
    // Whether "validate after the copy" is on. arguments() then already carries --validate (mwb
    // data start validates in the same process and fails on unexplained differences), so the caller
    // needs no second process; validateArguments() is the same check as a standalone command.
    bool validateAfter() const;
    QStringList validateArguments() const;
    TableChecklist *tableList() const { return m_tables; }

protected:
    QStringList buildArguments() const override;
    QString findProblem() const override;

private:
    void sourceChanged();
    void loadTables();
    void modeChanged();
    Mode mode() const;
    QStringList chosenTables() const; // empty = all tables

    ConnectionPicker *m_source;
    ConnectionPicker *m_target;
    QComboBox *m_mode;
    QComboBox *m_singleTable;
    TableChecklist *m_tables;
    QSpinBox *m_batchSize;
    QSpinBox *m_memoryLimit;
    QCheckBox *m_truncate;
    QCheckBox *m_stopOnError;
    QCheckBox *m_continueOnRowError;
    QCheckBox *m_validate;
    QTimer *m_loadTimer;
};

} // namespace Mwb::Widgets
