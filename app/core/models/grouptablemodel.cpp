// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "models/grouptablemodel.h"

#include "models/modeltext.h"
#include "models/nameindex.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "workspace.h"

namespace alertdesk {

GroupTableModel::GroupTableModel(Workspace& workspace, QObject* parent)
    : EntityTableModel({tr("Name"), tr("Members"), tr("Description")}, parent)
    , m_workspace(workspace)
    , m_contactNames(new NameIndex(workspace.contacts(), this))
{
    QStringList uuids;
    if (const auto all = workspace.groups().all(); all) {
        for (const ContactGroup& group : all.value()) {
            m_groups.insert(group.uuid, group);
            uuids << group.uuid;
        }
    } else {
        fail(all.error());
    }
    fill(uuids);

    ContactGroupRepository& groups = workspace.groups();
    connect(&groups, &ContactGroupRepository::added, this, &GroupTableModel::reread);
    connect(&groups, &ContactGroupRepository::updated, this, &GroupTableModel::reread);
    connect(&groups, &ContactGroupRepository::removed, this, &GroupTableModel::forget);
    connect(m_contactNames, &NameIndex::renamed, this, [this](const QString& contactUuid) {
        refresh([this, &contactUuid](const QString& uuid) {
            return m_groups.value(uuid).memberUuids.contains(contactUuid);
        });
    });
    connect(m_contactNames, &NameIndex::removed, this, [this](const QString& contactUuid) {
        for (const QString& uuid : groupsWith(contactUuid))
            reread(uuid);
    });
}

QStringList GroupTableModel::memberNames(const ContactGroup& group) const
{
    QStringList names;
    names.reserve(group.memberUuids.size());
    for (const QString& member : group.memberUuids)
        names << m_contactNames->name(member);
    return names;
}

QStringList GroupTableModel::groupsWith(const QString& contactUuid) const
{
    QStringList uuids;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (it->memberUuids.contains(contactUuid))
            uuids << it.key();
    }
    return uuids;
}

QStringList GroupTableModel::cellsFor(const QString& uuid) const
{
    const ContactGroup group = m_groups.value(uuid);
    return {group.name, memberNames(group).join(QStringLiteral(", ")), group.description};
}

QList<EntityTableModel::Detail> GroupTableModel::details(const QString& uuid) const
{
    if (!m_groups.contains(uuid))
        return {};
    const ContactGroup group = m_groups.value(uuid);
    const auto usage = m_workspace.groups().usage(uuid);
    return {
        {tr("Name"), group.name},
        {tr("Description"), group.description.isEmpty() ? ModelText::none() : group.description},
        {tr("Members"), ModelText::list(memberNames(group), tr("No members yet"))},
        {tr("Recipient of"), usage ? ModelText::list(usage->policies, tr("No policy")) : usage.error().message},
        {tr("Created"), ModelText::dateTime(group.createdAt)},
        {tr("Last changed"), ModelText::dateTime(group.updatedAt)},
    };
}

void GroupTableModel::reread(const QString& uuid)
{
    const auto found = m_workspace.groups().find(uuid);
    if (!found) {
        fail(found.error());
        return;
    }
    m_groups.insert(uuid, found.value());
    upsert(uuid);
}

void GroupTableModel::forget(const QString& uuid)
{
    m_groups.remove(uuid);
    drop(uuid);
}

} // namespace alertdesk
