// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "models/entitytablemodel.h"

#include <QTextBrowser>

namespace alertdesk {

/// The right-hand panel of an entity page: every field of the selected record in words, one per line, or a hint
/// when nothing is selected. Read-only and selectable, so a value can be copied. It never holds a secret: the
/// models' details() have none.
class DetailsPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget* parent = nullptr);

    void showDetails(const QString& heading, const QList<EntityTableModel::Detail>& details);
    void showHint(const QString& hint);
};

} // namespace alertdesk
