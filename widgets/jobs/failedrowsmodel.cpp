// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/failedrowsmodel.h"

#include "core/jsonio.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

QString cellText(const Core::OrderedJson &value)
{
    if (value.is_null()) {
        return u"NULL"_s;
    }
    if (value.is_string()) {
        return QString::fromStdString(value.get<std::string>());
    }
    return QString::fromStdString(value.dump(-1, ' ', false, Core::OrderedJson::error_handler_t::replace));
}

} // namespace

FailedRowsModel::FailedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FailedRowsModel::~FailedRowsModel() = default;

FailedRows FailedRowsModel::read(const QString &path, int cap)
{
    FailedRows result;
    result.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    // The error first: it is what the user came for. Then the row's values, then the rest.
    result.columns << u"error"_s;
    QHash<QString, int> columnIndex { { u"error"_s, 0 } };
    QList<QHash<int, QString>> parsed;
    auto columnOf = [&](const QString &name) {
        auto it = columnIndex.constFind(name);
        if (it != columnIndex.cend()) {
            return *it;
        }
        const int index = int(result.columns.size());
        result.columns << name;
        columnIndex.insert(name, index);
        return index;
    };
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty()) {
            continue;
        }
        ++result.totalRows;
        if (parsed.size() >= cap) {
            continue; // counted, not kept
        }
        // nlohmann's ordered_json keeps the file's key order, so the columns come in the table's order.
        const Core::OrderedJson object
            = Core::OrderedJson::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (!object.is_object()) {
            ++result.unreadable;
            continue;
        }
        QHash<int, QString> row;
        if (const auto values = object.find("values"); values != object.end() && values->is_object()) {
            for (auto it = values->begin(); it != values->end(); ++it) {
                row.insert(columnOf(QString::fromStdString(it.key())), cellText(it.value()));
            }
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != "values" && it.key() != "types") {
                row.insert(columnOf(QString::fromStdString(it.key())), cellText(it.value()));
            }
        }
        parsed << row;
    }
    result.rows.reserve(parsed.size());
    for (const auto &row : std::as_const(parsed)) {
        QStringList cells;
        cells.reserve(result.columns.size());
        for (int c = 0; c < result.columns.size(); ++c) {
            cells << row.value(c);
        }
        result.rows << cells;
    }
    return result;
}

void FailedRowsModel::setRows(const FailedRows &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FailedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.rows.size());
}

int FailedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.columns.size());
}

QVariant FailedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return m_rows.rows.at(index.row()).value(index.column()).left(500);
    }
    if (role == Qt::ToolTipRole) {
        return m_rows.rows.at(index.row()).value(index.column()).left(4000);
    }
    return {};
}

QVariant FailedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    return section == 0 && m_rows.columns.value(0) == u"error" ? tr("Error") : m_rows.columns.value(section);
}

} // namespace Mwb::Widgets
