// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkmessage.h"
#include "domain/notificationpolicy.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace alertdesk {

/// A policy's messages are sent by the DingTalk webhook bridge (export.md), so a policy's preview and test send are
/// what the bridge posts: its title and text templates (empty ones are AlertDesk's defaults) rendered the bridge's
/// way — the bridge's data and functions, Go's Local = the servers' time zone — into the bridge's markdown body.

/// The bridge target's `mention` for a policy whose messages @mention `at`: everyone ({isAtAll}), the recipients'
/// mobiles ({atMobiles}), or none (nullopt: the body has no "at"). The export writes exactly this.
std::optional<DingTalkAt> bridgeMentionOf(const DingTalkAt& at);

/// THE mention rule, one for the preview, send-test and the export: DingTalk highlights an @mobile only when the text
/// also holds it, so each mobile of `at` that the text template's *source* does not hold (as a whole, "@138...")
/// is appended to it, after a blank line written as a string action ({{"\n\n"}}) so that a template ending in "-}}"
/// cannot trim it away. The bridge renders the result; the rendered text is never edited afterwards.
/// `appended` receives the mentions appended.
QString bridgeTextTemplate(const QString& textTemplate, const DingTalkAt& at, QStringList* appended = nullptr);

/// What the bridge posts for `policy` on an alert payload (Alertmanager's webhook JSON): the effective templates
/// rendered in the policy's dialect over the bridge's data, with Go's Local = `serversTimeZone` (IANA; empty = UTC)
/// and the mention's mobiles appended to .AtMobiles, as the bridge does. Template errors come back as Go words them
/// (field "template"), payload errors with field "alerts".
Result<DingTalkMessage> renderPolicyMessage(const NotificationPolicy& policy, const QByteArray& payloadJson,
                                            const DingTalkAt& at, const QString& serversTimeZone);

/// AlertDesk's own message (a robot's test, not the bridge's) made of a rendered title and text: `type` with `at`,
/// mentions appended as DingTalkMessage does (the card's one button opens `externalUrl`, Alertmanager).
DingTalkMessage policyMessageOf(MessageType type, const QString& title, const QString& text, const QString& externalUrl,
                                const DingTalkMessage::At& at);

/// A one-alert Alertmanager webhook payload (version 4) for testing a policy's templates when the operator gave none:
/// alert "AlertDeskTest", firing since `now`, its summary carrying the usual keywords (Alarm, Dispatch, 告警, alert).
/// `resolved`: the same alert resolved at `now` (started an hour before), for checks that run both.
QByteArray builtInTestPayload(const QDateTime& now, bool resolved = false);

} // namespace alertdesk
