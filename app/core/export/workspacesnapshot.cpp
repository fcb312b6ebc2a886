// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/workspacesnapshot.h"

#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <algorithm>

namespace alertdesk {

namespace {

// Repositories order by name ignoring case; the export orders by exact name, then uuid, so that two names differing
// only in case still come out in one fixed order.
template <typename T> void sortByNameThenUuid(QList<T>& list)
{
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) {
        if (const int byName = a.name.compare(b.name); byName != 0)
            return byName < 0;
        return a.uuid < b.uuid;
    });
}

template <typename T> QHash<QString, qsizetype> indexOf(const QList<T>& list)
{
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < list.size(); ++i)
        at.insert(list[i].uuid, i);
    return at;
}

template <typename T> const T* findIn(const QList<T>& list, const QHash<QString, qsizetype>& at, const QString& uuid)
{
    const auto it = at.constFind(uuid);
    return it == at.constEnd() ? nullptr : &list[*it];
}

} // namespace

Result<WorkspaceSnapshot> WorkspaceSnapshot::read(Workspace& workspace)
{
    WorkspaceSnapshot snapshot;
    // One transaction, so that a write by another program between two reads cannot give a half-old snapshot.
    const Result<void> read = workspace.database().transaction([&]() -> Result<void> {
        auto robots = workspace.robots().all();
        if (!robots)
            return robots.error();
        auto contacts = workspace.contacts().all();
        if (!contacts)
            return contacts.error();
        auto groups = workspace.groups().all();
        if (!groups)
            return groups.error();
        auto policies = workspace.policies().all();
        if (!policies)
            return policies.error();
        snapshot.robots = std::move(robots).value();
        snapshot.contacts = std::move(contacts).value();
        snapshot.groups = std::move(groups).value();
        snapshot.policies = std::move(policies).value();
        return {};
    });
    if (!read)
        return read.error();
    sortByNameThenUuid(snapshot.robots);
    sortByNameThenUuid(snapshot.contacts);
    sortByNameThenUuid(snapshot.groups);
    sortByNameThenUuid(snapshot.policies);
    snapshot.index();
    return snapshot;
}

void WorkspaceSnapshot::index()
{
    m_robotAt = indexOf(robots);
    m_contactAt = indexOf(contacts);
    m_groupAt = indexOf(groups);
}

const Robot* WorkspaceSnapshot::robot(const QString& uuid) const
{
    return findIn(robots, m_robotAt, uuid);
}

const Contact* WorkspaceSnapshot::contact(const QString& uuid) const
{
    return findIn(contacts, m_contactAt, uuid);
}

const ContactGroup* WorkspaceSnapshot::group(const QString& uuid) const
{
    return findIn(groups, m_groupAt, uuid);
}

} // namespace alertdesk
