// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/failedrowsmodel.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Mwb::Widgets {

// A viewer for a data job's isolated rows: pick one of the job folder's `*_failed.jsonl` files or
// `fk_violations.jsonl`; the file is read off the GUI thread and large files show their first
// FailedRowsModel::defaultCap rows with a note.
class FailedRowsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedRowsView)

public:
    explicit FailedRowsView(QWidget *parent = nullptr);
    ~FailedRowsView() override;

    // .tmp/migrations/<job_id>/; lists its files and shows the first.
    void setJobDir(const QString &jobDir);
    // Lists the files again (a running job adds them), keeping the one shown.
    void refresh();
    // Shows fileName (a name in the job folder).
    void showFile(const QString &fileName);

    QStringList files() const;
    FailedRowsModel *model() const { return m_model; }
    QString note() const;
    bool isLoading() const { return m_watcher.isRunning() || !m_pending.isEmpty(); }

Q_SIGNALS:
    void loaded();

private:
    void startPending();

    QString m_jobDir;
    QString m_pending; // the file to read next
    FailedRowsModel *m_model;
    QComboBox *m_files;
    QLabel *m_note;
    QTableView *m_view;
    QFutureWatcher<FailedRows> m_watcher;
};

} // namespace Mwb::Widgets
