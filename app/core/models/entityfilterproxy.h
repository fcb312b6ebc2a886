// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QAbstractProxyModel>
#include <QCollator>
#include <QList>
#include <functional>

namespace alertdesk {

class EntityTableModel;

/// Filters an EntityTableModel by what the operator types: a row stays when any of its cells contains the text,
/// ignoring case (Chinese included; the comparison is on case-folded text the model keeps ready). Sorts any column
/// the way people read: locale-aware and natural ("robot 2" before "robot 10").
///
/// Built for typing over 100,000 rows within a frame, where QSortFilterProxyModel signals every range of rows that
/// leaves or comes back and the view lays each one out: this proxy keeps the rows of the sort column in order
/// (kept in order as rows come, change or go, never sorted again per keystroke), filters by scanning that order —
/// or only the rows on show when the new text extends the old one — and publishes the result as one layout change
/// (the selection follows its rows; rows filtered away drop out of it).
class EntityFilterProxy : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit EntityFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    /// Filters as you type; surrounding space is ignored, an empty text shows every row.
    void setSearchText(const QString& text);
    QString searchText() const { return m_needle; }
    /// Column -1 shows the rows in the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

private:
    bool accepts(int sourceRow, const QString& needle) const;
    QString sortText(int sourceRow) const;
    bool before(int left, int right) const; ///< source rows in ascending order of the sort column
    void rebuildOrder();
    void insertInOrder(int sourceRow);
    /// Filters `candidates` (source rows in display order) and shows the result.
    void refilter(const QList<int>& candidates);
    /// Shows `rows` (source rows in display order); `renumber` maps old source rows to new ones (-1: gone).
    void publish(QList<int> rows, const std::function<int(int)>& renumber = {});
    QList<int> displayOrder() const;

    void sourceReset();
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    EntityTableModel* m_entities = nullptr;
    QList<int> m_order;             ///< every source row, ascending by the sort column (source order when unsorted)
    QList<QCollatorSortKey> m_keys; ///< collation keys of the sort column, by source row: a byte compare each
    QList<int> m_shown;             ///< source rows on show, in display order
    QList<int> m_proxyRowOf;        ///< source row -> proxy row, -1 when filtered away
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_needle; ///< case-folded
    /// The rows of the texts typed just before (any source change or new order forgets them): erasing a character
    /// shows them again without a look at 100,000 rows.
    struct Filtered {
        QString needle;
        QList<int> rows;
    };
    QList<Filtered> m_history;
    QCollator m_collator;
};

} // namespace alertdesk
