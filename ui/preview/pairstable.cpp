// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/pairstable.h"

#include <QHeaderView>

namespace alertdesk {

PairsTable::PairsTable(const QString& objectName, const QString& accessibleName, QWidget* parent)
    : QTableWidget(0, 2, parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
    setTabKeyNavigation(false);
    addEmptyRow();
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        if (item->row() == rowCount() - 1 && !item->text().isEmpty()) {
            m_filling = true;
            addEmptyRow();
            m_filling = false;
        }
        emit edited();
    });
}

QJsonObject PairsTable::pairs() const
{
    QJsonObject object;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem* name = item(row, 0);
        const QTableWidgetItem* value = item(row, 1);
        const QString key = name ? name->text().trimmed() : QString();
        if (!key.isEmpty())
            object.insert(key, value ? value->text() : QString());
    }
    return object;
}

void PairsTable::setPairs(const QJsonObject& pairs)
{
    m_filling = true;
    setRowCount(0);
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        const int row = rowCount();
        insertRow(row);
        setItem(row, 0, new QTableWidgetItem(it.key()));
        setItem(row, 1, new QTableWidgetItem(it.value().toVariant().toString()));
    }
    addEmptyRow();
    m_filling = false;
}

void PairsTable::addEmptyRow()
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, 0, new QTableWidgetItem());
    setItem(row, 1, new QTableWidgetItem());
}

} // namespace alertdesk
