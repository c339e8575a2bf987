// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/tablechecklist.h"

#include "db/connection.h"
#include "db/copyorder.h"
#include "db/dialect.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

struct OrderResult
{
    QStringList tables;
    QList<QPair<QString, QString>> brokenEdges;
    QString error;
};

// Runs on a pool thread: the connection is opened, used and closed there (one QSqlDatabase per thread).
OrderResult readCopyOrder(const Db::ConnectionSpec &spec)
{
    OrderResult result;
    auto connection = Db::Connection::open(spec, u"tables"_s);
    if (!connection) {
        result.error = connection.error().toString();
        return result;
    }
    auto schema = connection->dialect().readSchema(connection->database(), Db::TableFilter {});
    if (!schema) {
        result.error = schema.error().toString();
        return result;
    }
    const Db::CopyOrder order = Db::copyOrder(schema->tables);
    result.tables = order.tables;
    result.brokenEdges = order.brokenEdges;
    return result;
}

} // namespace

TableChecklist::TableChecklist(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QListView(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_checkAll(new QPushButton(tr("Check &all"), this))
    , m_checkNone(new QPushButton(tr("Check &none"), this))
{
    m_view->setObjectName(u"tableList"_s);
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_busy->setObjectName(u"tableBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height() / 2 + 4);
    m_busy->hide();
    m_status->setObjectName(u"tableStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkAll->setObjectName(u"checkAllTables"_s);
    m_checkNone->setObjectName(u"checkNoTables"_s);
    m_checkAll->setAutoDefault(false);
    m_checkNone->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAll);
    buttons->addWidget(m_checkNone);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_checkAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_checkNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_filling) {
            Q_EMIT checkedChanged();
        }
    });
    clear();
}

TableChecklist::~TableChecklist() = default;

void TableChecklist::load(const Db::ConnectionSpec &spec)
{
    const quint64 request = ++m_request;
    m_loading = true;
    m_error.clear();
    m_model->clear();
    m_busy->show();
    m_status->setText(tr("Reading the tables of %1 …").arg(spec.describe()));
    auto *watcher = new QFutureWatcher<OrderResult>(this);
    connect(watcher, &QFutureWatcher<OrderResult>::finished, this, [this, watcher, request] {
        const OrderResult result = watcher->result();
        watcher->deleteLater();
        QString cycles;
        for (const auto &edge : result.brokenEdges) {
            cycles += (cycles.isEmpty() ? QString() : u", "_s) + edge.first + u" → "_s + edge.second;
        }
        showResult(request, result.tables, cycles, result.error);
    });
    watcher->setFuture(QtConcurrent::run(readCopyOrder, spec));
    Q_EMIT loaded();
}

void TableChecklist::showResult(quint64 request, const QStringList &tables, const QString &cycles, const QString &error)
{
    if (request != m_request) {
        return; // a newer load is on its way
    }
    m_loading = false;
    m_busy->hide();
    m_error = error;
    if (!error.isEmpty()) {
        m_status->setText(tr("Cannot read the source tables: %1").arg(error));
    } else if (tables.isEmpty()) {
        m_status->setText(tr("The source database has no tables."));
    } else {
        QString text = tr("%n table(s) in copy order: a table comes after the tables its foreign keys point to.",
            nullptr, int(tables.size()));
        if (!cycles.isEmpty()) {
            text += u' ' + tr("Foreign-key cycles are loaded without order and checked afterwards: %1.").arg(cycles);
        }
        m_status->setText(text);
    }
    m_filling = true;
    for (const QString &table : tables) {
        auto *item = new QStandardItem(table);
        item->setEditable(false);
        if (m_checkable) {
            item->setCheckable(true);
            item->setCheckState(Qt::Checked);
        }
        m_model->appendRow(item);
    }
    m_filling = false;
    m_checkAll->setEnabled(m_checkable && !tables.isEmpty());
    m_checkNone->setEnabled(m_checkable && !tables.isEmpty());
    Q_EMIT loaded();
    Q_EMIT checkedChanged();
}

void TableChecklist::clear(const QString &message)
{
    ++m_request;
    m_loading = false;
    m_error.clear();
    m_busy->hide();
    m_model->clear();
    m_status->setText(message);
    m_checkAll->setEnabled(false);
    m_checkNone->setEnabled(false);
    Q_EMIT loaded();
    Q_EMIT checkedChanged();
}

QStringList TableChecklist::tables() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        out << m_model->item(row)->text();
    }
    return out;
}

QStringList TableChecklist::checkedTables() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (!m_checkable || item->checkState() == Qt::Checked) {
            out << item->text();
        }
    }
    return out;
}

bool TableChecklist::allChecked() const
{
    return checkedTables().size() == m_model->rowCount();
}

void TableChecklist::setCheckable(bool checkable)
{
    if (checkable == m_checkable) {
        return;
    }
    m_checkable = checkable;
    m_filling = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        item->setCheckable(checkable);
        if (checkable) {
            item->setCheckState(Qt::Checked);
        } else {
            item->setData(QVariant(), Qt::CheckStateRole);
        }
    }
    m_filling = false;
    m_checkAll->setEnabled(checkable && m_model->rowCount() > 0);
    m_checkNone->setEnabled(checkable && m_model->rowCount() > 0);
    Q_EMIT checkedChanged();
}

void TableChecklist::setAllChecked(bool checked)
{
    m_filling = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_model->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    Q_EMIT checkedChanged();
}

} // namespace Mwb::Widgets
