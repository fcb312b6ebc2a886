// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "wizards/wizardledger.h"

#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "workspace.h"

#include <memory>

namespace alertdesk {

namespace {

Recipient recipientFrom(const QString& detail)
{
    const QString kind = detail.section(QLatin1Char(':'), 0, 0);
    Recipient recipient;
    recipient.kind = kind == QStringLiteral("group")   ? Recipient::Kind::Group
                     : kind == QStringLiteral("robot") ? Recipient::Kind::Robot
                                                       : Recipient::Kind::Contact;
    recipient.uuid = detail.section(QLatin1Char(':'), 1);
    return recipient;
}

// Undoes one synchronous entry; an empty string when it worked.
QString undoOne(Workspace& workspace, const WizardLedger::Entry& entry)
{
    using Kind = WizardLedger::Kind;
    Result<void> removed;
    switch (entry.kind) {
    case Kind::Robot:
        return QString(); // asynchronous, handled by undo()
    case Kind::Contact:
        removed = workspace.contacts().remove(entry.uuid);
        break;
    case Kind::Group:
        removed = workspace.groups().remove(entry.uuid);
        break;
    case Kind::Policy:
        removed = workspace.policies().remove(entry.uuid);
        break;
    case Kind::GroupMember: {
        auto group = workspace.groups().find(entry.uuid);
        if (!group)
            return group.error().message;
        ContactGroup changed = group.value();
        changed.memberUuids.removeAll(entry.detail);
        auto updated = workspace.groups().update(changed);
        return updated ? QString() : updated.error().message;
    }
    case Kind::PolicyRecipient: {
        auto policy = workspace.policies().find(entry.uuid);
        if (!policy)
            return policy.error().message;
        NotificationPolicy changed = policy.value();
        changed.recipients.removeAll(recipientFrom(entry.detail));
        auto updated = workspace.policies().update(changed);
        return updated ? QString() : updated.error().message;
    }
    }
    return removed ? QString() : removed.error().message;
}

struct PendingRobots {
    QStringList uuids;
    QStringList failures;
    std::function<void(QStringList)> done;
};

void removeRobots(Workspace& workspace, QObject* context, std::shared_ptr<PendingRobots> pending)
{
    if (pending->uuids.isEmpty()) {
        pending->done(pending->failures);
        return;
    }
    const QString uuid = pending->uuids.takeFirst();
    workspace.removeRobot(uuid, context, [&workspace, context, pending](Result<void> removed) {
        if (!removed)
            pending->failures.append(removed.error().message);
        removeRobots(workspace, context, pending);
    });
}

} // namespace

void WizardLedger::record(Entry entry)
{
    m_entries.append(std::move(entry));
}

bool WizardLedger::contains(Kind kind, const QString& uuid) const
{
    for (const Entry& entry : m_entries) {
        if (entry.kind == kind && entry.uuid == uuid)
            return true;
    }
    return false;
}

QStringList WizardLedger::describe() const
{
    QStringList lines;
    for (const Entry& entry : m_entries) {
        switch (entry.kind) {
        case Kind::Robot:
            lines.append(tr("Robot \"%1\" (created, its token in the keychain)").arg(entry.name));
            break;
        case Kind::Contact:
            lines.append(tr("Contact \"%1\" (created)").arg(entry.name));
            break;
        case Kind::Group:
            lines.append(tr("Contact group \"%1\" (created)").arg(entry.name));
            break;
        case Kind::Policy:
            lines.append(tr("Notification policy \"%1\" (created)").arg(entry.name));
            break;
        case Kind::GroupMember:
            lines.append(tr("Contact group \"%1\" (the contact was added to it)").arg(entry.name));
            break;
        case Kind::PolicyRecipient:
            lines.append(tr("Notification policy \"%1\" (a recipient was added to it)").arg(entry.name));
            break;
        }
    }
    return lines;
}

void WizardLedger::undo(Workspace& workspace, QObject* context, std::function<void(QStringList)> done)
{
    QStringList failures;
    QStringList robots;
    // Newest first: a policy goes before the group and contact it names, the contact before its robot.
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->kind == Kind::Robot) {
            robots.append(it->uuid);
            continue;
        }
        if (const QString failure = undoOne(workspace, *it); !failure.isEmpty())
            failures.append(failure);
    }
    m_entries.clear();
    // Robots last, one after the other: their keychain entries go with them, asynchronously.
    removeRobots(workspace, context, std::make_shared<PendingRobots>(PendingRobots{robots, failures, std::move(done)}));
}

} // namespace alertdesk
