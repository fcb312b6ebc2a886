// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"
#include "result.h"

#include <QString>
#include <chrono>

namespace alertdesk {

/// The textual forms operators type (CLI flags, editor fields) and read back (list/show, export), in one place so
/// that parsing and printing always agree: format(parse(x)) == x for every canonical x.

/// Durations as Alertmanager writes them: "30s", "5m", "4h", "1h30m", "2d", "1w". Zero and negative are rejected.
Result<std::chrono::seconds> parseDuration(const QString& text);
QString formatDuration(std::chrono::seconds duration); ///< "1h30m", "30s"

/// One matching rule: comma-separated conditions `label=value`, `label!=value`, `label=~regex`, `label!~regex`,
/// `label in a|b`, `label notin a|b`. Values may be double-quoted to hold commas or spaces.
Result<MatchRule> parseMatchRule(const QString& text);
QString formatMatchRule(const MatchRule& rule);

/// A notification window: "mon-fri 09:00-18:00 Asia/Shanghai", "sat,sun 10:00-16:00", days may be "daily".
/// Without a time zone the system's is used.
Result<NotificationWindow> parseNotificationWindow(const QString& text);
QString formatNotificationWindow(const NotificationWindow& window);

/// Enum spellings shared by the CLI, storage and export.
QString operatorName(MatchOperator op); ///< "eq" "neq" "re" "nre" "in" "nin"
std::optional<MatchOperator> operatorFromName(const QString& name);
QString messageTypeName(MessageType type); ///< "markdown" "text" "actionCard"
std::optional<MessageType> messageTypeFromName(const QString& name);
QString dialectName(TemplateDialect dialect); ///< "dingtalk-bridge" "alertmanager"
std::optional<TemplateDialect> dialectFromName(const QString& name);
QString mentionName(Mention mention); ///< "none" "all" "recipients"
std::optional<Mention> mentionFromName(const QString& name);
QString recipientKindName(Recipient::Kind kind); ///< "contact" "group" "robot"
std::optional<Recipient::Kind> recipientKindFromName(const QString& name);

} // namespace alertdesk
