// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "models/robottablemodel.h"

#include "models/modeltext.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace alertdesk {

RobotTableModel::RobotTableModel(Workspace& workspace, QObject* parent)
    : EntityTableModel({tr("Name"), tr("Security settings"), tr("Enabled"), tr("Used by")}, parent)
    , m_workspace(workspace)
{
    RobotRepository& robots = workspace.robots();
    QStringList uuids;
    if (const auto all = robots.all(); all) {
        for (const Robot& robot : all.value()) {
            m_robots.insert(robot.uuid, robot);
            uuids << robot.uuid;
        }
    } else {
        fail(all.error());
    }
    loadUsage();
    fill(uuids);

    connect(&robots, &RobotRepository::added, this, &RobotTableModel::reread);
    connect(&robots, &RobotRepository::updated, this, &RobotTableModel::reread);
    connect(&robots, &RobotRepository::removed, this, &RobotTableModel::forget);
    ContactRepository& contacts = workspace.contacts();
    connect(&contacts, &ContactRepository::added, this, &RobotTableModel::scheduleUsageRefresh);
    connect(&contacts, &ContactRepository::updated, this, &RobotTableModel::scheduleUsageRefresh);
    connect(&contacts, &ContactRepository::removed, this, &RobotTableModel::scheduleUsageRefresh);
    PolicyRepository& policies = workspace.policies();
    connect(&policies, &PolicyRepository::added, this, &RobotTableModel::scheduleUsageRefresh);
    connect(&policies, &PolicyRepository::updated, this, &RobotTableModel::scheduleUsageRefresh);
    connect(&policies, &PolicyRepository::removed, this, &RobotTableModel::scheduleUsageRefresh);
}

QString RobotTableModel::securitySummary(const Robot& robot)
{
    QStringList parts;
    if (!robot.keywords.isEmpty())
        parts << tr("Keywords: %1").arg(robot.keywords.join(QStringLiteral(", ")));
    if (robot.signing)
        parts << tr("Signing");
    if (!robot.ipRanges.isEmpty())
        parts << tr("IP ranges: %1").arg(robot.ipRanges.join(QStringLiteral(", ")));
    return parts.isEmpty() ? tr("No security settings") : parts.join(QStringLiteral(" · "));
}

QString RobotTableModel::usageSummary(const Usage& usage)
{
    if (usage.contacts.isEmpty() && usage.policies.isEmpty())
        return tr("Not used");
    QStringList parts;
    if (!usage.contacts.isEmpty())
        parts << tr("%n contact(s)", nullptr, int(usage.contacts.size()));
    if (!usage.policies.isEmpty())
        parts << tr("%n policy(s)", nullptr, int(usage.policies.size()));
    return parts.join(QStringLiteral(" · "));
}

QStringList RobotTableModel::cellsFor(const QString& uuid) const
{
    const Robot robot = m_robots.value(uuid);
    return {robot.name, securitySummary(robot), ModelText::yesNo(robot.enabled), usageSummary(m_usage.value(uuid))};
}

QList<EntityTableModel::Detail> RobotTableModel::details(const QString& uuid) const
{
    if (!m_robots.contains(uuid))
        return {};
    const Robot robot = m_robots.value(uuid);
    const Usage usage = m_usage.value(uuid);
    return {
        {tr("Name"), robot.name},
        {tr("Enabled"), ModelText::yesNo(robot.enabled)},
        {tr("Webhook"), tr("%1 (the access token is kept in the system keychain)").arg(robot.endpoint.toString())},
        {tr("Custom keywords"), ModelText::list(robot.keywords, ModelText::none())},
        {tr("Signing"), robot.signing ? tr("On (the secret is kept in the system keychain)") : tr("Off")},
        {tr("IP ranges"), ModelText::list(robot.ipRanges, ModelText::none())},
        {tr("Terms of Service accepted"),
         robot.termsAcceptedAt.isValid() ? ModelText::dateTime(robot.termsAcceptedAt) : tr("Not yet")},
        {tr("DingTalk chatbot of"), ModelText::list(usage.contacts, tr("No contact"))},
        {tr("Recipient of"), ModelText::list(usage.policies, tr("No policy"))},
        {tr("Notes"), robot.notes.isEmpty() ? ModelText::none() : robot.notes},
        {tr("Created"), ModelText::dateTime(robot.createdAt)},
        {tr("Last changed"), ModelText::dateTime(robot.updatedAt)},
    };
}

void RobotTableModel::reread(const QString& uuid)
{
    const auto found = m_workspace.robots().find(uuid);
    if (!found) {
        fail(found.error());
        return;
    }
    m_robots.insert(uuid, found.value());
    if (const auto usage = m_workspace.robots().usage(uuid))
        m_usage.insert(uuid, usage.value());
    upsert(uuid);
}

void RobotTableModel::forget(const QString& uuid)
{
    m_robots.remove(uuid);
    m_usage.remove(uuid);
    drop(uuid);
}

void RobotTableModel::scheduleUsageRefresh()
{
    if (m_usageRefreshScheduled)
        return;
    m_usageRefreshScheduled = true;
    QTimer::singleShot(0, this, &RobotTableModel::refreshUsage);
}

void RobotTableModel::refreshUsage()
{
    m_usageRefreshScheduled = false;
    if (loadUsage())
        refresh();
}

bool RobotTableModel::loadUsage()
{
    // Two queries for every robot at once: asking each robot its usage costs two queries per robot, seconds for a
    // thousand robots at start-up.
    const QString contacts =
        QStringLiteral("SELECT robot_uuid, name FROM contacts WHERE robot_uuid IS NOT NULL ORDER BY name_key");
    const QString policies =
        QStringLiteral("SELECT DISTINCT r.robot_uuid, p.name, p.name_key FROM policy_recipients r JOIN policies p "
                       "ON p.uuid = r.policy_uuid WHERE r.robot_uuid IS NOT NULL ORDER BY p.name_key");
    QHash<QString, Usage> usage;
    for (const auto& [statement, list] :
         {std::pair{contacts, &Usage::contacts}, std::pair{policies, &Usage::policies}}) {
        QSqlQuery query(m_workspace.database().connection());
        query.setForwardOnly(true);
        if (!query.exec(statement))
            return fail(Database::queryError(
                QCoreApplication::translate("alertdesk::RobotRepository", "find where the robot is used"), query));
        while (query.next())
            (usage[query.value(0).toString()].*list) << query.value(1).toString();
        if (query.lastError().isValid())
            return fail(Database::queryError(
                QCoreApplication::translate("alertdesk::RobotRepository", "find where the robot is used"), query));
    }
    m_usage = std::move(usage);
    return true;
}

} // namespace alertdesk
