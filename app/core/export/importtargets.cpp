// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/importtargets.h"

#include "dingtalk/webhookurl.h"
#include "domain/validation.h"

#include <QSet>
#include <QUuid>

namespace alertdesk {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ImportTargets::ImportTargets(const BridgeSource& bridge, ImportPlan& plan)
    : m_plan(plan)
{
    QHash<QString, qsizetype> robotOfWebhook; // full webhook URL -> index in plan.robots
    for (const BridgeSource::Target& target : bridge.targets) {
        const QString webhookKey = target.url.trimmed() + u'\n' + target.secret;
        if (const auto found = robotOfWebhook.constFind(webhookKey); found != robotOfWebhook.cend()) {
            m_robotOfTarget.insert(target.name, m_plan.robots.at(*found).robot.uuid);
            m_plan.robots[*found].source += QStringLiteral(", ") + target.name;
            continue;
        }
        ImportPlan::PlannedRobot planned;
        Robot& robot = planned.robot;
        robot.uuid = newUuid();
        robot.name = target.name;
        planned.source = tr("bridge target %1").arg(target.name);
        const auto webhook = WebhookUrl::parse(target.url);
        const bool tokenKnown = webhook.ok() && !checkAccessToken(webhook->accessToken);
        if (webhook.ok()) {
            robot.endpoint = webhook->endpoint;
        } else {
            QUrl url(target.url.trimmed());
            robot.endpoint = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        }
        robot.signing = !target.secret.isEmpty();
        const bool secretKnown = !robot.signing || target.secret.startsWith(QLatin1String("SEC"));
        if (tokenKnown && secretKnown) {
            planned.secrets = RobotSecrets{webhook->accessToken, target.secret};
        } else {
            m_plan.report.add(target.place.file, target.place.line, target.place.path,
                              tr("The webhook of robot \"%1\" has no usable access token or signing secret (a "
                                 "placeholder such as ${...}?); the robot is imported without them. Paste its webhook "
                                 "again: alertdeskctl robot edit \"%1\" --webhook-stdin%2, or Edit in the Robots "
                                 "page.")
                                  .arg(robot.name, robot.signing ? QStringLiteral(" --secret-stdin") : QString()));
        }
        if (!robot.signing) {
            robot.keywords = armsKeywords();
            m_plan.report.add(target.place.file, target.place.line, target.place.path,
                              tr("The bridge configuration does not say which custom keywords robot \"%1\" has; "
                                 "AlertDesk assumes the ARMS keywords (Alarm, Dispatch). Check them against the "
                                 "robot's security settings in DingTalk.")
                                  .arg(robot.name));
        }
        robot.notes = tr("Imported from the DingTalk bridge's target %1.").arg(target.name);
        robotOfWebhook.insert(webhookKey, m_plan.robots.size());
        m_robotOfName.insert(nameKey(robot.name), robot.uuid);
        m_robotOfTarget.insert(target.name, robot.uuid);
        m_plan.robots.append(planned);
    }
}

void ImportTargets::suggestName(const QString& targetName, const QString& name)
{
    const QString uuid = m_robotOfTarget.value(targetName);
    if (uuid.isEmpty() || m_renamed.contains(uuid) || name.isEmpty() || m_robotOfName.contains(nameKey(name)))
        return;
    for (ImportPlan::PlannedRobot& planned : m_plan.robots) {
        if (planned.robot.uuid == uuid) {
            m_robotOfName.remove(nameKey(planned.robot.name));
            planned.robot.name = name;
            m_robotOfName.insert(nameKey(name), uuid);
            m_renamed.insert(uuid);
            return;
        }
    }
}

QStringList ImportTargets::contactsFor(const QStringList& mobiles, const SourcePlace& place)
{
    QStringList uuids;
    for (const QString& mobile : mobiles) {
        const QString phone = mobile.trimmed();
        if (const auto problem = checkPhone(phone)) {
            m_plan.report.add(
                place.file, place.line, place.path,
                tr("\"%1\" is not a mobile number AlertDesk can @mention: %2").arg(phone, problem->message));
            continue;
        }
        QString uuid = m_contactOfMobile.value(phone);
        if (uuid.isEmpty()) {
            Contact contact;
            contact.uuid = uuid = newUuid();
            contact.name = phone;
            contact.phone = phone;
            contact.notes = tr("Imported from the DingTalk bridge's mention list; give the contact a name.");
            m_plan.contacts.append(contact);
            m_contactOfMobile.insert(phone, uuid);
        }
        if (!uuids.contains(uuid))
            uuids.append(uuid);
    }
    return uuids;
}

} // namespace alertdesk
