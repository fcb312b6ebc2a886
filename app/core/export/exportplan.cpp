// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/exportplan.h"

#include "export/exportnames.h"
#include "export/exportoptions.h"
#include "export/workspacesnapshot.h"
#include "templating/defaulttemplates.h"

#include <QSet>
#include <algorithm>

namespace alertdesk {

namespace {

// Contacts reached by the policy (picked directly or as group members), in recipient order, once each.
QList<const Contact*> contactsReached(const WorkspaceSnapshot& snapshot, const NotificationPolicy& policy)
{
    QList<const Contact*> contacts;
    QSet<QString> seen;
    const auto add = [&](const QString& uuid) {
        const Contact* contact = snapshot.contact(uuid);
        if (contact && !seen.contains(uuid)) {
            seen.insert(uuid);
            contacts.append(contact);
        }
    };
    for (const Recipient& recipient : policy.recipients) {
        if (recipient.kind == Recipient::Kind::Contact) {
            add(recipient.uuid);
        } else if (recipient.kind == Recipient::Kind::Group) {
            if (const ContactGroup* group = snapshot.group(recipient.uuid)) {
                for (const QString& member : group->memberUuids)
                    add(member);
            }
        }
    }
    return contacts;
}

} // namespace

ExportPlan ExportPlan::make(const WorkspaceSnapshot& snapshot)
{
    ExportPlan plan;
    QList<std::pair<QString, QString>> robotNames;
    for (const Robot& robot : snapshot.robots)
        robotNames.append({robot.uuid, robot.name});
    plan.robotSlugs = exportnames::uniqueSlugs(robotNames, QStringLiteral("robot"));

    QList<std::pair<QString, QString>> policyNames;
    for (const NotificationPolicy& policy : snapshot.policies) {
        if (policy.enabled)
            policyNames.append({policy.uuid, policy.name});
    }
    const QHash<QString, QString> policySlugs = exportnames::uniqueSlugs(policyNames, QStringLiteral("policy"));

    QSet<QString> robotsReached;
    QSet<QString> disabledReported;
    for (const NotificationPolicy& policy : snapshot.policies) {
        if (!policy.enabled)
            continue;
        ExportedPolicy exported;
        exported.policy = &policy;
        exported.slug = policySlugs.value(policy.uuid);
        exported.message = effectiveMessageSettings(policy);

        const QList<const Contact*> contacts = contactsReached(snapshot, policy);
        QSet<QString> robotUuids;
        for (const Contact* contact : contacts) {
            if (!contact->robotUuid.isEmpty())
                robotUuids.insert(contact->robotUuid);
            if (!contact->phone.isEmpty() && !exported.mobiles.contains(contact->phone))
                exported.mobiles.append(contact->phone);
        }
        for (const Recipient& recipient : policy.recipients) {
            if (recipient.kind == Recipient::Kind::Robot)
                robotUuids.insert(recipient.uuid);
        }
        // Targets in the snapshot's robot order, so that the bytes do not depend on the order recipients were added.
        QList<qsizetype> robotIndexes;
        for (const QString& uuid : robotUuids) {
            if (const qsizetype index = snapshot.robotIndex(uuid); index >= 0)
                robotIndexes.append(index);
        }
        std::sort(robotIndexes.begin(), robotIndexes.end());
        for (const qsizetype index : robotIndexes) {
            const Robot& robot = snapshot.robots[index];
            if (!robot.enabled) {
                if (!disabledReported.contains(robot.uuid)) {
                    disabledReported.insert(robot.uuid);
                    plan.warnings.append(
                        Export::tr("Robot \"%1\" is disabled: no policy sends to it in the exported files.")
                            .arg(robot.name));
                }
                continue;
            }
            exported.targets.append({exported.slug + QLatin1Char('_') + plan.robotSlugs.value(robot.uuid), &robot});
            robotsReached.insert(robot.uuid);
        }
        if (exported.targets.isEmpty()) {
            plan.policiesWithoutRobots.append(policy.name);
            plan.warnings.append(
                Export::tr("Policy \"%1\" reaches no enabled robot: its alerts go nowhere. Add a robot, or a "
                           "contact with a DingTalk chatbot, to its recipients.")
                    .arg(policy.name));
        }
        if (policy.message.type != MessageType::Markdown)
            plan.warnings.append(
                Export::tr("Policy \"%1\" sends %2 messages, but the DingTalk bridge sends markdown: the "
                           "servers will send its message as markdown.")
                    .arg(policy.name, policy.message.type == MessageType::Text ? QStringLiteral("text")
                                                                               : QStringLiteral("actionCard")));
        plan.policies.append(exported);
    }
    for (const Robot& robot : snapshot.robots) {
        if (robotsReached.contains(robot.uuid))
            plan.robots.append(&robot);
    }
    return plan;
}

QString ExportPlan::tokenVariable(const Robot& robot) const
{
    return exportnames::environmentVariable(robotSlugs.value(robot.uuid), QStringLiteral("TOKEN"));
}

QString ExportPlan::secretVariable(const Robot& robot) const
{
    return exportnames::environmentVariable(robotSlugs.value(robot.uuid), QStringLiteral("SECRET"));
}

} // namespace alertdesk
