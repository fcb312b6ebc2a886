// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <chrono>
#include <optional>

namespace alertdesk {

/// The six matching operators of the console, with Alertmanager's spelling in comments.
enum class MatchOperator {
    Eq,  ///< label=value
    Neq, ///< label!=value
    Re,  ///< label=~regex (anchored, as in Alertmanager)
    Nre, ///< label!~regex
    In,  ///< label in a|b   (one of the values)
    Nin, ///< label notin a|b (none of the values)
};

/// One condition on one label. Eq/Neq/Re/Nre have exactly one value; In/Nin have one or more.
struct MatchCondition {
    QString label;
    MatchOperator op = MatchOperator::Eq;
    QStringList values;
    friend bool operator==(const MatchCondition&, const MatchCondition&) = default;
};

/// A rule matches an alert when ALL its conditions hold.
struct MatchRule {
    QList<MatchCondition> conditions;
    friend bool operator==(const MatchRule&, const MatchRule&) = default;
};

/// Who a policy reaches: a contact, a contact group or a robot picked directly.
struct Recipient {
    enum class Kind { Contact, Group, Robot };
    Kind kind = Kind::Contact;
    QString uuid;
    friend bool operator==(const Recipient&, const Recipient&) = default;
};

/// When the policy may speak. Outside the window it stays quiet. A window whose end is before its start runs past
/// midnight (22:00-06:00).
struct NotificationWindow {
    QList<Qt::DayOfWeek> days; ///< at least one, no repeats, kept Monday..Sunday
    QTime start;
    QTime end;
    QString timeZone; ///< IANA id, e.g. "Asia/Shanghai"
    friend bool operator==(const NotificationWindow&, const NotificationWindow&) = default;
};

enum class MessageType { Markdown, Text, ActionCard };
enum class TemplateDialect { DingTalkBridge, Alertmanager };
enum class Mention { None, All, Recipients };

/// How the DingTalk message is built. Empty templates mean AlertDesk's default templates for the message type.
struct MessageSettings {
    MessageType type = MessageType::Markdown;
    QString titleTemplate;
    QString textTemplate;
    TemplateDialect dialect = TemplateDialect::DingTalkBridge;
    friend bool operator==(const MessageSettings&, const MessageSettings&) = default;
};

/// Routes matching alerts to recipients with method DingTalk, with Alertmanager's grouping and timing semantics.
struct NotificationPolicy {
    QString uuid;
    QString name; ///< unique ignoring case
    bool enabled = true;
    QString description;
    QList<MatchRule> rules; ///< an alert matches when ANY rule matches; no rules = every alert
    QList<Recipient> recipients;
    QStringList groupBy = {QStringLiteral("alertname")};
    std::chrono::seconds groupWait{30};
    std::chrono::seconds groupInterval{5 * 60};
    std::chrono::seconds repeatInterval{4 * 60 * 60};
    std::optional<NotificationWindow> window;
    bool sendResolved = true;
    MessageSettings message;
    Mention mention = Mention::None;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const NotificationPolicy&, const NotificationPolicy&) = default;
};

} // namespace alertdesk
