// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"
#include "models/entitytablemodel.h"

namespace alertdesk {

class NameIndex;
class Workspace;

/// The notification policies of a workspace: name, enabled, matching rules in words (policytext.h), recipients by
/// name (following renames of contacts, groups and robots) and the notification window. Deleting a recipient drops
/// it from its policies in the database without a policy signal, so those policies are read again.
class PolicyTableModel : public EntityTableModel {
    Q_OBJECT
public:
    enum Column { Name, Enabled, Rules, Recipients, Window, ColumnCount };

    explicit PolicyTableModel(Workspace& workspace, QObject* parent = nullptr);

    QList<Detail> details(const QString& uuid) const override;
    static QString rulesText(const NotificationPolicy& policy);

protected:
    QStringList cellsFor(const QString& uuid) const override;

private:
    void reread(const QString& uuid);
    void forget(const QString& uuid);
    void follow(NameIndex* index);
    QStringList recipientNames(const NotificationPolicy& policy) const;
    bool sendsTo(const QString& policyUuid, const QString& recipientUuid) const;

    Workspace& m_workspace;
    NameIndex* m_robotNames = nullptr;
    NameIndex* m_contactNames = nullptr;
    NameIndex* m_groupNames = nullptr;
    QHash<QString, NotificationPolicy> m_policies;
};

} // namespace alertdesk
