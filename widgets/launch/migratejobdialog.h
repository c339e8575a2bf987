// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/launchdialog.h"
#include "workflow/manifest.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace Mwb::Widgets {

// `mwb migrate-job`: a manifest's jobs and tasks as checkboxes, the kernel (local, Jupyter server,
// AIDP), output folder, parallelism, fixer settings, the write-redirect sandbox (turning it off
// asks first) and the rewrite inputs. Unchecked jobs become --jobs, unchecked tasks --only-tasks.
class MigrateJobDialog final : public LaunchDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateJobDialog)

public:
    explicit MigrateJobDialog(const QString &projectDir, QWidget *parent = nullptr);
    ~MigrateJobDialog() override;

    // Selects the manifest (adds it to the list when it is not one of <project>/reports/*_manifest.json).
    void setManifestPath(const QString &path);
    QString manifestPath() const; // absolute; empty when none is chosen
    // Checks only this job, and within it only `taskKeys` (all its tasks when empty).
    void selectOnly(const QString &jobName, const QStringList &taskKeys = {});
    // Whether the LLM fixer starts ticked: the caller knows whether an Anthropic key is configured (a run
    // with the LLM on and no key fails its preflight).
    void setLlmEnabled(bool enabled);
    bool isLlmEnabled() const;
    // Jobs (top level) and their tasks in layer order; column 0 is checkable.
    QStandardItemModel *taskModel() const { return m_taskModel; }
    QTreeView *taskTree() const { return m_tasks; }

    // Asked when the user unchecks the sandbox; false keeps it on. The default asks with a
    // QMessageBox; tests replace it (a modal box would block them).
    using Confirmation = std::function<bool(QWidget *parent)>;
    void setSandboxOffConfirmation(Confirmation confirm);

protected:
    QStringList buildArguments() const override;
    QString findProblem() const override;

private:
    void loadManifest();
    void fillStartTasks();
    void sandboxToggled(bool on);
    void showKernelPage(int index);
    void taskItemChanged(QStandardItem *item);
    void browseFile(QLineEdit *edit, const QString &title, const QString &filter);
    void browseFolder(QLineEdit *edit, const QString &title);
    QWidget *makeManifestBox();
    QWidget *makeKernelBox();
    QWidget *makeRunBox();
    QWidget *makeSandboxBox();
    QWidget *makeInputsBox();
    QWidget *makeAdvanced();
    QWidget *withBrowse(QLineEdit *edit, const std::function<void()> &browse, const QString &name);
    // Checked jobs (with at least one checked task) and the checked tasks of those jobs, in tree order.
    QStringList checkedJobs() const;
    QStringList checkedTasks() const;
    bool allTasksChecked() const;
    QStringList mounts() const;

    Workflow::Manifest m_manifestData;
    QString m_manifestError;
    Confirmation m_confirm;

    QComboBox *m_manifest = nullptr;
    QStandardItemModel *m_taskModel = nullptr;
    QTreeView *m_tasks = nullptr;
    bool m_syncingChecks = false;
    QComboBox *m_startTask = nullptr;
    QComboBox *m_kernelKind = nullptr;
    QStackedWidget *m_kernelPages = nullptr;
    QLineEdit *m_jupyterUrl = nullptr;
    QLineEdit *m_aidpProfile = nullptr;
    QLineEdit *m_datalake = nullptr;
    QLineEdit *m_aidpWorkspace = nullptr;
    QLineEdit *m_cluster = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_outputBase = nullptr;
    QSpinBox *m_parallel = nullptr;
    QSpinBox *m_maxFix = nullptr;
    QCheckBox *m_llm = nullptr;
    QCheckBox *m_skipMigrated = nullptr;
    QCheckBox *m_sandbox = nullptr;
    QLineEdit *m_catalogManifest = nullptr;
    QLineEdit *m_bucketMapping = nullptr;
    QLineEdit *m_workspace = nullptr;
    QLineEdit *m_volumesRoot = nullptr;
    QPlainTextEdit *m_mounts = nullptr;
    QLineEdit *m_kernelName = nullptr;
    QSpinBox *m_cellTimeout = nullptr;
    QSpinBox *m_busyTimeout = nullptr;
    QLineEdit *m_sandboxSchema = nullptr;
    QLineEdit *m_sandboxBucket = nullptr;
    QLineEdit *m_sandboxNamespace = nullptr;
    QCheckBox *m_llmRewrite = nullptr;
    QLineEdit *m_sparkRest = nullptr;
};

} // namespace Mwb::Widgets
