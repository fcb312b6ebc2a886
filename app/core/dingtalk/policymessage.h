// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkmessage.h"
#include "domain/notificationpolicy.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>

namespace alertdesk {

/// The message a policy's own templates make of an alert payload: the title and text templates rendered by the Go
/// template engine (in the policy's dialect) over the Alertmanager webhook JSON, then built as `type` with `at`.
/// Used whenever the policy has a text template; an empty title template takes TestAlert::title(). Template errors
/// come back as Go words them (field "template"), payload errors with field "alerts".
Result<DingTalkMessage> renderPolicyMessage(const NotificationPolicy& policy, MessageType type,
                                            const QByteArray& payloadJson, const DingTalkMessage::At& at);

/// A one-alert Alertmanager webhook payload (version 4) for testing a policy's templates when the operator gave none:
/// alert "AlertDeskTest", firing since `now`, its summary carrying the usual keywords (Alarm, Dispatch, 告警, alert).
QByteArray builtInTestPayload(const QDateTime& now);

} // namespace alertdesk
