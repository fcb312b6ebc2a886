// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "models/policytablemodel.h"

#include "domain/policytext.h"
#include "models/modeltext.h"
#include "models/nameindex.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

namespace alertdesk {

namespace {

QString messageTypeText(MessageType type)
{
    switch (type) {
    case MessageType::Markdown:
        return PolicyTableModel::tr("Markdown");
    case MessageType::Text:
        return PolicyTableModel::tr("Text");
    case MessageType::ActionCard:
        return PolicyTableModel::tr("ActionCard");
    }
    return {};
}

QString mentionText(Mention mention)
{
    switch (mention) {
    case Mention::None:
        return PolicyTableModel::tr("Nobody");
    case Mention::All:
        return PolicyTableModel::tr("Everyone in the group (@all)");
    case Mention::Recipients:
        return PolicyTableModel::tr("The contacts reached, by mobile number");
    }
    return {};
}

} // namespace

PolicyTableModel::PolicyTableModel(Workspace& workspace, QObject* parent)
    : EntityTableModel({tr("Name"), tr("Enabled"), tr("Matching rules"), tr("Recipients"), tr("Notification window")},
                       parent)
    , m_workspace(workspace)
    , m_robotNames(new NameIndex(workspace.robots(), this))
    , m_contactNames(new NameIndex(workspace.contacts(), this))
    , m_groupNames(new NameIndex(workspace.groups(), this))
{
    QStringList uuids;
    if (const auto all = workspace.policies().all(); all) {
        for (const NotificationPolicy& policy : all.value()) {
            m_policies.insert(policy.uuid, policy);
            uuids << policy.uuid;
        }
    } else {
        fail(all.error());
    }
    fill(uuids);

    PolicyRepository& policies = workspace.policies();
    connect(&policies, &PolicyRepository::added, this, &PolicyTableModel::reread);
    connect(&policies, &PolicyRepository::updated, this, &PolicyTableModel::reread);
    connect(&policies, &PolicyRepository::removed, this, &PolicyTableModel::forget);
    follow(m_robotNames);
    follow(m_contactNames);
    follow(m_groupNames);
}

void PolicyTableModel::follow(NameIndex* index)
{
    connect(index, &NameIndex::renamed, this, [this](const QString& recipient) {
        refresh([this, &recipient](const QString& uuid) { return sendsTo(uuid, recipient); });
    });
    connect(index, &NameIndex::removed, this, [this](const QString& recipient) {
        QStringList affected;
        for (auto it = m_policies.cbegin(); it != m_policies.cend(); ++it) {
            if (sendsTo(it.key(), recipient))
                affected << it.key();
        }
        for (const QString& uuid : affected)
            reread(uuid);
    });
}

bool PolicyTableModel::sendsTo(const QString& policyUuid, const QString& recipientUuid) const
{
    const auto it = m_policies.constFind(policyUuid);
    if (it == m_policies.cend())
        return false;
    return std::any_of(it->recipients.cbegin(), it->recipients.cend(),
                       [&recipientUuid](const Recipient& recipient) { return recipient.uuid == recipientUuid; });
}

QString PolicyTableModel::rulesText(const NotificationPolicy& policy)
{
    if (policy.rules.isEmpty())
        return tr("Every alert");
    QStringList rules;
    for (const MatchRule& rule : policy.rules)
        rules << formatMatchRule(rule);
    return rules.join(tr(" or ", "between matching rules"));
}

QStringList PolicyTableModel::recipientNames(const NotificationPolicy& policy) const
{
    QStringList names;
    for (const Recipient& recipient : policy.recipients) {
        switch (recipient.kind) {
        case Recipient::Kind::Contact:
            names << m_contactNames->name(recipient.uuid);
            break;
        case Recipient::Kind::Group:
            names << tr("%1 (contact group)").arg(m_groupNames->name(recipient.uuid));
            break;
        case Recipient::Kind::Robot:
            names << tr("%1 (robot)").arg(m_robotNames->name(recipient.uuid));
            break;
        }
    }
    return names;
}

QStringList PolicyTableModel::cellsFor(const QString& uuid) const
{
    const NotificationPolicy policy = m_policies.value(uuid);
    return {policy.name, ModelText::yesNo(policy.enabled), rulesText(policy),
            recipientNames(policy).join(QStringLiteral(", ")),
            policy.window ? formatNotificationWindow(*policy.window) : tr("Any time")};
}

QList<EntityTableModel::Detail> PolicyTableModel::details(const QString& uuid) const
{
    if (!m_policies.contains(uuid))
        return {};
    const NotificationPolicy policy = m_policies.value(uuid);
    const QString timing = tr("wait %1 before the first notice, %2 between groups, repeat every %3")
                               .arg(formatDuration(policy.groupWait), formatDuration(policy.groupInterval),
                                    formatDuration(policy.repeatInterval));
    return {
        {tr("Name"), policy.name},
        {tr("Enabled"), ModelText::yesNo(policy.enabled)},
        {tr("Description"), policy.description.isEmpty() ? ModelText::none() : policy.description},
        {tr("Matching rules"), rulesText(policy)},
        {tr("Recipients"), ModelText::list(recipientNames(policy), tr("Nobody yet"))},
        {tr("Method"), tr("DingTalk")},
        {tr("Group alerts by"), ModelText::list(policy.groupBy, tr("Nothing (one group)"))},
        {tr("Timing"), timing},
        {tr("Notification window"), policy.window ? formatNotificationWindow(*policy.window) : tr("Any time")},
        {tr("Notify when resolved"), ModelText::yesNo(policy.sendResolved)},
        {tr("Message type"), messageTypeText(policy.message.type)},
        {tr("Mentions"), mentionText(policy.mention)},
        {tr("Created"), ModelText::dateTime(policy.createdAt)},
        {tr("Last changed"), ModelText::dateTime(policy.updatedAt)},
    };
}

void PolicyTableModel::reread(const QString& uuid)
{
    const auto found = m_workspace.policies().find(uuid);
    if (!found) {
        fail(found.error());
        return;
    }
    m_policies.insert(uuid, found.value());
    upsert(uuid);
}

void PolicyTableModel::forget(const QString& uuid)
{
    m_policies.remove(uuid);
    drop(uuid);
}

} // namespace alertdesk
