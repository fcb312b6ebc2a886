// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/policymentions.h"

#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "workspace.h"

namespace alertdesk {

Result<QStringList> recipientMobiles(Workspace& workspace, const NotificationPolicy& policy)
{
    QStringList contactUuids;
    for (const Recipient& recipient : policy.recipients) {
        if (recipient.kind == Recipient::Kind::Contact) {
            contactUuids.append(recipient.uuid);
        } else if (recipient.kind == Recipient::Kind::Group) {
            auto group = workspace.groups().find(recipient.uuid);
            if (!group)
                return group.error();
            contactUuids += group->memberUuids;
        }
    }
    QStringList mobiles;
    for (const QString& uuid : contactUuids) {
        auto contact = workspace.contacts().find(uuid);
        if (!contact)
            return contact.error();
        if (!contact->phone.isEmpty() && !mobiles.contains(contact->phone))
            mobiles.append(contact->phone);
    }
    return mobiles;
}

Result<DingTalkMessage::At> policyMentions(Workspace& workspace, const NotificationPolicy& policy)
{
    DingTalkMessage::At at;
    if (policy.mention == Mention::All) {
        at.isAtAll = true;
    } else if (policy.mention == Mention::Recipients) {
        auto mobiles = recipientMobiles(workspace, policy);
        if (!mobiles)
            return mobiles.error();
        at.atMobiles = mobiles.value();
    }
    return at;
}

} // namespace alertdesk
