// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/validatedialog.h"

#include "launch/collapsiblesection.h"
#include "launch/connectionpicker.h"
#include "launch/tablechecklist.h"
#include "validate/validateoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

// The CLI's default seed (app/cli/validatecommand.cpp); left at it, it stays off the command line.
const auto DefaultSeed = u"20260101"_s;

QPlainTextEdit *specEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

ValidateDialog::ValidateDialog(const QString &projectDir, QWidget *parent)
    : LaunchDialog(projectDir, parent)
    , m_source(new ConnectionPicker(this->projectDir(), this))
    , m_target(new ConnectionPicker(this->projectDir(), this))
    , m_tables(new TableChecklist(this))
    , m_sample(new QSpinBox(this))
    , m_seed(new QLineEdit(DefaultSeed, this))
    , m_schema(new QCheckBox(tr("Compare the &schema after type mapping"), this))
    , m_reportDir(new QLineEdit(this))
    , m_tolerances(nullptr)
    , m_allowMismatch(nullptr)
    , m_loadTimer(new QTimer(this))
{
    setWindowTitle(tr("Validate Data"));
    setObjectName(u"validateDialog"_s);
    m_source->setObjectName(u"source"_s);
    m_target->setObjectName(u"target"_s);
    m_source->comboBox()->lineEdit()->setObjectName(u"sourceEdit"_s);
    m_target->comboBox()->lineEdit()->setObjectName(u"targetEdit"_s);
    m_tables->setObjectName(u"tables"_s);
    m_sample->setObjectName(u"sample"_s);
    m_sample->setRange(0, 10'000'000);
    m_sample->setGroupSeparatorShown(true);
    m_sample->setSpecialValueText(tr("none"));
    m_sample->setSuffix(tr(" rows per table"));
    m_sample->setToolTip(tr("Rows per table compared value by value, on top of the checksums."));
    m_seed->setObjectName(u"seed"_s);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{1,19}"_s), m_seed));
    m_seed->setToolTip(tr("The same seed picks the same sample rows."));
    m_schema->setObjectName(u"compareSchema"_s);
    m_schema->setChecked(true);
    m_reportDir->setObjectName(u"reportDir"_s);
    m_reportDir->setText(u"reports/validation-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    m_reportDir->setToolTip(tr("validation.json, validation.md and validation.html are written here."));

    auto *databases = new QGroupBox(tr("Databases"), this);
    auto *databaseForm = new QFormLayout(databases);
    databaseForm->addRow(tr("&Source:"), m_source);
    databaseForm->addRow(tr("Tar&get:"), m_target);

    auto *checks = new QGroupBox(tr("Checks"), this);
    auto *checksForm = new QFormLayout(checks);
    auto *reportRow = new QWidget(checks);
    auto *reportLayout = new QHBoxLayout(reportRow);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(tr("Browse…"), reportRow);
    browse->setObjectName(u"browseReportDir"_s);
    browse->setAutoDefault(false);
    reportLayout->addWidget(m_reportDir, 1);
    reportLayout->addWidget(browse);
    checksForm->addRow(tr("Sample &rows:"), m_sample);
    checksForm->addRow(m_schema);
    checksForm->addRow(tr("&Reports to:"), reportRow);

    auto *advancedBody = new QWidget(this);
    m_tolerances = specEdit(advancedBody, u"tolerances"_s, tr("One per line: orders.total=abs:0.01"));
    m_tolerances->setToolTip(tr("Column tolerances TABLE.COLUMN=abs:X|rel:X|time:SECONDS"));
    m_allowMismatch = specEdit(advancedBody, u"allowMismatch"_s, tr("One per line: events=0.001"));
    m_allowMismatch->setToolTip(tr("Share of a table's rows allowed to differ, TABLE=SHARE (0 to 1)"));
    auto *advancedForm = new QFormLayout(advancedBody);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(tr("Sample s&eed:"), m_seed);
    advancedForm->addRow(tr("&Tolerances:"), m_tolerances);
    advancedForm->addRow(tr("&Allowed mismatch:"), m_allowMismatch);
    auto *advanced = new CollapsibleSection(tr("Tolerances and sampling"), advancedBody, this);
    advanced->setObjectName(u"advancedOptions"_s);
    advanced->toggle()->setObjectName(u"advancedToggle"_s);

    auto *tables = new QGroupBox(tr("Tables (unchecked ones are not compared)"), this);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->addWidget(m_tables);

    auto *left = new QVBoxLayout;
    left->addWidget(databases);
    left->addWidget(checks);
    left->addWidget(advanced);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(tables, 1);
    contentLayout()->addLayout(columns);

    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(400);
    connect(m_loadTimer, &QTimer::timeout, this, &ValidateDialog::loadTables);
    connect(m_source, &ConnectionPicker::valueChanged, this, [this] {
        m_loadTimer->start();
        refresh();
    });
    connect(m_target, &ConnectionPicker::valueChanged, this, &ValidateDialog::refresh);
    connect(m_tables, &TableChecklist::loaded, this, &ValidateDialog::refresh);
    connect(m_tables, &TableChecklist::checkedChanged, this, &ValidateDialog::refresh);
    connect(m_sample, &QSpinBox::valueChanged, this, &ValidateDialog::refresh);
    connect(m_seed, &QLineEdit::textChanged, this, &ValidateDialog::refresh);
    connect(m_schema, &QCheckBox::toggled, this, &ValidateDialog::refresh);
    connect(m_reportDir, &QLineEdit::textChanged, this, &ValidateDialog::refresh);
    connect(m_tolerances, &QPlainTextEdit::textChanged, this, &ValidateDialog::refresh);
    connect(m_allowMismatch, &QPlainTextEdit::textChanged, this, &ValidateDialog::refresh);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Reports folder"), absolutePath(m_reportDir->text()));
        if (!dir.isEmpty()) {
            m_reportDir->setText(commandPath(dir));
        }
    });
    m_tables->clear(tr("Choose the source to see its tables."));
    refresh();
    resize(960, 600);
}

ValidateDialog::~ValidateDialog() = default;

void ValidateDialog::setSource(const QString &urlOrProfile)
{
    m_source->setValue(urlOrProfile);
}

void ValidateDialog::setTarget(const QString &urlOrProfile)
{
    m_target->setValue(urlOrProfile);
}

QString ValidateDialog::reportDir() const
{
    const QString dir = m_reportDir->text().trimmed();
    return dir.isEmpty() ? QString() : absolutePath(dir);
}

void ValidateDialog::loadTables()
{
    m_loadTimer->stop();
    auto spec = m_source->spec();
    if (m_source->value().isEmpty() || !spec) {
        m_tables->clear(tr("Choose the source to see its tables."));
        refresh();
        return;
    }
    m_tables->load(*spec);
}

QStringList ValidateDialog::lines(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList all = edit->toPlainText().split(u'\n');
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty()) {
            out << line.trimmed();
        }
    }
    return out;
}

QStringList ValidateDialog::buildArguments() const
{
    QStringList args { u"validate"_s, u"--source"_s, m_source->value(), u"--target"_s, m_target->value() };
    // Every table when all are checked (or the list could not be read): the CLI's default.
    if (m_tables->model()->rowCount() > 0 && !m_tables->allChecked()) {
        args << u"--tables"_s << m_tables->checkedTables().join(u',');
    }
    if (m_sample->value() > 0) {
        args << u"--sample"_s << QString::number(m_sample->value());
        if (m_seed->text() != DefaultSeed && !m_seed->text().isEmpty()) {
            args << u"--seed"_s << m_seed->text();
        }
    }
    if (!m_schema->isChecked()) {
        args << u"--no-schema"_s;
    }
    for (const QString &spec : lines(m_tolerances)) {
        args << u"--tolerance"_s << spec;
    }
    for (const QString &spec : lines(m_allowMismatch)) {
        args << u"--allow-mismatch"_s << spec;
    }
    if (const QString dir = m_reportDir->text().trimmed(); !dir.isEmpty()) {
        args << u"--report-dir"_s << commandPath(dir);
    }
    args << u"--events"_s << u"-"_s;
    return args;
}

QString ValidateDialog::findProblem() const
{
    if (const QString problem = ConnectionPicker::pairProblem(*m_source, *m_target); !problem.isEmpty()) {
        return problem;
    }
    if (m_tables->isLoading() || m_loadTimer->isActive()) {
        return tr("Reading the tables of the source …");
    }
    if (m_tables->model()->rowCount() > 0 && m_tables->checkedTables().isEmpty()) {
        return tr("Check at least one table to compare.");
    }
    if (m_sample->value() > 0 && m_seed->text().isEmpty()) {
        return tr("Enter the sample seed (a whole number).");
    }
    for (const QString &spec : lines(m_tolerances)) {
        if (auto parsed = Validate::parseColumnTolerance(spec); !parsed) {
            return tr("Tolerance \"%1\": %2").arg(spec, parsed.error().toString());
        }
    }
    for (const QString &spec : lines(m_allowMismatch)) {
        if (auto parsed = Validate::parseTableTolerance(spec); !parsed) {
            return tr("Allowed mismatch \"%1\": %2").arg(spec, parsed.error().toString());
        }
    }
    return {};
}

} // namespace Mwb::Widgets
