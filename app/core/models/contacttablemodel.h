// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "models/entitytablemodel.h"

namespace alertdesk {

struct ContactListing;
class NameIndex;
class Workspace;

/// The contacts of a workspace: name, mobile phone, email, DingTalk chatbot (the robot's name, following renames)
/// and the contact groups each belongs to. Only the rows are kept (a workspace may hold 100,000 contacts); the
/// details of a contact are read when asked for. Deleting a robot unlinks its contacts in the database without a
/// contact signal, so the contacts left without a chatbot are read again.
class ContactTableModel : public EntityTableModel {
    Q_OBJECT
public:
    enum Column { Name, Phone, Email, Chatbot, Groups, ColumnCount };

    explicit ContactTableModel(Workspace& workspace, QObject* parent = nullptr);

    QList<Detail> details(const QString& uuid) const override;

private:
    QStringList cellsOf(const ContactListing& listing) const;
    /// Passes what `list` lists (a ContactRepository listing) to `sink` as rows.
    template <typename List> Rows rowsFrom(List list);

    Workspace& m_workspace;
    NameIndex* m_robotNames = nullptr;
};

} // namespace alertdesk
