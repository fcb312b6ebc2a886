// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "models/entityfilterproxy.h"

#include "models/entitytablemodel.h"

#include <QLocale>
#include <algorithm>
#include <numeric>

namespace alertdesk {

namespace {

constexpr qsizetype historyLimit = 8; ///< earlier results kept for erasing (at most 400 KB each for 100,000 rows)

} // namespace

EntityFilterProxy::EntityFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
    // The C locale (LANG=C.UTF-8 on servers and in tests) collates by code point and ignores numeric mode.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void EntityFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    m_entities = qobject_cast<EntityTableModel*>(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &EntityFilterProxy::sourceReset);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EntityFilterProxy::sourceReset);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EntityFilterProxy::sourceRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EntityFilterProxy::sourceRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &EntityFilterProxy::sourceDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuildOrder();
    m_history.clear();
    m_shown.clear();
    for (int row : displayOrder()) {
        if (accepts(row, m_needle))
            m_shown << row;
    }
    m_proxyRowOf.fill(-1, model ? model->rowCount() : 0);
    for (int at = 0; at < m_shown.size(); ++at)
        m_proxyRowOf[m_shown.at(at)] = at;
    endResetModel();
}

QModelIndex EntityFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EntityFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

int EntityFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int EntityFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex EntityFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_shown.size())
        return {};
    return sourceModel()->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex EntityFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void EntityFilterProxy::setSearchText(const QString& text)
{
    const QString needle = text.trimmed().toCaseFolded();
    if (needle == m_needle)
        return;
    m_history.removeIf([this](const Filtered& earlier) { return earlier.needle == m_needle; });
    m_history.append({m_needle, m_shown});
    if (m_history.size() > historyLimit)
        m_history.removeFirst();
    m_needle = needle;
    if (needle.isEmpty()) {
        publish(displayOrder());
        return;
    }
    // Erasing back to a text typed a moment ago: its rows are known. Typing on: a longer text keeps a subset of what
    // a shorter one inside it kept, so only those rows need a look.
    const Filtered* narrowest = nullptr;
    for (const Filtered& earlier : std::as_const(m_history)) {
        if (earlier.needle == needle) {
            publish(earlier.rows);
            return;
        }
        if (needle.contains(earlier.needle) && (!narrowest || earlier.rows.size() < narrowest->rows.size()))
            narrowest = &earlier;
    }
    refilter(narrowest ? narrowest->rows : displayOrder());
}

void EntityFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    const bool sameColumn = column == m_sortColumn;
    m_sortColumn = column;
    m_sortOrder = order;
    m_history.clear();
    if (!sameColumn)
        rebuildOrder();
    if (sameColumn && column >= 0) { // just the other way round
        QList<int> rows(m_shown.crbegin(), m_shown.crend());
        publish(std::move(rows));
        return;
    }
    refilter(displayOrder());
}

bool EntityFilterProxy::accepts(int sourceRow, const QString& needle) const
{
    if (needle.isEmpty())
        return true;
    if (m_entities)
        return m_entities->matches(sourceRow, EntityTableModel::searchFor(needle));
    for (int column = 0; column < sourceModel()->columnCount(); ++column) { // any other model: cell by cell
        if (sourceModel()->index(sourceRow, column).data().toString().toCaseFolded().contains(needle))
            return true;
    }
    return false;
}

QString EntityFilterProxy::sortText(int sourceRow) const
{
    return sourceModel()->index(sourceRow, m_sortColumn).data().toString();
}

bool EntityFilterProxy::before(int left, int right) const
{
    const int order = m_keys.at(left).compare(m_keys.at(right));
    return order != 0 ? order < 0 : left < right; // a stable order for equal cells
}

void EntityFilterProxy::rebuildOrder()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(rows);
    std::iota(m_order.begin(), m_order.end(), 0);
    m_keys.clear();
    if (m_sortColumn < 0 || rows == 0)
        return;
    m_keys.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_keys.append(m_collator.sortKey(sortText(row)));
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
}

void EntityFilterProxy::insertInOrder(int sourceRow)
{
    if (m_sortColumn < 0) {
        m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), sourceRow), sourceRow);
        return;
    }
    const auto at =
        std::lower_bound(m_order.begin(), m_order.end(), sourceRow, [this](int a, int b) { return before(a, b); });
    m_order.insert(at, sourceRow);
}

QList<int> EntityFilterProxy::displayOrder() const
{
    if (m_sortColumn >= 0 && m_sortOrder == Qt::DescendingOrder)
        return QList<int>(m_order.crbegin(), m_order.crend());
    return m_order;
}

void EntityFilterProxy::refilter(const QList<int>& candidates)
{
    QList<int> rows;
    if (m_entities && !m_needle.isEmpty()) {
        // Most rows lack one of the typed characters: their byte sets say so without reading their text.
        const EntityTableModel::Search search = EntityTableModel::searchFor(m_needle);
        for (int row : candidates) {
            if (m_entities->matches(row, search))
                rows << row;
        }
    } else {
        for (int row : candidates) {
            if (accepts(row, m_needle))
                rows << row;
        }
    }
    publish(std::move(rows));
}

void EntityFilterProxy::publish(QList<int> rows, const std::function<int(int)>& renumber)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The selection and current row are persistent indexes: they follow their source rows.
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& index : before) {
        const int source = index.row() < m_shown.size() ? m_shown.at(index.row()) : -1;
        sourceRows << (renumber && source >= 0 ? renumber(source) : source);
    }
    m_shown = std::move(rows);
    m_proxyRowOf.fill(-1, sourceModel() ? sourceModel()->rowCount() : 0);
    for (int at = 0; at < m_shown.size(); ++at)
        m_proxyRowOf[m_shown.at(at)] = at;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows.at(i);
        const int row = source >= 0 && source < m_proxyRowOf.size() ? m_proxyRowOf.at(source) : -1;
        after << (row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EntityFilterProxy::sourceReset()
{
    setSourceModel(sourceModel());
}

void EntityFilterProxy::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    m_history.clear();
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    auto renumber = [first, count](int row) { return row >= first ? row + count : row; };
    for (int& row : m_order)
        row = renumber(row);
    if (m_sortColumn >= 0) {
        for (int row = first; row <= last; ++row)
            m_keys.insert(row, m_collator.sortKey(sortText(row)));
    }
    for (int row = first; row <= last; ++row)
        insertInOrder(row);
    // Rows on show keep their place; the new ones join where the order puts them when they match.
    QList<int> rows;
    rows.reserve(m_shown.size() + count);
    for (int row : displayOrder()) {
        const bool isNew = row >= first && row <= last;
        const int old = row >= first ? row - count : row;
        if (isNew ? accepts(row, m_needle) : (old < m_proxyRowOf.size() && m_proxyRowOf.at(old) >= 0))
            rows << row;
    }
    publish(std::move(rows), renumber);
}

void EntityFilterProxy::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    m_history.clear();
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    auto renumber = [first, last, count](int row) { return row < first ? row : row > last ? row - count : -1; };
    QList<int> order;
    order.reserve(m_order.size());
    for (int row : std::as_const(m_order)) {
        if (const int now = renumber(row); now >= 0)
            order << now;
    }
    m_order = std::move(order);
    if (m_sortColumn >= 0)
        m_keys.remove(first, count);
    QList<int> rows;
    rows.reserve(m_shown.size());
    for (int row : std::as_const(m_shown)) {
        if (const int now = renumber(row); now >= 0)
            rows << now;
    }
    publish(std::move(rows), renumber);
}

void EntityFilterProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    m_history.clear();
    if (!topLeft.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column()) {
        // The changed rows take their new places in the order.
        m_order.removeIf([first, last](int row) { return row >= first && row <= last; });
        for (int row = first; row <= last; ++row) {
            m_keys[row] = m_collator.sortKey(sortText(row));
            insertInOrder(row);
        }
    }
    // A changed row may start or stop matching; the others stay as they are.
    QList<int> rows;
    rows.reserve(m_shown.size());
    for (int row : displayOrder()) {
        const bool changed = row >= first && row <= last;
        if (changed ? accepts(row, m_needle) : m_proxyRowOf.at(row) >= 0)
            rows << row;
    }
    publish(std::move(rows));
    int top = -1;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int at = m_proxyRowOf.at(row);
        if (at < 0)
            continue;
        top = top < 0 ? at : std::min(top, at);
        bottom = std::max(bottom, at);
    }
    if (top >= 0)
        emit dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()));
}

} // namespace alertdesk
