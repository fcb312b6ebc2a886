// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/targetpicker.h"

#include "resources.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QIcon>
#include <type_traits>

namespace alertdesk {

namespace {

QStringList key(TargetPicker::Kind kind, const QString& uuid)
{
    return {QString::number(int(kind)), uuid};
}

} // namespace

TargetPicker::TargetPicker(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_target(new QComboBox(this))
    , m_robot(new QComboBox(this))
{
    m_target->setObjectName(QStringLiteral("previewTarget"));
    m_target->setAccessibleName(tr("Preview for robot or policy"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(24);
    m_robot->setObjectName(QStringLiteral("previewRobot"));
    m_robot->setAccessibleName(tr("Robot to send the test to"));
    m_robot->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_robot->setMinimumContentsLength(16);
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Preview for:"), m_target);
    layout->addRow(tr("Send to robot:"), m_robot);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillRobots();
        emit targetChanged();
    });
    connect(m_robot, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit robotChanged();
    });
    const auto follow = [this](auto* repository) {
        using Repository = std::remove_pointer_t<decltype(repository)>;
        connect(repository, &Repository::added, this, &TargetPicker::reload);
        connect(repository, &Repository::updated, this, &TargetPicker::reload);
        connect(repository, &Repository::removed, this, &TargetPicker::reload);
    };
    follow(&workspace.robots());
    follow(&workspace.policies());
    // A policy reaches robots through its contacts and groups: keep "send to" current when they change.
    const auto refollow = [this](auto* repository) {
        using Repository = std::remove_pointer_t<decltype(repository)>;
        connect(repository, &Repository::updated, this, &TargetPicker::reload);
    };
    refollow(&workspace.contacts());
    refollow(&workspace.groups());
    reload();
}

TargetPicker::Kind TargetPicker::kind() const
{
    const QStringList data = m_target->currentData().toStringList();
    return data.isEmpty() ? Kind::None : Kind(data.first().toInt());
}

QString TargetPicker::targetUuid() const
{
    const QStringList data = m_target->currentData().toStringList();
    return data.size() == 2 ? data.at(1) : QString();
}

QString TargetPicker::robotUuid() const
{
    return m_robot->currentData().toString();
}

bool TargetPicker::select(Kind kind, const QString& uuid)
{
    const int index = m_target->findData(key(kind, uuid));
    if (index < 0)
        return false;
    m_target->setCurrentIndex(index); // emits targetChanged() when it is another one
    return true;
}

void TargetPicker::reload()
{
    const QVariant target = m_target->currentData();
    const QString robot = m_robot->currentData().toString();
    m_filling = true;
    m_target->clear();
    const auto robots = m_workspace.robots().all();
    const auto policies = m_workspace.policies().all();
    if (robots) {
        for (const Robot& each : robots.value())
            m_target->addItem(appIcon(QStringLiteral("robot")), tr("Robot: %1").arg(each.name),
                              key(Kind::Robot, each.uuid));
    }
    if (policies) {
        for (const NotificationPolicy& each : policies.value())
            m_target->addItem(appIcon(QStringLiteral("policy")), tr("Policy: %1").arg(each.name),
                              key(Kind::Policy, each.uuid));
    }
    const int kept = m_target->findData(target);
    m_target->setCurrentIndex(kept >= 0 ? kept : 0);
    fillRobots();
    m_filling = false;
    // A target or robot that went away (or appeared, on an empty workspace) changes what the preview shows.
    if (kept < 0 || m_target->currentData() != target)
        emit targetChanged();
    else if (m_robot->currentData().toString() != robot)
        emit robotChanged();
}

void TargetPicker::fillRobots()
{
    const QString previous = m_robot->currentData().toString();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_robot->clear();
    const auto robots = m_workspace.robots().all();
    if (robots && kind() == Kind::Robot) {
        for (const Robot& each : robots.value()) {
            if (each.uuid == targetUuid())
                m_robot->addItem(each.name, each.uuid);
        }
    } else if (robots && kind() == Kind::Policy) {
        const QStringList reached = robotsReached(targetUuid());
        for (const QString& uuid : reached) {
            for (const Robot& each : robots.value()) {
                if (each.uuid == uuid)
                    m_robot->addItem(tr("%1 (reached by the policy)").arg(each.name), each.uuid);
            }
        }
        for (const Robot& each : robots.value()) {
            if (!reached.contains(each.uuid))
                m_robot->addItem(each.name, each.uuid);
        }
    }
    const int kept = m_robot->findData(previous);
    if (kept >= 0 && kind() == Kind::Policy)
        m_robot->setCurrentIndex(kept);
    m_robot->setEnabled(kind() == Kind::Policy && m_robot->count() > 1);
    m_filling = wasFilling;
}

QStringList TargetPicker::robotsReached(const QString& policyUuid) const
{
    QStringList uuids;
    const auto policy = m_workspace.policies().find(policyUuid);
    if (!policy)
        return uuids;
    auto addContact = [&](const QString& contactUuid) {
        const auto contact = m_workspace.contacts().find(contactUuid);
        if (contact && !contact->robotUuid.isEmpty() && !uuids.contains(contact->robotUuid))
            uuids.append(contact->robotUuid);
    };
    for (const Recipient& recipient : policy->recipients) {
        if (recipient.kind == Recipient::Kind::Robot && !uuids.contains(recipient.uuid)) {
            uuids.append(recipient.uuid);
        } else if (recipient.kind == Recipient::Kind::Contact) {
            addContact(recipient.uuid);
        } else if (recipient.kind == Recipient::Kind::Group) {
            const auto group = m_workspace.groups().find(recipient.uuid);
            if (group) {
                for (const QString& member : group->memberUuids)
                    addContact(member);
            }
        }
    }
    return uuids;
}

} // namespace alertdesk
