// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QStringList>

namespace alertdesk {

/// Where a robot, contact or group is used, by name, so a delete can be confirmed with the list of what it touches.
struct Usage {
    QStringList contacts; ///< contacts whose DingTalk chatbot is the robot
    QStringList groups;   ///< groups the contact is a member of
    QStringList policies; ///< policies that name it as a recipient
    bool isEmpty() const { return contacts.isEmpty() && groups.isEmpty() && policies.isEmpty(); }
};

} // namespace alertdesk
