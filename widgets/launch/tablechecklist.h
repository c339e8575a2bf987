// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/connectionspec.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStandardItemModel;

namespace Mwb::Widgets {

// The tables of a source database in foreign-key copy order (parents first, db/copyorder.h), each
// with a checkbox. The schema is read on a worker thread (it can take seconds on a big catalog);
// a busy bar shows meanwhile, and a failure is shown in place with what failed and where.
class TableChecklist final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableChecklist)

public:
    explicit TableChecklist(QWidget *parent = nullptr);
    ~TableChecklist() override;

    // Reads the tables of `spec` off the GUI thread; a newer load drops the result of an older one.
    void load(const Db::ConnectionSpec &spec);
    // Forgets the tables and shows `message` (e.g. why there is nothing to load).
    void clear(const QString &message = {});

    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_error; }
    QStringList tables() const; // all, in copy order
    QStringList checkedTables() const; // in copy order
    bool allChecked() const;
    void setCheckable(bool checkable); // false: the list only shows the order, every table is included
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void loaded(); // tables() changed, or the load failed (errorText())
    void checkedChanged();

private:
    void setAllChecked(bool checked);
    void showResult(quint64 request, const QStringList &tables, const QString &cycles, const QString &error);

    QStandardItemModel *m_model;
    QListView *m_view;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_checkAll;
    QPushButton *m_checkNone;
    quint64 m_request = 0;
    bool m_loading = false;
    bool m_checkable = true;
    bool m_filling = false; // item changes made here, reported once as checkedChanged
    QString m_error;
};

} // namespace Mwb::Widgets
