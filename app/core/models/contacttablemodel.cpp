// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "models/contacttablemodel.h"

#include "models/modeltext.h"
#include "models/nameindex.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

namespace alertdesk {

ContactTableModel::ContactTableModel(Workspace& workspace, QObject* parent)
    : EntityTableModel({tr("Name"), tr("Mobile phone"), tr("Email"), tr("DingTalk chatbot"), tr("Contact groups")},
                       parent)
    , m_workspace(workspace)
    , m_robotNames(new NameIndex(workspace.robots(), this))
{
    QStringList uuids;
    if (const auto all = workspace.contacts().all(); all) {
        m_contacts.reserve(all->size());
        uuids.reserve(all->size());
        for (const Contact& contact : all.value()) {
            m_contacts.insert(contact.uuid, contact);
            uuids << contact.uuid;
        }
    } else {
        fail(all.error());
    }
    reloadGroups();
    fill(uuids);

    ContactRepository& contacts = workspace.contacts();
    connect(&contacts, &ContactRepository::added, this, &ContactTableModel::reread);
    connect(&contacts, &ContactRepository::updated, this, &ContactTableModel::reread);
    connect(&contacts, &ContactRepository::removed, this, &ContactTableModel::forget);
    connect(m_robotNames, &NameIndex::renamed, this, [this](const QString& robotUuid) {
        refresh([this, &robotUuid](const QString& uuid) { return m_contacts.value(uuid).robotUuid == robotUuid; });
    });
    connect(m_robotNames, &NameIndex::removed, this, &ContactTableModel::robotRemoved);
    ContactGroupRepository& groups = workspace.groups();
    auto groupsChanged = [this] {
        reloadGroups();
        refresh();
    };
    connect(&groups, &ContactGroupRepository::added, this, groupsChanged);
    connect(&groups, &ContactGroupRepository::updated, this, groupsChanged);
    connect(&groups, &ContactGroupRepository::removed, this, groupsChanged);
}

QStringList ContactTableModel::cellsFor(const QString& uuid) const
{
    const Contact contact = m_contacts.value(uuid);
    return {contact.name, contact.phone, contact.email, m_robotNames->name(contact.robotUuid),
            m_groupsOf.value(uuid).join(QStringLiteral(", "))};
}

QList<EntityTableModel::Detail> ContactTableModel::details(const QString& uuid) const
{
    if (!m_contacts.contains(uuid))
        return {};
    const Contact contact = m_contacts.value(uuid);
    auto orNone = [](const QString& text) { return text.isEmpty() ? ModelText::none() : text; };
    return {
        {tr("Name"), contact.name},
        {tr("Mobile phone"), orNone(contact.phone)},
        {tr("Email"), orNone(contact.email)},
        {tr("DingTalk user ID"), orNone(contact.userId)},
        {tr("DingTalk chatbot"), orNone(m_robotNames->name(contact.robotUuid))},
        {tr("Contact groups"), ModelText::list(m_groupsOf.value(uuid), ModelText::none())},
        {tr("Notes"), orNone(contact.notes)},
        {tr("Created"), ModelText::dateTime(contact.createdAt)},
        {tr("Last changed"), ModelText::dateTime(contact.updatedAt)},
    };
}

void ContactTableModel::reread(const QString& uuid)
{
    const auto found = m_workspace.contacts().find(uuid);
    if (!found) {
        fail(found.error());
        return;
    }
    m_contacts.insert(uuid, found.value());
    upsert(uuid);
}

void ContactTableModel::forget(const QString& uuid)
{
    m_contacts.remove(uuid);
    m_groupsOf.remove(uuid);
    drop(uuid);
}

void ContactTableModel::robotRemoved(const QString& robotUuid)
{
    QStringList unlinked;
    for (auto it = m_contacts.cbegin(); it != m_contacts.cend(); ++it) {
        if (it->robotUuid == robotUuid)
            unlinked << it.key();
    }
    for (const QString& uuid : unlinked)
        reread(uuid);
}

void ContactTableModel::reloadGroups()
{
    const auto groups = m_workspace.groups().all();
    if (!groups) {
        fail(groups.error());
        return;
    }
    m_groupsOf.clear();
    for (const ContactGroup& group : groups.value()) { // ordered by name, so each contact's list is too
        for (const QString& member : group.memberUuids)
            m_groupsOf[member] << group.name;
    }
}

} // namespace alertdesk
