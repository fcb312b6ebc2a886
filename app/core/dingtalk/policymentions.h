// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkmessage.h"
#include "domain/notificationpolicy.h"
#include "result.h"

#include <QStringList>

namespace alertdesk {

class Workspace;

/// Whom a policy's messages @mention, as send-test and the wizards' test sends build it: nobody, everyone (isAtAll),
/// or the mobiles of the contacts it reaches (contacts picked directly and members of its groups, in order, once
/// each). A recipient that no longer exists is an error (NotFound).
Result<DingTalkMessage::At> policyMentions(Workspace& workspace, const NotificationPolicy& policy);

/// The mobiles of the contacts `policy` reaches (contacts and group members), in order, once each.
Result<QStringList> recipientMobiles(Workspace& workspace, const NotificationPolicy& policy);

} // namespace alertdesk
