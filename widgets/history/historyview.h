// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historyrun.h"

#include <optional>

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Mwb::Widgets {

class HistoryChart;
class HistoryFilterModel;
class HistoryLoader;
class HistoryModel;
class ReportPreview;

// The run history document (WORKBENCH_UI.md "Run history"): every migrate-job, data and validate run
// of the project's .mwb/history.sqlite in a sortable table with a text / kind / result filter bar, a
// chart of results and durations over time, and the selected run's report below. Reads the history
// off the GUI thread, on setProjectDir(), reload() and every few seconds while shown; a reload keeps
// the selection.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    void setProjectDir(const QString &projectDir);
    QString projectDir() const { return m_projectDir; }
    void reload();
    // While the view is visible; 0 turns it off. Default 5000 ms.
    void setAutoReloadInterval(int msec);

    // Selects the run (clearing filters that hide it); false when the history has no such run.
    bool selectRun(const QString &runId);
    QString currentRunId() const;

    void setTextFilter(const QString &text);
    void setKindFilter(const QString &kind); // stored kind; empty: all
    void setResultFilter(std::optional<RunResult> result); // nullopt: all

    HistoryModel *model() const { return m_model; }
    HistoryFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    HistoryChart *chart() const { return m_chart; }
    ReportPreview *detail() const { return m_detail; }

Q_SIGNALS:
    void runsLoaded(int count);
    void loadFailed(const QString &message);
    void currentRunChanged(const QString &runId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyRuns(const QList<HistoryRun> &runs);
    void showCurrentRun();
    void updateCount();

    HistoryLoader *m_loader;
    HistoryModel *m_model;
    HistoryFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_kinds;
    QComboBox *m_results;
    QLabel *m_count;
    QTableView *m_table;
    HistoryChart *m_chart;
    QLabel *m_runHeader;
    ReportPreview *m_detail;
    QTimer *m_timer;
    QString m_projectDir;
    QString m_shownRun; // the run whose report the detail shows
    QString m_shownState; // its status, end and summary when shown: a change reloads the report
    bool m_selectFirst = true;
};

} // namespace Mwb::Widgets
