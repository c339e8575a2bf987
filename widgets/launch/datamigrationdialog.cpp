// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/datamigrationdialog.h"

#include "launch/connectionpicker.h"
#include "launch/tablechecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

// The CLI's defaults (app/cli/datacommand.cpp); options left at them stay off the command line.
constexpr int DefaultBatchSize = 50000;
constexpr int DefaultMemoryLimitMb = 50;

} // namespace

DataMigrationDialog::DataMigrationDialog(const QString &projectDir, QWidget *parent)
    : LaunchDialog(projectDir, parent)
    , m_source(new ConnectionPicker(this->projectDir(), this))
    , m_target(new ConnectionPicker(this->projectDir(), this))
    , m_mode(new QComboBox(this))
    , m_singleTable(new QComboBox(this))
    , m_tables(new TableChecklist(this))
    , m_batchSize(new QSpinBox(this))
    , m_memoryLimit(new QSpinBox(this))
    , m_truncate(new QCheckBox(tr("&Truncate each target table before copying into it"), this))
    , m_stopOnError(new QCheckBox(tr("Stop the job at the first table that &fails"), this))
    , m_continueOnRowError(new QCheckBox(tr("Isolate refused &rows and go on (else the table fails)"), this))
    , m_validate(new QCheckBox(tr("&Validate the target against the source after the copy"), this))
    , m_loadTimer(new QTimer(this))
{
    setWindowTitle(tr("Copy Data"));
    setObjectName(u"dataMigrationDialog"_s);
    m_source->setObjectName(u"source"_s);
    m_target->setObjectName(u"target"_s);
    m_mode->setObjectName(u"mode"_s);
    m_mode->addItem(tr("All tables"), int(Mode::AllTables));
    m_mode->addItem(tr("One table"), int(Mode::OneTable));
    m_mode->addItem(tr("Checked tables"), int(Mode::TableList));
    m_singleTable->setObjectName(u"singleTable"_s);
    m_singleTable->setEditable(true);
    m_singleTable->setInsertPolicy(QComboBox::NoInsert);
    m_tables->setObjectName(u"tables"_s);
    m_batchSize->setObjectName(u"batchSize"_s);
    m_batchSize->setRange(1, 100'000'000);
    m_batchSize->setValue(DefaultBatchSize);
    m_batchSize->setGroupSeparatorShown(true);
    m_batchSize->setSuffix(tr(" rows"));
    m_memoryLimit->setObjectName(u"memoryLimitMb"_s);
    m_memoryLimit->setRange(1, 64 * 1024);
    m_memoryLimit->setValue(DefaultMemoryLimitMb);
    m_memoryLimit->setSuffix(tr(" MB"));
    m_memoryLimit->setToolTip(tr("A batch is cut when its values reach this size, even before the row count."));
    m_truncate->setObjectName(u"truncateTarget"_s);
    m_stopOnError->setObjectName(u"stopOnError"_s);
    m_continueOnRowError->setObjectName(u"continueOnRowError"_s);
    m_continueOnRowError->setChecked(true);
    m_continueOnRowError->setToolTip(tr("Rows the target refuses go to <table>_failed.jsonl in the job folder."));
    m_validate->setObjectName(u"validateAfter"_s);
    m_validate->setToolTip(tr("Row counts, checksums per key range and the schema, as mwb validate does."));

    auto *connections = new QGroupBox(tr("Databases"), this);
    auto *connectionForm = new QFormLayout(connections);
    connectionForm->addRow(tr("&Source:"), m_source);
    connectionForm->addRow(tr("Tar&get:"), m_target);
    m_source->comboBox()->lineEdit()->setObjectName(u"sourceEdit"_s);
    m_target->comboBox()->lineEdit()->setObjectName(u"targetEdit"_s);

    auto *tables = new QGroupBox(tr("Tables"), this);
    auto *reload = new QPushButton(tr("&Reload"), tables);
    reload->setObjectName(u"reloadTables"_s);
    reload->setAutoDefault(false);
    reload->setToolTip(tr("Read the tables of the source again"));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_mode);
    modeRow->addWidget(m_singleTable, 1);
    modeRow->addStretch();
    modeRow->addWidget(reload);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->addLayout(modeRow);
    tablesLayout->addWidget(m_tables, 1);

    auto *options = new QGroupBox(tr("Copy"), this);
    auto *optionsForm = new QFormLayout(options);
    optionsForm->addRow(tr("&Batch size:"), m_batchSize);
    optionsForm->addRow(tr("&Memory per batch:"), m_memoryLimit);
    optionsForm->addRow(m_truncate);
    optionsForm->addRow(m_stopOnError);
    optionsForm->addRow(m_continueOnRowError);
    optionsForm->addRow(m_validate);

    auto *right = new QVBoxLayout;
    right->addWidget(connections);
    right->addWidget(options);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(right, 1);
    columns->addWidget(tables, 1);
    contentLayout()->addLayout(columns);

    // Typing a URL changes the source at every key: read its tables once the typing pauses.
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(400);
    connect(m_loadTimer, &QTimer::timeout, this, &DataMigrationDialog::loadTables);
    connect(reload, &QPushButton::clicked, this, &DataMigrationDialog::loadTables);
    connect(m_source, &ConnectionPicker::valueChanged, this, &DataMigrationDialog::sourceChanged);
    connect(m_target, &ConnectionPicker::valueChanged, this, &DataMigrationDialog::refresh);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &DataMigrationDialog::modeChanged);
    connect(m_singleTable, &QComboBox::currentTextChanged, this, &DataMigrationDialog::refresh);
    connect(m_tables, &TableChecklist::loaded, this, [this] {
        const QString current = m_singleTable->currentText();
        const QSignalBlocker blocker(m_singleTable);
        m_singleTable->clear();
        m_singleTable->addItems(m_tables->tables());
        m_singleTable->setEditText(current);
        refresh();
    });
    connect(m_tables, &TableChecklist::checkedChanged, this, &DataMigrationDialog::refresh);
    for (QCheckBox *box : { m_truncate, m_stopOnError, m_continueOnRowError, m_validate }) {
        connect(box, &QCheckBox::toggled, this, &DataMigrationDialog::refresh);
    }
    connect(m_batchSize, &QSpinBox::valueChanged, this, &DataMigrationDialog::refresh);
    connect(m_memoryLimit, &QSpinBox::valueChanged, this, &DataMigrationDialog::refresh);
    m_tables->clear(tr("Choose the source to see its tables in copy order."));
    modeChanged();
    resize(980, 600);
}

DataMigrationDialog::~DataMigrationDialog() = default;

void DataMigrationDialog::setSource(const QString &urlOrProfile)
{
    m_source->setValue(urlOrProfile);
}

void DataMigrationDialog::setTarget(const QString &urlOrProfile)
{
    m_target->setValue(urlOrProfile);
}

void DataMigrationDialog::sourceChanged()
{
    m_loadTimer->start();
    refresh();
}

void DataMigrationDialog::loadTables()
{
    m_loadTimer->stop();
    if (m_source->value().isEmpty()) {
        m_tables->clear(tr("Choose the source to see its tables in copy order."));
        return;
    }
    auto spec = m_source->spec();
    if (!spec) {
        m_tables->clear();
        refresh();
        return;
    }
    m_tables->load(*spec);
}

DataMigrationDialog::Mode DataMigrationDialog::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void DataMigrationDialog::modeChanged()
{
    m_singleTable->setVisible(mode() == Mode::OneTable);
    m_tables->setCheckable(mode() == Mode::TableList);
    refresh();
}

QStringList DataMigrationDialog::chosenTables() const
{
    switch (mode()) {
    case Mode::AllTables:
        return {};
    case Mode::OneTable:
        return { m_singleTable->currentText().trimmed() };
    case Mode::TableList:
        return m_tables->checkedTables();
    }
    return {};
}

bool DataMigrationDialog::validateAfter() const
{
    return m_validate->isChecked();
}

QStringList DataMigrationDialog::buildArguments() const
{
    QStringList args { u"data"_s, u"start"_s, u"--source"_s, m_source->value(), u"--target"_s, m_target->value() };
    if (mode() == Mode::OneTable) {
        args << u"--source-table"_s << m_singleTable->currentText().trimmed();
    } else if (mode() == Mode::TableList) {
        args << u"--include-tables"_s << m_tables->checkedTables().join(u',');
    }
    if (m_batchSize->value() != DefaultBatchSize) {
        args << u"--batch-size"_s << QString::number(m_batchSize->value());
    }
    if (m_memoryLimit->value() != DefaultMemoryLimitMb) {
        args << u"--memory-limit-mb"_s << QString::number(m_memoryLimit->value());
    }
    if (m_truncate->isChecked()) {
        args << u"--truncate-target"_s;
    }
    if (m_stopOnError->isChecked()) {
        args << u"--stop-on-error"_s;
    }
    if (!m_continueOnRowError->isChecked()) {
        args << u"--no-continue-on-row-error"_s;
    }
    if (m_validate->isChecked()) {
        args << u"--validate"_s;
    }
    args << u"--events"_s << u"-"_s;
    return args;
}

QStringList DataMigrationDialog::validateArguments() const
{
    QStringList args { u"validate"_s, u"--source"_s, m_source->value(), u"--target"_s, m_target->value() };
    if (const QStringList tables = chosenTables(); !tables.isEmpty()) {
        args << u"--tables"_s << tables.join(u',');
    }
    args << u"--events"_s << u"-"_s;
    return args;
}

QString DataMigrationDialog::findProblem() const
{
    if (const QString problem = ConnectionPicker::pairProblem(*m_source, *m_target); !problem.isEmpty()) {
        return problem;
    }
    switch (mode()) {
    case Mode::AllTables:
        break;
    case Mode::OneTable:
        if (m_singleTable->currentText().trimmed().isEmpty()) {
            return tr("Choose the table to copy.");
        }
        break;
    case Mode::TableList:
        if (m_tables->isLoading() || m_loadTimer->isActive()) {
            return tr("Reading the tables of the source …");
        }
        if (!m_tables->errorText().isEmpty()) {
            return tr("The tables of the source cannot be read: %1").arg(m_tables->errorText());
        }
        if (m_tables->checkedTables().isEmpty()) {
            return tr("Check at least one table to copy.");
        }
        break;
    }
    return {};
}

} // namespace Mwb::Widgets
