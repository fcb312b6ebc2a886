// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "pages/entitytableview.h"

#include <QHeaderView>

namespace alertdesk {

EntityTableView::EntityTableView(QAbstractItemModel* model, QWidget* parent)
    : QTableView(parent)
{
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(0, Qt::AscendingOrder);
    setWordWrap(false);
    setAlternatingRowColors(true);
    // Fixed row heights: the view never measures 100,000 rows to lay them out.
    QHeaderView* rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* columns = horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setDefaultSectionSize(fontMetrics().averageCharWidth() * 18);
}

void EntityTableView::sizeColumnsOnce()
{
    // Once there are rows to measure (the view measures the rows on screen only), unless the operator's own widths
    // were restored. A column of long text stops at a readable width instead of pushing the others away.
    if (m_columnsSized || !model() || model()->rowCount() == 0)
        return;
    m_columnsSized = true;
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < model()->columnCount() - 1; ++column) {
        resizeColumnToContents(column);
        setColumnWidth(column, std::min(widest, columnWidth(column) + 16));
    }
}

QByteArray EntityTableView::saveHeader() const
{
    if (!model() || model()->columnCount() == 0)
        return m_pendingHeader;
    return horizontalHeader()->saveState();
}

void EntityTableView::restoreHeader(const QByteArray& state)
{
    if (!model() || model()->columnCount() == 0) {
        m_pendingHeader = state;
        return;
    }
    QHeaderView* header = horizontalHeader();
    if (header->restoreState(state)) {
        sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        m_columnsSized = true;
    }
}

void EntityTableView::applyPendingHeader()
{
    if (!m_pendingHeader.isEmpty())
        restoreHeader(std::exchange(m_pendingHeader, {}));
}

} // namespace alertdesk
