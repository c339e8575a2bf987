// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/migratejobdialog.h"

#include "core/jsonio.h"
#include "launch/collapsiblesection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

// The CLI's defaults (app/cli/migratejobcommand.cpp); options left at them stay off the command line.
constexpr int DefaultParallel = 4;
constexpr int DefaultMaxFix = 10;
constexpr int DefaultCellTimeout = 7200;
constexpr int DefaultBusyTimeout = 60;
const auto DefaultSandboxSchema = u"mwb_sandbox"_s;
const auto DefaultSandboxBucket = u"mwb-sandbox"_s;

enum KernelKind { LocalKernel = 0, JupyterKernel = 1, AidpKernel = 2 };

// workbench.json's "output_base" (relative to the project), as app/gui/project.cpp reads it; else "migrated".
QString defaultOutputBase(const QString &projectDir)
{
    const QString file = QDir(projectDir).filePath(u"workbench.json"_s);
    if (QFileInfo::exists(file)) {
        if (auto bytes = Core::readFile(file)) {
            if (auto json = Core::parseJson(*bytes, file); json && json->is_object()) {
                const QString base = Core::stringValue(*json, "output_base");
                if (!base.isEmpty()) {
                    return base;
                }
            }
        }
    }
    return u"migrated"_s;
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QSpinBox *spinBox(QWidget *parent, const QString &name, int minimum, int maximum, int value)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setAccelerated(true);
    return box;
}

bool askSandboxOff(QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, MigrateJobDialog::tr("Turn the sandbox off?"),
        MigrateJobDialog::tr("Without the sandbox, the cells of this job write to their real tables, "
                             "schemas and storage paths while they run."),
        QMessageBox::Yes | QMessageBox::No, parent);
    box.setInformativeText(MigrateJobDialog::tr("Only do this when the target may be changed by the migration run. "
                                                "Turn the sandbox off?"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

} // namespace

MigrateJobDialog::MigrateJobDialog(const QString &projectDir, QWidget *parent)
    : LaunchDialog(projectDir, parent)
    , m_confirm(askSandboxOff)
{
    setWindowTitle(tr("Migrate Job"));
    setObjectName(u"migrateJobDialog"_s);

    // The options scroll when "Advanced options" is open on a small screen; the task tree keeps its height.
    auto *optionsWidget = new QWidget(this);
    auto *options = new QVBoxLayout(optionsWidget);
    options->setContentsMargins(0, 0, 0, 0);
    options->addWidget(makeKernelBox());
    options->addWidget(makeRunBox());
    options->addWidget(makeSandboxBox());
    options->addWidget(makeInputsBox());
    options->addWidget(makeAdvanced());
    options->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(makeManifestBox(), 5);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"optionsScroll"_s);
    scroll->setWidget(optionsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(optionsWidget->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    columns->addWidget(scroll, 4);
    contentLayout()->addLayout(columns);

    // Manifests the project has: reports/*_manifest.json, as mwb build-dag -o reports writes them.
    const QDir reports(QDir(this->projectDir()).filePath(u"reports"_s));
    const QFileInfoList files
        = reports.entryInfoList({ u"*_manifest.json"_s }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        m_manifest->addItem(info.fileName(), info.absoluteFilePath());
    }
    connect(m_manifest, &QComboBox::currentIndexChanged, this, &MigrateJobDialog::loadManifest);
    loadManifest();
    resize(1080, 720);
}

MigrateJobDialog::~MigrateJobDialog() = default;

QWidget *MigrateJobDialog::withBrowse(QLineEdit *edit, const std::function<void()> &browse, const QString &name)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *button = new QPushButton(tr("Browse…"), row);
    button->setObjectName(name);
    button->setAutoDefault(false);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, browse);
    connect(edit, &QLineEdit::textChanged, this, &MigrateJobDialog::refresh);
    return row;
}

QWidget *MigrateJobDialog::makeManifestBox()
{
    auto *box = new QGroupBox(tr("Jobs and tasks"), this);
    m_manifest = new QComboBox(box);
    m_manifest->setObjectName(u"manifest"_s);
    m_manifest->setToolTip(tr("The job manifest written by mwb build-dag (reports/<job>_manifest.json)."));
    m_manifest->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *browse = new QPushButton(tr("Browse…"), box);
    browse->setObjectName(u"browseManifest"_s);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a job manifest"),
            QDir(projectDir()).filePath(u"reports"_s), tr("Job manifests (*_manifest.json);;JSON files (*.json)"));
        if (!file.isEmpty()) {
            setManifestPath(file);
        }
    });
    auto *manifestLabel = new QLabel(tr("&Manifest:"), box);
    manifestLabel->setBuddy(m_manifest);
    auto *manifestRow = new QHBoxLayout;
    manifestRow->addWidget(manifestLabel);
    manifestRow->addWidget(m_manifest, 1);
    manifestRow->addWidget(browse);

    m_taskModel = new QStandardItemModel(this);
    m_taskModel->setHorizontalHeaderLabels({ tr("Job / task"), tr("Layer and cells") });
    m_tasks = new QTreeView(box);
    m_tasks->setObjectName(u"taskTree"_s);
    m_tasks->setModel(m_taskModel);
    m_tasks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tasks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tasks->header()->setStretchLastSection(false);
    m_tasks->setUniformRowHeights(true);
    m_tasks->setToolTip(tr("Unchecked jobs are left out (--jobs); when tasks are unchecked, only the checked ones "
                           "run, even if a previous run finished them (--only-tasks)."));
    connect(m_taskModel, &QStandardItemModel::itemChanged, this, &MigrateJobDialog::taskItemChanged);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(manifestRow);
    layout->addWidget(m_tasks, 1);
    return box;
}

QWidget *MigrateJobDialog::makeKernelBox()
{
    auto *box = new QGroupBox(tr("Kernel"), this);
    m_kernelKind = new QComboBox(box);
    m_kernelKind->setObjectName(u"kernelKind"_s);
    m_kernelKind->addItem(tr("Local Python kernel (private jupyter-server)"));
    m_kernelKind->addItem(tr("Jupyter server"));
    m_kernelKind->addItem(tr("Oracle AI Data Platform (AIDP)"));

    m_kernelPages = new QStackedWidget(box);
    auto *local = new QLabel(tr("Starts jupyter-server on 127.0.0.1 for this run."), m_kernelPages);
    local->setWordWrap(true);
    m_kernelPages->addWidget(local);

    auto *jupyter = new QWidget(m_kernelPages);
    auto *jupyterForm = new QFormLayout(jupyter);
    jupyterForm->setContentsMargins(0, 0, 0, 0);
    m_jupyterUrl = lineEdit(jupyter, u"jupyterUrl"_s, u"http://127.0.0.1:8888/"_s);
    m_jupyterUrl->setToolTip(tr("The server URL without token; the token comes from MWB_JUPYTER_TOKEN."));
    jupyterForm->addRow(tr("Server &URL:"), m_jupyterUrl);
    m_kernelPages->addWidget(jupyter);

    auto *aidp = new QWidget(m_kernelPages);
    auto *aidpForm = new QFormLayout(aidp);
    aidpForm->setContentsMargins(0, 0, 0, 0);
    m_aidpProfile = lineEdit(aidp, u"aidpProfile"_s);
    m_aidpProfile->setText(u"DEFAULT"_s);
    m_aidpProfile->setToolTip(tr("The profile in ~/.oci/config that signs the requests."));
    m_datalake = lineEdit(aidp, u"aidpDatalake"_s, u"ocid1.aidataplatform.oc1.<region>.…"_s);
    m_aidpWorkspace = lineEdit(aidp, u"aidpWorkspace"_s);
    m_cluster = lineEdit(aidp, u"aidpCluster"_s);
    m_region = lineEdit(aidp, u"aidpRegion"_s, tr("from the data-lake OCID"));
    aidpForm->addRow(tr("OCI &profile:"), m_aidpProfile);
    aidpForm->addRow(tr("&Data lake OCID:"), m_datalake);
    aidpForm->addRow(tr("&Workspace id:"), m_aidpWorkspace);
    aidpForm->addRow(tr("&Cluster id:"), m_cluster);
    aidpForm->addRow(tr("&Region:"), m_region);
    m_kernelPages->addWidget(aidp);

    for (QLineEdit *edit : { m_jupyterUrl, m_aidpProfile, m_datalake, m_aidpWorkspace, m_cluster, m_region }) {
        connect(edit, &QLineEdit::textChanged, this, &MigrateJobDialog::refresh);
    }
    connect(m_kernelKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        showKernelPage(index);
        refresh();
    });
    showKernelPage(LocalKernel);

    auto *form = new QFormLayout(box);
    form->addRow(tr("R&un on:"), m_kernelKind);
    form->addRow(m_kernelPages);
    return box;
}

QWidget *MigrateJobDialog::makeRunBox()
{
    auto *box = new QGroupBox(tr("Run"), this);
    m_outputBase = lineEdit(box, u"outputBase"_s);
    m_outputBase->setText(defaultOutputBase(projectDir()));
    m_outputBase->setToolTip(tr("Where migrated notebooks and reports go; relative paths are inside the project."));
    m_startTask = new QComboBox(box);
    m_startTask->setObjectName(u"startTask"_s);
    m_startTask->setToolTip(tr("Run from this task on, in layer order; earlier tasks are not run."));
    m_parallel = spinBox(box, u"parallel"_s, 1, 64, DefaultParallel);
    m_parallel->setToolTip(tr("Tasks of one layer run at the same time, each on its own kernel."));
    m_maxFix = spinBox(box, u"maxFixAttempts"_s, 0, 50, DefaultMaxFix);
    m_maxFix->setToolTip(tr("How often the LLM fixer may retry one failing cell."));
    m_llm = new QCheckBox(tr("Fix failing cells with the &LLM (Anthropic)"), box);
    m_llm->setObjectName(u"useLlm"_s);
    m_llm->setChecked(true);
    m_llm->setToolTip(tr("The key comes from the keychain or ANTHROPIC_API_KEY, never from the command line."));
    m_skipMigrated = new QCheckBox(tr("S&kip what a previous run finished"), box);
    m_skipMigrated->setObjectName(u"skipMigrated"_s);
    m_skipMigrated->setChecked(true);

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Output folder:"),
        withBrowse(
            m_outputBase, [this] { browseFolder(m_outputBase, tr("Output folder")); }, u"browseOutputBase"_s));
    form->addRow(tr("Start &at task:"), m_startTask);
    form->addRow(tr("&Parallel tasks:"), m_parallel);
    form->addRow(tr("Max &fix attempts:"), m_maxFix);
    form->addRow(m_llm);
    form->addRow(m_skipMigrated);
    connect(m_startTask, &QComboBox::currentIndexChanged, this, &MigrateJobDialog::refresh);
    connect(m_parallel, &QSpinBox::valueChanged, this, &MigrateJobDialog::refresh);
    connect(m_maxFix, &QSpinBox::valueChanged, this, &MigrateJobDialog::refresh);
    connect(m_llm, &QCheckBox::toggled, this, [this](bool on) {
        m_maxFix->setEnabled(on);
        refresh();
    });
    connect(m_skipMigrated, &QCheckBox::toggled, this, &MigrateJobDialog::refresh);
    return box;
}

QWidget *MigrateJobDialog::makeSandboxBox()
{
    auto *box = new QGroupBox(tr("Sandbox"), this);
    m_sandbox = new QCheckBox(tr("Redirect the job's &writes to the sandbox"), box);
    m_sandbox->setObjectName(u"sandbox"_s);
    m_sandbox->setChecked(true);
    auto *note = new QLabel(tr("Table writes go to the sandbox schema and path writes to the sandbox bucket, so "
                               "running the job changes no real data."),
        box);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_sandbox);
    layout->addWidget(note);
    connect(m_sandbox, &QCheckBox::toggled, this, &MigrateJobDialog::sandboxToggled);
    return box;
}

QWidget *MigrateJobDialog::makeInputsBox()
{
    auto *box = new QGroupBox(tr("Rewrite inputs"), this);
    m_catalogManifest = lineEdit(box, u"catalogManifest"_s, tr("optional"));
    m_catalogManifest->setToolTip(tr("Catalogs whose 3-part names are remapped: {\"catalogs\": [...]}."));
    m_bucketMapping = lineEdit(box, u"bucketMapping"_s, tr("optional"));
    m_bucketMapping->setToolTip(tr("S3 bucket → OCI bucket and namespace."));
    const QString jsonFilter = tr("JSON files (*.json);;All files (*)");
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Catalog manifest:"),
        withBrowse(
            m_catalogManifest,
            [this, jsonFilter] { browseFile(m_catalogManifest, tr("Catalog manifest"), jsonFilter); },
            u"browseCatalogManifest"_s));
    form->addRow(tr("&Bucket mapping:"),
        withBrowse(
            m_bucketMapping, [this, jsonFilter] { browseFile(m_bucketMapping, tr("Bucket mapping"), jsonFilter); },
            u"browseBucketMapping"_s));
    return box;
}

QWidget *MigrateJobDialog::makeAdvanced()
{
    auto *body = new QWidget(this);
    m_workspace = lineEdit(body, u"workspace"_s, tr("the manifest's"));
    m_workspace->setToolTip(tr("The exported Databricks workspace folder."));
    m_volumesRoot = lineEdit(body, u"volumesRoot"_s, tr("<output folder>/volumes"));
    m_volumesRoot->setToolTip(
        tr("Folder that stands for /Volumes on the kernel's machine (local and Jupyter kernels)."));
    m_mounts = new QPlainTextEdit(body);
    m_mounts->setObjectName(u"mounts"_s);
    m_mounts->setPlaceholderText(tr("One per line: /mnt/raw=/data/raw"));
    m_mounts->setToolTip(tr("Databricks mount points and the folders that stand for them on the kernel's machine."));
    m_mounts->setTabChangesFocus(true);
    m_mounts->setFixedHeight(m_mounts->fontMetrics().lineSpacing() * 3 + 12);
    m_kernelName = lineEdit(body, u"kernelName"_s, tr("python3 (AIDP: notebook)"));
    m_cellTimeout = spinBox(body, u"cellTimeout"_s, 1, 7 * 24 * 3600, DefaultCellTimeout);
    m_cellTimeout->setSuffix(tr(" s"));
    m_busyTimeout = spinBox(body, u"busyTimeout"_s, 1, 3600, DefaultBusyTimeout);
    m_busyTimeout->setSuffix(tr(" s"));
    m_busyTimeout->setToolTip(tr("\"Kernel hung\" when a cell has not started within this time."));
    m_sandboxSchema = lineEdit(body, u"sandboxSchema"_s);
    m_sandboxSchema->setText(DefaultSandboxSchema);
    m_sandboxBucket = lineEdit(body, u"sandboxBucket"_s);
    m_sandboxBucket->setText(DefaultSandboxBucket);
    m_sandboxNamespace = lineEdit(body, u"sandboxNamespace"_s, tr("optional"));
    m_llmRewrite = new QCheckBox(tr("Also send cells the rules left with Databricks markers to the LLM"), body);
    m_llmRewrite->setObjectName(u"llmRewrite"_s);
    m_sparkRest = lineEdit(body, u"sparkRest"_s, tr("optional: Spark UI/REST root"));

    auto *form = new QFormLayout(body);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Workspace folder:"),
        withBrowse(
            m_workspace, [this] { browseFolder(m_workspace, tr("Workspace folder")); }, u"browseWorkspace"_s));
    form->addRow(tr("&Volumes root:"),
        withBrowse(
            m_volumesRoot, [this] { browseFolder(m_volumesRoot, tr("Volumes root")); }, u"browseVolumesRoot"_s));
    form->addRow(tr("&Mounts:"), m_mounts);
    form->addRow(tr("&Kernel name:"), m_kernelName);
    form->addRow(tr("Cell &time limit:"), m_cellTimeout);
    form->addRow(tr("&Busy time limit:"), m_busyTimeout);
    form->addRow(tr("Sandbox &schema:"), m_sandboxSchema);
    form->addRow(tr("Sandbox b&ucket:"), m_sandboxBucket);
    form->addRow(tr("Sandbox &namespace:"), m_sandboxNamespace);
    form->addRow(tr("S&park REST:"), m_sparkRest);
    form->addRow(m_llmRewrite);
    for (QLineEdit *edit : { m_kernelName, m_sandboxSchema, m_sandboxBucket, m_sandboxNamespace, m_sparkRest }) {
        connect(edit, &QLineEdit::textChanged, this, &MigrateJobDialog::refresh);
    }
    connect(m_mounts, &QPlainTextEdit::textChanged, this, &MigrateJobDialog::refresh);
    connect(m_cellTimeout, &QSpinBox::valueChanged, this, &MigrateJobDialog::refresh);
    connect(m_busyTimeout, &QSpinBox::valueChanged, this, &MigrateJobDialog::refresh);
    connect(m_llmRewrite, &QCheckBox::toggled, this, &MigrateJobDialog::refresh);

    auto *section = new CollapsibleSection(tr("Advanced options"), body, this);
    section->setObjectName(u"advancedOptions"_s);
    section->toggle()->setObjectName(u"advancedToggle"_s);
    return section;
}

// A stacked widget is as tall as its tallest page; only the shown page may claim space here.
void MigrateJobDialog::showKernelPage(int index)
{
    for (int i = 0; i < m_kernelPages->count(); ++i) {
        const auto policy = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_kernelPages->widget(i)->setSizePolicy(policy, policy);
    }
    m_kernelPages->setCurrentIndex(index);
    m_kernelPages->adjustSize();
}

void MigrateJobDialog::browseFile(QLineEdit *edit, const QString &title, const QString &filter)
{
    const QString start = edit->text().isEmpty() ? projectDir() : absolutePath(edit->text());
    const QString file = QFileDialog::getOpenFileName(this, title, start, filter);
    if (!file.isEmpty()) {
        edit->setText(commandPath(file));
    }
}

void MigrateJobDialog::browseFolder(QLineEdit *edit, const QString &title)
{
    const QString start = edit->text().isEmpty() ? projectDir() : absolutePath(edit->text());
    const QString dir = QFileDialog::getExistingDirectory(this, title, start);
    if (!dir.isEmpty()) {
        edit->setText(commandPath(dir));
    }
}

void MigrateJobDialog::setManifestPath(const QString &path)
{
    const QString absolute = absolutePath(path);
    int index = m_manifest->findData(absolute);
    if (index < 0) {
        m_manifest->addItem(QDir::toNativeSeparators(commandPath(absolute)), absolute);
        index = m_manifest->count() - 1;
    }
    m_manifest->setCurrentIndex(index);
}

QString MigrateJobDialog::manifestPath() const
{
    return m_manifest->currentData().toString();
}

void MigrateJobDialog::setSandboxOffConfirmation(Confirmation confirm)
{
    m_confirm = std::move(confirm);
}

void MigrateJobDialog::sandboxToggled(bool on)
{
    if (!on && m_confirm && !m_confirm(this)) {
        const QSignalBlocker blocker(m_sandbox);
        m_sandbox->setChecked(true);
    }
    const bool redirect = m_sandbox->isChecked();
    m_sandboxSchema->setEnabled(redirect);
    m_sandboxBucket->setEnabled(redirect);
    m_sandboxNamespace->setEnabled(redirect);
    refresh();
}

void MigrateJobDialog::loadManifest()
{
    m_manifestData = {};
    m_manifestError.clear();
    const QString path = manifestPath();
    if (!path.isEmpty()) {
        // A manifest is a few kB of JSON: read on the GUI thread, well under the 100 ms budget.
        if (auto manifest = Workflow::readManifestFile(path)) {
            m_manifestData = std::move(manifest).value();
        } else {
            m_manifestError = manifest.error().toString();
        }
    }
    m_syncingChecks = true;
    m_taskModel->removeRows(0, m_taskModel->rowCount());
    for (const Workflow::ManifestJob &job : std::as_const(m_manifestData.jobs)) {
        auto *jobItem = new QStandardItem(job.jobName);
        jobItem->setEditable(false);
        jobItem->setCheckable(true);
        jobItem->setCheckState(Qt::Checked);
        auto *jobDetails = new QStandardItem(tr("%n task(s)", nullptr, int(job.tasks.size())) + u", "_s
            + tr("%n layer(s)", nullptr, int(job.executionLayers.size())));
        jobDetails->setEditable(false);
        // Layer order is the order tasks run in (and the order --start-task counts in).
        for (qsizetype layer = 0; layer < job.executionLayers.size(); ++layer) {
            for (const QString &key : job.executionLayers.at(layer)) {
                const Workflow::ManifestTask *task = job.task(key);
                QString details = tr("layer %1").arg(layer + 1);
                if (task) {
                    details += u", "_s + tr("%n code cell(s)", nullptr, task->codeCells);
                }
                auto *taskItem = new QStandardItem(key);
                taskItem->setEditable(false);
                taskItem->setCheckable(true);
                taskItem->setCheckState(Qt::Checked);
                auto *taskDetails = new QStandardItem(details);
                taskDetails->setEditable(false);
                if (task) {
                    QString tip = task->notebookPath;
                    if (!task->dependsOn.isEmpty()) {
                        tip += u'\n' + tr("Depends on: %1").arg(task->dependsOn.join(u", "_s));
                    }
                    taskItem->setToolTip(tip);
                }
                jobItem->appendRow({ taskItem, taskDetails });
            }
        }
        m_taskModel->appendRow({ jobItem, jobDetails });
        m_tasks->setExpanded(jobItem->index(), true);
    }
    m_syncingChecks = false;
    fillStartTasks();
    refresh();
}

// A job's box checks or unchecks all its tasks; a task's box makes its job checked, unchecked or partly checked.
void MigrateJobDialog::taskItemChanged(QStandardItem *item)
{
    if (m_syncingChecks || item->column() != 0) {
        return;
    }
    m_syncingChecks = true;
    if (QStandardItem *job = item->parent()) {
        int checked = 0;
        for (int t = 0; t < job->rowCount(); ++t) {
            checked += job->child(t)->checkState() == Qt::Checked ? 1 : 0;
        }
        const Qt::CheckState state = checked == 0 ? Qt::Unchecked
            : checked == job->rowCount()          ? Qt::Checked
                                                  : Qt::PartiallyChecked;
        if (job->checkState() != state) {
            job->setCheckState(state);
        }
    } else if (item->checkState() != Qt::PartiallyChecked) {
        for (int t = 0; t < item->rowCount(); ++t) {
            if (item->child(t)->checkState() != item->checkState()) {
                item->child(t)->setCheckState(item->checkState());
            }
        }
    }
    m_syncingChecks = false;
    fillStartTasks();
    refresh();
}

void MigrateJobDialog::fillStartTasks()
{
    const QString current = m_startTask->currentData().toString();
    const QSignalBlocker blocker(m_startTask);
    m_startTask->clear();
    m_startTask->addItem(tr("the first task"), QString());
    const QStringList jobs = checkedJobs();
    for (int i = 0; i < m_taskModel->rowCount(); ++i) {
        const QStandardItem *job = m_taskModel->item(i);
        if (!jobs.contains(job->text())) {
            continue;
        }
        for (int t = 0; t < job->rowCount(); ++t) {
            const QString key = job->child(t)->text();
            if (m_startTask->findData(key) < 0) {
                m_startTask->addItem(jobs.size() > 1 ? job->text() + u" / "_s + key : key, key);
            }
        }
    }
    m_startTask->setCurrentIndex(qMax(0, m_startTask->findData(current)));
}

void MigrateJobDialog::selectOnly(const QString &jobName, const QStringList &taskKeys)
{
    for (int i = 0; i < m_taskModel->rowCount(); ++i) {
        QStandardItem *job = m_taskModel->item(i);
        const bool thisJob = job->text() == jobName;
        for (int t = 0; t < job->rowCount(); ++t) {
            QStandardItem *task = job->child(t);
            const bool on = thisJob && (taskKeys.isEmpty() || taskKeys.contains(task->text()));
            task->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
}

QStringList MigrateJobDialog::checkedJobs() const
{
    QStringList jobs;
    for (int i = 0; i < m_taskModel->rowCount(); ++i) {
        const QStandardItem *job = m_taskModel->item(i);
        if (job->checkState() != Qt::Unchecked) {
            jobs << job->text();
        }
    }
    return jobs;
}

QStringList MigrateJobDialog::checkedTasks() const
{
    QStringList tasks;
    for (int i = 0; i < m_taskModel->rowCount(); ++i) {
        const QStandardItem *job = m_taskModel->item(i);
        for (int t = 0; t < job->rowCount(); ++t) {
            const QStandardItem *task = job->child(t);
            if (task->checkState() == Qt::Checked && !tasks.contains(task->text())) {
                tasks << task->text();
            }
        }
    }
    return tasks;
}

bool MigrateJobDialog::allTasksChecked() const
{
    for (int i = 0; i < m_taskModel->rowCount(); ++i) {
        if (m_taskModel->item(i)->checkState() == Qt::PartiallyChecked) {
            return false;
        }
    }
    return true;
}

QStringList MigrateJobDialog::mounts() const
{
    QStringList out;
    const QStringList lines = m_mounts->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()) {
            out << line.trimmed();
        }
    }
    return out;
}

QStringList MigrateJobDialog::buildArguments() const
{
    QStringList args { u"migrate-job"_s, u"--manifest"_s, commandPath(manifestPath()) };
    const QStringList jobs = checkedJobs();
    if (jobs.size() < m_taskModel->rowCount()) {
        args << u"--jobs"_s << jobs.join(u',');
    }
    if (!allTasksChecked()) {
        args << u"--only-tasks"_s << checkedTasks().join(u',');
    }
    if (const QString start = m_startTask->currentData().toString(); !start.isEmpty()) {
        args << u"--start-task"_s << start;
    }
    const int kind = m_kernelKind->currentIndex();
    if (kind == LocalKernel) {
        args << u"--local"_s;
    } else if (kind == JupyterKernel) {
        args << u"--jupyter"_s << m_jupyterUrl->text().trimmed();
    } else {
        args << u"--aidp"_s << m_aidpProfile->text().trimmed();
        args << u"--datalake"_s << m_datalake->text().trimmed();
        args << u"--aidp-workspace"_s << m_aidpWorkspace->text().trimmed();
        args << u"--cluster"_s << m_cluster->text().trimmed();
        if (!m_region->text().trimmed().isEmpty()) {
            args << u"--region"_s << m_region->text().trimmed();
        }
    }
    args << u"--output-base"_s << commandPath(m_outputBase->text().trimmed());
    if (m_parallel->value() != DefaultParallel) {
        args << u"--parallel"_s << QString::number(m_parallel->value());
    }
    args << u"--llm"_s << (m_llm->isChecked() ? u"anthropic"_s : u"none"_s);
    if (m_llm->isChecked() && m_maxFix->value() != DefaultMaxFix) {
        args << u"--max-fix-attempts"_s << QString::number(m_maxFix->value());
    }
    if (m_llm->isChecked() && m_llmRewrite->isChecked()) {
        args << u"--llm-rewrite"_s;
    }
    if (!m_skipMigrated->isChecked()) {
        args << u"--no-skip-migrated"_s;
    }
    if (!m_sandbox->isChecked()) {
        args << u"--no-redirect-schema"_s;
    } else {
        if (const QString schema = m_sandboxSchema->text().trimmed();
            !schema.isEmpty() && schema != DefaultSandboxSchema) {
            args << u"--sandbox-schema"_s << schema;
        }
        if (const QString bucket = m_sandboxBucket->text().trimmed();
            !bucket.isEmpty() && bucket != DefaultSandboxBucket) {
            args << u"--sandbox-bucket"_s << bucket;
        }
        if (const QString ns = m_sandboxNamespace->text().trimmed(); !ns.isEmpty()) {
            args << u"--sandbox-namespace"_s << ns;
        }
    }
    if (const QString file = m_catalogManifest->text().trimmed(); !file.isEmpty()) {
        args << u"--catalog-manifest"_s << commandPath(file);
    }
    if (const QString file = m_bucketMapping->text().trimmed(); !file.isEmpty()) {
        args << u"--bucket-mapping"_s << commandPath(file);
    }
    if (const QString dir = m_workspace->text().trimmed(); !dir.isEmpty()) {
        args << u"--workspace"_s << commandPath(dir);
    }
    if (kind != AidpKernel) {
        if (const QString dir = m_volumesRoot->text().trimmed(); !dir.isEmpty()) {
            args << u"--volumes-root"_s << commandPath(dir);
        }
        for (const QString &mount : mounts()) {
            args << u"--mount"_s << mount;
        }
    }
    if (const QString name = m_kernelName->text().trimmed(); !name.isEmpty()) {
        args << u"--kernel"_s << name;
    }
    if (m_cellTimeout->value() != DefaultCellTimeout) {
        args << u"--cell-timeout"_s << QString::number(m_cellTimeout->value());
    }
    if (m_busyTimeout->value() != DefaultBusyTimeout) {
        args << u"--busy-timeout"_s << QString::number(m_busyTimeout->value());
    }
    if (const QString url = m_sparkRest->text().trimmed(); !url.isEmpty()) {
        args << u"--spark-rest"_s << url;
    }
    args << u"--events"_s << u"-"_s;
    return args;
}

QString MigrateJobDialog::findProblem() const
{
    if (manifestPath().isEmpty()) {
        return tr("Choose a job manifest (mwb build-dag writes reports/<job>_manifest.json).");
    }
    if (!m_manifestError.isEmpty()) {
        return tr("The manifest cannot be read: %1").arg(m_manifestError);
    }
    if (m_manifestData.jobs.isEmpty()) {
        return tr("The manifest %1 holds no job.").arg(QDir::toNativeSeparators(manifestPath()));
    }
    if (checkedTasks().isEmpty()) {
        return tr("Check at least one task to run.");
    }
    if (const QString start = m_startTask->currentData().toString(); !start.isEmpty()) {
        for (const QString &jobName : checkedJobs()) {
            const auto job = std::find_if(m_manifestData.jobs.cbegin(), m_manifestData.jobs.cend(),
                [&jobName](const Workflow::ManifestJob &j) { return j.jobName == jobName; });
            const bool found = job != m_manifestData.jobs.cend()
                && std::any_of(job->tasks.cbegin(), job->tasks.cend(),
                    [&start](const Workflow::ManifestTask &t) { return t.taskKey.contains(start); });
            if (!found) {
                return tr("Job \"%1\" has no task \"%2\" to start at: check only the job that has it, or start at the "
                          "first task.")
                    .arg(jobName, start);
            }
        }
    }
    const int kind = m_kernelKind->currentIndex();
    if (kind == JupyterKernel) {
        const QString text = m_jupyterUrl->text().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (text.isEmpty()) {
            return tr("Enter the Jupyter server URL, e.g. http://127.0.0.1:8888/.");
        }
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            return tr("The Jupyter server URL \"%1\" is not an http:// or https:// URL.").arg(text);
        }
        if (!url.userInfo().isEmpty() || QUrlQuery(url).hasQueryItem(u"token"_s)) {
            return tr("Remove the credentials from the Jupyter URL; the token goes into MWB_JUPYTER_TOKEN (Settings).");
        }
    } else if (kind == AidpKernel) {
        QStringList missing;
        if (m_aidpProfile->text().trimmed().isEmpty()) {
            missing << tr("OCI profile");
        }
        if (m_datalake->text().trimmed().isEmpty()) {
            missing << tr("data lake OCID");
        }
        if (m_aidpWorkspace->text().trimmed().isEmpty()) {
            missing << tr("workspace id");
        }
        if (m_cluster->text().trimmed().isEmpty()) {
            missing << tr("cluster id");
        }
        if (!missing.isEmpty()) {
            return tr("AIDP needs: %1.").arg(missing.join(u", "_s));
        }
    }
    if (m_outputBase->text().trimmed().isEmpty()) {
        return tr("Choose the output folder.");
    }
    for (const auto &[edit, what] : { std::pair { m_catalogManifest, tr("catalog manifest") },
             std::pair { m_bucketMapping, tr("bucket mapping") } }) {
        const QString file = edit->text().trimmed();
        if (!file.isEmpty() && !QFileInfo(absolutePath(file)).isFile()) {
            return tr("The %1 file %2 does not exist.").arg(what, QDir::toNativeSeparators(absolutePath(file)));
        }
    }
    if (const QString dir = m_workspace->text().trimmed(); !dir.isEmpty() && !QFileInfo(absolutePath(dir)).isDir()) {
        return tr("The workspace folder %1 does not exist.").arg(QDir::toNativeSeparators(absolutePath(dir)));
    }
    if (kind != AidpKernel) {
        for (const QString &mount : mounts()) {
            if (mount.indexOf(u'=') <= 0 || !mount.startsWith(u'/')) {
                return tr("The mount \"%1\" is not POINT=DIR (e.g. /mnt/raw=/data/raw).").arg(mount);
            }
        }
    }
    if (m_llmRewrite->isChecked() && !m_llm->isChecked()) {
        return tr("Sending cells to the LLM in Pass 1 needs the LLM: turn the LLM on or that option off.");
    }
    return {};
}

void MigrateJobDialog::setLlmEnabled(bool enabled)
{
    m_llm->setChecked(enabled);
}

bool MigrateJobDialog::isLlmEnabled() const
{
    return m_llm->isChecked();
}

} // namespace Mwb::Widgets
