// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace alertdesk {

class Workspace;

/// Picks a policy's recipients: the workspace's contacts, contact groups and robots, in any mix, as a check list
/// under three headings with a filter. Recipients that no longer exist are kept (and shown as deleted) so that
/// an edit never drops them silently.
class RecipientsPicker : public QWidget {
    Q_OBJECT
public:
    explicit RecipientsPicker(QWidget* parent = nullptr);

    /// Fills the list from `workspace`, keeping what is ticked.
    void reload(Workspace& workspace);
    void setRecipients(const QList<Recipient>& recipients);
    QList<Recipient> recipients() const;

signals:
    void changed();

private:
    void applyFilter();
    void updateCount();
    QTreeWidgetItem* heading(Recipient::Kind kind) const;
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    QLabel* m_count;
};

} // namespace alertdesk
