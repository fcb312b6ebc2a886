// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/contact.h"
#include "domain/notificationpolicy.h"
#include "domain/robot.h"
#include "export/importreport.h"

#include <QList>
#include <QString>
#include <optional>

namespace alertdesk {

/// Everything an import will create, worked out and checked before anything is written (a failed import changes
/// nothing). Records carry fresh uuids and refer to each other by them; nothing here exists in a workspace yet.
struct ImportPlan {
    struct PlannedRobot {
        Robot robot;
        std::optional<RobotSecrets> secrets; ///< nullopt: the source had none; the operator pastes the webhook again
        QString source;                      ///< where it came from, for the preview ("bridge target ops")
    };
    QList<PlannedRobot> robots;
    QList<Contact> contacts;
    QList<ContactGroup> groups;
    QList<NotificationPolicy> policies;
    ImportReport report; ///< what could not be mapped, and what was changed on the way in

    bool isEmpty() const { return robots.isEmpty() && contacts.isEmpty() && groups.isEmpty() && policies.isEmpty(); }
    /// Robots whose DingTalk terms acceptance the source does not record (an Alertmanager setup never does).
    bool needsTermsAcceptance() const
    {
        for (const PlannedRobot& planned : robots) {
            if (!planned.robot.termsAcceptedAt.isValid())
                return true;
        }
        return false;
    }
};

} // namespace alertdesk
