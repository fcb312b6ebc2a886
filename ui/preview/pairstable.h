// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QJsonObject>
#include <QTableWidget>

namespace alertdesk {

/// Name/value pairs (an alert's labels or annotations) in a two-column table that always ends with an empty row to
/// add one; clearing a name removes its pair.
class PairsTable : public QTableWidget {
    Q_OBJECT
public:
    PairsTable(const QString& objectName, const QString& accessibleName, QWidget* parent = nullptr);

    QJsonObject pairs() const;
    /// Shows `pairs` without emitting edited().
    void setPairs(const QJsonObject& pairs);

signals:
    void edited();

private:
    void addEmptyRow();
    bool m_filling = false;
};

} // namespace alertdesk
