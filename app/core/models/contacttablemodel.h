// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "models/entitytablemodel.h"

namespace alertdesk {

class NameIndex;
class Workspace;

/// The contacts of a workspace: name, mobile phone, email, DingTalk chatbot (the robot's name, following renames)
/// and the contact groups each belongs to. Deleting a robot unlinks its contacts in the database without a contact
/// signal, so the rows that named it are read again.
class ContactTableModel : public EntityTableModel {
    Q_OBJECT
public:
    enum Column { Name, Phone, Email, Chatbot, Groups, ColumnCount };

    explicit ContactTableModel(Workspace& workspace, QObject* parent = nullptr);

    QList<Detail> details(const QString& uuid) const override;

protected:
    QStringList cellsFor(const QString& uuid) const override;

private:
    void reread(const QString& uuid);
    void forget(const QString& uuid);
    void robotRemoved(const QString& robotUuid);
    void reloadGroups();

    Workspace& m_workspace;
    NameIndex* m_robotNames = nullptr;
    QHash<QString, Contact> m_contacts;
    QHash<QString, QStringList> m_groupsOf; ///< contact uuid -> names of its groups, by name
};

} // namespace alertdesk
