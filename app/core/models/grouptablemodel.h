// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "models/entitytablemodel.h"

namespace alertdesk {

class NameIndex;
class Workspace;

/// The contact groups of a workspace: name, members (by name, following renames) and description. Deleting a
/// contact takes it out of its groups in the database without a group signal, so those groups are read again.
class GroupTableModel : public EntityTableModel {
    Q_OBJECT
public:
    enum Column { Name, Members, Description, ColumnCount };

    explicit GroupTableModel(Workspace& workspace, QObject* parent = nullptr);

    QList<Detail> details(const QString& uuid) const override;

protected:
    QStringList cellsFor(const QString& uuid) const override;

private:
    void reread(const QString& uuid);
    void forget(const QString& uuid);
    QStringList memberNames(const ContactGroup& group) const;
    QStringList groupsWith(const QString& contactUuid) const;

    Workspace& m_workspace;
    NameIndex* m_contactNames = nullptr;
    QHash<QString, ContactGroup> m_groups;
};

} // namespace alertdesk
