// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyview.h"

#include "history/historychart.h"
#include "history/historyfiltermodel.h"
#include "history/historyloader.h"
#include "history/historymodel.h"
#include "report/reportpreview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

QString stateOf(const HistoryRun &run)
{
    return run.record.status + u'\n' + run.record.finishedAt + u'\n' + run.record.summary + u'\n'
        + (run.processGone ? u"gone"_s : QString());
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_loader(new HistoryLoader(this))
    , m_model(new HistoryModel(this))
    , m_filter(new HistoryFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_kinds(new QComboBox(this))
    , m_results(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_chart(new HistoryChart(this))
    , m_runHeader(new QLabel(this))
    , m_detail(new ReportPreview(this))
    , m_timer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Filter by job, title or run id"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(u"historySearch"_s);
    m_kinds->setObjectName(u"historyKind"_s);
    m_kinds->addItem(tr("All kinds"), QString());
    for (const QString &kind : { u"migrate-job"_s, u"data"_s, u"validate"_s }) {
        m_kinds->addItem(runKindLabel(kind), kind);
    }
    m_results->setObjectName(u"historyResult"_s);
    m_results->addItem(tr("All results"), -1);
    for (const RunResult result :
        { RunResult::Passed, RunResult::Partial, RunResult::Failed, RunResult::Interrupted, RunResult::Running }) {
        const QString label = result == RunResult::Partial ? tr("Partial / differences") : runResultLabel(result);
        QPixmap swatch(10, 10);
        swatch.fill(runResultColor(result));
        m_results->addItem(QIcon(swatch), label, int(result));
    }
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    reloadButton->setToolTip(tr("Read the run history again (it also reloads every few seconds)"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kinds);
    bar->addWidget(m_results);
    bar->addWidget(m_count);
    bar->addWidget(reloadButton);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::StartedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Short columns fit their contents; the title (URLs, manifest names) takes the rest, elided in the
    // middle so both ends of a URL stay readable.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setObjectName(u"historyTable"_s);

    m_chart->setModel(m_filter);
    m_chart->setObjectName(u"historyChart"_s);
    m_runHeader->setWordWrap(true);
    m_runHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runHeader->setObjectName(u"runHeader"_s);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(2);
    detailLayout->addWidget(m_runHeader);
    detailLayout->addWidget(m_detail, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryView::setTextFilter);
    connect(m_kinds, &QComboBox::currentIndexChanged, this,
        [this](int index) { setKindFilter(m_kinds->itemData(index).toString()); });
    connect(m_results, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int value = m_results->itemData(index).toInt();
        setResultFilter(value < 0 ? std::nullopt : std::optional<RunResult>(RunResult(value)));
    });
    connect(reloadButton, &QPushButton::clicked, this, &HistoryView::reload);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HistoryView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::showCurrentRun);
    connect(m_chart, &HistoryChart::runClicked, this, &HistoryView::selectRun);
    connect(m_loader, &HistoryLoader::loaded, this, &HistoryView::applyRuns);
    connect(m_loader, &HistoryLoader::failed, this, [this](const QString &message) {
        m_detail->clear(message);
        Q_EMIT loadFailed(message);
    });
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_loader->isLoading()) {
            reload();
        }
    });
    updateCount();
    m_runHeader->hide();
    m_detail->clear(tr("No project is open."));
}

HistoryView::~HistoryView() = default;

void HistoryView::setProjectDir(const QString &projectDir)
{
    if (projectDir != m_projectDir) {
        m_projectDir = projectDir;
        m_model->setRuns({});
        m_shownRun.clear();
        m_selectFirst = true;
    }
    reload();
}

void HistoryView::reload()
{
    if (!m_projectDir.isEmpty()) {
        m_loader->load(m_projectDir);
    }
}

void HistoryView::setAutoReloadInterval(int msec)
{
    if (msec <= 0) {
        m_timer->stop();
        m_timer->setInterval(0);
        return;
    }
    m_timer->setInterval(msec);
    if (isVisible()) {
        m_timer->start();
    }
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_timer->interval() > 0) {
        m_timer->start();
    }
}

void HistoryView::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void HistoryView::applyRuns(const QList<HistoryRun> &runs)
{
    m_model->setRuns(runs);
    if (runs.isEmpty()) {
        m_runHeader->hide();
        m_detail->clear(tr("No runs in this project yet. Migrate-job, data and validate runs started here or with "
                           "\"mwb\" appear in this list."));
    } else if (!m_table->selectionModel()->currentIndex().isValid()) {
        if (m_selectFirst && m_filter->rowCount() > 0) {
            m_selectFirst = false;
            m_table->selectRow(0); // the newest run, in the default order
        }
    } else if (const int row = m_model->rowOf(m_shownRun); row >= 0 && stateOf(*m_model->run(row)) != m_shownState) {
        showCurrentRun(); // the run moved on (finished, resumed): its report changed
    }
    updateCount();
    m_chart->update();
    Q_EMIT runsLoaded(int(runs.size()));
}

void HistoryView::showCurrentRun()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString runId = current.isValid() ? current.data(HistoryModel::RunIdRole).toString() : QString();
    m_chart->setCurrentRunId(runId);
    const int row = m_model->rowOf(runId);
    const HistoryRun *run = m_model->run(row);
    if (!run) {
        m_shownRun.clear();
        m_runHeader->hide();
        m_detail->clear();
        Q_EMIT currentRunChanged(QString());
        return;
    }
    const bool changed = runId != m_shownRun;
    m_shownRun = runId;
    m_shownState = stateOf(*run);
    QStringList parts;
    parts << runKindLabel(run->record.kind) << runResultLabel(run->result, run->record.kind);
    if (run->started.isValid()) {
        parts << tr("started %1").arg(QLocale().toString(run->started.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s));
    }
    if (run->durationMs >= 0) {
        parts << (run->result == RunResult::Running ? tr("running for %1") : tr("took %1"))
                     .arg(formatDuration(run->durationMs));
    }
    parts << tr("run id %1").arg(run->record.runId);
    QString header = parts.join(u"  ·  "_s);
    if (run->processGone) {
        header += u'\n'
            + tr("Its process (%1) is gone without writing an end: it was killed. Data jobs continue with "
                 "\"mwb data resume %2\".")
                  .arg(run->record.pid)
                  .arg(run->record.runId);
    }
    m_runHeader->setText(header);
    m_runHeader->setToolTip(run->record.title);
    m_runHeader->show();
    m_detail->showRun(run->record, m_projectDir);
    if (changed) {
        Q_EMIT currentRunChanged(runId);
    }
}

bool HistoryView::selectRun(const QString &runId)
{
    const int row = m_model->rowOf(runId);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, HistoryModel::TitleColumn));
    if (!index.isValid()) {
        // Hidden by a filter: show everything rather than select nothing.
        m_search->clear();
        m_kinds->setCurrentIndex(0);
        m_results->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, HistoryModel::TitleColumn));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString HistoryView::currentRunId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(HistoryModel::RunIdRole).toString() : QString();
}

void HistoryView::setTextFilter(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    m_filter->setText(text);
    updateCount();
}

void HistoryView::setKindFilter(const QString &kind)
{
    const int index = m_kinds->findData(kind);
    if (index >= 0 && index != m_kinds->currentIndex()) {
        m_kinds->setCurrentIndex(index);
        return;
    }
    m_filter->setKind(kind);
    updateCount();
}

void HistoryView::setResultFilter(std::optional<RunResult> result)
{
    const int index = m_results->findData(result ? int(*result) : -1);
    if (index >= 0 && index != m_results->currentIndex()) {
        m_results->setCurrentIndex(index);
        return;
    }
    m_filter->setResult(result);
    updateCount();
}

void HistoryView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(
        shown == total ? tr("%n run(s)", nullptr, total) : tr("%1 of %n run(s)", nullptr, total).arg(shown));
}

} // namespace Mwb::Widgets
