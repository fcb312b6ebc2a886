// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"

#include <QString>

namespace alertdesk {

// AlertDesk's default templates: what a policy with empty templates sends ("Empty templates mean AlertDesk's default
// templates for the message type", domain/notificationpolicy.h). Go templates over Alertmanager's webhook data that use
// Go's builtins only, so they run in both dialects (beside a policy's own title or text in either); AlertDesk's engine
// and Go render them the same (tests/data/templates holds copies in the oracle's corpus; tst_defaulttemplates keeps
// them equal). They carry the keyword presets
// (Alarm, Dispatch, 告警, alert) in fixed words, never translated, so a translation cannot lose a keyword; a robot with
// other keywords needs its own templates, and MessageLint says so before anything is sent (docs/templates.md).

/// The title (the chat list's line for markdown and actionCard; text messages have none): "[Alarm 告警] FIRING 2:
/// Name".
QString defaultTitleTemplate(MessageType type);
/// The body: DingTalk markdown (markdown, actionCard) or plain lines (text).
QString defaultTextTemplate(MessageType type);
/// The dialect a policy with only default templates renders in: the bridge's, which the export writes them for.
constexpr TemplateDialect defaultTemplateDialect = TemplateDialect::DingTalkBridge;

/// The message settings with each empty template replaced by the default for the type (both empty: the dialect becomes
/// defaultTemplateDialect). What the preview shows, send-test sends and the export writes.
MessageSettings effectiveMessageSettings(const MessageSettings& settings);
/// The same for a policy's settings.
MessageSettings effectiveMessageSettings(const NotificationPolicy& policy);

} // namespace alertdesk
