// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "models/entitytablemodel.h"

namespace alertdesk {

EntityTableModel::EntityTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{}

int EntityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.cells.value(index.column());
    case UuidRole:
        return row.uuid;
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString EntityTableModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QString();
}

int EntityTableModel::rowOf(const QString& uuid) const
{
    return m_index.value(uuid, -1);
}

quint64 EntityTableModel::characterMask(QStringView text)
{
    quint64 mask = 0;
    for (const QChar c : text)
        mask |= quint64(1) << (c.unicode() % 64);
    return mask;
}

EntityTableModel::Row EntityTableModel::makeRow(const QString& uuid) const
{
    Row row{uuid, cellsFor(uuid), {}, 0};
    row.searchText = row.cells.join(QLatin1Char('\n')).toCaseFolded();
    row.searchMask = characterMask(row.searchText);
    return row;
}

void EntityTableModel::fill(const QStringList& uuids)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_rows.reserve(uuids.size());
    for (const QString& uuid : uuids) {
        m_index.insert(uuid, int(m_rows.size()));
        m_rows.append(makeRow(uuid));
    }
    endResetModel();
}

void EntityTableModel::upsert(const QString& uuid)
{
    const int existing = rowOf(uuid);
    if (existing >= 0) {
        Row row = makeRow(uuid);
        if (row.cells != m_rows.at(existing).cells) {
            m_rows[existing] = std::move(row);
            emit dataChanged(index(existing, 0), index(existing, columnCount() - 1));
        }
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_index.insert(uuid, at);
    m_rows.append(makeRow(uuid));
    endInsertRows();
}

void EntityTableModel::drop(const QString& uuid)
{
    const int at = rowOf(uuid);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    m_index.remove(uuid);
    for (int row = at; row < m_rows.size(); ++row)
        m_index[m_rows.at(row).uuid] = row;
    endRemoveRows();
}

void EntityTableModel::refresh(const std::function<bool(const QString& uuid)>& affected)
{
    int first = -1;
    int last = -1;
    for (int at = 0; at < m_rows.size(); ++at) {
        if (affected && !affected(m_rows.at(at).uuid))
            continue;
        Row row = makeRow(m_rows.at(at).uuid);
        if (row.cells == m_rows.at(at).cells)
            continue;
        m_rows[at] = std::move(row);
        first = first < 0 ? at : first;
        last = at;
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

bool EntityTableModel::fail(const Error& error)
{
    m_lastError = error.message;
    emit readFailed(error.message);
    return false;
}

} // namespace alertdesk
