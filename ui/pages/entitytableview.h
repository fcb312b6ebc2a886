// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QTableView>

namespace alertdesk {

/// The table of an entity page, set up for 100,000 rows: fixed row heights (the view never measures rows to lay
/// them out), columns sized once from the rows on screen, sortable and movable columns. Keeps the operator's header
/// state (widths, order, sort column) even while its model has no columns yet — the page builds its rows when first
/// shown, after the window restored its state.
class EntityTableView : public QTableView {
    Q_OBJECT
public:
    explicit EntityTableView(QAbstractItemModel* model, QWidget* parent = nullptr);

    /// Sizes the columns to their contents once there are rows, unless a header state was restored.
    void sizeColumnsOnce();
    /// The header state to persist; what was restored, while there are no columns yet.
    QByteArray saveHeader() const;
    /// Restores widths, order and sort column now, or once the model has columns (applyPendingHeader).
    void restoreHeader(const QByteArray& state);
    /// Applies a header state restored before the model had columns.
    void applyPendingHeader();

private:
    QByteArray m_pendingHeader;
    bool m_columnsSized = false; ///< sized to their contents, or restored from the settings
};

} // namespace alertdesk
