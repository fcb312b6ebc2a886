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
/// Empty templates are AlertDesk's defaults (templating/defaulttemplates.h: effectiveMessageSettings), so send-test,
/// the preview and the export render the same. Template errors come back as Go words them (field "template"),
/// payload errors with field "alerts".
Result<DingTalkMessage> renderPolicyMessage(const NotificationPolicy& policy, MessageType type,
                                            const QByteArray& payloadJson, const DingTalkMessage::At& at);

/// The message made of an already rendered title and text: `type` with `at` (the card's one button opens
/// `externalUrl`, Alertmanager, as the bridge's cards do). renderPolicyMessage and the preview share it.
DingTalkMessage policyMessageOf(MessageType type, const QString& title, const QString& text, const QString& externalUrl,
                                const DingTalkMessage::At& at);

/// A one-alert Alertmanager webhook payload (version 4) for testing a policy's templates when the operator gave none:
/// alert "AlertDeskTest", firing since `now`, its summary carrying the usual keywords (Alarm, Dispatch, 告警, alert).
QByteArray builtInTestPayload(const QDateTime& now);

} // namespace alertdesk
