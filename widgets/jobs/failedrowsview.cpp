// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/failedrowsview.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

FailedRowsView::FailedRowsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FailedRowsModel(this))
    , m_files(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_files->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setWordWrap(false);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_files);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_files);
    bar->addWidget(refreshButton);
    bar->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(refreshButton, &QPushButton::clicked, this, [this] {
        refresh();
        showFile(m_files->currentText());
    });
    connect(m_files, &QComboBox::textActivated, this, &FailedRowsView::showFile);
    connect(&m_watcher, &QFutureWatcher<FailedRows>::finished, this, [this] {
        if (!m_pending.isEmpty()) {
            startPending(); // another file was asked for meanwhile: this result is stale
            return;
        }
        const FailedRows rows = m_watcher.result();
        m_model->setRows(rows);
        const QLocale locale;
        if (!rows.error.isEmpty()) {
            m_note->setText(rows.error);
        } else if (rows.totalRows > rows.rows.size() + rows.unreadable) {
            m_note->setText(tr("Showing the first %1 of %2 rows; open the file for the rest: %3")
                                .arg(locale.toString(rows.rows.size()), locale.toString(rows.totalRows), rows.path));
        } else {
            m_note->setText(tr("%n row(s)", nullptr, int(rows.rows.size())));
        }
        if (rows.unreadable > 0) {
            m_note->setText(m_note->text() + u' ' + tr("(%n line(s) are not JSON)", nullptr, int(rows.unreadable)));
        }
        Q_EMIT loaded();
    });
}

FailedRowsView::~FailedRowsView()
{
    m_watcher.waitForFinished();
}

void FailedRowsView::setJobDir(const QString &jobDir)
{
    m_jobDir = jobDir;
    m_files->clear();
    m_model->setRows({});
    refresh();
    if (m_files->count() > 0) {
        showFile(m_files->itemText(0));
    }
}

void FailedRowsView::refresh()
{
    const QString current = m_files->currentText();
    // The engine creates every table's file up front (FailedRowWriter::truncateTo); list those with rows.
    QStringList names;
    const QFileInfoList infos
        = QDir(m_jobDir).entryInfoList({ u"*_failed.jsonl"_s, u"fk_violations.jsonl"_s }, QDir::Files, QDir::Name);
    for (const QFileInfo &info : infos) {
        if (info.size() > 0) {
            names << info.fileName();
        }
    }
    m_files->clear();
    m_files->addItems(names);
    if (!current.isEmpty() && names.contains(current)) {
        m_files->setCurrentText(current);
    }
    if (names.isEmpty()) {
        m_note->setText(tr("No rows were isolated."));
    }
}

void FailedRowsView::showFile(const QString &fileName)
{
    if (fileName.isEmpty()) {
        return;
    }
    m_files->setCurrentText(fileName);
    m_note->setText(tr("Reading…"));
    m_pending = fileName;
    startPending();
}

void FailedRowsView::startPending()
{
    if (m_watcher.isRunning() || m_pending.isEmpty()) {
        return;
    }
    const QString path = QDir(m_jobDir).filePath(std::exchange(m_pending, QString()));
    m_watcher.setFuture(QtConcurrent::run(&FailedRowsModel::read, path, int(FailedRowsModel::defaultCap)));
}

QStringList FailedRowsView::files() const
{
    QStringList names;
    for (int i = 0; i < m_files->count(); ++i) {
        names << m_files->itemText(i);
    }
    return names;
}

QString FailedRowsView::note() const
{
    return m_note->text();
}

} // namespace Mwb::Widgets
