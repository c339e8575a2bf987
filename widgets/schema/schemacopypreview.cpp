// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema/schemacopypreview.h"

#include "core/jsonio.h"
#include "db/schemacopy.h"
#include "highlight/codehighlighter.h"
#include "jobs/mwbexecutable.h"
#include "schema/schemaobjectmodel.h"
#include "schema/schemawarningsmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

const Db::DialectKind dialects[] = { Db::DialectKind::Sqlite, Db::DialectKind::Postgres, Db::DialectKind::Mysql };

} // namespace

struct SchemaCopyPreview::Outcome
{
    std::unique_ptr<Db::SchemaCopyResult> result;
    Core::Error error;
};

SchemaCopyPreview::SchemaCopyPreview(const QString &projectDir, QWidget *parent)
    : QWidget(parent)
    , m_projectDir(projectDir)
    , m_objects(new SchemaObjectModel(this))
    , m_warnings(new SchemaWarningsModel(this))
    , m_sourceBox(new QComboBox(this))
    , m_browse(new QToolButton(this))
    , m_dialectBox(new QComboBox(this))
    , m_previewButton(new QPushButton(tr("Preview"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_saveButton(new QToolButton(this))
    , m_applyButton(new QPushButton(tr("Apply to target…"), this))
    , m_tree(new QTreeView(this))
    , m_ddlTitle(new QLabel(this))
    , m_ddlWarnings(new QLabel(this))
    , m_ddl(new QPlainTextEdit(this))
    , m_bottomTabs(new QTabWidget(this))
    , m_warningsView(new QTreeView(this))
    , m_applyLog(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    m_sourceBox->setEditable(true);
    m_sourceBox->setInsertPolicy(QComboBox::NoInsert);
    m_sourceBox->setMinimumContentsLength(32);
    m_sourceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceBox->lineEdit()->setPlaceholderText(tr("Profile or URL, e.g. sqlite:///path/shop.db"));
    m_sourceBox->setToolTip(
        tr("A connection profile of the project's connections.json, or a database URL without a password "
           "(the password comes from PGPASSWORD / MWB_PASSWORD or the keychain)"));
    m_browse->setText(tr("SQLite file…"));
    m_browse->setToolTip(tr("Choose a SQLite database file as the source"));
    for (const Db::DialectKind kind : dialects) {
        m_dialectBox->addItem(Db::dialectName(kind), int(kind));
    }
    m_dialectBox->setCurrentIndex(1); // postgres
    m_dialectBox->setToolTip(tr("The dialect the DDL is generated for"));
    m_previewButton->setDefault(true);
    m_previewButton->setToolTip(tr("Read the source schema and generate the DDL (nothing is written)"));
    m_cancelButton->setToolTip(tr("Drop the running preview"));
    m_saveButton->setText(tr("Save files"));
    m_saveButton->setToolTip(
        tr("Write tables.sql, indexes.sql, … and summary.json into .tmp/schema-copy/<timestamp> of the project"));
    m_saveButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *saveMenu = new QMenu(m_saveButton);
    saveMenu->addAction(tr("Save into the project (.tmp/schema-copy/…)"), this, [this] { (void)saveFiles(); });
    saveMenu->addAction(tr("Save into a folder…"), this, &SchemaCopyPreview::askSaveFolder);
    m_saveButton->setMenu(saveMenu);
    m_applyButton->setToolTip(tr("Create the schema in a target database with mwb schema-copy --apply"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_sourceBox);
    auto *dialectLabel = new QLabel(tr("&Target dialect:"), this);
    dialectLabel->setBuddy(m_dialectBox);
    bar->addWidget(sourceLabel);
    bar->addWidget(m_sourceBox, 1);
    bar->addWidget(m_browse);
    bar->addSpacing(12);
    bar->addWidget(dialectLabel);
    bar->addWidget(m_dialectBox);
    bar->addWidget(m_previewButton);
    bar->addWidget(m_cancelButton);
    bar->addSpacing(12);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_applyButton);

    m_tree->setModel(m_objects);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ddl->setReadOnly(true);
    m_ddl->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_ddl->setFont(mono);
    m_ddl->setPlaceholderText(tr("Choose a source and press Preview; then select an object or a file to see its DDL."));
    m_highlighter = createHighlighter(m_ddl->document(), u"sql"_s, palette());
    QFont titleFont = m_ddlTitle->font();
    titleFont.setBold(true);
    m_ddlTitle->setFont(titleFont);
    m_ddlTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ddlWarnings->setWordWrap(true);
    m_ddlWarnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ddlWarnings->setVisible(false);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(2);
    rightLayout->addWidget(m_ddlTitle);
    rightLayout->addWidget(m_ddlWarnings);
    rightLayout->addWidget(m_ddl, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_tree);
    top->addWidget(right);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({ 800, 600 }); // the tree has four columns; DDL lines are short

    m_warningsView->setModel(m_warnings);
    m_warningsView->setRootIsDecorated(false);
    m_warningsView->setUniformRowHeights(true);
    m_warningsView->setAllColumnsShowFocus(true);
    m_warningsView->header()->setStretchLastSection(true);
    m_warningsView->setToolTip(tr("Double-click an entry (or press Enter) to show its object"));
    m_applyLog->setReadOnly(true);
    m_applyLog->setFont(mono);
    m_applyLog->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_bottomTabs->addTab(m_warningsView, tr("Warnings and skipped"));
    m_bottomTabs->addTab(m_applyLog, tr("Apply output"));

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_bottomTabs);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 0);
    vertical->setSizes({ 700, 170 });

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(bar);
    layout->addWidget(vertical, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 0);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    connect(m_previewButton, &QPushButton::clicked, this, &SchemaCopyPreview::preview);
    connect(m_sourceBox->lineEdit(), &QLineEdit::returnPressed, this, &SchemaCopyPreview::preview);
    connect(m_cancelButton, &QPushButton::clicked, this, &SchemaCopyPreview::cancelPreview);
    connect(m_browse, &QToolButton::clicked, this, &SchemaCopyPreview::chooseSqliteFile);
    connect(m_saveButton, &QToolButton::clicked, this, [this] { (void)saveFiles(); });
    connect(m_applyButton, &QPushButton::clicked, this, &SchemaCopyPreview::askApplyTarget);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { showNode(current); });
    connect(m_warningsView, &QTreeView::activated, this, &SchemaCopyPreview::activateWarning);
    // Types such as "timestamp without time zone" only show in full when the columns follow what is expanded.
    connect(m_tree, &QTreeView::expanded, this, [this] {
        for (int column = 0; column < SchemaObjectModel::DetailsColumn; ++column) {
            m_tree->resizeColumnToContents(column);
        }
    });
    connect(m_sourceBox, &QComboBox::currentTextChanged, this, &SchemaCopyPreview::updateActions);

    reloadProfiles();
    setStatus(tr("Choose a source connection and a target dialect, then press Preview."));
    updateActions();
}

SchemaCopyPreview::~SchemaCopyPreview()
{
    if (m_apply && m_apply->state() != QProcess::NotRunning) {
        // Closing the document does not kill a running apply (that could leave a half-created MySQL schema):
        // the process finishes on its own and is deleted then.
        m_apply->disconnect(this);
        m_apply->setParent(QCoreApplication::instance());
        connect(m_apply, &QProcess::finished, m_apply, &QObject::deleteLater);
        m_apply = nullptr;
    }
}

void SchemaCopyPreview::reloadProfiles()
{
    const QString current = source();
    m_sourceBox->clear();
    m_sourceBox->addItems(profileNames());
    m_sourceBox->setEditText(current);
}

QStringList SchemaCopyPreview::profileNames() const
{
    const QString file = QDir(m_projectDir).filePath(u"connections.json"_s);
    if (!QFileInfo::exists(file)) {
        return {};
    }
    auto bytes = Core::readFile(file);
    if (!bytes) {
        return {};
    }
    auto json = Core::parseJson(*bytes, file);
    if (!json || !json->is_object() || !json->contains("profiles") || !(*json)["profiles"].is_object()) {
        return {};
    }
    QStringList names;
    for (auto it = (*json)["profiles"].begin(); it != (*json)["profiles"].end(); ++it) {
        names << Core::fromStd(it.key());
    }
    names.sort();
    return names;
}

void SchemaCopyPreview::setSource(const QString &urlOrProfile)
{
    m_sourceBox->setEditText(urlOrProfile);
}

QString SchemaCopyPreview::source() const
{
    return m_sourceBox->currentText().trimmed();
}

void SchemaCopyPreview::setTargetDialect(Db::DialectKind dialect)
{
    m_dialectBox->setCurrentIndex(m_dialectBox->findData(int(dialect)));
}

Db::DialectKind SchemaCopyPreview::targetDialect() const
{
    return Db::DialectKind(m_dialectBox->currentData().toInt());
}

void SchemaCopyPreview::preview()
{
    const QString text = source();
    if (text.isEmpty()) {
        setStatus(tr("Choose a source connection first."));
        return;
    }
    // Resolving reads connections.json only; the database is opened in the worker.
    auto spec = Db::resolveConnection(text, m_projectDir);
    const quint64 requestId = ++m_requestId;
    if (!spec) {
        m_running = false;
        setStatus(tr("Cannot use the source: %1").arg(spec.error().toString()));
        updateActions();
        Q_EMIT previewFinished(false);
        return;
    }
    Db::SchemaCopyOptions options;
    options.targetDialect = targetDialect();
    options.projectDir = m_projectDir;
    m_running = true;
    setStatus(tr("Reading the schema of %1 and generating %2 DDL…")
                  .arg(spec->describe(), Db::dialectName(options.targetDialect)));
    updateActions();
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, [this, watcher, requestId, text] {
        watcher->deleteLater();
        showOutcome(requestId, text, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([spec = *spec, options] {
        auto outcome = std::make_shared<Outcome>();
        auto prepared = Db::prepareSchemaCopy(spec, options);
        if (prepared) {
            outcome->result = std::make_unique<Db::SchemaCopyResult>(std::move(prepared).value());
        } else {
            outcome->error = prepared.error();
        }
        return outcome;
    }));
}

void SchemaCopyPreview::cancelPreview()
{
    if (!m_running) {
        return;
    }
    ++m_requestId; // the running request's result is dropped when it arrives
    m_running = false;
    setStatus(tr("Preview cancelled."));
    updateActions();
    Q_EMIT previewFinished(false);
}

bool SchemaCopyPreview::isPreviewRunning() const
{
    return m_running;
}

const Db::SchemaCopyResult *SchemaCopyPreview::result() const
{
    return m_result.get();
}

void SchemaCopyPreview::showOutcome(
    quint64 requestId, const QString &sourceText, const std::shared_ptr<Outcome> &outcome)
{
    if (requestId != m_requestId) {
        return; // stale: a newer preview was started, or this one was cancelled
    }
    m_running = false;
    if (!outcome->result) {
        setStatus(tr("Preview failed: %1").arg(outcome->error.toString()));
        updateActions();
        Q_EMIT previewFinished(false);
        return;
    }
    m_result = std::move(outcome->result);
    m_resultSource = sourceText;
    m_objects->setResult(*m_result);
    m_warnings->setResult(*m_result);
    m_tree->expand(m_objects->groupIndex(SchemaObjectModel::Kind::Table));
    m_tree->expand(m_objects->groupIndex(SchemaObjectModel::Kind::View));
    m_tree->expand(m_objects->groupIndex(SchemaObjectModel::Kind::Trigger));
    m_tree->expand(m_objects->groupIndex(SchemaObjectModel::Kind::Routine));
    m_tree->expand(m_objects->groupIndex(SchemaObjectModel::Kind::File));
    for (int column = 0; column < SchemaObjectModel::DetailsColumn; ++column) {
        m_tree->resizeColumnToContents(column);
    }
    for (int column = 0; column < SchemaWarningsModel::MessageColumn; ++column) {
        m_warningsView->resizeColumnToContents(column);
    }
    const int warnings = int(m_result->mapped.warnings.size());
    const int skipped = int(m_result->mapped.skipped.size());
    m_bottomTabs->setTabText(0, tr("Warnings and skipped (%1)").arg(m_warnings->rowCount()));
    if (m_warnings->rowCount() > 0) {
        m_bottomTabs->setCurrentWidget(m_warningsView);
    }
    setStatus(tr("%1 → %2: %n table(s), %3 view(s), %4 trigger(s); %5 warning(s), %6 skipped.", nullptr,
        int(m_result->source.tables.size()))
                  .arg(Db::dialectName(m_result->source.dialect), Db::dialectName(m_result->mapped.schema.dialect))
                  .arg(m_result->source.views.size())
                  .arg(m_result->source.triggers.size())
                  .arg(warnings)
                  .arg(skipped));
    if (!selectFile(u"tables.sql"_s)) {
        showNode({});
    }
    updateActions();
    Q_EMIT previewFinished(true);
}

void SchemaCopyPreview::showNode(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_ddlTitle->clear();
        m_ddlWarnings->clear();
        m_ddlWarnings->setVisible(false);
        m_ddl->clear();
        return;
    }
    const QModelIndex first = index.siblingAtColumn(SchemaObjectModel::NameColumn);
    const auto kind = SchemaObjectModel::Kind(first.data(SchemaObjectModel::KindRole).toInt());
    QString title;
    const QString name = first.data().toString();
    switch (kind) {
    case SchemaObjectModel::Kind::Group:
        title = name;
        break;
    case SchemaObjectModel::Kind::Table:
        title = tr("Table %1").arg(name);
        break;
    case SchemaObjectModel::Kind::View:
        title = tr("View %1").arg(name);
        break;
    case SchemaObjectModel::Kind::Trigger:
        title = tr("Trigger %1").arg(name);
        break;
    case SchemaObjectModel::Kind::Routine:
        title = tr("Routine %1").arg(name);
        break;
    case SchemaObjectModel::Kind::File:
        title = tr("File %1").arg(name);
        break;
    case SchemaObjectModel::Kind::Index:
        title = tr("Index %1").arg(name);
        break;
    case SchemaObjectModel::Kind::ForeignKey:
        title = tr("Foreign key %1").arg(name);
        break;
    default:
        title = first.data(SchemaObjectModel::ObjectRole).toString();
        break;
    }
    if (title.isEmpty()) {
        title = first.parent().data().toString() + u": "_s + name;
    }
    if (first.data(SchemaObjectModel::SkippedRole).toBool()) {
        title += u"  — "_s + tr("not translated, original source");
    }
    m_ddlTitle->setText(title);
    // The warnings of the object and of its parts (a table's columns, indexes, ...), right above its DDL.
    const QStringList warnings = kind == SchemaObjectModel::Kind::Group || kind == SchemaObjectModel::Kind::File
        ? QStringList()
        : first.data(SchemaObjectModel::AllWarningsRole).toStringList();
    m_ddlWarnings->setText(warnings.isEmpty() ? QString() : u"⚠ "_s + warnings.join(u"\n⚠ "_s));
    m_ddlWarnings->setVisible(!warnings.isEmpty());
    QString ddl = first.data(SchemaObjectModel::DdlRole).toString();
    if (kind == SchemaObjectModel::Kind::Group) {
        ddl = u"-- "_s + tr("Select an object or a file.") + u'\n';
    }
    m_ddl->setPlainText(ddl);
}

bool SchemaCopyPreview::selectObject(const QString &object, const QString &warningKind)
{
    const QModelIndex index = m_objects->indexForObject(object, warningKind);
    if (!index.isValid()) {
        return false;
    }
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    showNode(index); // also when it already was the current index
    return true;
}

bool SchemaCopyPreview::selectFile(const QString &path)
{
    const QModelIndex index = m_objects->indexForFile(path);
    if (!index.isValid()) {
        return false;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    showNode(index);
    return true;
}

QString SchemaCopyPreview::ddlText() const
{
    return m_ddl->toPlainText();
}

QString SchemaCopyPreview::ddlTitle() const
{
    return m_ddlTitle->text();
}

QString SchemaCopyPreview::objectWarningsText() const
{
    return m_ddlWarnings->text();
}

void SchemaCopyPreview::activateWarning(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    const QModelIndex first = index.siblingAtColumn(SchemaWarningsModel::ObjectColumn);
    if (!selectObject(first.data(SchemaWarningsModel::ObjectRole).toString(),
            first.data(SchemaWarningsModel::KindRole).toString())) {
        setStatus(tr("%1 is not in the object tree.").arg(first.data(SchemaWarningsModel::ObjectRole).toString()));
    }
}

Core::Result<QString> SchemaCopyPreview::saveFiles(const QString &folder)
{
    if (!m_result) {
        Core::Error error;
        error.message = tr("Nothing to save: run a preview first.");
        setStatus(error.message);
        return error;
    }
    Db::SchemaCopyResult copy = *m_result;
    const QString target = folder.isEmpty() ? Db::newSchemaCopyDir(m_projectDir) : folder;
    if (auto written = Db::writeSchemaCopy(copy, target); !written) {
        setStatus(tr("Saving failed: %1").arg(written.error().toString()));
        return written.error();
    }
    setStatus(tr("Saved %n file(s) to %1", nullptr, int(copy.files.size()) + 1)
                  .arg(QDir::toNativeSeparators(copy.outputDir)));
    Q_EMIT filesSaved(copy.outputDir);
    return copy.outputDir;
}

void SchemaCopyPreview::askSaveFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the schema-copy files into"), m_projectDir);
    if (!folder.isEmpty()) {
        (void)saveFiles(folder);
    }
}

void SchemaCopyPreview::chooseSqliteFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("SQLite database"), m_projectDir, tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!file.isEmpty()) {
        setSource(u"sqlite://"_s + QFileInfo(file).absoluteFilePath());
    }
}

QStringList SchemaCopyPreview::applyArguments(const QString &target) const
{
    // What was previewed is what gets applied.
    const QString from = m_result ? m_resultSource : source();
    const Db::DialectKind dialect = m_result ? m_result->mapped.schema.dialect : targetDialect();
    return { u"schema-copy"_s, u"--source"_s, from, u"--target-dialect"_s, Db::dialectName(dialect), u"--apply"_s,
        target };
}

bool SchemaCopyPreview::applyTo(const QString &target)
{
    if (isApplyRunning() || target.trimmed().isEmpty() || (m_result ? m_resultSource : source()).isEmpty()) {
        return false;
    }
    // Checked before it goes on a command line: a URL with a password (or an unknown profile) is refused here,
    // so no secret ever reaches argv.
    if (auto resolved = Db::resolveConnection(target.trimmed(), m_projectDir); !resolved) {
        const QString line = tr("Cannot apply to this target: %1").arg(resolved.error().toString());
        m_applyLog->setPlainText(line);
        setStatus(line);
        return false;
    }
    const QStringList arguments = applyArguments(target.trimmed());
    const QString program = mwbExecutable();
    if (!m_apply) {
        m_apply = new QProcess(this);
        m_apply->setProcessChannelMode(QProcess::MergedChannels);
        connect(m_apply, &QProcess::readyRead, this, [this] {
            m_applyLog->moveCursor(QTextCursor::End);
            m_applyLog->insertPlainText(QString::fromUtf8(m_apply->readAll()));
            m_applyLog->moveCursor(QTextCursor::End);
        });
        connect(m_apply, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            m_applyLog->moveCursor(QTextCursor::End);
            m_applyLog->insertPlainText(QString::fromUtf8(m_apply->readAll()));
            const bool ok = status == QProcess::NormalExit && exitCode == 0;
            const QString line
                = ok ? tr("Applied: mwb exited with 0.") : tr("Apply failed: mwb exited with %1.").arg(exitCode);
            m_applyLog->appendPlainText(u"\n"_s + line);
            setStatus(line);
            updateActions();
            Q_EMIT applyFinished(ok, exitCode);
        });
        connect(m_apply, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                const QString line = tr("Could not start %1: %2").arg(m_apply->program(), m_apply->errorString());
                m_applyLog->appendPlainText(line);
                setStatus(line);
                updateActions();
                Q_EMIT applyFinished(false, -1);
            }
        });
    }
    m_applyLog->clear();
    // The command as a user would type it; it holds no secret (passwords come from the environment or keychain).
    QStringList shown { u"mwb"_s };
    for (const QString &argument : arguments) {
        shown << (argument.contains(u' ') ? u'\'' + argument + u'\'' : argument);
    }
    m_applyLog->appendPlainText(u"$ "_s + shown.join(u' ') + u'\n');
    m_bottomTabs->setCurrentWidget(m_applyLog);
    setStatus(tr("Applying to %1…").arg(target));
    m_apply->setWorkingDirectory(m_projectDir);
    m_apply->start(program, arguments);
    updateActions();
    return true;
}

bool SchemaCopyPreview::isApplyRunning() const
{
    return m_apply && m_apply->state() != QProcess::NotRunning;
}

void SchemaCopyPreview::askApplyTarget()
{
    bool ok = false;
    const QString dialect = Db::dialectName(m_result ? m_result->mapped.schema.dialect : targetDialect());
    const QString target = QInputDialog::getItem(this, tr("Apply to target"),
        tr("Create the tables, indexes, foreign keys, views and triggers in this %1 database\n"
           "(a profile or a URL; a new SQLite file is created):")
            .arg(dialect),
        profileNames(), -1, true, &ok);
    if (ok && !target.trimmed().isEmpty()) {
        applyTo(target.trimmed());
    }
}

QString SchemaCopyPreview::statusText() const
{
    return m_status->text();
}

void SchemaCopyPreview::setStatus(const QString &text)
{
    m_status->setText(text);
}

void SchemaCopyPreview::updateActions()
{
    m_previewButton->setEnabled(!source().isEmpty());
    m_cancelButton->setEnabled(m_running);
    m_saveButton->setEnabled(m_result != nullptr);
    m_applyButton->setEnabled(m_result != nullptr && !isApplyRunning());
}

void SchemaCopyPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateHighlighterPalette(m_highlighter, palette());
    }
    QWidget::changeEvent(event);
}

} // namespace Mwb::Widgets
